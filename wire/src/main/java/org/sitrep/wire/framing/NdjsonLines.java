package org.sitrep.wire.framing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits UTF-8 input into lines, in one buffer that grows only to the longest line allowed. A
 * longer line is passed over without being kept: {@link #tooLong()} says so, and the lines after
 * it are read as usual. A line's bytes stay valid until the next call of {@link #next()}.
 *
 * <p>The lines after the current one are often in the buffer already: a reader may parse several
 * in place, from {@link #offset()} up to {@link #buffered()}, for as long as {@link #moves()} has
 * not changed (the bytes it has seen stay where they are).
 *
 * <p>Feed framing shared by every binding's {@link org.sitrep.wire.FeedFormat#NDJSON} reader; not
 * for applications.
 */
public final class NdjsonLines {
  private static final int INITIAL_BUFFER = 64 * 1024;

  private final InputStream in;
  private final int maxLength;
  /** Room for the longest line allowed, its {@code \r} and its {@code \n}. */
  private final int capacity;
  private byte[] buffer = new byte[INITIAL_BUFFER];
  /** The unread bytes are {@code buffer[start, end)}. */
  private int start;
  private int end;
  private boolean endOfInput;
  /** How many times bytes already read were moved or dropped. */
  private long moves;

  private int lineStart;
  private int lineLength;
  private long lineNumber;
  private boolean tooLong;

  /**
   * @param in the input, read as needed; not closed
   * @param maxLength the longest line kept, in bytes, without its line end
   */
  public NdjsonLines(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
    this.capacity = maxLength + 2;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   * @throws IOException if the input fails
   */
  public boolean next() throws IOException {
    int scanned = 0; // bytes after start known to hold no line end; fill() may move start
    while (true) {
      for (int i = start + scanned; i < end; i++) {
        if (buffer[i] == '\n') {
          take(i, i + 1);
          return true;
        }
      }
      scanned = end - start;
      if (endOfInput) {
        if (start == end) {
          return false;
        }
        take(end, end);
        return true;
      }
      if (end - start >= capacity) {
        passOverLongLine();
        return true;
      }
      fill();
    }
  }

  /** @return the current line's number, from 1 */
  public long number() {
    return lineNumber;
  }

  /** @return whether the current line is longer than allowed; its bytes were not kept */
  public boolean tooLong() {
    return tooLong;
  }

  /** @return the buffer holding the current line */
  public byte[] buffer() {
    return buffer;
  }

  /** @return where the current line starts in {@link #buffer()} */
  public int offset() {
    return lineStart;
  }

  /** @return the current line's length in bytes, without its line end */
  public int length() {
    return lineLength;
  }

  /**
   * @return the end of the bytes read into {@link #buffer()} so far: the current line, the lines
   *     after it as far as they were read, the last of them perhaps in part
   */
  public int buffered() {
    return end;
  }

  /**
   * @return how many times the bytes of {@link #buffer()} were moved, or dropped for a new buffer
   *     or for a line too long: while the count is the same, bytes once read are where they were
   */
  public long moves() {
    return moves;
  }

  /** @return whether the current line holds nothing but JSON white space */
  public boolean blank() {
    for (int i = lineStart; i < lineStart + lineLength; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong;
  }

  /**
   * Whether the current line holds a carriage return ({@code \r}) that does not end it: the mark
   * of a feed with old Mac line ends ({@code \r} alone), which NDJSON does not have and which is
   * therefore read as one line. Readers name it in the error of such a line.
   *
   * @return whether a {@code \r} appears inside the current line
   */
  public boolean carriageReturnInside() {
    for (int i = lineStart; i < lineStart + lineLength; i++) {
      if (buffer[i] == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Makes {@code buffer[start, lineEnd)} the current line and resumes reading at {@code next}. */
  private void take(int lineEnd, int next) {
    int length = lineEnd - start;
    if (length > 0 && buffer[lineEnd - 1] == '\r') {
      length--;
    }
    lineNumber++;
    lineStart = start;
    lineLength = length;
    tooLong = length > maxLength;
    start = next;
  }

  /** Drops the current line's bytes up to and including its {@code \n}, keeping what follows. */
  private void passOverLongLine() throws IOException {
    lineNumber++;
    moves++;
    tooLong = true;
    lineStart = 0;
    lineLength = 0;
    start = 0;
    end = 0;
    while (true) {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        endOfInput = true;
        return;
      }
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          start = i + 1;
          end = n;
          return;
        }
      }
    }
  }

  /** Reads more input after the unread bytes, moving or growing the buffer first if it is full. */
  private void fill() throws IOException {
    if (end == buffer.length) {
      moves++;
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
      } else {
        byte[] larger = new byte[(int) Math.min((long) buffer.length * 2, capacity)];
        System.arraycopy(buffer, 0, larger, 0, end);
        buffer = larger;
      }
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      endOfInput = true;
    } else {
      end += n;
    }
  }
}
