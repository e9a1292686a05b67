package org.sitrep;

/**
 * ACLED's {@code disorder_type}: the broad kind of disorder an event belongs to. A row may carry
 * two ("Political violence; Demonstrations" for excessive force against protesters), so an {@link
 * AcledCoding} holds a list.
 *
 * <p>A closed vocabulary, as ACLED's codebook is; {@link #acledLabel()} is ACLED's own wording.
 */
public enum DisorderType {
  /** "Political violence". */
  POLITICAL_VIOLENCE("Political violence"),
  /** "Demonstrations". */
  DEMONSTRATIONS("Demonstrations"),
  /** "Strategic developments". */
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  /** {@code values()}, made once: each call of it copies the array. */
  private static final DisorderType[] VALUES = values();

  private final String label;

  DisorderType(String label) {
    this.label = label;
  }

  /** @return ACLED's wording, e.g. "Political violence" */
  public String acledLabel() {
    return label;
  }

  /**
   * The value of ACLED's wording; {@code fromAcledLabel(t.acledLabel()) == t} for every value.
   *
   * @param label e.g. "Demonstrations"
   * @return the value
   * @throws IllegalArgumentException for any other wording
   */
  public static DisorderType fromAcledLabel(String label) {
    for (DisorderType t : VALUES) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("'" + label + "' is not an ACLED disorder_type");
  }
}
