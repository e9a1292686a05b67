package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sitrep.jackson3.Refused.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * Feeds with Jackson 3: NDJSON and JSON arrays, bad records skipped or stopping, each feed read
 * as sitrep-jackson reads it (the same values, the same errors with the same lines, indexes, kinds
 * and paths, the same end), and written to the same bytes.
 */
class SitrepFeedTest {
  private static final SitrepJson TOLERANT = SitrepJson.tolerant();
  private static final String GOOD = TOLERANT.writeString(Fixtures.incident());

  private static String good(int n) {
    return GOOD.replace("\"fixture-incident\"", "\"incident-" + n + "\"");
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lines 1 to 9 of a feed, with four bad records (lines 2, 4, 6, 8) and one blank line (5). */
  private static final String MIXED =
      String.join(
              "\n",
              good(1),
              "{\"id\":\"broken\",\"type\":",
              good(3),
              good(4).replace("\"high\":17", "\"low\":20,\"high\":17"),
              "",
              good(6).replace("\"type\":\"missile_strike\"", "\"type\":5"),
              good(7),
              good(8).replace("\"summary\":", "\"source_url\":\"https://example.org\",\"summary\":"),
              good(9))
          + "\n";

  private static final String MIXED_ARRAY =
      "[\n"
          + good(0)
          + ",\n"
          + good(1).replace("\"high\":17", "\"low\":20,\"high\":17")
          + ",\n"
          + "\"not an incident\",\n"
          + good(3).replace("\"outcome\":\"impact\",", "")
          + ",\n"
          + good(4)
          + "\n]\n";

  static Stream<Arguments> feeds() {
    String record = " ".repeat(Limits.MAX_RECORD_LENGTH + 64 * 1024);
    int arrays = Limits.MAX_NESTING_DEPTH - 1;
    String deep = "[".repeat(arrays) + "]".repeat(arrays);
    return Stream.of(
        Arguments.of("ndjson, mixed", FeedFormat.NDJSON, MIXED),
        Arguments.of("array, mixed", FeedFormat.JSON_ARRAY, MIXED_ARRAY),
        Arguments.of(
            "array, syntax error", FeedFormat.JSON_ARRAY, "[" + good(0) + ",{\"id\":\"x\",,}]"),
        Arguments.of("array, not an array", FeedFormat.JSON_ARRAY, good(0)),
        Arguments.of("array, empty input", FeedFormat.JSON_ARRAY, "  "),
        Arguments.of("array, two arrays", FeedFormat.JSON_ARRAY, "[] []"),
        Arguments.of("array, unended", FeedFormat.JSON_ARRAY, "[" + good(0)),
        Arguments.of("array, empty", FeedFormat.JSON_ARRAY, " [ ] "),
        Arguments.of("ndjson, blank lines", FeedFormat.NDJSON, "\n \r\n"),
        Arguments.of(
            "ndjson, CRLF and no last line end",
            FeedFormat.NDJSON,
            good(1) + "\r\n" + good(2) + "\r\n\r\n" + good(3)),
        Arguments.of(
            "ndjson, two values on a line", FeedFormat.NDJSON, good(1) + " " + good(2) + "\n"),
        Arguments.of(
            "ndjson, old Mac line ends", FeedFormat.NDJSON, good(1) + "\r" + good(2) + "\r"),
        Arguments.of(
            "ndjson, a line too long",
            FeedFormat.NDJSON,
            good(1) + "\n" + good(2) + record + "\n" + good(3) + "\n"),
        Arguments.of(
            "array, an element too long",
            FeedFormat.JSON_ARRAY,
            "[" + good(1) + ",{\"id\":" + record + "\"x\"}," + good(3) + "]"),
        Arguments.of(
            "array, nesting too deep",
            FeedFormat.JSON_ARRAY,
            "[{\"deep\":[" + deep + "]," + GOOD.substring(1) + "]"));
  }

  /** What reading a feed to its end gave: the ids read, the errors skipped, and how it ended. */
  record Outcome(List<String> ids, List<List<Object>> skipped, List<Object> end) {}

  private static Outcome jackson3(FeedFormat format, String text, boolean skip, boolean strict) {
    List<String> ids = new ArrayList<>();
    List<FeedError> errors = new ArrayList<>();
    SitrepJson json = strict ? SitrepJson.strict() : SitrepJson.tolerant();
    List<Object> end = List.of("end");
    try (SitrepFeed<Incident> feed =
        skip
            ? json.readFeed(bytes(text), Incident.class, format, errors::add)
            : json.readFeed(bytes(text), Incident.class, format)) {
      for (Incident i = feed.read(); i != null; i = feed.read()) {
        ids.add(i.id().value());
      }
    } catch (SitrepJsonException e) {
      end = List.of(e.kind(), e.path(), e.getLocation().getLineNr());
    }
    return new Outcome(ids, describe(errors), end);
  }

  private static Outcome jackson2(FeedFormat format, String text, boolean skip, boolean strict) {
    List<String> ids = new ArrayList<>();
    List<FeedError> errors = new ArrayList<>();
    org.sitrep.jackson.SitrepJson json =
        strict ? org.sitrep.jackson.SitrepJson.strict() : org.sitrep.jackson.SitrepJson.tolerant();
    List<Object> end = List.of("end");
    try (org.sitrep.jackson.SitrepFeed<Incident> feed =
        skip
            ? json.readFeed(bytes(text), Incident.class, format, errors::add)
            : json.readFeed(bytes(text), Incident.class, format)) {
      for (Incident i = feed.read(); i != null; i = feed.read()) {
        ids.add(i.id().value());
      }
    } catch (org.sitrep.jackson.SitrepJsonException e) {
      end = List.of(e.kind(), e.path(), e.getLocation().getLineNr());
    }
    return new Outcome(ids, describe(errors), end);
  }

  private static List<List<Object>> describe(List<FeedError> errors) {
    return errors.stream()
        .map(e -> List.<Object>of(e.line(), e.index(), e.kind(), e.path()))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("feeds")
  void eachFeedIsReadAsSitrepJacksonReadsIt(String name, FeedFormat format, String text) {
    for (boolean skip : new boolean[] {true, false}) {
      for (boolean strict : new boolean[] {true, false}) {
        assertThat(jackson3(format, text, skip, strict))
            .as("skip %s, strict %s", skip, strict)
            .isEqualTo(jackson2(format, text, skip, strict));
      }
    }
  }

  @Test
  void skipModeReportsEachBadLineWithItsLineAndPathAndKeepsGoing() {
    Outcome strict = jackson3(FeedFormat.NDJSON, MIXED, true, true);
    assertThat(strict.ids()).containsExactly("incident-1", "incident-3", "incident-7", "incident-9");
    assertThat(strict.skipped())
        .containsExactly(
            List.of(2L, 1L, Kind.SYNTAX, "$.type"),
            List.of(4L, 3L, Kind.RULE_VIOLATION, "$.casualties[0].count.high"),
            List.of(6L, 4L, Kind.WRONG_TYPE, "$.type"),
            List.of(8L, 6L, Kind.UNKNOWN_PROPERTY, "$.source_url"));
    assertThat(strict.end()).containsExactly("end");
    Outcome array = jackson3(FeedFormat.JSON_ARRAY, MIXED_ARRAY, true, false);
    assertThat(array.ids()).containsExactly("incident-0", "incident-4");
    assertThat(array.skipped())
        .containsExactly(
            List.of(3L, 1L, Kind.RULE_VIOLATION, "$[1].casualties[0].count.high"),
            List.of(4L, 2L, Kind.WRONG_TYPE, "$[2]"),
            List.of(5L, 3L, Kind.MISSING_PROPERTY, "$[3].outcome"));
  }

  @Test
  void limitsEndOrSkipAsDocumented() {
    String record = " ".repeat(Limits.MAX_RECORD_LENGTH + 64 * 1024);
    Outcome line =
        jackson3(FeedFormat.NDJSON, good(1) + "\n" + good(2) + record + "\n" + good(3), true, false);
    assertThat(line.ids()).containsExactly("incident-1", "incident-3");
    assertThat(line.skipped()).containsExactly(List.of(2L, 1L, Kind.LIMIT_EXCEEDED, "$"));
    Outcome element =
        jackson3(
            FeedFormat.JSON_ARRAY,
            "[" + good(1) + ",{\"id\":" + record + "\"x\"}," + good(3) + "]",
            true,
            false);
    assertThat(element.ids()).containsExactly("incident-1");
    assertThat(element.skipped()).isEmpty();
    assertThat(element.end()).containsExactly(Kind.LIMIT_EXCEEDED, "$[1].id", 1);
  }

  @Test
  void stopModeThrowsFromTheIteratorAndTheStreamAsTheUncheckedSitrepJsonException() {
    String text = good(1) + "\n" + good(2).replace("\"high\":17", "\"low\":20,\"high\":17");
    Iterator<Incident> it = TOLERANT.readFeed(bytes(text), Incident.class, FeedFormat.NDJSON)
        .iterator();
    assertThat(it.next().id().value()).isEqualTo("incident-1");
    SitrepJsonException e =
        assertRefused(it::hasNext, Kind.RULE_VIOLATION, "$.casualties[0].count.high");
    assertThat(e.getMessage()).contains("(line 2,");
    assertThat(it.hasNext()).isFalse();
    Stream<Incident> stream =
        TOLERANT.readFeed(bytes(text), Incident.class, FeedFormat.NDJSON).stream();
    assertThat(catchThrowable(stream::count)).isInstanceOf(SitrepJsonException.class);
  }

  @Test
  void aFailingInputEndsTheReadingInSkipMode() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    List<FeedError> errors = new ArrayList<>();
    for (FeedFormat format : FeedFormat.values()) {
      SitrepJsonException e =
          assertRefused(
              () -> {
                try (SitrepFeed<Incident> feed =
                    TOLERANT.readFeed(failing, Incident.class, format, errors::add)) {
                  feed.read();
                }
              },
              Kind.IO,
              "$");
      assertThat(e.reason()).contains("disk on fire");
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void whatIsWrittenIsTheBytesOfSitrepJacksonAndIsReadBackEqual() throws Exception {
    List<Incident> incidents = SeedArticle.report().incidents();
    for (FeedFormat format : FeedFormat.values()) {
      ByteArrayOutputStream ours = new ByteArrayOutputStream();
      try (SitrepFeedWriter<Incident> out = TOLERANT.writeFeed(ours, Incident.class, format)) {
        for (Incident i : incidents) {
          out.write(i);
        }
        assertThat(out.written()).isEqualTo(incidents.size());
      }
      ByteArrayOutputStream theirs = new ByteArrayOutputStream();
      try (org.sitrep.jackson.SitrepFeedWriter<Incident> out =
          org.sitrep.jackson.SitrepJson.tolerant().writeFeed(theirs, Incident.class, format)) {
        for (Incident i : incidents) {
          out.write(i);
        }
      }
      assertThat(ours.toString(StandardCharsets.UTF_8))
          .isEqualTo(theirs.toString(StandardCharsets.UTF_8));
      try (SitrepFeed<Incident> feed =
          TOLERANT.readFeed(
              new ByteArrayInputStream(ours.toByteArray()), Incident.class, format)) {
        assertThat(feed.stream().collect(Collectors.toList())).isEqualTo(incidents);
      }
    }
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    TOLERANT.writeFeed(empty, Incident.class, FeedFormat.JSON_ARRAY).close();
    assertThat(empty.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
  }

  @Test
  void aValueThatCannotBeWrittenBreaksTheFeedWhichIsThenLeftUnended() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SitrepFeedWriter<Estimate> writer =
        TOLERANT.writeFeed(out, Estimate.class, FeedFormat.JSON_ARRAY);
    writer.write(Estimate.upTo(17));
    assertThatThrownBy(() -> writer.write(Estimate.upTo(3).withExtensions(Map.of("low", "1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> writer.write(Estimate.upTo(4)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken");
    writer.close();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotEndWith("]\n");
  }

  @Test
  void aFailingOutputIsTheStreamsIoException() {
    java.io.OutputStream failing =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    SitrepFeedWriter<Incident> writer =
        TOLERANT.writeFeed(failing, Incident.class, FeedFormat.NDJSON);
    assertThatThrownBy(
            () -> {
              writer.write(Fixtures.incident());
              writer.flush();
            })
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThatThrownBy(() -> TOLERANT.write(Fixtures.incident(), failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void nothingIsSkippedSilently() {
    Outcome tolerant = jackson3(FeedFormat.NDJSON, MIXED, true, false);
    assertThat(tolerant.ids().size() + tolerant.skipped().size()).isEqualTo(8);
    assertThat(tolerant.skipped()).extracting(l -> l.get(0)).containsExactly(2L, 4L, 6L);
  }

  /**
   * Lines read in place in the buffer, many by one parser, are read as if each were a document of
   * its own: every kind of line (valid, padded, with extensions, blank, a byte order mark, two
   * values, a value cut across two lines, content after the value, a bad value), wherever the
   * buffer's refills cut them, gives the value or the error (line, index, kind, path, reason,
   * column) that reading the line alone gives.
   */
  @Test
  void eachLineReadInPlaceIsReadAsADocumentOfItsOwn() throws Exception {
    String good = GOOD.replace("\"fixture-incident\"", "\"incident-N\"");
    int cut = good.indexOf(",\"type\"");
    List<String> kinds =
        List.of(
            good,
            "  \t" + good + " \t ",
            good + "\r",
            "   ",
            good.replace("{\"id\"", "{\"x_a\":{\"b\":[1,\"é😀\",null],\"c\":-2.5e3},\"id\""),
            good.replace("{\"id\"", "{\"x_a\": [1, \"\\u00e9\"] ,\"id\""),
            good.replace("{\"id\"", "{\"x_a\":{\"b\":1,\"b\":2},\"id\""),
            "\ufeff" + good,
            good + good,
            good + " x",
            good.substring(0, cut) + "\n" + good.substring(cut + 1),
            good.replace("\"type\":\"missile_strike\"", "\"type\":5"),
            good.replace("\"high\":17", "\"low\":20,\"high\":17"),
            "{\"id\":\"broken\",\"type\":",
            "[" + good + "]",
            "\"text\"",
            "",
            good);
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 400; n++) {
      text.append(kinds.get(n % kinds.size()).replace("incident-N", "incident-" + n)).append('\n');
    }
    byte[] feed = text.toString().getBytes(StandardCharsets.UTF_8);
    for (SitrepJson json : List.of(SitrepJson.tolerant(), SitrepJson.strict())) {
      List<List<Object>> expected = new ArrayList<>();
      long index = 0;
      String[] physical = text.toString().split("\n", -1);
      for (int line = 0; line < physical.length - 1; line++) {
        String content =
            physical[line].endsWith("\r")
                ? physical[line].substring(0, physical[line].length() - 1)
                : physical[line];
        if (content.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) {
          continue;
        }
        try {
          Incident value = json.read(content.getBytes(StandardCharsets.UTF_8), Incident.class);
          expected.add(List.of(value, value.extensions()));
        } catch (SitrepJsonException e) {
          expected.add(
              List.of(
                  line + 1L,
                  index,
                  e.kind(),
                  e.path(),
                  e.reason(),
                  e.getLocation().getColumnNr()));
        }
        index++;
      }
      for (int chunk : new int[] {Integer.MAX_VALUE, 777, 1}) {
        InputStream whole = new ByteArrayInputStream(feed);
        InputStream trickle =
            new InputStream() {
              @Override
              public int read() throws IOException {
                return whole.read();
              }

              @Override
              public int read(byte[] into, int offset, int length) throws IOException {
                return whole.read(into, offset, Math.min(length, chunk));
              }
            };
        List<List<Object>> actual = new ArrayList<>();
        try (SitrepFeed<Incident> incidents =
            json.readFeed(
                trickle,
                Incident.class,
                FeedFormat.NDJSON,
                e ->
                    actual.add(
                        List.of(
                            e.line(),
                            e.index(),
                            e.kind(),
                            e.path(),
                            e.reason(),
                            ((SitrepJsonException) e.exception()).getLocation().getColumnNr())))) {
          for (Incident i = incidents.read(); i != null; i = incidents.read()) {
            actual.add(List.of(i, i.extensions()));
          }
        }
        assertThat(actual).as("read %s bytes at a time", chunk).isEqualTo(expected);
      }
      assertThat(expected.stream().filter(o -> o.get(0) instanceof Incident).count())
          .isGreaterThan(100);
    }
  }
}
