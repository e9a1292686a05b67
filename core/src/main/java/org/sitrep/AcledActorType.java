package org.sitrep;

/**
 * ACLED's type of an event's main actor ({@code inter1}, {@code inter2}): its "inter code" 1 to 8
 * with ACLED's label. ACLED's {@code interaction} is not kept: it is derived from the two types
 * ({@link #interaction(AcledActorType, AcledActorType)}).
 *
 * <p>A closed vocabulary, as ACLED's codebook is; {@link #acledCode()} and {@link #acledLabel()}
 * are ACLED's own code and wording, and both read back as the same value.
 */
public enum AcledActorType {
  /** 1, "State forces": the military and police of a recognised government. */
  STATE_FORCES(1, "State forces"),
  /** 2, "Rebel group": a group seeking to replace a government or to secede. */
  REBEL_GROUP(2, "Rebel group"),
  /** 3, "Political militia": an armed group serving a political elite or party. */
  POLITICAL_MILITIA(3, "Political militia"),
  /** 4, "Identity militia": an armed group organised around a shared identity. */
  IDENTITY_MILITIA(4, "Identity militia"),
  /** 5, "Rioters". */
  RIOTERS(5, "Rioters"),
  /** 6, "Protesters". */
  PROTESTERS(6, "Protesters"),
  /** 7, "Civilians". */
  CIVILIANS(7, "Civilians"),
  /** 8, "External/Other forces": international organisations, foreign or private forces. */
  EXTERNAL_OR_OTHER_FORCES(8, "External/Other forces");

  /** {@code values()}, made once: each call of it copies the array. */
  private static final AcledActorType[] VALUES = values();

  private final int code;
  private final String label;

  AcledActorType(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** @return ACLED's inter code, 1 to 8 */
  public int acledCode() {
    return code;
  }

  /** @return ACLED's wording, e.g. "State forces" */
  public String acledLabel() {
    return label;
  }

  /**
   * @param code ACLED's inter code, 1 to 8
   * @return the value; {@code fromAcledCode(t.acledCode()) == t}
   * @throws IllegalArgumentException for any other code
   */
  public static AcledActorType fromAcledCode(int code) {
    for (AcledActorType t : VALUES) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("ACLED's inter codes are 1 to 8, not " + code);
  }

  /**
   * @param label ACLED's wording, e.g. "Political militia"
   * @return the value; {@code fromAcledLabel(t.acledLabel()) == t}
   * @throws IllegalArgumentException for any other wording
   */
  public static AcledActorType fromAcledLabel(String label) {
    for (AcledActorType t : VALUES) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("'" + label + "' is not an ACLED actor type");
  }

  /**
   * ACLED's numeric {@code interaction} of an event's two main actor types: the two codes, the
   * lower first ("13" for state forces and a political militia), or the one code followed by 0
   * for an event with one main actor ("60" for protesters only).
   *
   * @param first the type of {@code actor1}
   * @param second the type of {@code actor2}, or null for an event with one main actor
   * @return the interaction code
   */
  public static int interaction(AcledActorType first, AcledActorType second) {
    if (second == null) {
      return first.code * 10;
    }
    int low = Math.min(first.code, second.code);
    int high = Math.max(first.code, second.code);
    return low * 10 + high;
  }
}
