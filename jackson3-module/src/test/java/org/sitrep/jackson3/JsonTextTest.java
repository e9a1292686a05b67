package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.Estimate;
import org.sitrep.Incident;

/**
 * Extensions captured from bytes whose source the parser knows ({@link SitrepJson#read(byte[],
 * Class)}, a feed's line), where compact text is kept as the input's bytes, against the same bytes
 * read from a stream, where every value is written anew by a generator: the same extensions, text
 * for text, and the same errors, message for message.
 */
class JsonTextTest {
  private static final String[] STRINGS = {
    "", "a", "a/b", "é", "Київ", "😀", "\u2028", "\uffff", "tab\there", "quote\"d", "back\\slash",
    "\u0001", "\ud800", "\udc00x", "\ud83d\ude00"
  };

  @Test
  void valuesReadFromKnownBytesAreTheTextAGeneratorWrites() {
    Random random = new Random(12);
    int compact = 0;
    int rewritten = 0;
    for (int n = 0; n < 20_000; n++) {
      String value = value(random, 0);
      String ws = random.nextInt(4) == 0 ? " " : "";
      String doc =
          "{\"id\":\"x\",\"type\":\"airstrike\",\"outcome\":\"hit\",\"x_a\":"
              + ws
              + value
              + ws
              + ",\"location\":{\"name\":\"Kyiv\",\"country\":\"UA\",\"precision\":\"country\",\"x_b\":"
              + value
              + "}}";
      boolean read = assertSameOutcome(doc.getBytes(StandardCharsets.UTF_8));
      if (read) {
        if (doc.contains(" ") || doc.contains("\n") || doc.contains("\\")) {
          rewritten++;
        } else {
          compact++;
        }
      }
    }
    assertThat(compact).as("valid documents in compact text").isGreaterThan(5_000);
    assertThat(rewritten).as("valid documents not in compact text").isGreaterThan(2_000);
  }

