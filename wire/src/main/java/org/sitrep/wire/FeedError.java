package org.sitrep.wire;

import java.util.Objects;

/**
 * A record of a feed that was skipped, and why: where it is in the feed (its index and the line it
 * starts on) and the {@link ReadFailure} that refused it, with its JSON path.
 *
 * <p>In {@link FeedFormat#NDJSON} each line is a document of its own, so paths start at the
 * record ({@code $.casualties[0].count.low} on line 13); in {@link FeedFormat#JSON_ARRAY} they
 * start at the array ({@code $[12].casualties[0].count.low}).
 */
public final class FeedError {
  private final long index;
  private final long line;
  private final ReadFailure failure;
  private final Exception exception;

  /**
   * @param index the record's position among the records of the feed, from 0
   * @param line the line of the feed on which the record starts, from 1
   * @param failure why it was refused
   * @param exception the binding's exception that carries {@code failure}
   */
  public FeedError(long index, long line, ReadFailure failure, Exception exception) {
    this.index = index;
    this.line = line;
    this.failure = Objects.requireNonNull(failure, "failure");
    this.exception = Objects.requireNonNull(exception, "exception");
  }

  /**
   * @return the record's position among the records of the feed, from 0: its index in the
   *     array, or the count of non-blank lines before it
   */
  public long index() {
    return index;
  }

  /** @return the line of the feed on which the record starts, from 1 */
  public long line() {
    return line;
  }

  /** @return why the record was refused */
  public ReadFailure failure() {
    return failure;
  }

  /**
   * @return the problem as the binding's exception, as reading the record on its own would have
   *     thrown it (for sitrep-jackson a {@code SitrepJsonException}, with the record's line and
   *     column)
   */
  public Exception exception() {
    return exception;
  }

  /** @return what kind of problem it is */
  public ReadFailure.Kind kind() {
    return failure.kind();
  }

  /** @return the JSON path of the (first) problem */
  public String path() {
    return failure.path();
  }

  /** @return why the (first) problem is one */
  public String reason() {
    return failure.reason();
  }

  /** @return e.g. {@code line 13 (record 12): $.casualties[0].count.low: low (5) must ...} */
  @Override
  public String toString() {
    return "line " + line + " (record " + index + "): " + failure.message();
  }
}
