package org.sitrep.jackson3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.sitrep.Extensible;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;
import org.sitrep.wire.Cardinality;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.WirePaths;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The one reader and writer of every Sitrep object type, interpreted from the type's definition
 * in the format-neutral wire definition ({@link WireType}).
 *
 * <p>Writing emits the properties in their declared order, omits empty optionals and empty lists,
 * and writes the extensions last, sorted by name. Reading tracks which properties were seen
 * (refusing duplicates), turns unknown properties into extensions (tolerant) or errors (strict),
 * checks that required properties are present, then builds the value through the core's builder,
 * so that every rule of the model is checked in one place and its violations surface with JSON
 * paths.
 *
 * @param <T> the value type
 * @param <B> its builder (or any mutable holder the build function understands)
 */
final class ObjectCodec<T extends Extensible, B> implements Codec<T> {
  private final String typeName;
  private final WireType<T, B> type;
  /** In wire order, an array: the read and write loops run over it for every value. */
  private final Property<T, B, ?>[] properties;
  private final Map<String, Property<T, B, ?>> byName;
  private final long requiredMask;

  private ObjectCodec(WireType<T, B> type, Bindings bindings) {
    this.typeName = type.name();
    this.type = type;
    List<Property<T, B, ?>> list = new ArrayList<>();
    for (WireProperty<T, B, ?> p : type.properties()) {
      list.add(property(p, bindings));
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Property<T, B, ?>[] array = list.toArray(new Property[0]);
    this.properties = array;
    Map<String, Property<T, B, ?>> names = new HashMap<>();
    long required = 0;
    for (Property<T, B, ?> p : properties) {
      names.put(p.name, p);
      if (p.required) {
        required |= 1L << p.index;
      }
    }
    this.byName = Map.copyOf(names);
    this.requiredMask = required;
  }

  /** Finds the codec of a property's values. */
  @FunctionalInterface
  interface Bindings {
    <V> Codec<V> codec(WireValue<V> value);
  }

  /**
   * The codec of one wire type, interpreted from its definition.
   *
   * @param type the type's definition
   * @param bindings the codecs of its properties' values
   * @return the codec
   */
  static <T extends Extensible, B> ObjectCodec<T, B> of(WireType<T, B> type, Bindings bindings) {
    return new ObjectCodec<>(type, bindings);
  }

  /** @return the type's simple name */
  String typeName() {
    return typeName;
  }

  /** @return the wire names of the properties, in wire order */
  List<String> propertyNames() {
    List<String> names = new ArrayList<>();
    for (Property<T, B, ?> p : properties) {
      names.add(p.name);
    }
    return names;
  }

  @Override
  public T read(JsonParser p, ReadMode mode) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
      throw Codecs.wrongType(p, "an object (" + typeName + ")");
    }
    B builder = type.newBuilder();
    long seen = 0;
    Map<String, String> extensions = null;
    int next = 0; // the property expected next: Sitrep writes them in table order
    for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      Property<T, B, ?> property = lookup(name, next);
      if (property != null) {
        next = property.index + 1;
        long bit = 1L << property.index;
        if ((seen & bit) != 0) {
          throw duplicate(p);
        }
        seen |= bit;
        p.nextToken();
        property.read(p, builder, mode);
      } else if (mode == ReadMode.STRICT) {
        throw SitrepJsonException.at(
            p, Kind.UNKNOWN_PROPERTY, "is not a property of " + typeName + " (strict mode)");
      } else {
        Codecs.unpairedSurrogate(p, name);
        if (extensions == null) {
          extensions = new LinkedHashMap<>();
        } else if (extensions.containsKey(name)) {
          throw duplicate(p);
        }
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          throw SitrepJsonException.at(
              p,
              Kind.WRONG_TYPE,
              "null is never valid, also for a property this version does not know: omit it");
        }
        extensions.put(name, JsonText.capture(p));
      }
    }
    if ((seen & requiredMask) != requiredMask) {
      throw missing(p, seen);
    }
    if (extensions != null) {
      type.putExtensions(builder, extensions);
    }
    try {
      return type.build(builder);
    } catch (SitrepValidationException e) {
      throw SitrepJsonException.rules(p, Kind.RULE_VIOLATION, e);
    }
  }

  /**
   * Finds a property by its wire name, looking first at the expected one and those after it, by
   * identity: a document written in table order (as Sitrep writes it, absent properties left out)
   * then needs no hashing and no string comparison. The names compared are the table's, interned
   * as a Jackson 2 parser interns field names by default, and the last name instance each property
   * was found by in the per-type map: parsers that canonicalize without interning (Jackson 3's
   * default) hand out the same instance for a name again and again. Anything else (another order,
   * a new instance, an unknown name) is found, or not, in the map.
   *
   * @param name the field name read
   * @param next the index of the property expected next
   * @return the property, or null if the name is not one
   */
  private Property<T, B, ?> lookup(String name, int next) {
    Property<T, B, ?>[] table = properties;
    for (int i = next; i < table.length; i++) {
      Property<T, B, ?> property = table[i];
      if (property.name == name || property.lastName == name) {
        return property;
      }
    }
    Property<T, B, ?> property = byName.get(name);
    if (property != null) {
      property.lastName = name;
    }
    return property;
  }

  private static SitrepJsonException duplicate(JsonParser p) {
    return SitrepJsonException.at(
        p, Kind.DUPLICATE_PROPERTY, "the property appears more than once");
  }

  private SitrepJsonException missing(JsonParser p, long seen) {
    List<Violation> absent = new ArrayList<>();
    for (Property<T, B, ?> property : properties) {
      if (property.required && (seen & (1L << property.index)) == 0) {
        absent.add(
            Violation.of(
                WirePaths.step(property.wireName.getValue()),
                "is required in " + typeName + " but is missing"));
      }
    }
    return SitrepJsonException.at(p, Kind.MISSING_PROPERTY, absent);
  }

  @Override
  public void write(T value, JsonGenerator g) {
    g.writeStartObject(value);
    for (Property<T, B, ?> property : properties) {
      property.write(value, g);
    }
    Map<String, String> extensions = value.extensions();
    if (!extensions.isEmpty()) {
      for (Map.Entry<String, String> e : new TreeMap<>(extensions).entrySet()) {
        if (byName.containsKey(e.getKey())) {
          throw new IllegalArgumentException(
              "an extension of "
                  + typeName
                  + " may not be named like one of its properties: '"
                  + e.getKey()
                  + "'");
        }
        g.writeName(e.getKey());
        JsonText.replay(e.getKey(), e.getValue(), g);
      }
    }
    g.writeEndObject();
  }

  // How a property's values are read and written: the branches of Property.
  /** Required or defaulted: always written. */
  private static final int ALWAYS = 0;
  /** Optional: written when present. */
  private static final int OPTIONAL = 1;
  /** An optional whole number, kept as an {@code OptionalLong}. */
  private static final int LONG = 2;
  /** A list: written when not empty. */
  private static final int LIST = 3;

  /**
   * One property bound to its codec. A final class whose read and write branch on the property's
   * shape, rather than a lambda per shape: the call from the read and write loops stays
   * monomorphic, one indirection less per property read or written.
   */
  private static final class Property<T, B, V> {
    /** The wire name, interned like the parser's field names. */
    final String name;

    /**
     * The instance of the name this property was last found by in the per-type map, for an
     * identity match next time. Written without synchronisation: a stale or lost value only
     * costs a map look-up, and a {@code String} is safely published.
     */
    String lastName;

    final SerializableString wireName;
    final int index;
    final boolean required;
    private final WireProperty<T, B, V> wire;
    private final Codec<V> codec;
    private final int shape;

    Property(WireProperty<T, B, V> wire, Codec<V> codec) {
      this.wireName = new SerializedString(wire.wireName());
      this.name = wire.wireName().intern();
      this.index = wire.index();
      this.required = wire.cardinality() == Cardinality.REQUIRED;
      this.wire = wire;
      this.codec = codec;
      switch (wire.cardinality()) {
        case REQUIRED:
        case DEFAULTED:
          this.shape = ALWAYS;
          break;
        case OPTIONAL:
          this.shape = wire.isLong() ? LONG : OPTIONAL;
          break;
        case LIST:
          this.shape = LIST;
          break;
        default:
          throw new IllegalStateException("no binding for " + wire);
      }
    }

    /** Reads the property's value (the parser on its first token) onto the builder. */
    void read(JsonParser parser, B builder, ReadMode mode) {
      switch (shape) {
        case ALWAYS:
        case OPTIONAL:
          wire.set(builder, codec.read(parser, mode));
          break;
        case LONG:
          wire.setLong(builder, Codecs.INTEGER.read(parser, mode));
          break;
        default:
          readList(parser, builder, mode);
      }
    }

    private void readList(JsonParser parser, B builder, ReadMode mode) {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw Codecs.wrongType(parser, "an array");
      }
      int count = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (count++ == Limits.MAX_LIST_LENGTH) {
          throw SitrepJsonException.at(
              parser,
              Kind.LIMIT_EXCEEDED,
              "the array has more than the "
                  + Limits.MAX_LIST_LENGTH
                  + " elements allowed in a list");
        }
        wire.set(builder, codec.read(parser, mode));
      }
    }

    /** Writes the property, name and value, unless it is absent or an empty list. */
    void write(T value, JsonGenerator g) {
      switch (shape) {
        case ALWAYS:
          g.writeName(wireName);
          codec.write(wire.get(value), g);
          break;
        case OPTIONAL:
          Optional<V> v = wire.find(value);
          if (v.isPresent()) {
            g.writeName(wireName);
            codec.write(v.get(), g);
          }
          break;
        case LONG:
          OptionalLong n = wire.findLong(value);
          if (n.isPresent()) {
            g.writeName(wireName);
            Codecs.INTEGER.write(n.getAsLong(), g);
          }
          break;
        default:
          List<V> items = wire.list(value);
          if (!items.isEmpty()) {
            g.writeName(wireName);
            g.writeStartArray(items, items.size());
            for (V item : items) {
              codec.write(item, g);
            }
            g.writeEndArray();
          }
      }
    }
  }

  private static <T extends Extensible, B, V> Property<T, B, V> property(
      WireProperty<T, B, V> p, Bindings bindings) {
    return new Property<>(p, bindings.codec(p.value()));
  }
}
