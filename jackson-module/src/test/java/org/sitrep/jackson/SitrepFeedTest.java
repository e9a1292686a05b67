package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.jackson.Refused.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.Report;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.ReadFailure.Kind;

/** Reading and writing feeds: NDJSON and JSON arrays, bad records skipped or stopping. */
class SitrepFeedTest {
  private static final SitrepJson TOLERANT = SitrepJson.tolerant();
  private static final SitrepJson STRICT = SitrepJson.strict();
  private static final String GOOD = TOLERANT.writeString(Fixtures.incident());

  /** A valid incident with its own id. */
  private static String good(int n) {
    return GOOD.replace("\"fixture-incident\"", "\"incident-" + n + "\"");
  }

  private static Incident incident(int n) {
    return Fixtures.incident().withId(IncidentId.of("incident-" + n));
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> ids(List<Incident> incidents) {
    return incidents.stream().map(i -> i.id().value()).collect(Collectors.toList());
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

  @Test
  void skipModeReportsEachBadLineWithItsLineAndPathAndKeepsGoing() throws Exception {
    List<FeedError> errors = new ArrayList<>();
    List<Incident> read;
    try (SitrepFeed<Incident> feed =
        STRICT.readFeed(bytes(MIXED), Incident.class, FeedFormat.NDJSON, errors::add)) {
      read = feed.stream().collect(Collectors.toList());
    }
    assertThat(ids(read)).containsExactly("incident-1", "incident-3", "incident-7", "incident-9");
    assertThat(read.get(0)).isEqualTo(incident(1));
    assertThat(errors)
        .extracting(FeedError::line, FeedError::index, FeedError::kind, FeedError::path)
        .containsExactly(
            tuple(2L, 1L, Kind.SYNTAX, "$.type"),
            tuple(4L, 3L, Kind.RULE_VIOLATION, "$.casualties[0].count.high"),
            tuple(6L, 4L, Kind.WRONG_TYPE, "$.type"),
            tuple(8L, 6L, Kind.UNKNOWN_PROPERTY, "$.source_url"));
    assertThat(((SitrepJsonException) errors.get(1).exception()).getLocation().getLineNr())
        .isEqualTo(4);
    assertThat(errors.get(1).exception().getMessage()).contains("(line 4, column");
    assertThat(errors.get(1).toString())
        .startsWith("line 4 (record 3): 2 problems: $.casualties[0].count.high: ")
        .contains("low (20) must not be greater than high (17)");
  }

  @Test
  void tolerantModeKeepsTheUnknownPropertyAsAnExtension() throws Exception {
    List<FeedError> errors = new ArrayList<>();
    try (SitrepFeed<Incident> feed =
        TOLERANT.readFeed(bytes(MIXED), Incident.class, FeedFormat.NDJSON, errors::add)) {
      assertThat(ids(feed.stream().collect(Collectors.toList())))
          .containsExactly("incident-1", "incident-3", "incident-7", "incident-8", "incident-9");
    }
    assertThat(errors).extracting(FeedError::line).containsExactly(2L, 4L, 6L);
  }

  @Test
  void stopModeThrowsTheFirstBadRecordWithItsLineAndPath() throws Exception {
    try (SitrepFeed<Incident> feed =
        STRICT.readFeed(bytes(MIXED), Incident.class, FeedFormat.NDJSON)) {
      assertThat(feed.read().id().value()).isEqualTo("incident-1");
      SitrepJsonException e = assertRefused(feed::read, Kind.SYNTAX, "$.type");
      assertThat(e.getLocation().getLineNr()).isEqualTo(2);
      assertThat(feed.read()).isNull();
    }
  }

  @Test
  void stopModeThrowsFromTheIteratorAndTheStreamAsUncheckedWithTheCause() {
    String feedText = good(1) + "\n" + good(2).replace("\"high\":17", "\"low\":20,\"high\":17");
    SitrepFeed<Incident> feed =
        TOLERANT.readFeed(bytes(feedText), Incident.class, FeedFormat.NDJSON);
    Iterator<Incident> it = feed.iterator();
    assertThat(it.next().id().value()).isEqualTo("incident-1");
    Throwable thrown = catchThrowable(it::hasNext);
    assertThat(thrown).isInstanceOf(UncheckedIOException.class);
    SitrepJsonException e = (SitrepJsonException) thrown.getCause();
    assertThat(e.path()).isEqualTo("$.casualties[0].count.high");
    assertThat(e.getMessage()).contains("(line 2,");
    assertThat(it.hasNext()).isFalse();

    Stream<Incident> stream =
        TOLERANT.readFeed(bytes(feedText), Incident.class, FeedFormat.NDJSON).stream();
    assertThat(catchThrowable(stream::count))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(SitrepJsonException.class);
  }

  @Test
  void arraySkipModeSkipsInvalidElementsAndNamesThemByIndex() throws Exception {
    String array =
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
    List<FeedError> errors = new ArrayList<>();
    try (SitrepFeed<Incident> feed =
        TOLERANT.readFeed(bytes(array), Incident.class, FeedFormat.JSON_ARRAY, errors::add)) {
      assertThat(ids(feed.stream().collect(Collectors.toList())))
          .containsExactly("incident-0", "incident-4");
    }
    assertThat(errors)
        .extracting(FeedError::line, FeedError::index, FeedError::kind, FeedError::path)
        .containsExactly(
            tuple(3L, 1L, Kind.RULE_VIOLATION, "$[1].casualties[0].count.high"),
            tuple(4L, 2L, Kind.WRONG_TYPE, "$[2]"),
            tuple(5L, 3L, Kind.MISSING_PROPERTY, "$[3].outcome"));
  }

  @Test
  void arrayStopModeNamesTheElement() {
    String array = "[" + good(0) + "," + good(1).replace("\"high\":17", "\"high\":-1") + "]";
    assertRefused(
        () -> readAll(TOLERANT.readFeed(bytes(array), Incident.class, FeedFormat.JSON_ARRAY)),
        Kind.RULE_VIOLATION,
        "$[1].casualties[0].count.high");
  }

  @Test
  void aSyntaxErrorInAnArrayEndsTheReadingEvenInSkipMode() throws Exception {
    String array = "[" + good(0) + ",{\"id\":\"x\",,}," + good(2) + "]";
    List<FeedError> errors = new ArrayList<>();
    try (SitrepFeed<Incident> feed =
        TOLERANT.readFeed(bytes(array), Incident.class, FeedFormat.JSON_ARRAY, errors::add)) {
      assertThat(feed.read().id().value()).isEqualTo("incident-0");
      assertRefused(feed::read, Kind.SYNTAX, "$[1].id");
      assertThat(feed.read()).isNull();
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void anArrayFeedMustBeOneArrayAndNothingAfterIt() {
    assertRefused(
        () -> readAll(TOLERANT.readFeed(bytes(good(0)), Incident.class, FeedFormat.JSON_ARRAY)),
        Kind.WRONG_TYPE,
        "$");
    assertRefused(
        () -> readAll(TOLERANT.readFeed(bytes("  "), Incident.class, FeedFormat.JSON_ARRAY)),
        Kind.SYNTAX,
        "$");
    assertRefused(
        () -> readAll(TOLERANT.readFeed(bytes("[] []"), Incident.class, FeedFormat.JSON_ARRAY)),
        Kind.SYNTAX,
        "$");
    assertRefused(
        () ->
            readAll(
                TOLERANT.readFeed(bytes("[" + good(0)), Incident.class, FeedFormat.JSON_ARRAY)),
        Kind.SYNTAX,
        "$[0]");
  }

  @Test
  void emptyFeedsHaveNoValues() throws Exception {
    assertThat(readAll(TOLERANT.readFeed(bytes(""), Incident.class, FeedFormat.NDJSON))).isEmpty();
    assertThat(readAll(TOLERANT.readFeed(bytes("\n \r\n"), Incident.class, FeedFormat.NDJSON)))
        .isEmpty();
    assertThat(readAll(TOLERANT.readFeed(bytes(" [ ] "), Incident.class, FeedFormat.JSON_ARRAY)))
        .isEmpty();
  }

  @Test
  void ndjsonAcceptsCrLfAndALastLineWithoutLineEnd() throws Exception {
    String text = good(1) + "\r\n" + good(2) + "\r\n\r\n" + good(3);
    assertThat(ids(readAll(TOLERANT.readFeed(bytes(text), Incident.class, FeedFormat.NDJSON))))
        .containsExactly("incident-1", "incident-2", "incident-3");
  }

  @Test
  void twoValuesOnOneLineAreOneBadRecord() throws Exception {
    List<FeedError> errors = new ArrayList<>();
    String text = good(1) + " " + good(2) + "\n" + good(3) + "\n";
    List<Incident> read =
        readAll(TOLERANT.readFeed(bytes(text), Incident.class, FeedFormat.NDJSON, errors::add));
    assertThat(ids(read)).containsExactly("incident-3");
    assertThat(errors).extracting(FeedError::line, FeedError::kind).containsExactly(
        tuple(1L, Kind.SYNTAX));
  }

  @Test
  void theDocumentLimitAppliesToEachRecordNotToTheFeed() throws Exception {
    // Three incidents of 3 MiB each (mostly white space inside the object): 9 MiB in all, more
    // than one document may be, while each record is well within the limit.
    String padding = " ".repeat(3 * 1024 * 1024);
    List<String> records =
        IntStream.range(0, 3)
            .mapToObj(n -> "{" + padding + good(n).substring(1))
            .collect(Collectors.toList());
    String ndjson = String.join("\n", records);
    String array = "[" + String.join(",", records) + "]";
    assertThat(ndjson.length()).isGreaterThan(SitrepJson.MAX_DOCUMENT_LENGTH);
    assertThat(ids(readAll(TOLERANT.readFeed(bytes(ndjson), Incident.class, FeedFormat.NDJSON))))
        .containsExactly("incident-0", "incident-1", "incident-2");
    assertThat(
            ids(readAll(TOLERANT.readFeed(bytes(array), Incident.class, FeedFormat.JSON_ARRAY))))
        .containsExactly("incident-0", "incident-1", "incident-2");
  }

  @Test
  void anNdjsonLineLongerThanARecordMayBeIsSkippedWithoutBeingKept() throws Exception {
    String padding = " ".repeat(SitrepFeed.MAX_RECORD_LENGTH);
    String text = good(1) + "\n" + good(2) + padding + "\n" + good(3) + "\n";
    List<FeedError> errors = new ArrayList<>();
    List<Incident> read =
        readAll(TOLERANT.readFeed(bytes(text), Incident.class, FeedFormat.NDJSON, errors::add));
    assertThat(ids(read)).containsExactly("incident-1", "incident-3");
    assertThat(errors)
        .extracting(FeedError::line, FeedError::kind, FeedError::path)
        .containsExactly(tuple(2L, Kind.LIMIT_EXCEEDED, "$"));
    // A line of exactly the limit is read.
    String exact = good(4) + " ".repeat(SitrepFeed.MAX_RECORD_LENGTH - good(4).length());
    assertThat(ids(readAll(TOLERANT.readFeed(bytes(exact + "\r\n"), Incident.class,
            FeedFormat.NDJSON))))
        .containsExactly("incident-4");
  }

  @Test
  void anArrayElementLongerThanARecordMayBeEndsTheReading() {
    String padding = " ".repeat(SitrepFeed.MAX_RECORD_LENGTH + 64 * 1024);
    String array = "[" + good(1) + ",{\"id\":" + padding + "\"x\"}," + good(3) + "]";
    List<FeedError> errors = new ArrayList<>();
    assertRefused(
        () ->
            readAll(
                TOLERANT.readFeed(bytes(array), Incident.class, FeedFormat.JSON_ARRAY,
                    errors::add)),
        Kind.LIMIT_EXCEEDED,
        "$[1].id");
    assertThat(errors).isEmpty();
  }

  @Test
  void nestingInAnArrayFeedIsLimitedAsInADocument() throws Exception {
    int arrays = SitrepJson.MAX_NESTING_DEPTH - 1;
    String deep = "[".repeat(arrays) + "]".repeat(arrays);
    String fits = "[{\"deep\":" + deep + "," + GOOD.substring(1) + "]";
    assertThat(readAll(TOLERANT.readFeed(bytes(fits), Incident.class, FeedFormat.JSON_ARRAY)))
        .hasSize(1);
    String tooDeep = fits.replace(deep, "[" + deep + "]");
    assertRefused(
        () -> readAll(TOLERANT.readFeed(bytes(tooDeep), Incident.class, FeedFormat.JSON_ARRAY)),
        Kind.LIMIT_EXCEEDED,
        "$[0].deep" + "[0]".repeat(arrays));
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
      assertRefused(
          () -> readAll(TOLERANT.readFeed(failing, Incident.class, format, errors::add)),
          Kind.IO,
          "$");
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void whatIsWrittenIsReadBackEqualInBothFormats() throws Exception {
    List<Incident> incidents =
        IntStream.range(0, 50).mapToObj(SitrepFeedTest::incident).collect(Collectors.toList());
    for (FeedFormat format : FeedFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (SitrepFeedWriter<Incident> writer = TOLERANT.writeFeed(out, Incident.class, format)) {
        for (Incident incident : incidents) {
          writer.write(incident);
        }
        assertThat(writer.written()).isEqualTo(50);
      }
      assertThat(readAll(STRICT.readFeed(new ByteArrayInputStream(out.toByteArray()),
              Incident.class, format)))
          .as(format.name())
          .isEqualTo(incidents);
    }
  }

  @Test
  void theWrittenFormsAreOneValuePerLine() throws Exception {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    try (SitrepFeedWriter<Incident> a = TOLERANT.writeFeed(ndjson, Incident.class,
            FeedFormat.NDJSON);
        SitrepFeedWriter<Incident> b = TOLERANT.writeFeed(array, Incident.class,
            FeedFormat.JSON_ARRAY);
        SitrepFeedWriter<Incident> c = TOLERANT.writeFeed(empty, Incident.class,
            FeedFormat.JSON_ARRAY)) {
      for (int i = 1; i <= 2; i++) {
        a.write(incident(i));
        b.write(incident(i));
      }
      assertThat(c.written()).isZero();
    }
    assertThat(ndjson.toString(StandardCharsets.UTF_8)).isEqualTo(good(1) + "\n" + good(2) + "\n");
    assertThat(array.toString(StandardCharsets.UTF_8))
        .isEqualTo("[\n" + good(1) + ",\n" + good(2) + "\n]\n");
    assertThat(empty.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
  }

  @Test
  void aValueThatCannotBeWrittenBreaksTheFeedWhichIsThenLeftUnended() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Incident clash = incident(2).withExtensions(Map.of("summary", "\"twice\""));
    try (SitrepFeedWriter<Incident> writer =
        TOLERANT.writeFeed(out, Incident.class, FeedFormat.JSON_ARRAY)) {
      assertThatThrownBy(() -> writer.write(null)).isInstanceOf(IllegalArgumentException.class);
      writer.write(incident(1));
      assertThatThrownBy(() -> writer.write(clash))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'summary'");
      assertThatThrownBy(() -> writer.write(incident(3)))
          .isInstanceOf(IllegalStateException.class);
    }
    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).startsWith("[\n" + good(1) + ",\n{").doesNotEndWith("]\n");
    assertRefused(
        () -> readAll(TOLERANT.readFeed(bytes(written), Incident.class, FeedFormat.JSON_ARRAY)),
        Kind.SYNTAX,
        "$[1].summary");
  }

  @Test
  void aFeedOfReportsIsReadLikeAFeedOfIncidents() throws Exception {
    List<Report> reports =
        List.of(
            SeedArticle.report(),
            Fixtures.report().withId("second").withIncidents(3).build(),
            Fixtures.report().withId("third").withAidPackages(2).build());
    for (FeedFormat format : FeedFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (SitrepFeedWriter<Report> writer = STRICT.writeFeed(out, Report.class, format)) {
        for (Report report : reports) {
          writer.write(report);
        }
      }
      // The first report, of another major version.
      String broken =
          out.toString(StandardCharsets.UTF_8)
              .replaceFirst("\"schema_version\":\"1\\.0\"", "\"schema_version\":\"2.0\"");
      List<FeedError> errors = new ArrayList<>();
      try (SitrepFeed<Report> feed =
          STRICT.readFeed(bytes(broken), Report.class, format, errors::add)) {
        assertThat(feed.stream().map(r -> r.id().value()).collect(Collectors.toList()))
            .as(format.name())
            .containsExactly("second", "third");
      }
      assertThat(errors).extracting(FeedError::kind, FeedError::path).containsExactly(
          tuple(Kind.UNSUPPORTED_VERSION,
              format == FeedFormat.NDJSON ? "$.schema_version" : "$[0].schema_version"));
    }
  }

  @Test
  void linesCutAcrossReadsAndBufferRefillsAreReassembled() throws Exception {
    // 300 lines of about 900 bytes, more than the 64 KiB buffer, handed over 777 bytes at a time.
    String text =
        IntStream.range(0, 300)
            .mapToObj(SitrepFeedTest::good)
            .collect(Collectors.joining("\r\n", "", "\r\n"));
    InputStream whole = bytes(text);
    InputStream trickle =
        new InputStream() {
          @Override
          public int read() throws IOException {
            return whole.read();
          }

          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            return whole.read(into, offset, Math.min(length, 777));
          }
        };
    List<Incident> read =
        readAll(TOLERANT.readFeed(trickle, Incident.class, FeedFormat.NDJSON));
    assertThat(ids(read))
        .isEqualTo(IntStream.range(0, 300).mapToObj(n -> "incident-" + n)
            .collect(Collectors.toList()));
  }

  private static List<Incident> readAll(SitrepFeed<Incident> feed) throws SitrepJsonException {
    List<Incident> all = new ArrayList<>();
    try (feed) {
      for (Incident i = feed.read(); i != null; i = feed.read()) {
        all.add(i);
      }
    }
    return all;
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
