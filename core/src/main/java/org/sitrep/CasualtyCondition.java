package org.sitrep;

import java.util.List;

/**
 * The condition or severity of the people counted by a {@link Casualty} figure ({@link
 * Casualty#condition()}), as reported.
 *
 * <p>"three were hospitalised, one in a critical condition" is a figure of three {@link
 * #HOSPITALISED} and a figure of one {@link #CRITICAL}; "lightly injured" is {@link #MINOR}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class CasualtyCondition extends Vocabulary {
  private static final Terms<CasualtyCondition> TERMS = new Terms<>("CasualtyCondition", code -> new CasualtyCondition(code, false));

  /** Light or minor injuries: "lightly wounded", "treated at the scene". */
  public static final CasualtyCondition MINOR = TERMS.register(new CasualtyCondition("minor", true));

  /** Moderate injuries: "of moderate severity". */
  public static final CasualtyCondition MODERATE = TERMS.register(new CasualtyCondition("moderate", true));

  /** Serious or severe injuries: "seriously injured". */
  public static final CasualtyCondition SERIOUS = TERMS.register(new CasualtyCondition("serious", true));

  /** In a critical or life-threatening condition. */
  public static final CasualtyCondition CRITICAL = TERMS.register(new CasualtyCondition("critical", true));

  /** Taken to or kept in hospital, severity not said. */
  public static final CasualtyCondition HOSPITALISED = TERMS.register(new CasualtyCondition("hospitalised", true));

  /** Died of wounds, later or in hospital: the condition of some of a {@code killed} figure. */
  public static final CasualtyCondition DIED_OF_WOUNDS = TERMS.register(new CasualtyCondition("died_of_wounds", true));

  private CasualtyCondition(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "critical"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static CasualtyCondition of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<CasualtyCondition> knownValues() {
    return TERMS.values();
  }
}
