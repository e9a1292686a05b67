package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Jackson's view of a {@link Codec} for writing. It ignores the mapper's naming strategy,
 * inclusion rules and type-id settings: the wire format is the codec's alone.
 */
final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    codec.write(value, g);
  }

  /** Writes no type id even where the mapper has default typing: our format has none. */
  @Override
  public void serializeWithType(
      T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    codec.write(value, g);
  }
}
