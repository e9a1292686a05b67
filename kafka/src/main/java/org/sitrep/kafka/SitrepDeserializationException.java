package org.sitrep.kafka;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.sitrep.Violation;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.wire.ReadFailure;

/**
 * Thrown by a {@link SitrepDeserializer} when a record is not a valid Sitrep value: what was wrong
 * ({@link #kind()}), where ({@link #path()}, a JSON path) and why ({@link #reason()}).
 *
 * <p>A Kafka consumer wraps it in a {@link
 * org.apache.kafka.common.errors.RecordDeserializationException} with the record's partition and
 * offset, and stops before that record until it is skipped; {@link DeadLetters} does both.
 * Kafka Streams passes it to its {@code DeserializationExceptionHandler}, for which {@link
 * SitrepDeadLetterHandler} is the Sitrep one. Where the body was parsed, the cause is the {@link
 * SitrepJsonException}; a record refused by its headers alone has none.
 */
public final class SitrepDeserializationException extends SerializationException {
  private static final long serialVersionUID = 1L;

  /** What stopped the reading. */
  private final ReadFailure failure;

  SitrepDeserializationException(String topic, SitrepJsonException cause) {
    super(message(topic, cause.failure()), cause);
    this.failure = cause.failure();
  }

  SitrepDeserializationException(String topic, ReadFailure failure) {
    super(message(topic, failure));
    this.failure = failure;
  }

  private static String message(String topic, ReadFailure failure) {
    return "a record of topic " + topic + " is not a valid Sitrep value: " + failure;
  }

  /** @return what stopped the reading: its kind and every problem, with absolute JSON paths */
  public ReadFailure failure() {
    return failure;
  }

  /** @return what kind of problem this is */
  public ReadFailure.Kind kind() {
    return failure.kind();
  }

  /**
   * @return the JSON path of the (first) problem, e.g. {@code $.incidents[0].type}; {@code $} for
   *     the record as a whole (its headers among them)
   */
  public String path() {
    return failure.path();
  }

  /** @return why the (first) problem is one, in plain English */
  public String reason() {
    return failure.reason();
  }

  /** @return every problem found, in order, each with its JSON path; never empty */
  public List<Violation> violations() {
    return failure.violations();
  }

  /**
   * @return the JSON reader's exception, with the line and column, where the body was parsed;
   *     empty where the record was refused by its headers
   */
  public Optional<SitrepJsonException> jsonException() {
    return getCause() instanceof SitrepJsonException
        ? Optional.of((SitrepJsonException) getCause())
        : Optional.empty();
  }
}
