package org.sitrep;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * When something happened, as precisely as the report says and no more: a span of days with a
 * {@link TimePrecision precision} and the phrase as reported.
 *
 * <p>From the seed article: "overnight" (the night of 6 to 7 September 2023) is {@code
 * ReportedTime.overnight(LocalDate.of(2023, 9, 6)).withPhrase("overnight")}; "on Wednesday" is
 * {@code ReportedTime.on(LocalDate.of(2023, 9, 6)).withPhrase("on Wednesday")}; "in March" is
 * {@code ReportedTime.month(YearMonth.of(2023, 3))}. An exact moment, where one is known, is kept as
 * an {@link OffsetDateTime} with precision {@link TimePrecision#EXACT_TIME}; "around 21:15" is the
 * same with {@link TimePrecision#APPROXIMATE_TIME} ({@link #around(OffsetDateTime)}).
 *
 * <p>Rules: {@code end} is not before {@code start}; the span is no wider than the precision
 * allows (one day for {@code DAY}, {@code EXACT_TIME} and {@code APPROXIMATE_TIME}, two for {@code
 * PART_OF_DAY}, 6 for {@code FEW_DAYS}, 7 for {@code WEEK}, 31 for {@code MONTH}, 92 for {@code
 * SEASON}, 366 for {@code YEAR}); the instant is present exactly when the precision is {@code
 * EXACT_TIME} or {@code APPROXIMATE_TIME}, and falls on {@code start}; a clock time with an
 * instant is the instant's hour, minute and offset; its equivalents (the same moment given in
 * other zones) are the instant's moment and need one.
 *
 * <p>From a dataset: {@link #fromAcled(LocalDate, int)} turns ACLED's one {@code event_date} and
 * its {@code time_precision} into a span; {@link #fromUcdp(LocalDate, LocalDate, int)} keeps UCDP
 * GED's {@code date_start} and {@code date_end} with the precision of its {@code date_prec}.
 */
@Value.Immutable
@SitrepStyle
public abstract class ReportedTime implements WithReportedTime, Extensible {
  ReportedTime() {}

  /** @return the first day the event may have happened on */
  public abstract LocalDate start();

  /** @return the last day the event may have happened on; equal to {@link #start()} for a day */
  public abstract LocalDate end();

  /**
   * @return the moment, with its UTC offset as reported: only for {@link TimePrecision#EXACT_TIME}
   *     and {@link TimePrecision#APPROXIMATE_TIME}
   */
  public abstract Optional<OffsetDateTime> instant();

  /** @return how precisely the time is known */
  public abstract TimePrecision precision();

  /**
   * @return the part of the day, where the report gives one, whatever the span: "on a morning in
   *     March" is a month with {@link PartOfDay#MORNING}
   */
  public abstract Optional<PartOfDay> partOfDay();

  /**
   * @return the clock time, with its UTC offset, where the report gives one: "at 3 a.m." on a day
   *     it does not give is a span of days with this clock time; with an instant, it is the
   *     instant's hour and minute
   */
  public abstract Optional<OffsetTime> clockTime();

  /**
   * @return the same moment as the instant, as the report also gives it in other zones ("04:30
   *     local time (01:30 GMT)" keeps 01:30Z here); added with {@code addEquivalent}
   */
  public abstract List<OffsetDateTime> equivalents();

  /**
   * @return what a relative time was counted from: "on Tuesday" from the report's publication
   *     ({@link TimeAnchor#PUBLICATION}), "the day before" from another event
   */
  public abstract Optional<TimeAnchor> anchor();

  /** @return the words as reported: "overnight", "on Wednesday", "in autumn" */
  public abstract Optional<String> phrase();

  /**
   * A calendar day: "on Wednesday", "September 7, 2023".
   *
   * @param day the day
   * @return the time
   */
  public static ReportedTime on(LocalDate day) {
    return builder().start(day).end(day).precision(TimePrecision.DAY).build();
  }

  /**
   * A night from one day into the next: "overnight".
   *
   * @param evening the day on whose evening the night began
   * @return the time, spanning {@code evening} and the day after
   */
  public static ReportedTime overnight(LocalDate evening) {
    return builder()
        .start(evening)
        .end(evening.plusDays(1))
        .precision(TimePrecision.PART_OF_DAY)
        .build();
  }

  /**
   * An exact moment.
   *
   * @param instant the moment, with its UTC offset
   * @return the time
   */
  public static ReportedTime at(OffsetDateTime instant) {
    LocalDate day = instant.toLocalDate();
    return builder()
        .start(day)
        .end(day)
        .instant(instant)
        .precision(TimePrecision.EXACT_TIME)
        .build();
  }

  /**
   * A clock time given roughly: "around 21:15", "shortly after 04:30 local time".
   *
   * @param instant the time as said, with its UTC offset
   * @return the time, of precision {@link TimePrecision#APPROXIMATE_TIME}
   */
  public static ReportedTime around(OffsetDateTime instant) {
    LocalDate day = instant.toLocalDate();
    return builder()
        .start(day)
        .end(day)
        .instant(instant)
        .precision(TimePrecision.APPROXIMATE_TIME)
        .build();
  }

  /**
   * The time of an ACLED row: its one {@code event_date} and {@code time_precision}. ACLED dates
   * an event known only to the week or the month at the middle of that week or month, so Sitrep's
   * convention is: 1, that day ({@code DAY}); 2, the seven days centred on it, three before and
   * three after ({@code WEEK}); 3, the calendar month it falls in ({@code MONTH}). The precision
   * reads back as the same code.
   *
   * @param eventDate ACLED's {@code event_date}
   * @param timePrecision ACLED's {@code time_precision}, 1 to 3
   * @return the time
   * @throws IllegalArgumentException for a code other than 1, 2 or 3
   */
  public static ReportedTime fromAcled(LocalDate eventDate, int timePrecision) {
    TimePrecision precision = TimePrecision.fromAcledTimePrecision(timePrecision);
    switch (precision) {
      case WEEK:
        return between(eventDate.minusDays(3), eventDate.plusDays(3), precision);
      case MONTH:
        return month(YearMonth.from(eventDate));
      default:
        return on(eventDate);
    }
  }

  /**
   * The time of a UCDP GED row: its {@code date_start}, {@code date_end} and {@code date_prec},
   * kept as they are; the precision reads back as the same code.
   *
   * @param dateStart UCDP's {@code date_start}
   * @param dateEnd UCDP's {@code date_end}
   * @param datePrecision UCDP's {@code date_prec}, 1 to 5
   * @return the time
   * @throws IllegalArgumentException for a code other than 1 to 5
   * @throws SitrepValidationException if the span is wider than the code allows
   */
  public static ReportedTime fromUcdp(LocalDate dateStart, LocalDate dateEnd, int datePrecision) {
    return between(dateStart, dateEnd, TimePrecision.fromUcdpDatePrecision(datePrecision));
  }

  /**
   * A calendar month: "in March".
   *
   * @param month the month
   * @return the time, spanning the whole month
   */
  public static ReportedTime month(YearMonth month) {
    return between(month.atDay(1), month.atEndOfMonth(), TimePrecision.MONTH);
  }

  /**
   * A calendar year: "in 2023".
   *
   * @param year the year
   * @return the time, spanning the whole year
   */
  public static ReportedTime year(Year year) {
    return between(year.atDay(1), year.atMonth(12).atEndOfMonth(), TimePrecision.YEAR);
  }

  /**
   * A span of days of the given precision: "in autumn" is {@code between(2023-09-01, 2023-11-30,
   * SEASON)}.
   *
   * @param start the first possible day
   * @param end the last possible day
   * @param precision how precisely the time is known
   * @return the time
   */
  public static ReportedTime between(LocalDate start, LocalDate end, TimePrecision precision) {
    return builder().start(start).end(end).precision(precision).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedTime}; each attribute may be set once. */
  public static final class Builder extends ImmutableReportedTime.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "phrase", phrase());
    if (end().isBefore(start())) {
      v.add("end", "must not be before start (" + start() + ")");
    } else {
      long days = ChronoUnit.DAYS.between(start(), end()) + 1;
      // Messages are built only on failure: the checks run on every value read.
      int max = precision().maxDayCount();
      if (max >= 0 && days > max) {
        v.add(
            "end",
            "spans "
                + days
                + " days, more than a time of precision "
                + precision().name().toLowerCase(java.util.Locale.ROOT)
                + " may ("
                + max
                + ")");
      }
    }
    if (precision().hasInstant()) {
      v.require(
          instant().isPresent(),
          "instant",
          precision() == TimePrecision.EXACT_TIME
              ? "is required for an exact time"
              : "is required for an approximate time");
      if (instant().isPresent() && !instant().get().toLocalDate().equals(start())) {
        v.add(
            "instant",
            "falls on " + instant().get().toLocalDate() + ", not on start (" + start() + ")");
      }
    } else {
      v.require(
          instant().isEmpty(),
          "instant",
          "is only allowed with precision exact_time or approximate_time");
    }
    if (clockTime().isPresent() && instant().isPresent()) {
      OffsetTime c = clockTime().get();
      OffsetDateTime i = instant().get();
      if (c.getHour() != i.getHour()
          || c.getMinute() != i.getMinute()
          || !c.getOffset().equals(i.getOffset())) {
        v.add("clockTime", "must be the instant's hour, minute and offset (" + i + ")");
      }
    }
    if (!equivalents().isEmpty() && instant().isEmpty()) {
      v.add("equivalents", "needs the instant it gives again");
    }
    for (int k = 0; k < equivalents().size() && instant().isPresent(); k++) {
      if (!equivalents().get(k).isEqual(instant().get()) && v.keeps()) {
        v.add(
            "equivalents[" + k + "]",
            "is not the same moment as the instant (" + instant().get() + ")");
      }
    }
    Rules.distinct(v, "equivalents", equivalents());
    Rules.extensions(v, extensions());
    v.throwIfAny("ReportedTime");
  }
}
