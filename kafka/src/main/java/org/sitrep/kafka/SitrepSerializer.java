package org.sitrep.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.sitrep.Report;
import org.sitrep.jackson.SitrepJson;

/**
 * Writes Sitrep values as record keys or values in the JSON wire format: compact UTF-8 JSON, the
 * bytes {@link SitrepJson#writeBytes(Object)} gives.
 *
 * <pre>{@code
 * Producer<String, Report> producer =
 *     new KafkaProducer<>(props, new StringSerializer(), new SitrepSerializer<>());
 * }</pre>
 *
 * <p>Each record gets the {@link SitrepHeaders}: {@code content-type: application/json} and the
 * {@code schema_version} it was written in: a report's own {@link Report#schemaVersion()} (a
 * relayed report of a newer minor version says so), {@link Report#CURRENT_SCHEMA_VERSION} for
 * every other value (replacing any such headers it had, so that a record
 * relayed by Kafka Streams carries them once). What a tolerant reader kept of a newer version
 * (unknown properties and codes) is written back unchanged. A {@code null} value gives a {@code
 * null} body, a tombstone. Needs no configuration; thread-safe.
 *
 * @param <T> the Sitrep type written
 */
public final class SitrepSerializer<T> implements Serializer<T> {
  private static final SitrepJson JSON = SitrepJson.tolerant();

  /** Creates a serializer; Kafka may also create one from its class name. */
  public SitrepSerializer() {}

  /**
   * @param topic the record's topic
   * @param data a Sitrep value, or null
   * @return its JSON, or null for null
   * @throws org.apache.kafka.common.errors.SerializationException if {@code data} is not a
   *     Sitrep value
   */
  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    try {
      return JSON.writeBytes(data);
    } catch (IllegalArgumentException e) {
      throw new org.apache.kafka.common.errors.SerializationException(
          "cannot write a record of topic " + topic + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the value and sets the record's {@link SitrepHeaders}.
   *
   * @param topic the record's topic
   * @param headers the record's headers, to which the content type and schema version are set
   * @param data a Sitrep value, or null (no headers are then set)
   * @return its JSON, or null for null
   * @throws org.apache.kafka.common.errors.SerializationException if {@code data} is not a
   *     Sitrep value
   */
  @Override
  public byte[] serialize(String topic, Headers headers, T data) {
    byte[] body = serialize(topic, data);
    if (body != null && headers != null) {
      headers.remove(SitrepHeaders.CONTENT_TYPE);
      headers.add(SitrepHeaders.CONTENT_TYPE, SitrepHeaders.JSON_BYTES);
      headers.remove(SitrepHeaders.SCHEMA_VERSION);
      headers.add(SitrepHeaders.SCHEMA_VERSION, version(data));
    }
    return body;
  }

  /** A report says its version (a relayed one may be newer); every other value is of ours. */
  private static byte[] version(Object data) {
    if (data instanceof Report) {
      String version = ((Report) data).schemaVersion();
      if (!version.equals(Report.CURRENT_SCHEMA_VERSION)) {
        return version.getBytes(StandardCharsets.UTF_8);
      }
    }
    return SitrepHeaders.CURRENT_VERSION_BYTES;
  }
}
