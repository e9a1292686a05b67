package org.sitrep;

import java.util.List;

/**
 * What caused a {@link Damage}, typed: a direct hit, debris, the blast wave, fragments, fire.
 * {@link #NOT_STATED} says the report gives the damage but not its cause, which is not the same as
 * no cause recorded (no value at all).
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class DamageCause extends Vocabulary {
  private static final Terms<DamageCause> TERMS =
      new Terms<>("DamageCause", code -> new DamageCause(code, false));

  /** A direct hit. */
  public static final DamageCause IMPACT = TERMS.register(new DamageCause("impact", true));

  /** Debris of a downed weapon: "drone debris". */
  public static final DamageCause DEBRIS = TERMS.register(new DamageCause("debris", true));

  /** The blast wave: "windows blown out". */
  public static final DamageCause BLAST_WAVE = TERMS.register(new DamageCause("blast_wave", true));

  /** Fragments or shrapnel. */
  public static final DamageCause FRAGMENTS = TERMS.register(new DamageCause("fragments", true));

  /** A fire the attack caused. */
  public static final DamageCause FIRE = TERMS.register(new DamageCause("fire", true));

  /** The report gives the damage but not its cause. */
  public static final DamageCause NOT_STATED = TERMS.register(new DamageCause("not_stated", true));

  private DamageCause(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "debris"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static DamageCause of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<DamageCause> knownValues() {
    return TERMS.values();
  }
}
