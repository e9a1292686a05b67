package org.sitrep;

import java.util.List;

/**
 * Who the people counted in a {@link Casualty} figure were.
 *
 * <p>People killed at a market in Kostiantynivka are {@link #CIVILIAN}; where the report does not
 * say, {@link #UNKNOWN}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class PopulationGroup extends Vocabulary {
  private static final Terms<PopulationGroup> TERMS = new Terms<>("PopulationGroup", code -> new PopulationGroup(code, false));

  /** Civilians. */
  public static final PopulationGroup CIVILIAN = TERMS.register(new PopulationGroup("civilian", true));

  /** Members of armed forces or armed groups. */
  public static final PopulationGroup MILITARY = TERMS.register(new PopulationGroup("military", true));

  /** Both civilians and combatants, not split. */
  public static final PopulationGroup MIXED = TERMS.register(new PopulationGroup("mixed", true));

  /** Not reported: "one person injured". */
  public static final PopulationGroup UNKNOWN = TERMS.register(new PopulationGroup("unknown", true));

  private PopulationGroup(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "civilian"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static PopulationGroup of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<PopulationGroup> knownValues() {
    return TERMS.values();
  }
}
