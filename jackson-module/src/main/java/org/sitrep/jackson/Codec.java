package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one Sitrep type as JSON, streaming. The one abstraction behind both the {@link
 * SitrepModule}'s serializers and the {@link SitrepJson} facade; implementations are stateless
 * and thread-safe.
 *
 * @param <T> the type
 */
interface Codec<T> {
  /**
   * Reads a value.
   *
   * @param p a parser positioned on the value's first token (or, for an object, possibly on its
   *     first property name); left on the value's last token
   * @param mode how to treat what this version does not know
   * @return the value, never null
   * @throws IOException a {@link SitrepJsonException} for bad input, or the parser's own
   */
  T read(JsonParser p, ReadMode mode) throws IOException;

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param g where to
   * @throws IOException from the generator
   */
  void write(T value, JsonGenerator g) throws IOException;
}
