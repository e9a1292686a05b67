package org.sitrep.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.wire.ReadFailure;
import org.sitrep.wire.SchemaVersions;

/**
 * Reads record keys or values as Sitrep values from the JSON wire format.
 *
 * <pre>{@code
 * Deserializer<Report> reports = SitrepDeserializer.tolerant(Report.class);
 * Deserializer<Incident> checked = SitrepDeserializer.strict(Incident.class);
 * }</pre>
 *
 * <p>Created by Kafka from its class name ({@code value.deserializer}), it is configured by
 * {@link SitrepKafkaConfig#VALUE_TYPE} (or {@code KEY_TYPE}) and {@link SitrepKafkaConfig#VALUE_MODE};
 * one created with a type here needs no configuration and refuses any that names a type or mode.
 *
 * <p>The {@link SitrepHeaders} are checked before the body: a record whose {@code schema_version}
 * is of another major version, or whose {@code content-type} is not JSON, is refused without its
 * body being read. A bad record throws {@link SitrepDeserializationException}; a {@code null}
 * body (a tombstone) gives {@code null}, as Kafka's contract for deserializers requires.
 *
 * <p>Thread-safe once configured; it holds no per-record state and allocates nothing per record
 * beyond the value read.
 */
public final class SitrepDeserializer<T> implements Deserializer<T> {
  private volatile Class<T> type;
  private volatile SitrepJson json;
  private final boolean programmatic;

  /** Creates a deserializer to be configured with {@link #configure(Map, boolean)}, as Kafka does. */
  public SitrepDeserializer() {
    this.programmatic = false;
  }

  private SitrepDeserializer(Class<T> type, SitrepJson json) {
    if (!isSitrepType(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a Sitrep type");
    }
    this.type = type;
    this.json = Objects.requireNonNull(json, "json");
    this.programmatic = true;
  }

  /**
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param json the reader: {@link SitrepJson#tolerant()} or {@link SitrepJson#strict()}
   * @param <T> the type
   * @return a deserializer of that type, read in that mode
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public static <T> SitrepDeserializer<T> of(Class<T> type, SitrepJson json) {
    return new SitrepDeserializer<>(Objects.requireNonNull(type, "type"), json);
  }

  /**
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return a deserializer that keeps unknown properties and codes, to be written back unchanged
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public static <T> SitrepDeserializer<T> tolerant(Class<T> type) {
    return of(type, SitrepJson.tolerant());
  }

  /**
   * @param type a Sitrep type, e.g. {@code Report.class}
   * @param <T> the type
   * @return a deserializer that refuses unknown properties and codes
   * @throws IllegalArgumentException if {@code type} is not a Sitrep type
   */
  public static <T> SitrepDeserializer<T> strict(Class<T> type) {
    return of(type, SitrepJson.strict());
  }

  /**
   * Takes the type and mode from Kafka's configuration: {@link SitrepKafkaConfig#VALUE_TYPE} and
   * {@link SitrepKafkaConfig#VALUE_MODE}, or their {@code KEY_} counterparts for a key
   * deserializer. A deserializer created with a type ignores a configuration that names neither.
   *
   * @param configs the client's configuration
   * @param isKey whether this deserializes keys
   * @throws ConfigException if the type is missing or not a Sitrep type, the mode is neither
   *     {@code tolerant} nor {@code strict}, or this deserializer was created with a type and the
   *     configuration names one too
   */
  @Override
  @SuppressWarnings("unchecked")
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (programmatic) {
      if (SitrepKafkaConfig.mentions(configs, isKey)) {
        throw new ConfigException(
            "this Sitrep deserializer was created for "
                + type.getName()
                + "; configure it in code or by properties, not both");
      }
      return;
    }
    SitrepJson mode = SitrepKafkaConfig.mode(configs, isKey);
    this.type = (Class<T>) SitrepKafkaConfig.type(configs, isKey);
    this.json = mode;
  }

