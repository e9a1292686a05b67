package org.sitrep;

import java.util.List;

/**
 * How weapons were stopped in an {@link Engagement}: "shot down by air defence", "suppressed by
 * electronic warfare", "downed by fighter jets".
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class InterceptionMethod extends Vocabulary {
  private static final Terms<InterceptionMethod> TERMS =
      new Terms<>("InterceptionMethod", code -> new InterceptionMethod(code, false));

  /** Surface-to-air missiles or guns: "shot down by air defence". */
  public static final InterceptionMethod AIR_DEFENCE = TERMS.register(new InterceptionMethod("air_defence", true));

  /** Jamming or spoofing: "suppressed by electronic warfare", "lost". */
  public static final InterceptionMethod ELECTRONIC_WARFARE = TERMS.register(new InterceptionMethod("electronic_warfare", true));

  /** Crewed aircraft: "downed by fighter jets", "by helicopters". */
  public static final InterceptionMethod FIGHTER_AIRCRAFT = TERMS.register(new InterceptionMethod("fighter_aircraft", true));

  /** Mobile fire groups with machine guns. */
  public static final InterceptionMethod MOBILE_FIRE_GROUP = TERMS.register(new InterceptionMethod("mobile_fire_group", true));

  /** Stopped, but not said how. */
  public static final InterceptionMethod UNKNOWN = TERMS.register(new InterceptionMethod("unknown", true));

  private InterceptionMethod(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "air_defence"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static InterceptionMethod of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<InterceptionMethod> knownValues() {
    return TERMS.values();
  }
}
