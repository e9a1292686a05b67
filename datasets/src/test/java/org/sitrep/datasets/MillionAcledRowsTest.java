package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;

/**
 * A table of 1,000,000 ACLED rows, generated as it is read (about 450 MB, never materialised), is
 * read in a JVM with a 64 MiB heap: the reader works in constant memory.
 *
 * <p>Runs only in its own Surefire execution ({@code constant-memory} in this module's pom), which
 * gives it {@code -Xmx64m}; the first assertion checks that it got it.
 */
class MillionAcledRowsTest {
  private static final int ROWS = 1_000_000;
  private static final long HEAP = 64L * 1024 * 1024;

  @Test
  void aMillionAcledRowsAreReadInA64MiBHeap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("run by the constant-memory execution of mvn verify, with -Xmx64m")
        .isLessThanOrEqualTo(HEAP);
    String[] lines = AcledTest.sample().split("\n");
    GeneratedRows in = new GeneratedRows(lines[0] + "\n", lines[1] + "\n", "UKR123456", ROWS);
    List<RowError> errors = new ArrayList<>();
    long count = 0;
    try (DatasetReader rows = Acled.reader(in, errors::add)) {
      for (Report r = rows.read(); r != null; r = rows.read()) {
        if (!r.id().value().equals("UKR" + count)) {
          throw new AssertionError("row " + count + " is " + r.id());
        }
        count++;
      }
    }
    assertThat(errors).isEmpty();
    assertThat(count).isEqualTo(ROWS);
    assertThat(in.produced).isGreaterThan(5 * HEAP);
  }

  /** The header, then the row again and again with its id numbered: bytes made as they are read. */
  static final class GeneratedRows extends InputStream {
    private final byte[] header;
    private final String row;
    private final String id;
    private final int rows;
    private byte[] current;
    private int pos;
    private int next;
    long produced;

    GeneratedRows(String header, String row, String id, int rows) {
      this.header = header.getBytes(StandardCharsets.UTF_8);
      this.row = row;
      this.id = id;
      this.rows = rows;
      this.current = this.header;
    }

    private boolean more() {
      if (pos < current.length) {
        return true;
      }
      if (next >= rows) {
        return false;
      }
      current = row.replace(id, "UKR" + next++).getBytes(StandardCharsets.UTF_8);
      pos = 0;
      return true;
    }

    @Override
    public int read() {
      if (!more()) {
        return -1;
      }
      produced++;
      return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!more()) {
        return -1;
      }
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      produced += n;
      return n;
    }
  }
}
