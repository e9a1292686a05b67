package org.sitrep.wire.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {
  private static String line(NdjsonLines lines) {
    return new String(lines.buffer(), lines.offset(), lines.length(), StandardCharsets.UTF_8);
  }

  @Test
  void theLinesAfterTheCurrentOneAreBufferedUntilTheBufferMoves() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 20_000; n++) {
      text.append("line ").append(n).append(n % 3 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes), 100);
    long moves = -1;
    int seen = 0;
    byte[] buffer = null;
    String rest = null;
    for (int n = 0; lines.next(); n++) {
      assertThat(line(lines)).isEqualTo("line " + n);
      assertThat(lines.number()).isEqualTo(n + 1);
      assertThat(lines.buffered()).isGreaterThanOrEqualTo(lines.offset() + lines.length());
      if (lines.moves() == moves) {
        // the bytes seen when the buffer last moved are still where they were
        assertThat(new String(buffer, seen, rest.length(), StandardCharsets.UTF_8))
            .isEqualTo(rest);
      } else {
        moves = lines.moves();
        buffer = lines.buffer();
        seen = lines.offset();
        rest = new String(buffer, seen, lines.buffered() - seen, StandardCharsets.UTF_8);
      }
    }
    assertThat(lines.number()).isEqualTo(20_000);
    assertThat(lines.moves()).as("the buffer moved").isPositive();
  }

  @Test
  void aLineTooLongForTheBufferMovesIt() throws IOException {
    String text = "short\n" + "x".repeat(70_000) + "\nafter\n";
    NdjsonLines lines =
        new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100);
    assertThat(lines.next()).isTrue();
    long before = lines.moves();
    assertThat(lines.next()).isTrue();
    assertThat(lines.tooLong()).isTrue();
    assertThat(lines.next()).isTrue();
    assertThat(line(lines)).isEqualTo("after");
    assertThat(lines.moves()).isGreaterThan(before);
    assertThat(lines.next()).isFalse();
  }
}
