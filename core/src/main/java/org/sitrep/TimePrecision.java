package org.sitrep;

import java.util.OptionalInt;

/**
 * How precisely a {@link ReportedTime} is known: the span the report's words allow.
 *
 * <p>From the seed article: "overnight" is {@link #PART_OF_DAY}, "on Wednesday" a {@link #DAY},
 * "in March" a {@link #MONTH}, "in autumn" a {@link #SEASON}. A closed vocabulary: the rules of
 * {@link ReportedTime} depend on it. ACLED's {@code time_precision} and UCDP GED's {@code date_prec}
 * are the precedents: each value states its code in both, and every code of both has a value
 * ({@link #fromAcledTimePrecision(int)}, {@link #fromUcdpDatePrecision(int)}), so that a code read
 * from a dataset comes back as the same code.
 *
 * <table>
 *   <caption>Mapping to ACLED and UCDP (a code's value, read back, is in bold)</caption>
 *   <tr><th>Sitrep</th><th>ACLED time_precision</th><th>UCDP date_prec</th></tr>
 *   <tr><td>EXACT_TIME</td><td>1</td><td>1</td></tr>
 *   <tr><td>APPROXIMATE_TIME</td><td>1</td><td>1</td></tr>
 *   <tr><td>PART_OF_DAY</td><td>1</td><td>2</td></tr>
 *   <tr><td>DAY</td><td><b>1</b></td><td><b>1</b></td></tr>
 *   <tr><td>FEW_DAYS</td><td>2</td><td><b>2</b></td></tr>
 *   <tr><td>WEEK</td><td><b>2</b></td><td><b>3</b></td></tr>
 *   <tr><td>MONTH</td><td><b>3</b></td><td><b>4</b></td></tr>
 *   <tr><td>SEASON</td><td>3</td><td>5</td></tr>
 *   <tr><td>YEAR</td><td>3</td><td><b>5</b></td></tr>
 * </table>
 */
public enum TimePrecision {
  /** A moment to the minute or better: "at 03:40 local time". */
  EXACT_TIME(1, 1),
  /**
   * A clock time given roughly: "around 21:15", "shortly after 04:30 local time". The instant is
   * the time as said, not a bound.
   */
  APPROXIMATE_TIME(1, 1),
  /** Part of a day or a night, which may span midnight: "overnight", "on Wednesday morning". */
  PART_OF_DAY(1, 2),
  /** A calendar day: "on Wednesday", "September 7, 2023". */
  DAY(1, 1),
  /** A span of two to six days: "in recent days", "between Monday and Wednesday". */
  FEW_DAYS(2, 2),
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
   * Whether a time of this precision has an instant: {@code EXACT_TIME} and {@code
   * APPROXIMATE_TIME}.
   *
   * @return whether {@link ReportedTime#instant()} is required
   */
  public boolean hasInstant() {
    return this == EXACT_TIME || this == APPROXIMATE_TIME;
  }

  /**
   * The precision of an ACLED {@code time_precision} code: 1 the day ({@code DAY}), 2 the week
   * ({@code WEEK}), 3 the month ({@code MONTH}). {@code fromAcledTimePrecision(c)
   * .acledTimePrecision() == c} for every code.
   *
   * @param code 1, 2 or 3
   * @return the precision
   * @throws IllegalArgumentException for any other code
   */
  public static TimePrecision fromAcledTimePrecision(int code) {
    switch (code) {
      case 1:
        return DAY;
      case 2:
        return WEEK;
      case 3:
        return MONTH;
      default:
        throw new IllegalArgumentException(
            "ACLED time_precision is 1, 2 or 3, not " + code);
    }
  }

  /**
   * The precision of a UCDP GED {@code date_prec} code: 1 the day ({@code DAY}), 2 two to six days
   * ({@code FEW_DAYS}), 3 the week ({@code WEEK}), 4 the month ({@code MONTH}), 5 a longer span
   * within a year ({@code YEAR}). {@code fromUcdpDatePrecision(c).ucdpDatePrecision() == c} for
   * every code.
   *
   * @param code 1 to 5
   * @return the precision
   * @throws IllegalArgumentException for any other code
   */
  public static TimePrecision fromUcdpDatePrecision(int code) {
    switch (code) {
      case 1:
        return DAY;
      case 2:
        return FEW_DAYS;
      case 3:
        return WEEK;
      case 4:
        return MONTH;
      case 5:
        return YEAR;
      default:
        throw new IllegalArgumentException("UCDP date_prec is 1 to 5, not " + code);
    }
  }

  /**
   * The widest span, in days counting both ends, a {@link ReportedTime} of this precision may
   * cover: 1 for {@code EXACT_TIME}, {@code APPROXIMATE_TIME} and {@code DAY}, 2 for {@code
   * PART_OF_DAY}, 6 for {@code FEW_DAYS}, 7 for {@code WEEK}, 31 for {@code MONTH}, 92 for {@code
   * SEASON}, 366 for {@code YEAR}.
   *
   * @return the limit in days; absent for no limit
   */
  public OptionalInt maxDays() {
    int max = maxDayCount();
    return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /** {@link #maxDays()} without an {@code OptionalInt}: the limit, or -1 for none. */
  int maxDayCount() {
    switch (this) {
      case EXACT_TIME:
      case APPROXIMATE_TIME:
      case DAY:
        return 1;
      case PART_OF_DAY:
        return 2;
      case FEW_DAYS:
        return 6;
      case WEEK:
        return 7;
      case MONTH:
        return 31;
      case SEASON:
        return 92;
      case YEAR:
        return 366;
      default:
        return -1;
    }
  }

}
