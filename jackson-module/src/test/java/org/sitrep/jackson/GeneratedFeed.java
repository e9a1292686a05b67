package org.sitrep.jackson;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.sitrep.wire.FeedFormat;

/**
 * A feed produced as it is read, never held in memory: {@code count} copies of a template value,
 * each with its own id ({@code prefix-0}, {@code prefix-1}, ...), as NDJSON or as a JSON array
 * with one value per line.
 */
final class GeneratedFeed extends InputStream {
  private final byte[] before;
  private final byte[] after;
  private final String idPrefix;
  private final int count;
  private final FeedFormat format;

  private int next;
  private byte[] chunk = new byte[0];
  private int position;
  private long produced;
  private boolean ended;

  /**
   * @param template the compact JSON of a value holding {@code "id":"<templateId>"} once
   * @param templateId the template's id
   * @param idPrefix the ids' prefix
   * @param count how many values
   * @param format NDJSON or one array
   */
  GeneratedFeed(String template, String templateId, String idPrefix, int count, FeedFormat format) {
    String quoted = "\"" + templateId + "\"";
    int at = template.indexOf(quoted);
    if (at < 0 || template.indexOf(quoted, at + 1) >= 0) {
      throw new IllegalArgumentException("the template must hold its id exactly once");
    }
    this.before = template.substring(0, at + 1).getBytes(StandardCharsets.UTF_8);
    this.after = template.substring(at + quoted.length() - 1).getBytes(StandardCharsets.UTF_8);
    this.idPrefix = idPrefix;
    this.count = count;
    this.format = format;
  }

  /** @return how many bytes were read so far */
  long produced() {
    return produced;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (position == chunk.length && !nextChunk()) {
      return -1;
    }
    int n = Math.min(length, chunk.length - position);
    System.arraycopy(chunk, position, into, offset, n);
    position += n;
    produced += n;
    return n;
  }

  private boolean nextChunk() {
    boolean array = format == FeedFormat.JSON_ARRAY;
    if (next == count) {
      if (!array || ended) {
        return false;
      }
      ended = true;
      chunk = (count == 0 ? "[]\n" : "\n]\n").getBytes(StandardCharsets.US_ASCII);
    } else {
      String head = array ? (next == 0 ? "[\n" : ",\n") : "";
      byte[] id = (head + idPrefix + next).getBytes(StandardCharsets.US_ASCII);
      int tail = array ? 0 : 1;
      chunk = new byte[id.length + before.length + after.length + tail];
      System.arraycopy(id, 0, chunk, 0, head.length());
      System.arraycopy(before, 0, chunk, head.length(), before.length);
      int i = head.length() + before.length;
      System.arraycopy(id, head.length(), chunk, i, id.length - head.length());
      i += id.length - head.length();
      System.arraycopy(after, 0, chunk, i, after.length);
      if (tail == 1) {
        chunk[chunk.length - 1] = '\n';
      }
      next++;
    }
    position = 0;
    return true;
  }
}
