package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ACLED {@code time_precision}: 1 day known, 2 week, 3 month or longer. UCDP GED {@code
 * date_prec}: 1 exact day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a longer span within a
 * year.
 */
class TimePrecisionTest {

  @ParameterizedTest(name = "{0}: ACLED {1}, UCDP {2}, at most {3} days")
  @CsvSource({
    "EXACT_TIME,  1, 1, 1",
    "APPROXIMATE_TIME, 1, 1, 1",
    "PART_OF_DAY, 1, 2, 2",
    "DAY,         1, 1, 1",
    "FEW_DAYS,    2, 2, 6",
    "WEEK,        2, 3, 7",
    "MONTH,       3, 4, 31",
    "SEASON,      3, 5, 92",
    "YEAR,        3, 5, 366"
  })
  void codesAndSpans(TimePrecision precision, int acled, int ucdp, int maxDays) {
    assertThat(precision.acledTimePrecision()).isEqualTo(acled);
    assertThat(precision.ucdpDatePrecision()).isEqualTo(ucdp);
    assertThat(precision.maxDays()).hasValue(maxDays);
  }

  @Test
  void everyValueIsInTheTable() {
    assertThat(TimePrecision.values())
        .containsExactly(
            TimePrecision.EXACT_TIME,
            TimePrecision.APPROXIMATE_TIME,
            TimePrecision.PART_OF_DAY,
            TimePrecision.DAY,
            TimePrecision.FEW_DAYS,
            TimePrecision.WEEK,
            TimePrecision.MONTH,
            TimePrecision.SEASON,
            TimePrecision.YEAR);
  }

  @Test
  void codesStayWithinTheirRanges() {
    for (TimePrecision precision : TimePrecision.values()) {
      assertThat(precision.acledTimePrecision()).isBetween(1, 3);
      assertThat(precision.ucdpDatePrecision()).isBetween(1, 5);
    }
  }

  @Test
  void everyAcledAndUcdpCodeHasAValueThatReadsBackAsTheSameCode() {
    for (int code = 1; code <= 3; code++) {
      assertThat(TimePrecision.fromAcledTimePrecision(code).acledTimePrecision()).isEqualTo(code);
    }
    for (int code = 1; code <= 5; code++) {
      assertThat(TimePrecision.fromUcdpDatePrecision(code).ucdpDatePrecision()).isEqualTo(code);
    }
    assertThat(TimePrecision.fromUcdpDatePrecision(2)).isEqualTo(TimePrecision.FEW_DAYS);
  }

  @Test
  void codesOutsideTheCodebooksAreRefusedWithTheirRange() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimePrecision.fromAcledTimePrecision(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ACLED time_precision is 1, 2 or 3, not 4");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimePrecision.fromUcdpDatePrecision(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UCDP date_prec is 1 to 5, not 0");
  }

  @Test
  void onlyExactAndApproximateTimesHaveAnInstant() {
    for (TimePrecision precision : TimePrecision.values()) {
      assertThat(precision.hasInstant())
          .as(precision.name())
          .isEqualTo(
              precision == TimePrecision.EXACT_TIME || precision == TimePrecision.APPROXIMATE_TIME);
    }
  }
}
