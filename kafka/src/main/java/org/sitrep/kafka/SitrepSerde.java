package org.sitrep.kafka;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.sitrep.jackson.SitrepJson;

/**
 * A {@link SitrepSerializer} and a {@link SitrepDeserializer} of one Sitrep type, for Kafka
 * Streams and anything else that takes a {@link Serde}.
 *
 * <pre>{@code
 * KStream<String, Report> reports =
 *     builder.stream("reports", Consumed.with(Serdes.String(), SitrepSerde.tolerant(Report.class)));
 * }</pre>
 *
 * <p>As {@code default.value.serde} it is created by Kafka Streams from its class name and
 * configured by {@link SitrepKafkaConfig#VALUE_TYPE} and {@link SitrepKafkaConfig#VALUE_MODE}.
 * Thread-safe once configured.
 *
 * @param <T> the Sitrep type
 */
public final class SitrepSerde<T> implements Serde<T> {
  private final SitrepSerializer<T> serializer = new SitrepSerializer<>();
  private final SitrepDeserializer<T> deserializer;

  /** Creates a Serde to be configured with {@link #configure(Map, boolean)}, as Kafka does. */
  public SitrepSerde() {
    this.deserializer = new SitrepDeserializer<>();
  }

  private SitrepSerde(SitrepDeserializer<T> deserializer) {
    this.deserializer = deserializer;
  }

  /**
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param json the reader: {@link SitrepJson#tolerant()} or {@link SitrepJson#strict()}
   * @param <T> the type
   * @return a Serde of that type, read in that mode
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public static <T> SitrepSerde<T> of(Class<T> type, SitrepJson json) {
    return new SitrepSerde<>(SitrepDeserializer.of(type, json));
  }

  /**
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return a Serde that keeps unknown properties and codes, written back unchanged
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public static <T> SitrepSerde<T> tolerant(Class<T> type) {
    return of(type, SitrepJson.tolerant());
  }

  /**
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return a Serde that refuses unknown properties and codes
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public static <T> SitrepSerde<T> strict(Class<T> type) {
    return of(type, SitrepJson.strict());
  }

  /**
   * Configures the deserializer, as {@link SitrepDeserializer#configure(Map, boolean)}.
   *
   * @param configs the configuration
   * @param isKey whether this Serde is for keys
   */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    deserializer.configure(configs, isKey);
  }

  /** @return the serializer, shared by every call */
  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  /** @return the deserializer, shared by every call */
  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
