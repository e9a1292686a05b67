package org.sitrep.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.sitrep.Extensible;

/**
 * One object type of the wire format: its properties in wire order (the declaration order of the
 * model's accessors), and how a reader makes a value: a fresh builder, the properties put on it,
 * the unknown properties handed over as extensions, then {@link #build} (which validates, once, in
 * the core).
 *
 * <p>A writer writes the properties in order, omits empty optionals and lists, then writes the
 * extensions sorted by name. A reader accepts any order, refuses a property twice, keeps unknown
 * properties (tolerant) or refuses them (strict), and reports missing {@link Cardinality#REQUIRED}
 * properties.
 *
 * @param <T> the model type
 * @param <B> its builder, or any mutable holder that {@link #build} understands
 */
public final class WireType<T extends Extensible, B> {
  private final Class<T> javaType;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final BiConsumer<B, Map<String, String>> putExtensions;
  private final List<WireProperty<T, B, ?>> properties;
  private final Map<String, WireProperty<T, B, ?>> byWireName;
  private final WireValue<T> value;

  private WireType(Definition<T, B> d) {
    this.javaType = d.javaType;
    this.newBuilder = d.newBuilder;
    this.build = d.build;
    this.putExtensions = d.putExtensions;
    this.properties = List.copyOf(d.properties);
    Map<String, WireProperty<T, B, ?>> names = new LinkedHashMap<>();
    for (WireProperty<T, B, ?> p : properties) {
      if (names.put(p.wireName(), p) != null) {
        throw new IllegalStateException(name() + " has two properties named " + p.wireName());
      }
    }
    this.byWireName = java.util.Collections.unmodifiableMap(names);
    this.value = WireValue.object(this);
  }

  /**
   * Starts the definition of a type.
   *
   * @param javaType the model type
   * @param newBuilder a fresh builder per value read
   * @param build builds (and so validates) the value
   * @param putExtensions hands the unknown properties to the builder
   * @param <T> the model type
   * @param <B> its builder
   * @return the definition, to which properties are added in wire order
   */
  static <T extends Extensible, B> Definition<T, B> define(
      Class<T> javaType,
      Supplier<B> newBuilder,
      Function<B, T> build,
      BiConsumer<B, Map<String, String>> putExtensions) {
    return new Definition<>(javaType, newBuilder, build, putExtensions);
  }

  /** @return the type's name, its Java simple name: {@code "Casualty"} */
  public String name() {
    return javaType.getSimpleName();
  }

  /** @return the model type */
  public Class<T> javaType() {
    return javaType;
  }

  /** @return the properties in wire order */
  public List<WireProperty<T, B, ?>> properties() {
    return properties;
  }

  /**
   * @param wireName a property's wire name
   * @return the property, if the type has one of that name
   */
  public Optional<WireProperty<T, B, ?>> property(String wireName) {
    return Optional.ofNullable(byWireName.get(wireName));
  }

  /** @return this type as the value of a property of another type */
  public WireValue<T> value() {
    return value;
  }

  /** @return a fresh builder for one value read */
  public B newBuilder() {
    return newBuilder.get();
  }

  /**
   * Hands the unknown properties read to the builder.
   *
   * @param builder the builder
   * @param extensions name to the property's JSON text, in the order read
   */
  public void putExtensions(B builder, Map<String, String> extensions) {
    putExtensions.accept(builder, extensions);
  }

  /**
   * Builds the value, checking every rule of the model.
   *
   * @param builder the builder, with every property read put on it
   * @return the value
   * @throws org.sitrep.SitrepValidationException with every violation, if a rule is broken
   */
  public T build(B builder) {
    return build.apply(builder);
  }

  @Override
  public String toString() {
    return "WireType[" + name() + "]";
  }

  /**
   * The definition of one type, in the declaration order of its accessors. Each property is named
   * by its Java accessor; the wire name is derived ({@link WireNames#snake(String)}).
   *
   * @param <T> the model type
   * @param <B> its builder
   */
  static final class Definition<T extends Extensible, B> {
    private final Class<T> javaType;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final BiConsumer<B, Map<String, String>> putExtensions;
    private final List<WireProperty<T, B, ?>> properties = new ArrayList<>();

    private Definition(
        Class<T> javaType,
        Supplier<B> newBuilder,
        Function<B, T> build,
        BiConsumer<B, Map<String, String>> putExtensions) {
      this.javaType = javaType;
      this.newBuilder = newBuilder;
      this.build = build;
      this.putExtensions = putExtensions;
    }

    /** A property that must be present; always written. */
    <V> Definition<T, B> required(
        String javaName, WireValue<V> value, Function<T, V> get, BiConsumer<B, V> set) {
      return add(javaName, Cardinality.REQUIRED, value, false, get, set, null, null);
    }

    /** A property with a default in the model: always written, may be absent when read. */
    <V> Definition<T, B> defaulted(
        String javaName, WireValue<V> value, Function<T, V> get, BiConsumer<B, V> set) {
      return add(javaName, Cardinality.DEFAULTED, value, false, get, set, null, null);
    }

    /** An optional property: omitted when empty. */
    <V> Definition<T, B> optional(
        String javaName, WireValue<V> value, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(javaName, Cardinality.OPTIONAL, value, false, get, set, null, null);
    }

    /** An optional whole number held as an {@link OptionalLong}: omitted when empty. */
    Definition<T, B> optionalLong(
        String javaName, WireValue<Long> value, Function<T, OptionalLong> get,
        ObjLongConsumer<B> set) {
      return add(javaName, Cardinality.OPTIONAL, value, false, null, null, get, set);
    }

    /** A list whose elements may repeat: omitted when empty. */
    <V> Definition<T, B> list(
        String javaName, WireValue<V> value, Function<T, List<V>> get, BiConsumer<B, V> add) {
      return add(javaName, Cardinality.LIST, value, false, get, add, null, null);
    }

    /** A list in which the model refuses the same element twice: omitted when empty. */
    <V> Definition<T, B> uniqueList(
        String javaName, WireValue<V> value, Function<T, List<V>> get, BiConsumer<B, V> add) {
      return add(javaName, Cardinality.LIST, value, true, get, add, null, null);
    }

    private <V> Definition<T, B> add(
        String javaName,
        Cardinality cardinality,
        WireValue<V> value,
        boolean unique,
        Function<T, ?> get,
        BiConsumer<B, V> set,
        Function<T, OptionalLong> getLong,
        ObjLongConsumer<B> setLong) {
      if (properties.size() == Long.SIZE) {
        throw new IllegalStateException(javaType.getSimpleName() + " has too many properties");
      }
      properties.add(
          new WireProperty<>(
              javaName, properties.size(), cardinality, value, unique, get, set, getLong,
              setLong));
      return this;
    }

    /** @return the type */
    WireType<T, B> build() {
      return new WireType<>(this);
    }
  }
}
