package org.sitrep;

import java.util.List;

/**
 * How an {@link Assessment} checked a {@link Claim}.
 *
 * <p>"Confirmed by geolocated video" is {@link #GEOLOCATION}; "could not independently verify" is an
 * assessment of {@link VerificationStatus#UNVERIFIED} by {@link #INDEPENDENT_SOURCES}: the publisher
 * tried other sources and found none.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class VerificationMethod extends Vocabulary {
  private static final Terms<VerificationMethod> TERMS = new Terms<>("VerificationMethod", code -> new VerificationMethod(code, false));

  /** Matching pictures or video to a place: "geolocated video". */
  public static final VerificationMethod GEOLOCATION = TERMS.register(new VerificationMethod("geolocation", true));

  /** Establishing when pictures or video were taken: shadows, weather, metadata. */
  public static final VerificationMethod CHRONOLOCATION = TERMS.register(new VerificationMethod("chronolocation", true));

  /** Satellite or aerial images of the site. */
  public static final VerificationMethod SATELLITE_IMAGERY = TERMS.register(new VerificationMethod("satellite_imagery", true));

  /** The metadata of files: capture times, devices. */
  public static final VerificationMethod METADATA_ANALYSIS = TERMS.register(new VerificationMethod("metadata_analysis", true));

  /** Searching for earlier copies of a picture. */
  public static final VerificationMethod REVERSE_IMAGE_SEARCH = TERMS.register(new VerificationMethod("reverse_image_search", true));

  /** Other sources than the one making the claim: "could not independently verify". */
  public static final VerificationMethod INDEPENDENT_SOURCES = TERMS.register(new VerificationMethod("independent_sources", true));

  /** Records of an authority: hospital lists, registers. */
  public static final VerificationMethod OFFICIAL_RECORDS = TERMS.register(new VerificationMethod("official_records", true));

  /** People who were there. */
  public static final VerificationMethod EYEWITNESS = TERMS.register(new VerificationMethod("eyewitness", true));

  /** A visit to the site by the assessor. */
  public static final VerificationMethod ON_SITE = TERMS.register(new VerificationMethod("on_site", true));

  /** Review by a specialist: munitions, forensics. */
  public static final VerificationMethod EXPERT_REVIEW = TERMS.register(new VerificationMethod("expert_review", true));

  private VerificationMethod(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "geolocation"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static VerificationMethod of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<VerificationMethod> knownValues() {
    return TERMS.values();
  }
}
