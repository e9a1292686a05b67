package org.sitrep;

import java.util.List;

/**
 * What kind of statement a {@link Claim} is.
 *
 * <p>From the seed article: the Kremlin saying drones were shot down is a {@link
 * #FACTUAL_ASSERTION}; "up to 17 people were killed" is a {@link #CASUALTY_FIGURE}; "This Russian
 * evil must be defeated" is a {@link #CONDEMNATION}. schema.org Claim is the precedent.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class ClaimKind extends Vocabulary {
  private static final Terms<ClaimKind> TERMS = new Terms<>("ClaimKind", code -> new ClaimKind(code, false));

  /** A statement that something happened: "drones were shot down over Bryansk". */
  public static final ClaimKind FACTUAL_ASSERTION = TERMS.register(new ClaimKind("factual_assertion", true));

  /** A count of people killed, injured, missing or captured. */
  public static final ClaimKind CASUALTY_FIGURE = TERMS.register(new ClaimKind("casualty_figure", true));

  /** A statement of who is responsible: "a Russian missile", "Ukrainian drones". */
  public static final ClaimKind ATTRIBUTION = TERMS.register(new ClaimKind("attribution", true));

  /** A statement that something did not happen, or that the speaker was not responsible. */
  public static final ClaimKind DENIAL = TERMS.register(new ClaimKind("denial", true));

  /** A condemnation of an act: "This Russian evil must be defeated". */
  public static final ClaimKind CONDEMNATION = TERMS.register(new ClaimKind("condemnation", true));

  /** A view, forecast or assessment: "the death toll could increase". */
  public static final ClaimKind OPINION = TERMS.register(new ClaimKind("opinion", true));

  /** A statement of intent or decision: "the US has announced it will send". */
  public static final ClaimKind ANNOUNCEMENT = TERMS.register(new ClaimKind("announcement", true));

  /** A statement that another claim is true: "the ministry confirmed the toll". */
  public static final ClaimKind CONFIRMATION = TERMS.register(new ClaimKind("confirmation", true));

  /** A statement that contests another claim without denying it outright. */
  public static final ClaimKind DISPUTE = TERMS.register(new ClaimKind("dispute", true));

  private ClaimKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "factual_assertion"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static ClaimKind of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<ClaimKind> knownValues() {
    return TERMS.values();
  }
}
