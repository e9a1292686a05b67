package org.sitrep;

import java.util.List;

/**
 * How a record was coded: by a person, by a program, or by both.
 *
 * <p>ACLED's events are coded by researchers ({@link #HUMAN}); VIINA's by machine classifiers that
 * publish a probability for each label ({@link #MACHINE}); a classifier's output reviewed by a person
 * is {@link #HYBRID}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class CodingMethod extends Vocabulary {
  private static final Terms<CodingMethod> TERMS = new Terms<>("CodingMethod", code -> new CodingMethod(code, false));

  /** Coded by a person. */
  public static final CodingMethod HUMAN = TERMS.register(new CodingMethod("human", true));

  /** Coded by a program: a classifier, a rule set, a language model. */
  public static final CodingMethod MACHINE = TERMS.register(new CodingMethod("machine", true));

  /** Coded by a program and reviewed or corrected by a person. */
  public static final CodingMethod HYBRID = TERMS.register(new CodingMethod("hybrid", true));

  private CodingMethod(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "human"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static CodingMethod of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<CodingMethod> knownValues() {
    return TERMS.values();
  }
}
