package org.sitrep.jackson;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.Identifier;
import org.sitrep.Vocabulary;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import org.sitrep.wire.WireValue;
import org.sitrep.wire.WireValues;

/**
 * The Jackson 2 codec of every type of the wire format, gathered once, when this class is loaded:
 * an object type's is its generated {@link BoundCodecs} codec (written from the format-neutral
 * definition, {@link WireTypes}), a single value's is made by {@link Codecs#of} from its
 * {@link WireValues} entry. Nothing of the format is written here: names, order, cardinality and
 * value codecs all come from the definition.
 */
final class CodecTable {
  private CodecTable() {}

  private static final Map<WireValue<?>, Codec<?>> BY_VALUE = new IdentityHashMap<>();

  /** Every public Sitrep type with its codec: what the module registers. */
  static final Map<Class<?>, Codec<?>> ALL = all();

  private static Map<Class<?>, Codec<?>> all() {
    Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      m.put(type.javaType(), codec(type.value()));
    }
    m.put(
        org.sitrep.FeedEntry.class,
        new FeedEntryCodec(
            codec(WireTypes.REPORT.value()), codec(WireTypes.WITHDRAWAL.value())));
    for (WireValue<?> value : WireValues.all()) {
      Class<?> type = value.javaType();
      if (Identifier.class.isAssignableFrom(type)
          || Vocabulary.class.isAssignableFrom(type)
          || type.isEnum()) {
        m.put(type, codec(value));
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The codec of a value of the wire definition, made on first use and shared after: an object
   * type's generated codec, or a single value's by its kind.
   *
   * @param value a value of the wire definition
   * @return its codec, shared by every property that takes such values
   */
  @SuppressWarnings("unchecked")
  private static <V> Codec<V> codec(WireValue<V> value) {
    Codec<V> codec = (Codec<V>) BY_VALUE.get(value);
    if (codec == null) {
      codec =
          value.kind() == WireValue.Kind.OBJECT
              ? (Codec<V>) BoundCodecs.of(value.type())
              : Codecs.of(value);
      BY_VALUE.put(value, codec);
    }
    return codec;
  }

  /**
   * The codec of a Sitrep type, or of the Sitrep type a class implements (an {@code Immutable*}
   * implementation class finds its abstract type).
   *
   * @param type a class
   * @return its codec, or null if it is not a Sitrep type
   */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> find(Class<?> type) {
    return (Codec<T>) BY_CLASS.get(type).orElse(null);
  }

  /** What {@link #find} finds for each class, looked up once per class (every write asks). */
  private static final ClassValue<Optional<Codec<?>>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected Optional<Codec<?>> computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Codec<?> codec = ALL.get(c);
            if (codec != null) {
              return Optional.of(codec);
            }
          }
          return Optional.empty();
        }
      };

}
