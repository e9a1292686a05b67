package org.sitrep.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a dataset file whose encoding is not given: a byte-order mark decides (UTF-8,
 * UTF-16 LE or BE); without one the bytes are read as UTF-8, and a file that turns out not to be
 * UTF-8 while everything before was ASCII is read on as windows-1252, the encoding of spreadsheet
 * exports on Western systems. A byte that is neither is an error with its offset, never a
 * replacement character. Package-private: readers take a {@link Charset} where the caller knows
 * better.
 */
final class Decoding extends Reader {
  /** windows-1252, the legacy encoding a non-UTF-8 file without a mark is taken to be in. */
  static final Charset LEGACY = Charset.forName("windows-1252");

  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private CharsetDecoder decoder;
  private boolean started;
  private boolean guessing = true;
  private boolean sawNonAscii;
  private boolean eof;
  private boolean flushed;
  private long consumed;

  private Decoding(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  /**
   * @param in the file's bytes
   * @return its text, decoded as described above
   */
  static Reader of(InputStream in) {
    return new Decoding(in);
  }

  /**
   * @param in the file's bytes
   * @param charset the file's encoding; bytes that are not in it are an error
   * @return its text
   */
  static Reader of(InputStream in, Charset charset) {
    Decoding d = new Decoding(in);
    d.decoder = strict(charset);
    d.started = true;
    d.guessing = false;
    return d;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private void fill() throws IOException {
    bytes.compact();
    try {
      while (bytes.hasRemaining()) {
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
          break;
        }
        bytes.position(bytes.position() + n);
        if (n > 0) {
          break;
        }
      }
    } finally {
      bytes.flip();
    }
  }

  private void start() throws IOException {
    while (!eof && bytes.remaining() < 3) {
      fill();
    }
    started = true;
    int n = bytes.remaining();
    int b0 = n > 0 ? bytes.get(bytes.position()) & 0xFF : -1;
    int b1 = n > 1 ? bytes.get(bytes.position() + 1) & 0xFF : -1;
    int b2 = n > 2 ? bytes.get(bytes.position() + 2) & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      skip(3, StandardCharsets.UTF_8);
    } else if (b0 == 0xFF && b1 == 0xFE) {
      skip(2, StandardCharsets.UTF_16LE);
    } else if (b0 == 0xFE && b1 == 0xFF) {
      skip(2, StandardCharsets.UTF_16BE);
    } else {
      decoder = strict(StandardCharsets.UTF_8);
    }
  }

  private void skip(int mark, Charset charset) {
    bytes.position(bytes.position() + mark);
    consumed += mark;
    decoder = strict(charset);
    guessing = false;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!started) {
      start();
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (flushed) {
        return -1;
      }
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, out, eof);
      consumed += bytes.position() - before;
      if (guessing) {
        for (int i = off; i < out.position() && !sawNonAscii; i++) {
          sawNonAscii = cbuf[i] > 0x7F;
        }
      }
      if (r.isError()) {
        if (guessing && !sawNonAscii) {
          guessing = false;
          decoder = strict(LEGACY);
          continue;
        }
        String message =
            decoder.charset().equals(LEGACY)
                ? "byte " + consumed + " is not windows-1252 either (the file is not UTF-8):"
                    + " give the file's charset"
                : "byte " + consumed + " is not " + decoder.charset().name()
                    + (guessing ? ", though the bytes before it are UTF-8 text" : "")
                    + ": give the file's charset";
        throw new CharacterCodingException() {
          private static final long serialVersionUID = 1L;

          @Override
          public String getMessage() {
            return message;
          }
        };
      }
      if (r.isUnderflow()) {
        if (eof) {
          if (decoder.flush(out).isOverflow()) {
            break;
          }
          flushed = true;
          return out.position() == off ? -1 : out.position() - off;
        }
        fill();
      }
    }
    return out.position() - off;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
