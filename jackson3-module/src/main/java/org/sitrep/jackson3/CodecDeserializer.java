package org.sitrep.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Jackson 3's view of a {@link Codec} for reading, in one {@link ReadMode}. It never takes a type
 * id from the input, even where the mapper has default typing enabled.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private final Codec<T> codec;
  private final ReadMode mode;

  CodecDeserializer(Class<T> type, Codec<T> codec, ReadMode mode) {
    super(type);
    this.codec = codec;
    this.mode = mode;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return codec.read(p, mode);
  }

  /** Reads the value as if no type information were configured: no type id is taken from input. */
  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    return codec.read(p, mode);
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
