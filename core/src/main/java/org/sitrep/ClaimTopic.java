package org.sitrep;

import java.util.List;

/**
 * What a statement can be explicitly silent on: a {@link Claim}'s {@link Claim#silentOn()}.
 *
 * <p>A Kremlin statement that drones were shot down "said nothing about casualties": the claim is
 * silent on {@link #CASUALTIES}. That is what the statement did not say, not a figure the recorder
 * failed to record; no casualty figure at all says only the second.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class ClaimTopic extends Vocabulary {
  private static final Terms<ClaimTopic> TERMS = new Terms<>("ClaimTopic", code -> new ClaimTopic(code, false));

  /** Whether anyone was killed, injured, missing or captured. */
  public static final ClaimTopic CASUALTIES = TERMS.register(new ClaimTopic("casualties", true));

  /** What was damaged. */
  public static final ClaimTopic DAMAGE = TERMS.register(new ClaimTopic("damage", true));

  /** Who carried it out. */
  public static final ClaimTopic PERPETRATOR = TERMS.register(new ClaimTopic("perpetrator", true));

  /** Where it happened. */
  public static final ClaimTopic LOCATION = TERMS.register(new ClaimTopic("location", true));

  /** The weapons used. */
  public static final ClaimTopic MEANS = TERMS.register(new ClaimTopic("means", true));

  private ClaimTopic(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "casualties"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static ClaimTopic of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<ClaimTopic> knownValues() {
    return TERMS.values();
  }
}
