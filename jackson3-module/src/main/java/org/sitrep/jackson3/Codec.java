package org.sitrep.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes one Sitrep type as JSON, streaming, with Jackson 3. The one abstraction behind
 * both the {@link SitrepModule}'s serializers and the {@link SitrepJson} facade; implementations
 * are stateless and thread-safe. Jackson 3's exceptions are unchecked: bad input is a {@link
 * SitrepJsonException}, anything else the parser's or generator's own {@code JacksonException}.
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
   * @throws SitrepJsonException for bad input
   */
  T read(JsonParser p, ReadMode mode);

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param g where to
   */
  void write(T value, JsonGenerator g);
}
