package org.sitrep.kafka;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.sitrep.jackson.SitrepJson;

/**
 * The configuration properties of Sitrep's deserializers and Serdes, as passed to Kafka clients
 * and Kafka Streams with the others.
 *
 * <pre>{@code
 * props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, SitrepDeserializer.class);
 * props.put(SitrepKafkaConfig.VALUE_TYPE, Report.class);       // or "org.sitrep.Report"
 * props.put(SitrepKafkaConfig.VALUE_MODE, "strict");           // default "tolerant"
 * }</pre>
 */
public final class SitrepKafkaConfig {
  /**
   * The Sitrep type of record values, a {@code Class} or a class name: {@value}. Required when a
   * deserializer is created by Kafka from its class name.
   */
  public static final String VALUE_TYPE = "sitrep.value.type";

  /** The Sitrep type of record keys, when the key deserializer is Sitrep's: {@value}. */
  public static final String KEY_TYPE = "sitrep.key.type";

  /**
   * How values are read: {@code tolerant} (the default: unknown properties and codes are kept and
   * written back unchanged) or {@code strict} (they are refused): {@value}.
   */
  public static final String VALUE_MODE = "sitrep.value.mode";

  /** How keys are read, as {@link #VALUE_MODE}: {@value}. */
  public static final String KEY_MODE = "sitrep.key.mode";

  /** The value of a mode property that keeps the unknown: {@value}. */
  public static final String TOLERANT = "tolerant";

  /** The value of a mode property that refuses the unknown: {@value}. */
  public static final String STRICT = "strict";

  private SitrepKafkaConfig() {}

  /** Whether {@code configs} names a type or a mode for the key or the value. */
  static boolean mentions(Map<String, ?> configs, boolean isKey) {
    return configs.containsKey(isKey ? KEY_TYPE : VALUE_TYPE)
        || configs.containsKey(isKey ? KEY_MODE : VALUE_MODE);
  }

  /** The reader named by the mode property, tolerant by default. */
  static SitrepJson mode(Map<String, ?> configs, boolean isKey) {
    String name = isKey ? KEY_MODE : VALUE_MODE;
    Object value = configs.get(name);
    if (value == null) {
      return SitrepJson.tolerant();
    }
    String mode = value.toString().trim().toLowerCase(Locale.ROOT);
    if (mode.equals(TOLERANT)) {
      return SitrepJson.tolerant();
    } else if (mode.equals(STRICT)) {
      return SitrepJson.strict();
    }
    throw new ConfigException(name, value, "must be '" + TOLERANT + "' or '" + STRICT + "'");
  }

  /** The Sitrep type named by the type property. */
  static Class<?> type(Map<String, ?> configs, boolean isKey) {
    String name = isKey ? KEY_TYPE : VALUE_TYPE;
    Object value = configs.get(name);
    if (value == null) {
      throw new ConfigException(
          name + " is not set: it names the Sitrep type to read, e.g. org.sitrep.Report");
    }
    Class<?> type;
    if (value instanceof Class) {
      type = (Class<?>) value;
    } else {
      try {
        type = Class.forName(value.toString().trim(), true, SitrepKafkaConfig.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new ConfigException(name, value, "no such class");
      }
    }
    if (!SitrepDeserializer.isSitrepType(type)) {
      throw new ConfigException(name, value, "not a Sitrep type (such as org.sitrep.Report)");
    }
    return type;
  }
}
