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
 *   <tr><td>COUNTRY</td><td>3</td><td>6</td></tr>
 * </table>
 *
 * <p>ACLED codes 1 for a known town or site, 2 for "near" or a part of a region, 3 for a region
 * or larger. UCDP codes 1 for an exact location, 2 within about 25 km, 3 a second-order
 * administrative area, 4 a first-order one, 6 the country (5 and 7, a named area and international
 * space, have no Sitrep value).
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
  /** Only the country: "across Russia". */
  COUNTRY(3, 6);

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
}
