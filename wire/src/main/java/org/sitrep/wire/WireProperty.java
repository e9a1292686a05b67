package org.sitrep.wire;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;

/**
 * One property of a {@link WireType}: its Java accessor's name, its wire name (derived, {@link
 * WireNames#snake(String)}), its position, its {@link Cardinality}, the {@link WireValue} of its
 * values, and how to get them from a value and put them on a builder.
 *
 * @param <T> the type the property belongs to
 * @param <B> that type's builder
 * @param <V> the type of one value (of one element, for a list)
 */
public final class WireProperty<T, B, V> {
  private final String javaName;
  private final String wireName;
  private final int index;
  private final Cardinality cardinality;
  private final WireValue<V> value;
  private final boolean uniqueItems;
  private final Function<T, ?> getter;
  private final BiConsumer<B, V> setter;
  private final Function<T, OptionalLong> longGetter;
  private final ObjLongConsumer<B> longSetter;

  WireProperty(
      String javaName,
      int index,
      Cardinality cardinality,
      WireValue<V> value,
      boolean uniqueItems,
      Function<T, ?> getter,
      BiConsumer<B, V> setter,
      Function<T, OptionalLong> longGetter,
      ObjLongConsumer<B> longSetter) {
    this.javaName = javaName;
    this.wireName = WireNames.snake(javaName);
    this.index = index;
    this.cardinality = cardinality;
    this.value = value;
    this.uniqueItems = uniqueItems;
    this.getter = getter;
    this.setter = setter;
    this.longGetter = longGetter;
    this.longSetter = longSetter;
  }

  /** @return the name of the Java accessor, e.g. {@code "asOf"} */
  public String javaName() {
    return javaName;
  }

  /** @return the property's name on the wire, e.g. {@code "as_of"} */
  public String wireName() {
    return wireName;
  }

  /** @return the property's position in its type, from 0, in wire order */
  public int index() {
    return index;
  }

  /** @return how many values it holds */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** @return the codec of one value (of one element of a list) */
  public WireValue<V> value() {
    return value;
  }

  /** @return whether the model refuses a list that holds the same element twice */
  public boolean uniqueItems() {
    return uniqueItems;
  }

  /**
   * @return whether the values are Java {@code long}s held as an {@link OptionalLong}: use {@link
   *     #findLong} and {@link #setLong} to avoid boxing
   */
  public boolean isLong() {
    return longGetter != null;
  }

  /**
   * The value of a {@link Cardinality#REQUIRED} or {@link Cardinality#DEFAULTED} property.
   *
   * @param of a value of the type
   * @return the property's value
   */
  @SuppressWarnings("unchecked")
  public V get(T of) {
    require(cardinality == Cardinality.REQUIRED || cardinality == Cardinality.DEFAULTED, "get");
    return (V) getter.apply(of);
  }

  /**
   * The value of an {@link Cardinality#OPTIONAL} property.
   *
   * @param of a value of the type
   * @return the property's value, or empty
   */
  @SuppressWarnings("unchecked")
  public Optional<V> find(T of) {
    require(cardinality == Cardinality.OPTIONAL, "find");
    if (longGetter != null) {
      OptionalLong v = longGetter.apply(of);
      return v.isPresent() ? Optional.of((V) Long.valueOf(v.getAsLong())) : Optional.empty();
    }
    return (Optional<V>) getter.apply(of);
  }

  /**
   * The value of an optional property of {@code long}s ({@link #isLong()}), without boxing.
   *
   * @param of a value of the type
   * @return the property's value, or empty
   */
  public OptionalLong findLong(T of) {
    require(longGetter != null, "findLong");
    return longGetter.apply(of);
  }

  /**
   * The values of a {@link Cardinality#LIST} property.
   *
   * @param of a value of the type
   * @return the values in order, possibly none
   */
  @SuppressWarnings("unchecked")
  public List<V> list(T of) {
    require(cardinality == Cardinality.LIST, "list");
    return (List<V>) getter.apply(of);
  }

  /**
   * Puts a value read on a builder: sets a single property, adds one element to a list.
   *
   * @param builder the builder
   * @param v the value read
   */
  public void set(B builder, V v) {
    if (longSetter != null) {
      longSetter.accept(builder, ((Long) v).longValue());
    } else {
      setter.accept(builder, v);
    }
  }

  /**
   * Puts a {@code long} read on a builder ({@link #isLong()}), without boxing.
   *
   * @param builder the builder
   * @param v the value read
   */
  public void setLong(B builder, long v) {
    require(longSetter != null, "setLong");
    longSetter.accept(builder, v);
  }

  private void require(boolean ok, String method) {
    if (!ok) {
      throw new IllegalStateException(
          method + " does not apply to " + wireName + " (" + cardinality + ")");
    }
  }

  @Override
  public String toString() {
    return wireName + " (" + cardinality + " " + value.schemaName() + ")";
  }
}
