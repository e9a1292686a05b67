package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.framing.NdjsonLines;
import org.sitrep.wire.framing.RecordLimitedInput;

/**
 * A feed of Sitrep values (incidents, reports, any Sitrep type) read lazily, one record at a
 * time and in constant memory, each validated as it is read: from {@link
 * SitrepJson#readFeed(InputStream, Class, FeedFormat)}.
 *
 * <pre>{@code
 * List<FeedError> skipped = new ArrayList<>();
 * try (SitrepFeed<Incident> feed =
 *     SitrepJson.tolerant().readFeed(in, Incident.class, FeedFormat.NDJSON, skipped::add)) {
 *   long killed = feed.stream().filter(...).count();
 * }
 * skipped.forEach(e -> log.warn("{}", e));    // line 13 (record 12): $.casualties[0]...
 * }</pre>
 *
 * <p><b>Bad records.</b> A feed that stops at bad records throws the first one's {@link
 * SitrepJsonException} and ends. Its path names the record: {@code $[12].casualties[0].count.low}
 * in a JSON array; in NDJSON, where each line is a document of its own, {@code
 * $.casualties[0].count.low} with the feed's line in {@link SitrepJsonException#getLocation()}
 * and the message. A feed that skips them passes each one to the caller's consumer as a {@link
 * FeedError} (index, line, path, reason) and goes on; nothing is dropped without being reported.
 * Some errors end the reading in both modes, thrown: a failing input ({@link Kind#IO}), and in a
 * JSON array a syntax error or a limit enforced by the parser (record size, nesting, string
 * length), after which the parser cannot know where the next record starts. In NDJSON every line
 * is read on its own, so a line that is not JSON, too long, or invalid in any other way costs only
 * that line. {@code docs/wire-format.md} (section 9) and decision 0006 give the reasons.
 *
 * <p><b>Limits.</b> Every limit of {@link SitrepJson} applies to each record, not to the feed: a
 * record (an NDJSON line, or the bytes from an array element's first token) is at most {@link
 * #MAX_RECORD_LENGTH} bytes; nesting depth, string, number and name lengths are those of a
 * document (the enclosing array does not count towards the depth). The feed as a whole has no
 * size limit: it is never held in memory, so a consumer bounds its work by how much it takes
 * ({@code stream().limit(n)}).
 *
 * <p>{@link #read()}, {@link #iterator()} and {@link #stream()} are views of the same records: each
 * record is delivered once. A feed is for one thread. Closing it releases the parser; the input
 * stream is not closed, as everywhere in this module.
 *
 * @param <T> the type of the values
 */
public final class SitrepFeed<T> implements AutoCloseable {
  /** The longest record of a feed, in bytes: 8 MiB, as {@link SitrepJson#MAX_DOCUMENT_LENGTH}. */
  public static final int MAX_RECORD_LENGTH = Limits.MAX_RECORD_LENGTH;

  /** The facade's factory, with the document length limit replaced by the per-record one. */
  private static final JsonFactory ARRAY_FACTORY =
      SitrepJson.FACTORY
          .rebuild()
          .streamReadConstraints(
              SitrepJson.FACTORY
                  .streamReadConstraints()
                  .rebuild()
                  .maxDocumentLength(-1L)
                  .maxNestingDepth(SitrepJson.MAX_NESTING_DEPTH + 1)
                  .build())
          .build();

  private final SitrepJson json;
  private final InputStream in;
  private final Codec<T> codec;
  private final FeedFormat format;
  /** Told of each bad record; null to stop at the first. */
  private final Consumer<? super FeedError> skipped;

  private NdjsonLines lines;
  /**
   * Reads the lines in {@link #lines}' buffer in place, one after the other, from {@link
   * #inPlaceStart} to {@link #inPlaceEnd} while the buffer has not moved ({@link #inPlaceMoves}):
   * one parser for many lines. Any line it cannot read is read again by a parser of its own, whose
   * value or error is the line's; the shared parser is then dropped.
   */
  private JsonParser inPlace;
  private int inPlaceStart;
  private int inPlaceEnd;
  private long inPlaceMoves;
  private RecordLimitedInput arrayInput;
  private JsonParser parser;
  private JsonStreamContext array;

