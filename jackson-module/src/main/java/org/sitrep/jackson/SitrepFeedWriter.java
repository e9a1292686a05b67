package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.sitrep.wire.FeedFormat;

/**
 * Writes a feed of Sitrep values one at a time, in constant memory, as compact UTF-8 JSON: from
 * {@link SitrepJson#writeFeed(OutputStream, Class, FeedFormat)}.
 *
 * <pre>{@code
 * try (SitrepFeedWriter<Incident> out =
 *     SitrepJson.tolerant().writeFeed(stream, Incident.class, FeedFormat.NDJSON)) {
 *   for (Incident incident : incidents) {
 *     out.write(incident);
 *   }
 * }
 * }</pre>
 *
 * <p>{@link FeedFormat#NDJSON} puts each value on a line of its own, ending in {@code \n}; {@link
 * FeedFormat#JSON_ARRAY} writes {@code [}, the values one per line separated by commas, and
 * {@code ]} when closed. Bytes reach the stream whenever the generator's buffer (8 KB) fills;
 * {@link #flush()} pushes them at once, for a live feed. Closing ends the feed (the array's
 * {@code ]}) and flushes; the stream is not closed. A writer is for one thread. If writing a value
 * fails part way (the stream fails, or a value carries an extension named like a property), the
 * feed is broken and the writer refuses further values.
 *
 * @param <T> the type of the values
 */
public final class SitrepFeedWriter<T> implements AutoCloseable {
  private final JsonGenerator g;
  private final Codec<T> codec;
  private final FeedFormat format;
  private long written;
  private boolean broken;
  private boolean closed;

  SitrepFeedWriter(OutputStream out, Codec<T> codec, FeedFormat format) {
    try {
      this.g = SitrepJson.FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    g.setRootValueSeparator(null);
    // A value cut short by a failure must not be completed with closing brackets when closed.
    g.configure(StreamWriteFeature.AUTO_CLOSE_CONTENT.mappedFeature(), false);
    this.codec = codec;
    this.format = format;
  }

  /**
   * Writes a value as the next record.
   *
   * @param value a value, not null
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the value is null or carries an extension that is not
   *     valid JSON or is named like one of its type's properties
   * @throws IllegalStateException if the writer is closed or broken
   */
  public void write(T value) throws IOException {
    if (closed || broken) {
      throw new IllegalStateException(closed ? "the feed is closed" : "the feed is broken");
    }
    if (value == null) {
      throw new IllegalArgumentException("cannot write null: the wire format has no null value");
    }
    broken = true;
    if (format == FeedFormat.JSON_ARRAY) {
      g.writeRaw(written == 0 ? "[\n" : ",\n");
    }
    codec.write(value, g);
    if (format == FeedFormat.NDJSON) {
      g.writeRaw('\n');
    }
    written++;
    broken = false;
  }

  /** @return how many values were written */
  public long written() {
    return written;
  }

  /**
   * Pushes what was written to the stream and flushes it.
   *
   * @throws IOException if the stream fails
   */
  public void flush() throws IOException {
    g.flush();
  }

  /**
   * Ends the feed and flushes it; the stream is not closed. Idempotent. A broken feed is not
   * ended, so that a reader sees it is incomplete.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (format == FeedFormat.JSON_ARRAY && !broken) {
        g.writeRaw(written == 0 ? "[]\n" : "\n]\n");
      }
    } finally {
      g.close();
    }
  }
}
