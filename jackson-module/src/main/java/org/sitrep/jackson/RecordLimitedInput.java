package org.sitrep.jackson;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The input of a feed in one JSON array, refusing to hand the parser more bytes once the current
 * record is longer than allowed: the per-record counterpart of Jackson's document length limit,
 * checked the same way (each time the parser asks for more, so within one buffer past the limit).
 */
final class RecordLimitedInput extends InputStream {
  private final InputStream in;
  private final long maxLength;
  private long delivered;
  private long recordStart;

  /**
   * @param in the input; not closed
   * @param maxLength the longest record, in bytes
   */
  RecordLimitedInput(InputStream in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** @param offset where the record now read starts, as the parser counts bytes */
  void recordStartsAt(long offset) {
    recordStart = offset;
  }

  @Override
  public int read() throws IOException {
    check();
    int b = in.read();
    if (b >= 0) {
      delivered++;
    }
    return b;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    check();
    int n = in.read(into, offset, length);
    if (n > 0) {
      delivered += n;
    }
    return n;
  }

  private void check() throws StreamConstraintsException {
    if (delivered - recordStart > maxLength) {
      throw new StreamConstraintsException(
          "the record is longer than the " + maxLength + " bytes allowed for one record of a feed");
    }
  }
}
