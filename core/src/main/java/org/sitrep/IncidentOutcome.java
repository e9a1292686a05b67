package org.sitrep;

import java.util.List;

/**
 * What happened to the attack itself, independent of the incident type: intercepted or impact.
 *
 * <p>A drone can be intercepted and its debris still shatter windows (seed article, Bryansk):
 * outcome {@link #INTERCEPTED}, with damage recorded on the incident. "Several other drones also
 * struck a residential building" is {@link #IMPACT}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class IncidentOutcome extends Vocabulary {
  private static final Terms<IncidentOutcome> TERMS = new Terms<>("IncidentOutcome", code -> new IncidentOutcome(code, false));

  /** Shot down, jammed or otherwise stopped before reaching its target: "drones were shot down". */
  public static final IncidentOutcome INTERCEPTED = TERMS.register(new IncidentOutcome("intercepted", true));

  /** Some of several projectiles intercepted, others reached their targets. */
  public static final IncidentOutcome PARTIALLY_INTERCEPTED = TERMS.register(new IncidentOutcome("partially_intercepted", true));

  /** Reached a target or the ground and exploded or struck: "struck a residential building". */
  public static final IncidentOutcome IMPACT = TERMS.register(new IncidentOutcome("impact", true));

  /** Not reported, or not yet known: "a large explosion". */
  public static final IncidentOutcome UNKNOWN = TERMS.register(new IncidentOutcome("unknown", true));

  private IncidentOutcome(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "intercepted"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static IncidentOutcome of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<IncidentOutcome> knownValues() {
    return TERMS.values();
  }
}
