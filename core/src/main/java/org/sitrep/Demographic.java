package org.sitrep;

import java.util.List;

/**
 * Who the people of a {@link CasualtyGroup} were, inside a {@link Casualty} figure: children,
 * women, rescuers, journalists.
 *
 * <p>"five dead, two of them children" is a figure of five with a group of {@link #CHILD} of two. A
 * group is a part of its figure, never added to it; groups may overlap (a girl is a child and a
 * woman).
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class Demographic extends Vocabulary {
  private static final Terms<Demographic> TERMS = new Terms<>("Demographic", code -> new Demographic(code, false));

  /** Children: people under 18, or as the report says "children". */
  public static final Demographic CHILD = TERMS.register(new Demographic("child", true));

  /** Women (and girls, where the report counts them as women). */
  public static final Demographic WOMAN = TERMS.register(new Demographic("woman", true));

  /** Men. */
  public static final Demographic MAN = TERMS.register(new Demographic("man", true));

  /** Elderly people: "pensioners", "an elderly woman". */
  public static final Demographic ELDERLY = TERMS.register(new Demographic("elderly", true));

  /** Rescuers, firefighters and emergency workers at the scene. */
  public static final Demographic RESCUER = TERMS.register(new Demographic("rescuer", true));

  /** Medical workers: doctors, nurses, paramedics. */
  public static final Demographic MEDIC = TERMS.register(new Demographic("medic", true));

  /** Journalists and media workers. */
  public static final Demographic JOURNALIST = TERMS.register(new Demographic("journalist", true));

  /** Humanitarian aid workers. */
  public static final Demographic AID_WORKER = TERMS.register(new Demographic("aid_worker", true));

  private Demographic(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "child"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static Demographic of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<Demographic> knownValues() {
    return TERMS.values();
  }
}
