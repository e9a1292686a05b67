package org.sitrep.wire.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactJsonTest {
  private static int end(String text, int from) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return CompactJson.end(bytes, from, bytes.length, 1_000);
  }

  @Test
  void compactValuesEndAfterTheirLastByte() {
    assertThat(end("\"abc\",1", 0)).isEqualTo(5);
    assertThat(end("12.5e-3}", 0)).isEqualTo(7);
    assertThat(end("true]", 0)).isEqualTo(4);
    assertThat(end("-7 ", 0)).isEqualTo(2);
    assertThat(end("{\"a\":[1,{\"b\":\"]\"}],\"c\":{}},9", 0)).isEqualTo(26);
    assertThat(end("x:[[],[]]}", 2)).isEqualTo(9);
    String text = "\"é😀Київ\"";
    assertThat(end(text, 0)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void whiteSpaceEscapesAndUnfinishedValuesAreNotCompactText() {
    assertThat(end("[1, 2]", 0)).isEqualTo(-1);
    assertThat(end("{\"a\" :1}", 0)).isEqualTo(-1);
    assertThat(end("\"a\\nb\"", 0)).isEqualTo(-1);
    assertThat(end("\"a\\/b\"", 0)).isEqualTo(-1);
    assertThat(end("\"a\tb\"", 0)).isEqualTo(-1);
    assertThat(end("[1,2", 0)).isEqualTo(-1);
    assertThat(end("\"abc", 0)).isEqualTo(-1);
    assertThat(end("]", 0)).isEqualTo(-1);
    assertThat(end(",1", 0)).isEqualTo(-1);
    assertThat(end(" 1", 0)).isEqualTo(-1);
    byte[] limited = "[1,22]".getBytes(StandardCharsets.UTF_8);
    assertThat(CompactJson.end(limited, 0, 5, 1_000)).isEqualTo(-1);
  }

  @Test
  void stringsLongerThanTheLimitInBytesAreLeftToTheParser() {
    byte[] ten = "\"0123456789\"".getBytes(StandardCharsets.UTF_8);
    assertThat(CompactJson.end(ten, 0, ten.length, 10)).isEqualTo(12);
    assertThat(CompactJson.end(ten, 0, ten.length, 9)).isEqualTo(-1);
  }

  @Test
  void onlyWellFormedUtf8IsCompactText() {
    int[][] bad = {
      {0xC0, 0x80}, // overlong
      {0xC1, 0xBF},
      {0xE0, 0x9F, 0xBF},
      {0xED, 0xA0, 0x80}, // a surrogate
      {0xF0, 0x8F, 0xBF, 0xBF},
      {0xF4, 0x90, 0x80, 0x80}, // beyond U+10FFFF
      {0xF5, 0x80, 0x80, 0x80},
      {0x80},
      {0xC3, 0x28},
      {0xE2, 0x82},
    };
    for (int[] sequence : bad) {
      byte[] bytes = new byte[sequence.length + 2];
      bytes[0] = '"';
      for (int i = 0; i < sequence.length; i++) {
        bytes[i + 1] = (byte) sequence[i];
      }
      bytes[bytes.length - 1] = '"';
      assertThat(CompactJson.end(bytes, 0, bytes.length, 1_000)).isEqualTo(-1);
    }
    int[][] good = {{0xC2, 0x80}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xF4, 0x8F, 0xBF, 0xBF}};
    for (int[] sequence : good) {
      byte[] bytes = new byte[sequence.length + 2];
      bytes[0] = '"';
      for (int i = 0; i < sequence.length; i++) {
        bytes[i + 1] = (byte) sequence[i];
      }
      bytes[bytes.length - 1] = '"';
      assertThat(CompactJson.end(bytes, 0, bytes.length, 1_000)).isEqualTo(bytes.length);
    }
  }
}