  /**
   * Reads a record body that comes without headers.
   *
   * @param topic the record's topic, for the message
   * @param data the body, or null
   * @return the value, or null for a null body
   * @throws SitrepDeserializationException if the body is not a valid value of the type
   * @throws IllegalStateException if this deserializer was never configured
   */
  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    return read(topic, data);
  }

  /**
   * Checks the record's {@link SitrepHeaders}, then reads its body.
   *
   * @param topic the record's topic, for the message
   * @param headers the record's headers
   * @param data the body, or null
   * @return the value, or null for a null body
   * @throws SitrepDeserializationException if the headers name another major schema version or a
   *     content type that is not JSON (the body is then not read), or the body is not a valid
   *     value of the type
   * @throws IllegalStateException if this deserializer was never configured
   */
  @Override
  public T deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    if (headers != null) {
      checkHeaders(topic, headers);
    }
    return read(topic, data);
  }

  /** @return the Sitrep type read, once configured */
  public Optional<Class<T>> type() {
    return Optional.ofNullable(type);
  }

  /** @return whether unknown properties and codes are refused; false until configured */
  public boolean isStrict() {
    SitrepJson j = json;
    return j != null && j.isStrict();
  }

  private T read(String topic, byte[] data) {
    Class<T> t = type;
    SitrepJson j = json;
    if (t == null || j == null) {
      throw new IllegalStateException(
          "this Sitrep deserializer is not configured: set "
              + SitrepKafkaConfig.VALUE_TYPE
              + " (or "
              + SitrepKafkaConfig.KEY_TYPE
              + "), or create it with SitrepDeserializer.of");
    }
    try {
      return j.read(data, t);
    } catch (SitrepJsonException e) {
      throw new SitrepDeserializationException(topic, e);
    }
  }

  private static void checkHeaders(String topic, Headers headers) {
    Header version = headers.lastHeader(SitrepHeaders.SCHEMA_VERSION);
    if (version != null && !Arrays.equals(version.value(), SitrepHeaders.CURRENT_VERSION_BYTES)) {
      String text = text(version);
      Optional<String> problem =
          SchemaVersions.malformed(text).map(r -> "the " + SitrepHeaders.SCHEMA_VERSION + " header: " + r);
      if (problem.isPresent()) {
        throw refused(topic, ReadFailure.Kind.INVALID_VALUE, problem.get());
      }
      Optional<String> unsupported = SchemaVersions.unsupported(text);
      if (unsupported.isPresent()) {
        throw refused(
            topic,
            ReadFailure.Kind.UNSUPPORTED_VERSION,
            "the " + SitrepHeaders.SCHEMA_VERSION + " header: " + unsupported.get());
      }
    }
    Header contentType = headers.lastHeader(SitrepHeaders.CONTENT_TYPE);
    if (contentType != null
        && !Arrays.equals(contentType.value(), SitrepHeaders.JSON_BYTES)
        && !isJson(text(contentType))) {
      throw refused(
          topic,
          ReadFailure.Kind.INVALID_VALUE,
          "the "
              + SitrepHeaders.CONTENT_TYPE
              + " header is '"
              + shorten(text(contentType))
              + "': Sitrep reads only JSON ("
              + SitrepHeaders.JSON
              + ")");
    }
  }

  /** application/json or application/*+json, with or without parameters such as a charset. */
  private static boolean isJson(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String essence =
        (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    return essence.equals(SitrepHeaders.JSON)
        || (essence.startsWith("application/") && essence.endsWith("+json"));
  }

  private static String text(Header header) {
    return header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String shorten(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "...";
  }

  private static SitrepDeserializationException refused(
      String topic, ReadFailure.Kind kind, String reason) {
    return new SitrepDeserializationException(topic, ReadFailure.of(kind, "$", reason));
  }

  /**
   * Whether sitrep-jackson reads this type: the types of the wire definition, their identifiers
   * and vocabularies. Asked of the reader itself, which checks the type before reading anything.
   */
  static boolean isSitrepType(Class<?> type) {
    try {
      SitrepJson.tolerant().read(new byte[0], type);
      return true; // not reached: an empty document is never a value
    } catch (IllegalArgumentException e) {
      return false;
    } catch (SitrepJsonException e) {
      return true;
    }
  }
}
