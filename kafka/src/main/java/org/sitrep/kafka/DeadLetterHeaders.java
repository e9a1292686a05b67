package org.sitrep.kafka;

/**
 * The headers that a dead letter carries besides the original record's own headers, each as UTF-8
 * text. A dead letter's key and value are the original record's bytes, unchanged.
 *
 * <p>Where the record was refused by a {@link SitrepDeserializer}, {@value #KIND}, {@value #PATH}
 * and {@value #REASON} say what was wrong and where: for example {@code RULE_VIOLATION}, {@code
 * $.casualties[0].count.high} and {@code low (5) must not be greater than high (3)}. Where another
 * deserializer refused it, {@value #KIND} and {@value #PATH} are absent and {@value #REASON} is its
 * exception's message.
 */
public final class DeadLetterHeaders {
  /** The {@link org.sitrep.wire.ReadFailure.Kind} of the problem, e.g. {@code SYNTAX}: {@value}. */
  public static final String KIND = "sitrep.error.kind";

  /** The JSON path of the (first) problem, e.g. {@code $.incidents[0].type}: {@value}. */
  public static final String PATH = "sitrep.error.path";

  /** Why the record was refused, in plain English: {@value}. */
  public static final String REASON = "sitrep.error.reason";

  /** The class of the exception that refused the record: {@value}. */
  public static final String EXCEPTION = "sitrep.error.exception";

  /**
   * Whether the key or the value was refused, {@code KEY} or {@code VALUE}: {@value}. Set by
   * {@link DeadLetters}; absent from Kafka Streams' dead letters, as Streams does not say.
   */
  public static final String ORIGIN = "sitrep.error.origin";

  /** The topic the record was read from: {@value}. */
  public static final String SOURCE_TOPIC = "sitrep.source.topic";

  /** The partition the record was read from, in decimal: {@value}. */
  public static final String SOURCE_PARTITION = "sitrep.source.partition";

  /** The record's offset in its partition, in decimal: {@value}. */
  public static final String SOURCE_OFFSET = "sitrep.source.offset";

  private DeadLetterHeaders() {}
}