  private long records;
  private T pending;
  private boolean finished;

  SitrepFeed(
      SitrepJson json,
      InputStream in,
      Codec<T> codec,
      FeedFormat format,
      Consumer<? super FeedError> skipped) {
    this.json = json;
    this.in = in;
    this.codec = codec;
    this.format = format;
    this.skipped = skipped;
  }

  /**
   * Reads the next valid value.
   *
   * @return the value, validated by the core; null at the end of the feed
   * @throws SitrepJsonException at a bad record if this feed stops at them, or at an error that
   *     ends the reading; the feed is then at its end
   */
  public T read() throws SitrepJsonException {
    if (pending != null) {
      T value = pending;
      pending = null;
      return value;
    }
    if (finished) {
      return null;
    }
    boolean more = false;
    try {
      T value = format == FeedFormat.NDJSON ? nextLine() : nextElement();
      more = value != null;
      return value;
    } finally {
      if (!more) {
        close();
      }
    }
  }

  /**
   * @return the values, read as they are asked for; a bad record that stops the feed, or an
   *     error that ends it, is thrown as an {@link UncheckedIOException} whose cause is the
   *     {@link SitrepJsonException}
   */
  public Iterator<T> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return peek() != null;
      }

      @Override
      public T next() {
        T value = peek();
        if (value == null) {
          throw new NoSuchElementException();
        }
        pending = null;
        return value;
      }
    };
  }

  /**
   * @return the values as a sequential stream, read as they are consumed, throwing as {@link
   *     #iterator()}; closing the stream closes this feed
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Ends the feed and releases its parser; the input stream is left open. Idempotent. */
  @Override
  public void close() {
    finished = true;
    pending = null;
    dropInPlace();
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private T peek() {
    if (pending == null && !finished) {
      try {
        pending = read();
      } catch (SitrepJsonException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
    return pending;
  }

  /**
   * The next valid value of an NDJSON feed: each line read as a document of its own, in place in
   * the buffer ({@link #readInPlace()}) or else by a parser of its own.
   */
  private T nextLine() throws SitrepJsonException {
    if (lines == null) {
      lines = new NdjsonLines(in, MAX_RECORD_LENGTH);
    }
    while (advance()) {
      if (lines.blank()) {
        continue;
      }
      long index = records++;
      SitrepJsonException problem;
      if (lines.tooLong()) {
        problem =
            SitrepJsonException.failure(
                null,
                Kind.LIMIT_EXCEEDED,
                "the line is longer than the "
                    + MAX_RECORD_LENGTH
                    + " bytes allowed for one record of a feed",
                null);
      } else {
        try {
          T value = readInPlace();
          return value != null
              ? value
              : json.read(lines.buffer(), lines.offset(), lines.length(), codec);
        } catch (SitrepJsonException e) {
          problem =
              e.kind() == Kind.SYNTAX && lines.carriageReturnInside()
                  ? SitrepJsonException.failure(
                      null,
                      Kind.SYNTAX,
                      "the line holds a carriage return (\\r) that does not end it: NDJSON lines"
                          + " end in \\n or \\r\\n, and a feed with old Mac line ends (\\r"
                          + " alone) is read as one line; "
                          + e.reason(),
                      e)
                  : e;
        }
      }
      SitrepJsonException onLine = problem.onLine(lines.number());
      skip(new FeedError(index, lines.number(), onLine.failure(), onLine));
    }
    return null;
  }

  /**
   * Reads the current line with the parser shared by the lines of the buffer: the line's value if
   * the line is an object read whole, alone on its line (white space aside) and valid; else null,
   * and the line is to be read by a parser of its own. That parser sees the same bytes from the
   * same state, so its value is the same; an error is left to it, for its position and path.
   *
   * @return the value, or null
   */
  private T readInPlace() {
    byte[] buffer = lines.buffer();
    int start = lines.offset();
    int end = start + lines.length();
    try {
      if (inPlace == null || lines.moves() != inPlaceMoves || end > inPlaceEnd) {
        dropInPlace();
        inPlaceStart = start;
        inPlaceEnd = lines.buffered();
        inPlaceMoves = lines.moves();
        inPlace =
            JsonText.withSource(
                SitrepJson.FACTORY.createParser(buffer, start, inPlaceEnd - start),
                buffer,
                start,
                inPlaceEnd - start);
      }
      if (inPlace.nextToken() != JsonToken.START_OBJECT
          || inPlaceStart + inPlace.currentTokenLocation().getByteOffset() < start) {
        dropInPlace();
        return null;
      }
      T value = codec.read(inPlace, json.mode());
      if (inPlace.currentToken() != JsonToken.END_OBJECT
          || !inPlace.getParsingContext().inRoot()
          || !blank(buffer, inPlaceStart + inPlace.currentLocation().getByteOffset(), end)) {
        dropInPlace();
        return null;
      }
      return value;
    } catch (IOException | RuntimeException e) {
      dropInPlace();
      return null;
    }
  }

  /** @return whether {@code buffer[from, to)} is JSON white space of one line; false if from > to */
  private static boolean blank(byte[] buffer, long from, int to) {
    if (from > to) {
      return false;
    }
    for (int i = (int) from; i < to; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private void dropInPlace() {
    if (inPlace != null) {
      JsonParser dropped = inPlace;
      inPlace = null;
      try {
        dropped.close();
      } catch (IOException e) {
        // nothing was read from it that matters: its lines were read, or are read again
      }
    }
  }

  private boolean advance() throws SitrepJsonException {
    try {
      return lines.next();
    } catch (IOException e) {
      throw SitrepJson.translate(null, e);
    }
  }

  /** The next valid value of a feed in one JSON array, read by one parser. */
  private T nextElement() throws SitrepJsonException {
    try {
      if (parser == null) {
        openArray();
      }
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        long index = records++;
        JsonLocation at = parser.currentTokenLocation();
        arrayInput.recordStartsAt(at.getByteOffset());
        try {
          return codec.read(parser, json.mode());
        } catch (SitrepJsonException e) {
          if (e.kind() == Kind.SYNTAX) {
            throw e;
          }
          skip(new FeedError(index, at.getLineNr(), e.failure(), e));
          passOverRestOfElement();
        }
      }
      if (parser.nextToken() != null) {
        throw SitrepJsonException.at(
            parser, Kind.SYNTAX, "unexpected content after the end of the array");
      }
      return null;
    } catch (IOException e) {
      throw SitrepJson.translate(parser, e);
    }
  }

  private void openArray() throws IOException {
    arrayInput = new RecordLimitedInput(in, MAX_RECORD_LENGTH, StreamConstraintsException::new);
    parser = ARRAY_FACTORY.createParser(arrayInput);
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw SitrepJsonException.at(
          parser, Kind.SYNTAX, "the feed is empty (a JSON_ARRAY feed without values is [])");
    }
    if (first != JsonToken.START_ARRAY) {
      throw Codecs.wrongType(parser, "an array (a feed in the JSON_ARRAY format)");
    }
    array = parser.getParsingContext();
  }

  /**
   * After a record was refused part way, moves the parser to its last token, so that the next
   * token is the next element or the end of the array. The record is well-formed so far: the
   * refusal came from a codec, not from the parser.
   */
  private void passOverRestOfElement() throws IOException {
    while (parser.getParsingContext() != array) {
      if (parser.nextToken() == null) {
        throw SitrepJsonException.at(parser, Kind.SYNTAX, "the input ends inside the array");
      }
    }
  }

  private void skip(FeedError error) throws SitrepJsonException {
    if (skipped == null) {
      throw (SitrepJsonException) error.exception();
    }
    skipped.accept(error);
  }
}
