package org.sitrep;

/**
 * The kind of organised violence an {@link Incident} belongs to, as UCDP GED's {@code
 * type_of_violence} codes it: between a state and another party, between non-state groups, or
 * against civilians by an organised actor.
 *
 * <p>From the seed article: the missile on the Kostiantynivka market is part of the state-based
 * conflict between Russia and Ukraine ({@link #STATE_BASED}). A closed vocabulary, as UCDP's
 * codebook is: {@link #ucdpCode()} and {@link #fromUcdpTypeOfViolence(int)} map each value to its
 * code and back.
 */
public enum ViolenceType {
  /** UCDP 1: armed conflict in which at least one party is a government of a state. */
  STATE_BASED(1),
  /** UCDP 2: armed conflict between organised groups, none of them a government. */
  NON_STATE(2),
  /** UCDP 3: an organised actor, a government or a group, against civilians. */
  ONE_SIDED(3);

  private final int ucdp;

  ViolenceType(int ucdp) {
    this.ucdp = ucdp;
  }

  /** @return UCDP GED's {@code type_of_violence}: 1, 2 or 3 */
  public int ucdpCode() {
    return ucdp;
  }

  /**
   * The value of a UCDP GED {@code type_of_violence}; {@code fromUcdpTypeOfViolence(c).ucdpCode()
   * == c} for every code.
   *
   * @param code 1, 2 or 3
   * @return the value
   * @throws IllegalArgumentException for any other code
   */
  public static ViolenceType fromUcdpTypeOfViolence(int code) {
    for (ViolenceType t : values()) {
      if (t.ucdp == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("UCDP type_of_violence is 1, 2 or 3, not " + code);
  }
}
