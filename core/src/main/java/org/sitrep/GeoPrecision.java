package org.sitrep;

/**
 * How precisely a {@link Location} is known: the exact site, near a place, the town, a district,
 * a region or only the country.
 *
 * <p>From the seed article: "over the town of Ramenskoye" is {@link #TOWN}; "near the headquarters
 * of the Southern Military District" is {@link #NEAR}; "across Russia" is {@link #COUNTRY}. A
 * closed vocabulary, because each value maps onto ACLED's {@code geo_precision} (1-3) and UCDP
 * GED's {@code where_prec} (1-7):
 *
 * <table>
 *   <caption>Mapping to ACLED and UCDP</caption>
 *   <tr><th>Sitrep</th><th>ACLED geo_precision</th><th>UCDP where_prec</th></tr>
 *   <tr><td>EXACT_SITE</td><td>1</td><td>1</td></tr>
 *   <tr><td>TOWN</td><td>1</td><td>1</td></tr>
 *   <tr><td>NEAR</td><td>2</td><td>2</td></tr>
 *   <tr><td>DISTRICT</td><td>2</td><td>3</td></tr>
 *   <tr><td>REGION</td><td>3</td><td>4</td></tr>
 *   <tr><td>AREA</td><td>3</td><td>5</td></tr>
 *   <tr><td>COUNTRY</td><td>3</td><td>6</td></tr>
 *   <tr><td>INTERNATIONAL</td><td>3</td><td>7</td></tr>
 * </table>
 *
 * <p>ACLED codes 1 for a known town or site, 2 for "near" or a part of a region, 3 for a region
 * or larger. UCDP codes 1 for an exact location, 2 within about 25 km, 3 a second-order
 * administrative area, 4 a first-order one, 5 a part of the country that is no administrative
 * area, 6 the country, 7 international waters or airspace. Every code of both has a value ({@link
 * #fromAcledGeoPrecision(int)}: 1 {@code TOWN}, 2 {@code NEAR}, 3 {@code REGION}; {@link
 * #fromUcdpWherePrecision(int)}: 1 {@code TOWN}, 2 {@code NEAR}, 3 {@code DISTRICT}, 4 {@code
 * REGION}, 5 {@code AREA}, 6 {@code COUNTRY}, 7 {@code INTERNATIONAL}), and reads back as the same
 * code.
 */
public enum GeoPrecision {
  /** The exact site is known: a building, a coordinate. */
  EXACT_SITE(1, 1),
  /** A town or city: "over the town of Ramenskoye". */
  TOWN(1, 1),
  /** Near a named place: "near the headquarters", "nearby". */
  NEAR(2, 2),
  /** A second-level administrative area: a district, a raion. */
  DISTRICT(2, 3),
  /** A first-level administrative area: "the Moscow region", "Zaporizhzhia region". */
  REGION(3, 4),
  /**
   * A part of a country that is no administrative area: "eastern Ukraine", "along the front line",
   * "in the Donbas".
   */
  AREA(3, 5),
  /** Only the country: "across Russia". */
  COUNTRY(3, 6),
  /**
   * Outside any country: "over the Black Sea", "in international airspace". A location of this
   * precision has no country and no administrative area.
   */
  INTERNATIONAL(3, 7);

  private final int acled;
  private final int ucdp;

  GeoPrecision(int acled, int ucdp) {
    this.acled = acled;
    this.ucdp = ucdp;
  }

  /** @return ACLED's {@code geo_precision}, 1 to 3 */
  public int acledGeoPrecision() {
    return acled;
  }

  /** @return UCDP GED's {@code where_prec}, 1 to 7 */
  public int ucdpWherePrecision() {
    return ucdp;
  }

  /**
   * The precision of an ACLED {@code geo_precision} code; {@code fromAcledGeoPrecision(c)
   * .acledGeoPrecision() == c} for every code.
   *
   * @param code 1 (the town or site: {@code TOWN}), 2 (near it, or part of a region: {@code NEAR})
   *     or 3 (a region or larger: {@code REGION})
   * @return the precision
   * @throws IllegalArgumentException for any other code
   */
  public static GeoPrecision fromAcledGeoPrecision(int code) {
    switch (code) {
      case 1:
        return TOWN;
      case 2:
        return NEAR;
      case 3:
        return REGION;
      default:
        throw new IllegalArgumentException("ACLED geo_precision is 1, 2 or 3, not " + code);
    }
  }

  /**
   * The precision of a UCDP GED {@code where_prec} code; {@code fromUcdpWherePrecision(c)
   * .ucdpWherePrecision() == c} for every code.
   *
   * @param code 1 to 7
   * @return the precision
   * @throws IllegalArgumentException for any other code
   */
  public static GeoPrecision fromUcdpWherePrecision(int code) {
    switch (code) {
      case 1:
        return TOWN;
      case 2:
        return NEAR;
      case 3:
        return DISTRICT;
      case 4:
        return REGION;
      case 5:
        return AREA;
      case 6:
        return COUNTRY;
      case 7:
        return INTERNATIONAL;
      default:
        throw new IllegalArgumentException("UCDP where_prec is 1 to 7, not " + code);
    }
  }
}
