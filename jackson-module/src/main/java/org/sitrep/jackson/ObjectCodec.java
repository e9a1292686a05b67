package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.sitrep.Extensible;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;
import org.sitrep.jackson.SitrepJsonException.Kind;

/**
 * The one reader and writer of every Sitrep object type, driven by a table of its properties.
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
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final BiConsumer<B, Map<String, String>> putExtensions;
  private final List<Property<T, B>> properties;
  private final Map<String, Property<T, B>> byName;
  private final long requiredMask;

  private ObjectCodec(Definition<T, B> d) {
    this.typeName = d.typeName;
    this.newBuilder = d.newBuilder;
    this.build = d.build;
    this.putExtensions = d.putExtensions;
    this.properties = List.copyOf(d.properties);
    Map<String, Property<T, B>> names = new HashMap<>();
    long required = 0;
    for (Property<T, B> p : properties) {
      names.put(p.wireName.getValue(), p);
      if (p.required) {
        required |= 1L << p.index;
      }
    }
    this.byName = Map.copyOf(names);
    this.requiredMask = required;
  }

  /**
   * Starts the property table of a type.
   *
   * @param typeName the type's simple name, for messages
   * @param newBuilder a fresh builder per value read
   * @param build builds (and so validates) the value
   * @param putExtensions hands the unknown properties to the builder
   */
  static <T extends Extensible, B> Definition<T, B> define(
      String typeName,
      Supplier<B> newBuilder,
      Function<B, T> build,
      BiConsumer<B, Map<String, String>> putExtensions) {
    return new Definition<>(typeName, newBuilder, build, putExtensions);
  }

  /** @return the type's simple name */
  String typeName() {
    return typeName;
  }

  /** @return the wire names of the properties, in wire order */
  List<String> propertyNames() {
    List<String> names = new ArrayList<>();
    for (Property<T, B> p : properties) {
      names.add(p.wireName.getValue());
    }
    return names;
  }

  @Override
  public T read(JsonParser p, ReadMode mode) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      throw Codecs.wrongType(p, "an object (" + typeName + ")");
    }
    B builder = newBuilder.get();
    long seen = 0;
    Map<String, String> extensions = null;
    int next = 0; // the property expected next: Sitrep writes them in table order
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      Property<T, B> property = lookup(name, next);
      if (property != null) {
        next = property.index + 1;
        long bit = 1L << property.index;
        if ((seen & bit) != 0) {
          throw duplicate(p);
        }
        seen |= bit;
        p.nextToken();
        property.reader.read(p, builder, mode);
      } else if (mode == ReadMode.STRICT) {
        throw SitrepJsonException.at(
            p, Kind.UNKNOWN_PROPERTY, "is not a property of " + typeName + " (strict mode)");
      } else {
        if (extensions == null) {
          extensions = new LinkedHashMap<>();
        } else if (extensions.containsKey(name)) {
          throw duplicate(p);
        }
        p.nextToken();
        extensions.put(name, JsonText.capture(p));
      }
    }
    if ((seen & requiredMask) != requiredMask) {
      throw missing(p, seen);
    }
    if (extensions != null) {
      putExtensions.accept(builder, extensions);
    }
    try {
      return build.apply(builder);
    } catch (SitrepValidationException e) {
      throw SitrepJsonException.rules(p, Kind.RULE_VIOLATION, e);
    }
  }

  /**
   * Finds a property by its wire name, trying the expected one first: documents written in table
   * order then need no hashing. The parser interns field names and so are the table's, so the
   * comparison is usually one of identity.
   *
   * @param name the field name read
   * @param next the index of the property expected next
   * @return the property, or null if the name is not one
   */
  private Property<T, B> lookup(String name, int next) {
    if (next < properties.size()) {
      Property<T, B> expected = properties.get(next);
      if (expected.name.equals(name)) {
        return expected;
      }
    }
    return byName.get(name);
  }

  private static SitrepJsonException duplicate(JsonParser p) {
    return SitrepJsonException.at(
        p, Kind.DUPLICATE_PROPERTY, "the property appears more than once");
  }

  private SitrepJsonException missing(JsonParser p, long seen) {
    List<Violation> absent = new ArrayList<>();
    for (Property<T, B> property : properties) {
      if (property.required && (seen & (1L << property.index)) == 0) {
        absent.add(
            Violation.of(
                JsonPaths.step(property.wireName.getValue()),
                "is required in " + typeName + " but is missing"));
      }
    }
    return SitrepJsonException.at(p, Kind.MISSING_PROPERTY, absent);
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject(value);
    for (Property<T, B> property : properties) {
      property.writer.write(value, g);
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
        g.writeFieldName(e.getKey());
        JsonText.replay(e.getKey(), e.getValue(), g);
      }
    }
    g.writeEndObject();
  }

  @FunctionalInterface
  private interface PropertyReader<B> {
    void read(JsonParser p, B builder, ReadMode mode) throws IOException;
  }

  @FunctionalInterface
  private interface PropertyWriter<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private static final class Property<T, B> {
    /** The wire name, interned like the parser's field names. */
    final String name;
    final SerializableString wireName;
    final int index;
    final boolean required;
    final PropertyReader<B> reader;
    final PropertyWriter<T> writer;

    Property(
        SerializableString wireName,
        int index,
        boolean required,
        PropertyReader<B> reader,
        PropertyWriter<T> writer) {
      this.name = wireName.getValue().intern();
      this.wireName = wireName;
      this.index = index;
      this.required = required;
      this.reader = reader;
      this.writer = writer;
    }
  }

  /**
   * The property table of one type, in the declaration order of its accessors. Each property is
   * named by its Java accessor; the wire name is derived ({@link JsonPaths#snake(String)}), so
   * names and violation paths cannot drift apart.
   */
  static final class Definition<T extends Extensible, B> {
    private final String typeName;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final BiConsumer<B, Map<String, String>> putExtensions;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Definition(
        String typeName,
        Supplier<B> newBuilder,
        Function<B, T> build,
        BiConsumer<B, Map<String, String>> putExtensions) {
      this.typeName = typeName;
      this.newBuilder = newBuilder;
      this.build = build;
      this.putExtensions = putExtensions;
    }

    /** A property that must be present; always written. */
    <V> Definition<T, B> required(
        String javaName, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return single(javaName, true, codec, get, set);
    }

    /** A property with a default in the model: always written, may be absent when read. */
    <V> Definition<T, B> defaulted(
        String javaName, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return single(javaName, false, codec, get, set);
    }

    private <V> Definition<T, B> single(
        String javaName,
        boolean required,
        Codec<V> codec,
        Function<T, V> get,
        BiConsumer<B, V> set) {
      return property(
          javaName,
          required,
          (p, b, mode) -> set.accept(b, codec.read(p, mode)),
          name ->
              (value, g) -> {
                g.writeFieldName(name);
                codec.write(get.apply(value), g);
              });
    }

    /** An optional property: omitted when empty. */
    <V> Definition<T, B> optional(
        String javaName, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return property(
          javaName,
          false,
          (p, b, mode) -> set.accept(b, codec.read(p, mode)),
          name ->
              (value, g) -> {
                Optional<V> v = get.apply(value);
                if (v.isPresent()) {
                  g.writeFieldName(name);
                  codec.write(v.get(), g);
                }
              });
    }

    /** An optional whole number: omitted when empty; zero is written as 0. */
    Definition<T, B> optionalLong(
        String javaName, Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
      return property(
          javaName,
          false,
          (p, b, mode) -> set.accept(b, Codecs.INTEGER.read(p, mode)),
          name ->
              (value, g) -> {
                OptionalLong v = get.apply(value);
                if (v.isPresent()) {
                  g.writeFieldName(name);
                  Codecs.INTEGER.write(v.getAsLong(), g);
                }
              });
    }

    /** A list: omitted when empty; an empty array is read as empty. */
    <V> Definition<T, B> list(
        String javaName, Codec<V> codec, Function<T, List<V>> get, BiConsumer<B, V> add) {
      return property(
          javaName,
          false,
          (p, b, mode) -> {
            if (p.currentToken() != JsonToken.START_ARRAY) {
              throw Codecs.wrongType(p, "an array");
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
              add.accept(b, codec.read(p, mode));
            }
          },
          name ->
              (value, g) -> {
                List<V> items = get.apply(value);
                if (!items.isEmpty()) {
                  g.writeFieldName(name);
                  g.writeStartArray(items, items.size());
                  for (V item : items) {
                    codec.write(item, g);
                  }
                  g.writeEndArray();
                }
              });
    }

    /**
     * Adds a property.
     *
     * @param javaName the accessor's name; the wire name is derived from it
     * @param required whether reading needs it
     * @param reader reads the value onto the builder
     * @param writer makes the writer, given the wire name ready to write
     */
    private Definition<T, B> property(
        String javaName,
        boolean required,
        PropertyReader<B> reader,
        Function<SerializableString, PropertyWriter<T>> writer) {
      if (properties.size() == Long.SIZE) {
        throw new IllegalStateException(typeName + " has too many properties for one codec");
      }
      SerializableString name = new SerializedString(JsonPaths.snake(javaName));
      properties.add(new Property<>(name, properties.size(), required, reader, writer.apply(name)));
      return this;
    }

    /** @return the codec */
    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
