package org.sitrep.jackson3;

import java.io.IOException;
import java.io.OutputStream;
import org.sitrep.wire.FeedFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

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
  /**
   * The facade's factory, without closing brackets added to a value cut short by a failure when
   * the writer is closed.
   */
  private static final JsonFactory FEED_FACTORY =
      SitrepJson.FACTORY.rebuild().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();

  /** No separator of Jackson's between root values: the feed writes its own. */
  private static final ObjectWriteContext NO_ROOT_SEPARATOR =
      new ObjectWriteContext.Base() {
        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
          return null;
        }
      };

  private final JsonGenerator g;
  private final Codec<T> codec;
  private final FeedFormat format;
  private long written;
  private boolean broken;
  private boolean closed;

  SitrepFeedWriter(OutputStream out, Codec<T> codec, FeedFormat format) {
    this.g = FEED_FACTORY.createGenerator(NO_ROOT_SEPARATOR, out);
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
    try {
      if (format == FeedFormat.JSON_ARRAY) {
        g.writeRaw(written == 0 ? "[\n" : ",\n");
      }
      codec.write(value, g);
      if (format == FeedFormat.NDJSON) {
        g.writeRaw('\n');
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
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
    try {
      g.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
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
      try {
        if (format == FeedFormat.JSON_ARRAY && !broken) {
          g.writeRaw(written == 0 ? "[]\n" : "\n]\n");
        }
      } finally {
        g.close();
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
