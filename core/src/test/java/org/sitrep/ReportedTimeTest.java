package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedTimeTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 9, 6);
  private static final OffsetDateTime MOSCOW_0340 =
      OffsetDateTime.of(2023, 9, 7, 3, 40, 0, 0, ZoneOffset.ofHours(3));

  private static ReportedTime.Builder span(LocalDate start, LocalDate end, TimePrecision precision) {
    return ReportedTime.builder().start(start).end(end).precision(precision);
  }

  @Test
  void onIsOneDay() {
    ReportedTime time = ReportedTime.on(WEDNESDAY).withPhrase("on Wednesday");

    assertThat(time.start()).isEqualTo(WEDNESDAY);
    assertThat(time.end()).isEqualTo(WEDNESDAY);
    assertThat(time.precision()).isEqualTo(TimePrecision.DAY);
    assertThat(time.instant()).isEmpty();
    assertThat(time.phrase()).hasValue("on Wednesday");
  }

  @Test
  void overnightSpansTheEveningAndTheNextDay() {
    ReportedTime time = ReportedTime.overnight(WEDNESDAY);

    assertThat(time.start()).isEqualTo(WEDNESDAY);
    assertThat(time.end()).isEqualTo(LocalDate.of(2023, 9, 7));
    assertThat(time.precision()).isEqualTo(TimePrecision.PART_OF_DAY);
  }

  @Test
  void atKeepsTheInstantOnItsLocalDay() {
    ReportedTime time = ReportedTime.at(MOSCOW_0340);

    assertThat(time.instant()).hasValue(MOSCOW_0340);
    assertThat(time.start()).isEqualTo(LocalDate.of(2023, 9, 7));
    assertThat(time.end()).isEqualTo(LocalDate.of(2023, 9, 7));
    assertThat(time.precision()).isEqualTo(TimePrecision.EXACT_TIME);
  }

  @Test
  void monthYearAndSeasonSpans() {
    ReportedTime march = ReportedTime.month(YearMonth.of(2023, 3));
    assertThat(march.start()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(march.end()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(march.precision()).isEqualTo(TimePrecision.MONTH);

    ReportedTime leapYear = ReportedTime.year(Year.of(2024));
    assertThat(leapYear.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(leapYear.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(leapYear.precision()).isEqualTo(TimePrecision.YEAR);

    ReportedTime autumn =
        ReportedTime.between(
                LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), TimePrecision.SEASON)
            .withPhrase("in autumn");
    assertThat(autumn.precision()).isEqualTo(TimePrecision.SEASON);
    assertThat(autumn.phrase()).hasValue("in autumn");
  }

  @ParameterizedTest(name = "{0} allows {1} days but not {2}")
  @CsvSource({
    "DAY, 1, 2",
    "PART_OF_DAY, 2, 3",
    "WEEK, 7, 8",
    "MONTH, 31, 32",
    "SEASON, 92, 93",
    "YEAR, 366, 367"
  })
  void spanIsLimitedByPrecision(TimePrecision precision, int allowed, int tooMany) {
    LocalDate start = LocalDate.of(2023, 1, 1);

    ReportedTime widest = ReportedTime.between(start, start.plusDays(allowed - 1), precision);
    assertThat(widest.end()).isEqualTo(start.plusDays(allowed - 1));

    assertSingleViolation(
        () -> ReportedTime.between(start, start.plusDays(tooMany - 1), precision),
        "end",
        "spans "
            + tooMany
            + " days, more than a time of precision "
            + precision.name().toLowerCase(java.util.Locale.ROOT)
            + " may ("
            + allowed
            + ")");
  }

  @Test
  void endBeforeStartIsRejected() {
    assertSingleViolation(
        () -> ReportedTime.between(WEDNESDAY, WEDNESDAY.minusDays(1), TimePrecision.WEEK),
        "end",
        "must not be before start (2023-09-06)");
  }

  @Test
  void exactTimeNeedsAnInstant() {
    assertSingleViolation(
        () -> span(WEDNESDAY, WEDNESDAY, TimePrecision.EXACT_TIME).build(),
        "instant",
        "is required for an exact time");
  }

  @Test
  void exactTimeIsOneDay() {
    assertSingleViolation(
        () ->
            span(LocalDate.of(2023, 9, 7), LocalDate.of(2023, 9, 8), TimePrecision.EXACT_TIME)
                .instant(MOSCOW_0340)
                .build(),
        "end",
        "spans 2 days");
  }

  @Test
  void instantMustFallOnStart() {
    assertSingleViolation(
        () ->
            span(WEDNESDAY, WEDNESDAY, TimePrecision.EXACT_TIME).instant(MOSCOW_0340).build(),
        "instant",
        "falls on 2023-09-07, not on start (2023-09-06)");
  }

  @Test
  void instantIsOnlyForExactTime() {
    assertSingleViolation(
        () ->
            span(LocalDate.of(2023, 9, 7), LocalDate.of(2023, 9, 7), TimePrecision.DAY)
                .instant(MOSCOW_0340)
                .build(),
        "instant",
        "is only allowed with precision exact_time or approximate_time");
  }

  @Test
  void blankPhraseIsRejected() {
    assertSingleViolation(
        () -> ReportedTime.on(WEDNESDAY).withPhrase(""), "phrase", "must not be blank");
    assertSingleViolation(
        () -> ReportedTime.on(WEDNESDAY).withPhrase("overnight "),
        "phrase",
        "must not start or end with white space");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                span(WEDNESDAY, WEDNESDAY.minusDays(3), TimePrecision.DAY)
                    .instant(MOSCOW_0340)
                    .phrase(" ")
                    .putExtension("source", "")
                    .build());

    assertThat(e.typeName()).isEqualTo("ReportedTime");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("phrase", "end", "instant", "extensions.source");
    assertHasViolation(e, "end", "must not be before start");
    assertHasViolation(e, "instant", "only allowed");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> ReportedTime.builder().build());

    assertThat(e.typeName()).isEqualTo("ReportedTime");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("start", "end", "precision");
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.reason()).contains("is required"));

    assertSingleViolation(
        () -> ReportedTime.builder().start(WEDNESDAY).end(WEDNESDAY).build(),
        "precision",
        "is required");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> ReportedTime.builder().start(null), "start", "must not be null");
    assertSingleViolation(() -> ReportedTime.builder().end(null), "end", "must not be null");
    assertSingleViolation(
        () -> ReportedTime.builder().precision(null), "precision", "must not be null");
    assertSingleViolation(
        () -> ReportedTime.builder().instant((OffsetDateTime) null), "instant", "must not be null");
    assertSingleViolation(
        () -> ReportedTime.on(WEDNESDAY).withStart(null), "start", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    ReportedTime built =
        span(WEDNESDAY, WEDNESDAY, TimePrecision.DAY).phrase("on Wednesday").build();
    ReportedTime copied = ReportedTime.on(WEDNESDAY).withPhrase("on Wednesday");

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(ReportedTime.on(WEDNESDAY)).isNotEqualTo(built);
    assertThat(ReportedTime.on(WEDNESDAY)).isNotEqualTo(ReportedTime.on(WEDNESDAY.plusDays(1)));
  }

  @Test
  void withCopiesAreRevalidated() {
    ReportedTime day = ReportedTime.on(WEDNESDAY);

    assertThat(day.withPrecision(TimePrecision.PART_OF_DAY).withEnd(WEDNESDAY.plusDays(1)))
        .isEqualTo(ReportedTime.overnight(WEDNESDAY));
    assertSingleViolation(() -> day.withEnd(WEDNESDAY.plusDays(1)), "end", "spans 2 days");
    assertSingleViolation(
        () -> day.withPrecision(TimePrecision.EXACT_TIME), "instant", "is required");
    assertSingleViolation(
        () -> day.withInstant(MOSCOW_0340), "instant", "is only allowed with precision exact_time or approximate_time");
  }

  @Test
  void anApproximateClockTimeKeepsItsInstantAndOffset() {
    java.time.OffsetDateTime around = java.time.OffsetDateTime.parse("2023-09-07T21:15:00+03:00");
    ReportedTime t = ReportedTime.around(around).withPhrase("around 21:15");
    assertThat(t.precision()).isEqualTo(TimePrecision.APPROXIMATE_TIME);
    assertThat(t.instant()).contains(around);
    assertThat(t).isNotEqualTo(ReportedTime.at(around).withPhrase("around 21:15"));
    assertSingleViolation(
        () ->
            ReportedTime.builder()
                .start(around.toLocalDate())
                .end(around.toLocalDate())
                .precision(TimePrecision.APPROXIMATE_TIME)
                .build(),
        "instant",
        "is required for an approximate time");
  }

  @Test
  void anAcledDateAndPrecisionBecomeTheSpanTheConventionSays() {
    LocalDate d = LocalDate.of(2023, 9, 13);
    assertThat(ReportedTime.fromAcled(d, 1)).isEqualTo(ReportedTime.on(d));
    ReportedTime week = ReportedTime.fromAcled(d, 2);
    assertThat(week.start()).isEqualTo(LocalDate.of(2023, 9, 10));
    assertThat(week.end()).isEqualTo(LocalDate.of(2023, 9, 16));
    assertThat(week.precision()).isEqualTo(TimePrecision.WEEK);
    ReportedTime month = ReportedTime.fromAcled(d, 3);
    assertThat(month.start()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(month.end()).isEqualTo(LocalDate.of(2023, 9, 30));
    for (int code = 1; code <= 3; code++) {
      assertThat(ReportedTime.fromAcled(d, code).precision().acledTimePrecision()).isEqualTo(code);
    }
  }

  @Test
  void aUcdpSpanIsKeptWithThePrecisionOfItsCodeAndRefusedWhenWiderThanTheCodeAllows() {
    LocalDate start = LocalDate.of(2023, 9, 4);
    ReportedTime fewDays = ReportedTime.fromUcdp(start, start.plusDays(3), 2);
    assertThat(fewDays.precision()).isEqualTo(TimePrecision.FEW_DAYS);
    assertThat(fewDays.precision().ucdpDatePrecision()).isEqualTo(2);
    assertSingleViolation(
        () -> ReportedTime.fromUcdp(start, start.plusDays(6), 2),
        "end",
        "spans 7 days, more than a time of precision few_days may (6)");
  }

  @Test
  void vagueTimesKeepWhatTheReportGives() {
    java.time.OffsetDateTime local = java.time.OffsetDateTime.parse("2023-09-07T04:30:00+03:00");
    ReportedTime shortlyAfter =
        ReportedTime.around(local)
            .withEquivalents(java.time.OffsetDateTime.parse("2023-09-07T01:30:00Z"))
            .withPhrase("shortly after 04:30 local time (01:30 GMT)");
    assertThat(shortlyAfter.equivalents()).hasSize(1);
    assertSingleViolation(
        () -> shortlyAfter.withEquivalents(java.time.OffsetDateTime.parse("2023-09-07T02:30:00Z")),
        "equivalents[0]",
        "is not the same moment as the instant (2023-09-07T04:30+03:00)");
    assertSingleViolation(
        () -> ReportedTime.on(LocalDate.of(2023, 9, 7))
            .withEquivalents(java.time.OffsetDateTime.parse("2023-09-07T01:30:00Z")),
        "equivalents",
        "needs the instant it gives again");

    ReportedTime threeAmSomeDay =
        ReportedTime.between(LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 10), TimePrecision.WEEK)
            .withClockTime(java.time.OffsetTime.parse("03:00:00+03:00"))
            .withPhrase("at 3 a.m. last week");
    assertThat(threeAmSomeDay.instant()).isEmpty();
    assertThat(threeAmSomeDay.clockTime()).contains(java.time.OffsetTime.parse("03:00:00+03:00"));
    assertSingleViolation(
        () -> ReportedTime.at(local).withClockTime(java.time.OffsetTime.parse("05:00:00+03:00")),
        "clockTime",
        "must be the instant's hour, minute and offset");

    ReportedTime morningInMarch =
        ReportedTime.month(java.time.YearMonth.of(2023, 3)).withPartOfDay(PartOfDay.MORNING);
    assertThat(morningInMarch.precision()).isEqualTo(TimePrecision.MONTH);
    assertThat(morningInMarch.partOfDay()).contains(PartOfDay.MORNING);

    ReportedTime onTuesday =
        ReportedTime.on(LocalDate.of(2023, 9, 5)).withAnchor(TimeAnchor.PUBLICATION).withPhrase("on Tuesday");
    assertThat(onTuesday.anchor()).contains(TimeAnchor.PUBLICATION);
  }
}
