package org.sitrep.wire.framing;

/**
 * Finds where a JSON value's bytes end when they are already compact text: no white space between
 * tokens, no escape in a string or a name, only well-formed UTF-8 (shortest forms, no surrogates),
 * no control character. Such bytes are exactly what a JSON generator writes again for the value
 * they hold, so a binding may keep them as the value's text instead of writing it anew. Anything
 * else answers -1, and the binding writes the text as usual.
 *
 * <p>This is not a validator: bytes it accepts may still not be JSON ({@code [1}, <code>&#123;]</code>),
 * and the binding's parser, walking the same value, refuses them. It only tells where compact text
 * would end if the parser accepts it: a string ends at its closing quote; a number or a literal
 * ({@code true}, {@code false}, {@code null}) at the first byte that cannot belong to one; an
 * object or an array at the bracket that closes it.
 *
 * <p>Framing shared by every binding's reader of extensions; not for applications.
 */
public final class CompactJson {
  private CompactJson() {}

  /**
   * Where the compact text of the value starting at {@code from} ends.
   *
   * @param bytes UTF-8 input
   * @param from the value's first byte
   * @param limit the end of the input: no value is read beyond it
   * @param maxStringLength the longest string (or name) the parser accepts, in characters: a
   *     string of more bytes than that answers -1, so that the parser's own limit is met where the
   *     text is written anew
   * @return the index after the value's last byte, or -1 if the bytes there are not compact text
   *     ending before {@code limit}
   */
  public static int end(byte[] bytes, int from, int limit, int maxStringLength) {
    int depth = 0;
    int i = from;
    while (i < limit) {
      switch (CLASSES[bytes[i] & 0xFF]) {
        case QUOTE:
          i = stringEnd(bytes, i + 1, limit, maxStringLength);
          if (i < 0) {
            return -1;
          }
          break;
        case OPEN:
          depth++;
          i++;
          break;
        case CLOSE:
          if (depth == 0) {
            return -1;
          }
          depth--;
          i++;
          break;
        case SEPARATOR:
          if (depth == 0) {
            return -1;
          }
          i++;
          break;
        case SCALAR:
          do {
            i++;
          } while (i < limit && CLASSES[bytes[i] & 0xFF] == SCALAR);
          break;
        default:
          return -1; // white space, or what is not JSON
      }
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static final byte OTHER = 0;
  private static final byte QUOTE = 1;
  private static final byte OPEN = 2;
  private static final byte CLOSE = 3;
  private static final byte SEPARATOR = 4;
  /** A byte of a number or a literal. */
  private static final byte SCALAR = 5;

  /** What each byte is outside strings. */
  private static final byte[] CLASSES = new byte[256];

  static {
    CLASSES['"'] = QUOTE;
    CLASSES['{'] = OPEN;
    CLASSES['['] = OPEN;
    CLASSES['}'] = CLOSE;
    CLASSES[']'] = CLOSE;
    CLASSES[','] = SEPARATOR;
    CLASSES[':'] = SEPARATOR;
    for (int c = '0'; c <= '9'; c++) {
      CLASSES[c] = SCALAR;
    }
    for (int c = 'a'; c <= 'z'; c++) {
      CLASSES[c] = SCALAR;
      CLASSES[c - 'a' + 'A'] = SCALAR;
    }
    CLASSES['-'] = SCALAR;
    CLASSES['+'] = SCALAR;
    CLASSES['.'] = SCALAR;
  }

  /**
   * @param i the index after the opening quote
   * @return the index after the closing quote, or -1
   */
  private static int stringEnd(byte[] bytes, int i, int limit, int maxStringLength) {
    int start = i;
    while (i < limit) {
      int c = bytes[i];
      if (c >= 0x20 && c != '"' && c != '\\') {
        i++; // ASCII, the usual case (a byte of 0x80 or more is negative)
      } else if (c == '"') {
        return i - start > maxStringLength ? -1 : i + 1;
      } else if (c >= 0) {
        return -1; // a control character, or an escape
      } else {
        c &= 0xFF;
        i = utf8End(bytes, i, limit, c);
        if (i < 0) {
          return -1;
        }
      }
    }
    return -1;
  }

  /**
   * One multi-byte UTF-8 sequence, in its shortest form and not a surrogate (Unicode's table of
   * well-formed byte sequences).
   *
   * @param i the index of its lead byte {@code c}
   * @return the index after it, or -1
   */
  private static int utf8End(byte[] bytes, int i, int limit, int c) {
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) {
        low = 0xA0;
      } else if (c == 0xED) {
        high = 0x9F;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) {
        low = 0x90;
      } else if (c == 0xF4) {
        high = 0x8F;
      }
    } else {
      return -1;
    }
    if (i + length > limit) {
      return -1;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < low || second > high) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      int next = bytes[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return -1;
      }
    }
    return i + length;
  }
}
