package org.sitrep;

import java.util.List;

/**
 * What kind of support an {@link AidPackage} is, as the Kiel Ukraine Support Tracker splits it.
 *
 * <p>The US package of depleted-uranium shells in the seed article is {@link #MILITARY}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class AidCategory extends Vocabulary {
  private static final Terms<AidCategory> TERMS = new Terms<>("AidCategory", code -> new AidCategory(code, false));

  /** Weapons, ammunition, equipment, training. */
  public static final AidCategory MILITARY = TERMS.register(new AidCategory("military", true));

  /** Food, shelter, medical and other relief. */
  public static final AidCategory HUMANITARIAN = TERMS.register(new AidCategory("humanitarian", true));

  /** Grants, loans, guarantees and budget support. */
  public static final AidCategory FINANCIAL = TERMS.register(new AidCategory("financial", true));

  private AidCategory(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "military"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static AidCategory of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<AidCategory> knownValues() {
    return TERMS.values();
  }
}
