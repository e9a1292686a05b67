package org.sitrep.datasets;

/**
 * How a UCDP GED table writes the fields whose form differs between tables of UCDP's events: the
 * dates ({@code 2023-09-06 00:00:00.000} in UCDP's CSV download, or the ISO date {@code
 * 2023-09-06}) and {@code active_year} ({@code TRUE} / {@code FALSE} in UCDP's CSV download, or
 * {@code 1} / {@code 0} as in UCDP's Stata version and the tables made from it). A reader takes
 * either form in every row; a writer writes the one its style says. Immutable.
 */
public final class UcdpStyle {
  private static final UcdpStyle STANDARD = new UcdpStyle(false, false);

  private final boolean isoDates;
  private final boolean numericActiveYear;

  private UcdpStyle(boolean isoDates, boolean numericActiveYear) {
    this.isoDates = isoDates;
    this.numericActiveYear = numericActiveYear;
  }

  /**
   * @return the form of UCDP's CSV download: dates {@code 2023-09-06 00:00:00.000}, {@code
   *     active_year} {@code TRUE} or {@code FALSE}
   */
  public static UcdpStyle standard() {
    return STANDARD;
  }

  /** @return this style with ISO dates: {@code 2023-09-06} */
  public UcdpStyle withIsoDates() {
    return new UcdpStyle(true, numericActiveYear);
  }

  /** @return this style with {@code active_year} as {@code 1} or {@code 0} */
  public UcdpStyle withNumericActiveYear() {
    return new UcdpStyle(isoDates, true);
  }

  /** @return whether dates are written as {@code 2023-09-06} rather than with UCDP's midnight */
  public boolean isoDates() {
    return isoDates;
  }

  /** @return whether {@code active_year} is written as {@code 1} or {@code 0} */
  public boolean numericActiveYear() {
    return numericActiveYear;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UcdpStyle
        && ((UcdpStyle) o).isoDates == isoDates
        && ((UcdpStyle) o).numericActiveYear == numericActiveYear;
  }

  @Override
  public int hashCode() {
    return (isoDates ? 1 : 0) + (numericActiveYear ? 2 : 0);
  }

  @Override
  public String toString() {
    return "UcdpStyle{isoDates=" + isoDates + ", numericActiveYear=" + numericActiveYear + "}";
  }
}
