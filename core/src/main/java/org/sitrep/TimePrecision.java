package org.sitrep;

import java.util.OptionalInt;

/**
 * How precisely a {@link ReportedTime} is known: the span the report's words allow.
 *
 * <p>From the seed article: "overnight" is {@link #PART_OF_DAY}, "on Wednesday" a {@link #DAY},
 * "in March" a {@link #MONTH}, "in autumn" a {@link #SEASON}. A closed vocabulary: the rules of
 * {@link ReportedTime} depend on it. ACLED's {@code time_precision} and UCDP GED's {@code date_prec}
 * are the precedents, and each value states its code in both.
 */
public enum TimePrecision {
  /** A moment to the minute or better: "at 03:40 local time". */
  EXACT_TIME(1, 1),
  /** Part of a day or a night, which may span midnight: "overnight", "on Wednesday morning". */
  PART_OF_DAY(1, 2),
  /** A calendar day: "on Wednesday", "September 7, 2023". */
  DAY(1, 1),
  /** A span of up to seven days: "last week", "earlier this week". */
  WEEK(2, 3),
  /** A calendar month: "in March". */
  MONTH(3, 4),
  /** A season, up to about three months: "in autumn". */
  SEASON(3, 5),
  /** A year: "in 2023". */
  YEAR(3, 5);

  private final int acled;
  private final int ucdp;

  TimePrecision(int acled, int ucdp) {
    this.acled = acled;
    this.ucdp = ucdp;
  }

  /**
   * ACLED's {@code time_precision}: 1 the day is known, 2 the week, 3 the month or a longer span.
   *
   * @return 1, 2 or 3
   */
  public int acledTimePrecision() {
    return acled;
  }

  /**
   * UCDP GED's {@code date_prec}: 1 exact day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a
   * longer span within a year. A night spanning two days is 2.
   *
   * @return 1 to 5
   */
  public int ucdpDatePrecision() {
    return ucdp;
  }

  /**
   * The widest span, in days counting both ends, a {@link ReportedTime} of this precision may
   * cover: 1 for {@code EXACT_TIME} and {@code DAY}, 2 for {@code PART_OF_DAY}, 7 for {@code
   * WEEK}, 31 for {@code MONTH}, 92 for {@code SEASON}, 366 for {@code YEAR}.
   *
   * @return the limit in days; absent for no limit
   */
  public OptionalInt maxDays() {
    switch (this) {
      case EXACT_TIME:
      case DAY:
        return OptionalInt.of(1);
      case PART_OF_DAY:
        return OptionalInt.of(2);
      case WEEK:
        return OptionalInt.of(7);
      case MONTH:
        return OptionalInt.of(31);
      case SEASON:
        return OptionalInt.of(92);
      case YEAR:
        return OptionalInt.of(366);
      default:
        return OptionalInt.empty();
    }
  }
}
