package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;

/**
 * Jackson's view of a {@link Codec} for reading, in one {@link ReadMode}. It never takes a type
 * id from the input, even where the mapper has default typing enabled.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;
  private final ReadMode mode;

  CodecDeserializer(Class<T> type, Codec<T> codec, ReadMode mode) {
    super(type);
    this.codec = codec;
    this.mode = mode;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return codec.read(p, mode);
  }

  /** Reads the value as if no type information were configured: no type id is taken from input. */
  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
      throws IOException {
    return codec.read(p, mode);
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
