package org.sitrep;

import java.util.List;

/**
 * What caused the harm counted by a {@link Casualty} figure ({@link Casualty#causes()}), as
 * reported: the blast, fragments, debris, glass, fire.
 *
 * <p>"injured by falling debris of a downed drone" is {@link #DEBRIS}; "cut by broken glass" is
 * {@link #GLASS}; "shrapnel wounds" is {@link #FRAGMENTS}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class InjuryCause extends Vocabulary {
  private static final Terms<InjuryCause> TERMS = new Terms<>("InjuryCause", code -> new InjuryCause(code, false));

  /** The blast wave of an explosion. */
  public static final InjuryCause BLAST = TERMS.register(new InjuryCause("blast", true));

  /** Fragments or shrapnel of a munition. */
  public static final InjuryCause FRAGMENTS = TERMS.register(new InjuryCause("fragments", true));

  /** Falling debris: of a downed drone or missile, of a building. */
  public static final InjuryCause DEBRIS = TERMS.register(new InjuryCause("debris", true));

  /** Broken glass: "windows were blown out". */
  public static final InjuryCause GLASS = TERMS.register(new InjuryCause("glass", true));

  /** Fire and burns. */
  public static final InjuryCause FIRE = TERMS.register(new InjuryCause("fire", true));

  /** A building or structure collapsing on people. */
  public static final InjuryCause BUILDING_COLLAPSE = TERMS.register(new InjuryCause("building_collapse", true));

  /** Small arms or heavy machine-gun fire. */
  public static final InjuryCause GUNFIRE = TERMS.register(new InjuryCause("gunfire", true));

  private InjuryCause(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "debris"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static InjuryCause of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<InjuryCause> knownValues() {
    return TERMS.values();
  }
}
