package org.sitrep;

import java.util.List;

/**
 * How one {@link Incident} is related to another, as an {@link IncidentLink} says: the
 * same event told twice, possibly the same, one strike within a wave, a follow-up.
 *
 * <p>From real reporting: two outlets' "strike on a market in Kostiantynivka" are {@link #SAME_AS}
 * each other; one drone downed over Bryansk is {@link #PART_OF} the night's wave; a second strike
 * on rescuers an hour later is a {@link #FOLLOW_UP_OF} the first. The library records the link and
 * who asserts it; it never decides whether two incidents are the same.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class IncidentRelation extends Vocabulary {
  private static final Terms<IncidentRelation> TERMS = new Terms<>("IncidentRelation", code -> new IncidentRelation(code, false));

  /** The same real-world event, told by another record. */
  public static final IncidentRelation SAME_AS = TERMS.register(new IncidentRelation("same_as", true));

  /** Perhaps the same event: the sources do not allow certainty. */
  public static final IncidentRelation POSSIBLY_SAME_AS = TERMS.register(new IncidentRelation("possibly_same_as", true));

  /** One part of a larger event: a strike within a wave, a shell within a barrage. */
  public static final IncidentRelation PART_OF = TERMS.register(new IncidentRelation("part_of", true));

  /** A later event that follows from the other: a second strike, a fire after an impact. */
  public static final IncidentRelation FOLLOW_UP_OF = TERMS.register(new IncidentRelation("follow_up_of", true));

  private IncidentRelation(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "same_as"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static IncidentRelation of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<IncidentRelation> knownValues() {
    return TERMS.values();
  }
}
