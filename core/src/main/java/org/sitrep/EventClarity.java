package org.sitrep;

/**
 * UCDP GED's {@code event_clarity}: whether the sources describe the event clearly ({@link #HIGH},
 * code 1) or only as part of an aggregate or in vague terms ({@link #LOW}, code 2).
 *
 * <p>A closed vocabulary, as UCDP's codebook is.
 */
public enum EventClarity {
  /** UCDP 1: the event is clearly described. */
  HIGH(1),
  /** UCDP 2: the event is an aggregate, or described vaguely. */
  LOW(2);

  private final int ucdp;

  EventClarity(int ucdp) {
    this.ucdp = ucdp;
  }

  /** @return UCDP GED's {@code event_clarity}: 1 or 2 */
  public int ucdpCode() {
    return ucdp;
  }

  /**
   * @param code UCDP GED's {@code event_clarity}, 1 or 2
   * @return the value; {@code fromUcdpEventClarity(c).ucdpCode() == c}
   * @throws IllegalArgumentException for any other code
   */
  public static EventClarity fromUcdpEventClarity(int code) {
    for (EventClarity c : values()) {
      if (c.ucdp == code) {
        return c;
      }
    }
    throw new IllegalArgumentException("UCDP event_clarity is 1 or 2, not " + code);
  }
}
