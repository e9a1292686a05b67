package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * Reads and writes Sitrep values as JSON without any Jackson set-up: the wire format with safe
 * limits, for services that only want to exchange reports.
 *
 * <pre>{@code
 * String json = SitrepJson.tolerant().writeString(report);           // the seed article's report
 * Report again = SitrepJson.tolerant().read(json, Report.class);
 * Report checked = SitrepJson.strict().read(json, Report.class);     // refuses the unknown
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; share them. {@link #tolerant()} keeps what this
 * version does not know (unknown properties, unknown codes of open vocabularies) so it is written
 * back unchanged; {@link #strict()} refuses it. Every failure to read is a {@link
 * SitrepJsonException} naming the JSON path. Input larger or deeper than the documented limits
 * (the {@code MAX_*} constants) is refused; the limits are set on this facade's own parser
 * factory, never process-wide. Streams passed in are neither closed nor buffered beyond need.
 *
 * <p>For feeds of many values (NDJSON or one large array), {@link #readFeed(InputStream, Class,
 * FeedFormat)} and {@link #writeFeed(OutputStream, Class, FeedFormat)} read and write one value
 * at a time, with these limits applying to each value rather than to the feed.
 */
public final class SitrepJson {
  /** The largest document read: 8 MiB (bytes, or characters for text input). */
  public static final int MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;

  /** The deepest nesting of objects and arrays read or written: 64 (a report needs 7). */
  public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;

  /** The longest string value read: 1 MiB of characters. */
  public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;

  /** The longest number read, and the longest money amount: 100 characters. */
  public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;

  /** The longest property name read: 256 characters. */
  public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;

  /**
   * The most elements read in one array of a Sitrep property: 10,000. Checked by the codecs, so
   * also on a user's mapper with {@link SitrepModule}.
   */
  public static final int MAX_LIST_LENGTH = Limits.MAX_LIST_LENGTH;

  /** The parser and generator factory with the limits above; feeds derive theirs from it. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .build())
          .streamWriteConstraints(
              StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Emoji and other characters beyond the BMP as UTF-8, not as escaped surrogate pairs,
          // so that bytes and text carry the same canonical JSON.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  /** The layout of pretty output (golden files, docs/schema): two-space indent, "key": value. */
  static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final SitrepJson TOLERANT = new SitrepJson(ReadMode.TOLERANT);
  private static final SitrepJson STRICT = new SitrepJson(ReadMode.STRICT);

  private final ReadMode mode;

  private SitrepJson(ReadMode mode) {
    this.mode = mode;
  }

  /** @return the default reader and writer: keeps what this version does not know */
  public static SitrepJson tolerant() {
    return TOLERANT;
  }

  /** @return a reader and writer that refuses unknown properties and vocabulary codes */
  public static SitrepJson strict() {
    return STRICT;
  }

  /** @return whether this instance refuses what this version does not know */
  public boolean isStrict() {
    return mode == ReadMode.STRICT;
  }

  /**
   * Reads a value from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param json the document
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return the value, validated by the core
   * @throws SitrepJsonException if the document is not a valid value of the type
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public <T> T read(byte[] json, Class<T> type) throws SitrepJsonException {
    Codec<T> codec = codec(type);
    checkLength(json.length);
    return read(
        () -> JsonText.withSource(FACTORY.createParser(json), json, 0, json.length), codec);
  }

  /**
   * Reads a value from text.
   *
   * @param json the document
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return the value, validated by the core
   * @throws SitrepJsonException if the document is not a valid value of the type
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public <T> T read(String json, Class<T> type) throws SitrepJsonException {
    Codec<T> codec = codec(type);
    checkLength(json.length());
    return read(() -> FACTORY.createParser(json), codec);
  }

  /**
   * Reads a value from a stream of UTF-8 (or UTF-16/32, detected) bytes; the stream is not
   * closed.
   *
   * @param json the document
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return the value, validated by the core
   * @throws SitrepJsonException if the document is not a valid value of the type, or the stream
   *     fails ({@link org.sitrep.wire.ReadFailure.Kind#IO})
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public <T> T read(InputStream json, Class<T> type) throws SitrepJsonException {
    Codec<T> codec = codec(type);
    return read(() -> FACTORY.createParser(json), codec);
  }

  /**
   * Reads a value from a character stream; the reader is not closed.
   *
   * @param json the document
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return the value, validated by the core
   * @throws SitrepJsonException if the document is not a valid value of the type, or the reader
   *     fails ({@link org.sitrep.wire.ReadFailure.Kind#IO})
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public <T> T read(Reader json, Class<T> type) throws SitrepJsonException {
    Codec<T> codec = codec(type);
    return read(() -> FACTORY.createParser(json), codec);
  }

  /**
   * Reads a feed of values one at a time, stopping at the first bad record: the first {@link
   * SitrepFeed#read()} that meets one throws it. See {@link SitrepFeed} for the limits.
   *
   * <pre>{@code
   * try (SitrepFeed<Incident> feed =
   *     SitrepJson.tolerant().readFeed(in, Incident.class, FeedFormat.NDJSON)) {
   *   feed.stream().forEach(store::save);
   * }
   * }</pre>
   *
   * @param in UTF-8 input, read lazily; not closed
   * @param type a Sitrep type, e.g. {@code Incident.class}
   * @param format how the values are laid out
   * @param <T> the type
   * @return the feed, to be closed
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public <T> SitrepFeed<T> readFeed(InputStream in, Class<T> type, FeedFormat format) {
    return new SitrepFeed<>(this, in, codec(type), format, null);
  }

  /**
   * Reads a feed of values one at a time, skipping bad records: each one is passed to {@code
   * skipped}, with its line, index, JSON path and reason, and reading goes on. Errors after
   * which nothing can be read reliably (the input fails; a syntax error in a JSON array) are
   * thrown all the same. See {@link SitrepFeed}.
   *
   * <pre>{@code
   * List<FeedError> errors = new ArrayList<>();
   * try (SitrepFeed<Incident> feed =
   *     SitrepJson.tolerant().readFeed(in, Incident.class, FeedFormat.NDJSON, errors::add)) {
   *   feed.stream().forEach(store::save);
   * }
   * }</pre>
   *
   * @param in UTF-8 input, read lazily; not closed
   * @param type a Sitrep type, e.g. {@code Incident.class}
   * @param format how the values are laid out
   * @param skipped told of every bad record, in order; an exception it throws ends the reading
   * @param <T> the type
   * @return the feed, to be closed
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public <T> SitrepFeed<T> readFeed(
      InputStream in, Class<T> type, FeedFormat format, Consumer<? super FeedError> skipped) {
    return new SitrepFeed<>(this, in, codec(type), format, Objects.requireNonNull(skipped));
  }

  /**
   * Writes a feed of values one at a time as compact UTF-8 JSON, in constant memory.
   *
   * @param out where to; flushed when the writer is closed, not closed
   * @param type the Sitrep type of the values, e.g. {@code Incident.class}
   * @param format how to lay the values out
   * @param <T> the type
   * @return the writer, to be closed (which ends the feed)
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public <T> SitrepFeedWriter<T> writeFeed(OutputStream out, Class<T> type, FeedFormat format) {
    return new SitrepFeedWriter<>(out, codec(type), format);
  }

  /**
   * Writes a value as compact JSON text: the canonical wire form.
   *
   * @param value a Sitrep value
   * @return the JSON
   * @throws IllegalArgumentException if {@code value} is not a Sitrep value, or carries an
   *     extension that is not valid JSON
   */
  public String writeString(Object value) {
    StringWriter out = new StringWriter();
    writeUnchecked(value, out, false);
    return out.toString();
  }

  /**
   * Writes a value as indented JSON text (two spaces, {@code "name": value}, {@code \n} line
   * ends, a final line end): the same content as {@link #writeString(Object)}, for people and
   * golden files.
   *
   * @param value a Sitrep value
   * @return the JSON
   * @throws IllegalArgumentException as {@link #writeString(Object)}
   */
  public String writePrettyString(Object value) {
    StringWriter out = new StringWriter();
    writeUnchecked(value, out, true);
    return out.append('\n').toString();
  }

  /**
   * Writes a value as compact UTF-8 JSON.
   *
   * @param value a Sitrep value
   * @return the JSON
   * @throws IllegalArgumentException as {@link #writeString(Object)}
   */
  public byte[] writeBytes(Object value) {
    // As Jackson's own writeValueAsBytes: pooled segments, one copy at the end, instead of a
    // ByteArrayOutputStream that grows by doubling and copies again in toByteArray().
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      write(value, out);
      return out.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a value as compact UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param value a Sitrep value
   * @param out where to
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException as {@link #writeString(Object)}
   */
  public void write(Object value, OutputStream out) throws IOException {
    Codec<Object> codec = codecOf(value);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      codec.write(value, g);
    }
  }

  /**
   * Writes a value as compact JSON text to a writer, which is flushed but not closed.
   *
   * @param value a Sitrep value
   * @param out where to
   * @throws IOException if the writer fails
   * @throws IllegalArgumentException as {@link #writeString(Object)}
   */
  public void write(Object value, Writer out) throws IOException {
    write(value, out, false);
  }

  private void writeUnchecked(Object value, Writer out, boolean pretty) {
    try {
      write(value, out, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Object value, Writer out, boolean pretty) throws IOException {
    Codec<Object> codec = codecOf(value);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(PRETTY.createInstance());
      }
      codec.write(value, g);
    }
  }

  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private <T> T read(ParserSource source, Codec<T> codec) throws SitrepJsonException {
    JsonParser p = null;
    try {
      p = source.open();
      try (JsonParser parser = p) {
        if (parser.nextToken() == null) {
          throw SitrepJsonException.at(parser, Kind.SYNTAX, "the document is empty");
        }
        T value = codec.read(parser, mode);
        if (parser.nextToken() != null) {
          throw SitrepJsonException.at(
              parser, Kind.SYNTAX, "unexpected content after the end of the document");
        }
        return value;
      }
    } catch (IOException e) {
      throw translate(p, e);
    }
  }

  /**
   * A failure of reading as a {@link SitrepJsonException}: ours unchanged, Jackson's limits,
   * syntax errors and the input's failures by their kind.
   *
   * @param p the parser, or null if it could not be created
   * @param e the failure
   * @return the exception to throw
   */
  static SitrepJsonException translate(JsonParser p, IOException e) {
    if (e instanceof SitrepJsonException) {
      return (SitrepJsonException) e;
    } else if (e instanceof StreamConstraintsException) {
      return SitrepJsonException.failure(
          p, Kind.LIMIT_EXCEEDED, ((StreamConstraintsException) e).getOriginalMessage(), e);
    } else if (e instanceof JsonProcessingException) {
      return SitrepJsonException.failure(
          p, Kind.SYNTAX, ((JsonProcessingException) e).getOriginalMessage(), e);
    }
    return SitrepJsonException.failure(p, Kind.IO, "the input could not be read: " + e, e);
  }

  /**
   * Reads one value from part of an array of UTF-8 bytes, as {@link #read(byte[], Class)}: one
   * record of a feed.
   */
  <T> T read(byte[] json, int offset, int length, Codec<T> codec) throws SitrepJsonException {
    return read(
        () -> JsonText.withSource(FACTORY.createParser(json, offset, length), json, offset, length),
        codec);
  }

  /** @return how this instance treats what this version does not know */
  ReadMode mode() {
    return mode;
  }

  private static void checkLength(int length) throws SitrepJsonException {
    if (length > MAX_DOCUMENT_LENGTH) {
      throw SitrepJsonException.failure(
          null,
          Kind.LIMIT_EXCEEDED,
          "the document is "
              + length
              + " long, more than the "
              + MAX_DOCUMENT_LENGTH
              + " allowed",
          null);
    }
  }

  static <T> Codec<T> codec(Class<T> type) {
    Codec<T> codec = CodecTable.find(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " is not a Sitrep type");
    }
    return codec;
  }

  private static Codec<Object> codecOf(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("cannot write null: the wire format has no null value");
    }
    Codec<Object> codec = CodecTable.find(value.getClass());
    if (codec == null) {
      throw new IllegalArgumentException(value.getClass().getName() + " is not a Sitrep type");
    }
    return codec;
  }
}
