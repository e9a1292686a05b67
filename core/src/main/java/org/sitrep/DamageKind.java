package org.sitrep;

import java.util.List;

/**
 * How something was damaged in an {@link Incident}.
 *
 * <p>From the seed article: debris "shattered windows" ({@link #SHATTERED}) and "damaged cars"
 * ({@link #DAMAGED}); "a vehicle caught fire" ({@link #FIRE}).
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class DamageKind extends Vocabulary {
  private static final Terms<DamageKind> TERMS = new Terms<>("DamageKind", code -> new DamageKind(code, false));

  /** Damaged, unspecified: "damaged cars nearby". */
  public static final DamageKind DAMAGED = TERMS.register(new DamageKind("damaged", true));

  /** Glass broken: "shattered windows". */
  public static final DamageKind SHATTERED = TERMS.register(new DamageKind("shattered", true));

  /** Destroyed. */
  public static final DamageKind DESTROYED = TERMS.register(new DamageKind("destroyed", true));

  /** Set on fire: "a vehicle caught fire". */
  public static final DamageKind FIRE = TERMS.register(new DamageKind("fire", true));

  /** Collapsed, in whole or in part. */
  public static final DamageKind COLLAPSED = TERMS.register(new DamageKind("collapsed", true));

  private DamageKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "damaged"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static DamageKind of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<DamageKind> knownValues() {
    return TERMS.values();
  }
}
