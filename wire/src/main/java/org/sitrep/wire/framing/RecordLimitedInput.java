package org.sitrep.wire.framing;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * The input of a feed in one JSON array, refusing to hand the parser more bytes once the current
 * record is longer than allowed: the per-record counterpart of Jackson's document length limit,
 * checked the same way (each time the parser asks for more, so within one buffer past the limit).
 *
 * <p>Feed framing shared by every binding's {@link org.sitrep.wire.FeedFormat#JSON_ARRAY} reader;
 * not for applications.
 */
public final class RecordLimitedInput extends InputStream {
  private final InputStream in;
  private final long maxLength;
  private final Function<String, ? extends IOException> tooLong;
  private long delivered;
  private long recordStart;

  /**
   * @param in the input; not closed
   * @param maxLength the longest record, in bytes
   * @param tooLong makes the exception that refuses a longer record, given its reason: the
   *     binding's own limit exception, so that it reports the limit as it reports its own
   */
  public RecordLimitedInput(
      InputStream in, long maxLength, Function<String, ? extends IOException> tooLong) {
    this.in = in;
    this.maxLength = maxLength;
    this.tooLong = tooLong;
  }

  /** @param offset where the record now read starts, as the parser counts bytes */
  public void recordStartsAt(long offset) {
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

  private void check() throws IOException {
    if (delivered - recordStart > maxLength) {
      throw tooLong.apply(
          "the record is longer than the " + maxLength + " bytes allowed for one record of a feed");
    }
  }
}
