package org.sitrep.datasets;

/**
 * How an ACLED table writes the fields whose form differs between ACLED's exports: the date
 * ({@code 2023-09-06} from ACLED's API, {@code 06 September 2023} from its export tool) and the
 * actor types ({@code inter1} {@code 1} and {@code interaction} {@code 17}, or their labels
 * {@code State forces} and {@code State forces-Civilians}). A reader takes either form in every
 * row; a writer writes the one its style says. Immutable.
 */
public final class AcledStyle {
  private static final AcledStyle STANDARD = new AcledStyle(false, false);

  private final boolean longDates;
  private final boolean interLabels;

  private AcledStyle(boolean longDates, boolean interLabels) {
    this.longDates = longDates;
    this.interLabels = interLabels;
  }

  /** @return ISO dates ({@code 2023-09-06}) and numeric actor types ({@code 1}, {@code 17}) */
  public static AcledStyle standard() {
    return STANDARD;
  }

  /** @return this style with dates as ACLED's export tool writes them: {@code 06 September 2023} */
  public AcledStyle withLongDates() {
    return new AcledStyle(true, interLabels);
  }

  /**
   * @return this style with actor types as labels: {@code inter1} {@code State forces}, {@code
   *     interaction} {@code State forces-Civilians} (the lower code first) or {@code Protesters
   *     only}
   */
  public AcledStyle withInterLabels() {
    return new AcledStyle(longDates, true);
  }

  /** @return whether dates are written as {@code 06 September 2023} */
  public boolean longDates() {
    return longDates;
  }

  /** @return whether actor types are written as labels */
  public boolean interLabels() {
    return interLabels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AcledStyle
        && ((AcledStyle) o).longDates == longDates
        && ((AcledStyle) o).interLabels == interLabels;
  }

  @Override
  public int hashCode() {
    return (longDates ? 1 : 0) + (interLabels ? 2 : 0);
  }

  @Override
  public String toString() {
    return "AcledStyle{longDates=" + longDates + ", interLabels=" + interLabels + "}";
  }
}
