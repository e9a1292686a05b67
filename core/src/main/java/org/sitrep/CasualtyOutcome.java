package org.sitrep;

import java.util.List;

/**
 * What happened to the people counted in a {@link Casualty} figure.
 *
 * <p>From the seed article: "up to 17 people were killed" is {@link #KILLED}; "one person
 * injured" is {@link #INJURED}; "there were no casualties" is {@link #KILLED_OR_INJURED} with an
 * exact zero.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class CasualtyOutcome extends Vocabulary {
  private static final Terms<CasualtyOutcome> TERMS = new Terms<>("CasualtyOutcome", code -> new CasualtyOutcome(code, false));

  /** Killed: "up to 17 people were killed". */
  public static final CasualtyOutcome KILLED = TERMS.register(new CasualtyOutcome("killed", true));

  /** Injured or wounded: "leaving one person injured". */
  public static final CasualtyOutcome INJURED = TERMS.register(new CasualtyOutcome("injured", true));

  /** Casualties not split into killed and injured: "no casualties". */
  public static final CasualtyOutcome KILLED_OR_INJURED = TERMS.register(new CasualtyOutcome("killed_or_injured", true));

  /** Missing. */
  public static final CasualtyOutcome MISSING = TERMS.register(new CasualtyOutcome("missing", true));

  /** Captured, detained or taken prisoner. */
  public static final CasualtyOutcome CAPTURED = TERMS.register(new CasualtyOutcome("captured", true));

  private CasualtyOutcome(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "killed"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static CasualtyOutcome of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<CasualtyOutcome> knownValues() {
    return TERMS.values();
  }
}
