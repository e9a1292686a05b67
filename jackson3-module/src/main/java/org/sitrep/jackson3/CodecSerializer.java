package org.sitrep.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson 3's view of a {@link Codec} for writing. It ignores the mapper's naming strategy,
 * inclusion rules, property sorting and type-id settings: the wire format is the codec's alone.
 */
final class CodecSerializer<T> extends StdSerializer<T> {
  private final Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    codec.write(value, g);
  }

  /** Writes no type id even where the mapper has default typing: our format has none. */
  @Override
  public void serializeWithType(
      T value, JsonGenerator g, SerializationContext ctxt, TypeSerializer typeSer) {
    codec.write(value, g);
  }
}
