package org.sitrep;

import java.util.List;

/**
 * A gazetteer whose ids a {@link Location} can carry.
 *
 * <p>Kostiantynivka is GeoNames {@code 704147}; in humanitarian data it has an OCHA P-code.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class GazetteerScheme extends Vocabulary {
  private static final Terms<GazetteerScheme> TERMS = new Terms<>("GazetteerScheme", code -> new GazetteerScheme(code, false));

  /** A GeoNames id: digits only. */
  public static final GazetteerScheme GEONAMES = TERMS.register(new GazetteerScheme("geonames", true));

  /** A humanitarian place code (OCHA COD P-code): two letters then digits, e.g. UA1412. */
  public static final GazetteerScheme PCODE = TERMS.register(new GazetteerScheme("pcode", true));

  /** An OpenStreetMap element, e.g. relation/1234. */
  public static final GazetteerScheme OSM = TERMS.register(new GazetteerScheme("osm", true));

  /** A Wikidata item, e.g. Q193499. */
  public static final GazetteerScheme WIKIDATA = TERMS.register(new GazetteerScheme("wikidata", true));

  private GazetteerScheme(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "geonames"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static GazetteerScheme of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<GazetteerScheme> knownValues() {
    return TERMS.values();
  }
}