  @Test
  void bytesThatAreNotCompactTextOrNotUtf8AreReadAsBefore() {
    List<String> values =
        List.of(
            "[1,2 ]",
            "{\"a\":1,\"a\":2}",
            "{\"a\":{\"b\":1,\"b\":1}}",
            "[1,]",
            "{\"a\":1",
            "[1}",
            "\"\\ud800\"",
            "{\"\\ud800\":1}",
            "01",
            "1.",
            "tru",
            "nul",
            "[null]",
            "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"a\":0}",
            "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":0}",
            "\"a\"\"b\"",
            "1 2",
            "[" + "[".repeat(70) + "]".repeat(70) + "]",
            "\"" + "x".repeat(SitrepJson.MAX_STRING_LENGTH + 1) + "\"",
            "\"" + "x".repeat(SitrepJson.MAX_STRING_LENGTH) + "\"",
            "\"" + "é".repeat(SitrepJson.MAX_STRING_LENGTH / 2 + 1) + "\"");
    for (String value : values) {
      assertSameOutcome(document(value).getBytes(StandardCharsets.UTF_8));
    }
    byte[][] notUtf8 = {
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0x80},
      {(byte) 0xC3},
      {0x01},
      {(byte) 0xE2, (byte) 0x82},
    };
    byte[] before = document("[\"a").replace("}", "").getBytes(StandardCharsets.UTF_8);
    byte[] after = "\"]}".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : notUtf8) {
      byte[] doc = new byte[before.length + bad.length + after.length];
      System.arraycopy(before, 0, doc, 0, before.length);
      System.arraycopy(bad, 0, doc, before.length, bad.length);
      System.arraycopy(after, 0, doc, before.length + bad.length, after.length);
      assertSameOutcome(doc);
    }
  }

  @Test
  void aValueAtTheEndOfAFeedLineIsCutAtTheLine() throws Exception {
    String line = document("{\"a\":[1,\"é\"]}");
    byte[] feed = (line + "\n" + line + "\r\n" + line).getBytes(StandardCharsets.UTF_8);
    List<Incident> read = new ArrayList<>();
    try (SitrepFeed<Incident> incidents =
        SitrepJson.tolerant()
            .readFeed(
                new ByteArrayInputStream(feed),
                Incident.class,
                org.sitrep.wire.FeedFormat.NDJSON)) {
      incidents.stream().forEach(read::add);
    }
    assertThat(read).hasSize(3);
    for (Incident incident : read) {
      assertThat(incident.extensions()).isEqualTo(Map.of("x_a", "{\"a\":[1,\"é\"]}"));
    }
  }

  private static String document(String value) {
    return "{\"id\":\"x\",\"type\":\"airstrike\",\"outcome\":\"hit\",\"x_a\":" + value + "}";
  }

  /**
   * Reads the bytes as a document (source known) and from a stream (source unknown).
   *
   * @return whether the document is a valid incident
   */
  private static boolean assertSameOutcome(byte[] doc) {
    Object fromBytes = outcome(() -> SitrepJson.tolerant().read(doc, Incident.class));
    Object fromStream =
        outcome(() -> SitrepJson.tolerant().read(new ByteArrayInputStream(doc), Incident.class));
    assertThat(fromBytes).as(new String(doc, StandardCharsets.UTF_8)).isEqualTo(fromStream);
    return ((List<?>) fromBytes).get(0) instanceof Incident;
  }

  @FunctionalInterface
  private interface Read {
    Incident read() throws SitrepJsonException;
  }

  /** @return the incident with its extensions and its location's, or the error's kind and text */
  private static Object outcome(Read read) {
    try {
      Incident incident = read.read();
      return List.of(
          incident, incident.extensions(), incident.location().map(l -> l.extensions()));
    } catch (SitrepJsonException e) {
      return List.of(e.kind(), e.path(), e.getMessage());
    }
  }

  private static String value(Random random, int depth) {
    int kind = random.nextInt(depth > 3 ? 4 : 6);
    switch (kind) {
      case 0:
        return string(random);
      case 1:
        return number(random);
      case 2:
        return List.of("true", "false", "null").get(random.nextInt(3));
      case 3:
        return random.nextBoolean() ? "[]" : "{}";
      case 4:
        {
          StringBuilder out = new StringBuilder("[");
          int size = random.nextInt(4);
          for (int i = 0; i < size; i++) {
            out.append(i > 0 ? separator(random, ",") : "").append(value(random, depth + 1));
          }
          return out.append(']').toString();
        }
      default:
        {
          StringBuilder out = new StringBuilder("{");
          int size = random.nextInt(4);
          for (int i = 0; i < size; i++) {
            out.append(i > 0 ? separator(random, ",") : "")
                .append(random.nextInt(10) == 0 ? string(random) : "\"k" + i + "\"")
                .append(separator(random, ":"))
                .append(value(random, depth + 1));
          }
          return out.append('}').toString();
        }
    }
  }

  private static String separator(Random random, String s) {
    return random.nextInt(10) == 0 ? " " + s + "\n" : s;
  }

  private static String number(Random random) {
    return List.of(
            "0", "-0", "12", "-7", "1.5", "1.50", "1e5", "1E+5", "-2.5e-3", "12345678901234567890")
        .get(random.nextInt(10));
  }

  /** A JSON string: mostly plain, sometimes with escapes of every kind. */
  private static String string(Random random) {
    String text = STRINGS[random.nextInt(STRINGS.length)];
    boolean escapeAll = random.nextInt(5) == 0;
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) && escapeAll) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (escapeAll && c == '/') {
        out.append("\\/");
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Test
  void anExtensionIsCheckedBeforeItIsWritten() {
    Map<String, String> refused =
        Map.of(
            "1 2", "the extension 'x' is more than one value",
            "{\"a\":1,\"a\":2}",
                "the extension 'x' is not valid JSON: $.a: the property appears more than once"
                    + " (line 1, column 8)",
            "[\"\\ud83d\\ude00\",{\"b\":[{\"c\":1,\"c\":2}]}]",
                "the extension 'x' is not valid JSON: $[1].b[0].c: the property appears more"
                    + " than once (line 1, column 30)",
            "\"\\ud800\"",
                "the extension 'x' is not valid JSON: $: holds the unpaired surrogate U+D800 at"
                    + " index 0: not Unicode text, and not encodable as UTF-8 (line 1, column 1)",
            "{\"a\":\"\\udc00\",\"a\":1}",
                "the extension 'x' is not valid JSON: $.a: holds the unpaired surrogate U+DC00 at"
                    + " index 0: not Unicode text, and not encodable as UTF-8 (line 1, column 6)",
            "[1,", "the extension 'x' is not valid JSON: ",
            "[1]x", "the extension 'x' is not valid JSON: ");
    refused.forEach(
        (text, message) ->
            assertThatThrownBy(
                    () ->
                        SitrepJson.tolerant()
                            .writeString(Estimate.upTo(17).withExtensions(Map.of("x", text))))
                .as(text)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message));
    assertThat(
            SitrepJson.tolerant()
                .writeString(
                    Estimate.upTo(17)
                        .withExtensions(Map.of("x", " [ \"\\ud83d\\ude00\\/\" , {\"b\" :1.50} ] "))))
        .isEqualTo("{\"high\":17,\"qualifier\":\"at_most\",\"x\":[\"😀/\",{\"b\":1.50}]}");
  }
}
