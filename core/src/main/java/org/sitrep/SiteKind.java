package org.sitrep;

import java.util.List;

/**
 * What kind of place was hit or targeted in an {@link Incident}.
 *
 * <p>From the seed article: "a market, shops and a pharmacy" ({@link #MARKET}, {@link #SHOP},
 * {@link #PHARMACY}); "a railway station building" ({@link #RAILWAY_STATION}); "a residential
 * building" ({@link #RESIDENTIAL_BUILDING}); "the Southern Military District headquarters"
 * ({@link #MILITARY_FACILITY}).
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class SiteKind extends Vocabulary {
  private static final Terms<SiteKind> TERMS = new Terms<>("SiteKind", code -> new SiteKind(code, false));

  /** A market. */
  public static final SiteKind MARKET = TERMS.register(new SiteKind("market", true));

  /** A shop. */
  public static final SiteKind SHOP = TERMS.register(new SiteKind("shop", true));

  /** A pharmacy. */
  public static final SiteKind PHARMACY = TERMS.register(new SiteKind("pharmacy", true));

  /** A block of flats or a house. */
  public static final SiteKind RESIDENTIAL_BUILDING = TERMS.register(new SiteKind("residential_building", true));

  /** A railway station. */
  public static final SiteKind RAILWAY_STATION = TERMS.register(new SiteKind("railway_station", true));

  /** A base, headquarters or depot. */
  public static final SiteKind MILITARY_FACILITY = TERMS.register(new SiteKind("military_facility", true));

  /** A power plant, substation or fuel depot. */
  public static final SiteKind ENERGY_INFRASTRUCTURE = TERMS.register(new SiteKind("energy_infrastructure", true));

  /** An airport or airfield. */
  public static final SiteKind AIRPORT = TERMS.register(new SiteKind("airport", true));

  /** A hospital or clinic. */
  public static final SiteKind HOSPITAL = TERMS.register(new SiteKind("hospital", true));

  /** A school or university. */
  public static final SiteKind SCHOOL = TERMS.register(new SiteKind("school", true));

  /** A vehicle. */
  public static final SiteKind VEHICLE = TERMS.register(new SiteKind("vehicle", true));

  /** A field, road or other open ground. */
  public static final SiteKind OPEN_AREA = TERMS.register(new SiteKind("open_area", true));

  /** Anything else. */
  public static final SiteKind OTHER = TERMS.register(new SiteKind("other", true));

  private SiteKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "market"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static SiteKind of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<SiteKind> knownValues() {
    return TERMS.values();
  }
}
