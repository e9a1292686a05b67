package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.TextArbitraries.currencies;
import static org.sitrep.testing.jqwik.TextArbitraries.texts;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.frequencyOf;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;
import org.sitrep.GeoPoint;
import org.sitrep.MonetaryValue;
import org.sitrep.Money;
import org.sitrep.ReportedTime;
import org.sitrep.TimePrecision;
import org.sitrep.testing.Fixtures;

/**
 * Generators of estimates, dates, date-times, reported times, money, monetary values and
 * geographic points.
 */
final class MeasureArbitraries {
  private MeasureArbitraries() {}

  private static final List<String> VAGUE_COUNTS =
      List.of("several", "multiple", "many", "dozens", "a number of", "несколько", "кілька");

  static Arbitrary<Estimate> estimates() {
    Arbitrary<List<Long>> bounds =
        Arbitraries.longs()
            .between(0, Long.MAX_VALUE)
            .list()
            .ofSize(3)
            .map(l -> l.stream().sorted().collect(Collectors.toList()));
    Arbitrary<List<Boolean>> present = Arbitraries.of(true, false).list().ofSize(3);
    Arbitrary<String> vague =
        frequencyOf(List.of(Tuple.of(3, Arbitraries.of(VAGUE_COUNTS)), Tuple.of(1, texts())));
    return withEdgeCases(
        Combinators.combine(
                Arbitraries.of(EstimateQualifier.class),
                bounds,
                present,
                texts().optional(0.3),
                vague)
            .as(MeasureArbitraries::estimate),
        Estimate.exactly(0),
        Estimate.exactly(0).withPhrase("no casualties"),
        Estimate.atLeast(0),
        Estimate.upTo(Long.MAX_VALUE),
        Estimate.unspecified("several"));
  }

  private static Estimate estimate(
      EstimateQualifier q,
      List<Long> b,
      List<Boolean> present,
      Optional<String> phrase,
      String vague) {
    OptionalLong low = OptionalLong.of(b.get(0));
    OptionalLong best = OptionalLong.of(b.get(1));
    OptionalLong high = OptionalLong.of(b.get(2));
    OptionalLong none = OptionalLong.empty();
    Estimate.Builder e = Estimate.builder().qualifier(q);
    switch (q) {
      case EXACT:
        e.low(best).best(best).high(best).phrase(phrase);
        break;
      case AT_LEAST:
        e.low(low).best(present.get(1) ? best : none).phrase(phrase);
        break;
      case MORE_THAN:
        e.low(low)
            .best(present.get(1) && b.get(1) > b.get(0) ? best : none)
            .phrase(phrase);
        break;
      case AT_MOST:
        e.best(present.get(1) ? best : none).high(high).phrase(phrase);
        break;
      case FEWER_THAN:
        e.best(present.get(1) && b.get(1) < b.get(2) ? best : none)
            .high(b.get(2) == 0 ? OptionalLong.of(1) : high)
            .phrase(phrase);
        break;
      case APPROXIMATELY:
        e.low(present.get(0) ? low : none)
            .best(best)
            .high(present.get(2) ? high : none)
            .phrase(phrase);
        break;
      case RANGE:
        e.low(low).best(present.get(1) ? best : none).high(high).phrase(phrase);
        break;
      case UNSPECIFIED:
      default:
        e.low(present.get(0) ? low : none).phrase(vague);
        break;
    }
    return e.build();
  }

  static Arbitrary<LocalDate> dates() {
    return withEdgeCases(
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        LocalDate.of(2023, 9, 7),
        LocalDate.of(2024, 2, 29));
  }

  static Arbitrary<OffsetDateTime> dateTimes() {
    Arbitrary<LocalTime> times =
        Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay);
    Arbitrary<ZoneOffset> offsets =
        withEdgeCases(
            Arbitraries.integers()
                .between(-18 * 4, 18 * 4)
                .map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 15 * 60)),
            ZoneOffset.UTC,
            ZoneOffset.ofHours(3));
    return withEdgeCases(
        Combinators.combine(dates(), times, offsets)
            .as((d, t, o) -> OffsetDateTime.of(LocalDateTime.of(d, t), o)),
        OffsetDateTime.parse("2023-09-07T03:40:00+03:00"),
        OffsetDateTime.parse("1900-01-01T00:00:00+18:00"),
        OffsetDateTime.parse("2100-12-31T23:59:59-18:00"));
  }

  static Arbitrary<ReportedTime> reportedTimes() {
    Arbitrary<TimePrecision> spanPrecisions =
        Arbitraries.of(TimePrecision.class).filter(p -> !p.hasInstant());
    Arbitrary<ReportedTime> spans =
        Combinators.combine(spanPrecisions, dates(), Arbitraries.integers().between(1, 366))
            .as(
                (p, start, n) ->
                    ReportedTime.between(start, start.plusDays((n - 1L) % p.maxDays().orElse(1)), p));
    Arbitrary<ReportedTime> exact = dateTimes().map(ReportedTime::at).map(MeasureArbitraries::given);
    Arbitrary<ReportedTime> around = dateTimes().map(ReportedTime::around);
    Arbitrary<ReportedTime> times =
        frequencyOf(List.of(Tuple.of(5, spans), Tuple.of(1, exact), Tuple.of(1, around)));
    return withEdgeCases(
        Combinators.combine(
                times,
                texts().optional(0.3),
                Arbitraries.of(org.sitrep.PartOfDay.class).optional(0.2),
                Arbitraries.of(org.sitrep.TimeAnchor.class).optional(0.2))
            .as(
                (t, phrase, part, anchor) ->
                    phrase.map(t::withPhrase).orElse(t).withPartOfDay(part).withAnchor(anchor)),
        ReportedTime.overnight(LocalDate.of(2023, 9, 6)).withPhrase("overnight"),
        ReportedTime.month(YearMonth.of(2023, 3)),
        ReportedTime.year(Year.of(2024)));
  }

  /**
   * An exact time as reports give it, sometimes with its clock time and, when its offset is not
   * UTC's, the same moment in UTC ("04:30 local time, 01:30 GMT").
   */
  private static ReportedTime given(ReportedTime t) {
    OffsetDateTime i = t.instant().orElseThrow();
    if (i.getMinute() % 3 == 0) {
      t = t.withClockTime(i.toOffsetTime().withSecond(0).withNano(0));
    }
    if (i.getMinute() % 2 == 0 && !i.getOffset().equals(java.time.ZoneOffset.UTC)) {
      t = t.withEquivalents(i.withOffsetSameInstant(java.time.ZoneOffset.UTC));
    }
    return t;
  }

  static Arbitrary<Money> moneys() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(18));
    return withEdgeCases(
        Combinators.combine(unscaled, Arbitraries.integers().between(0, 4), currencies())
            .as((u, scale, c) -> Money.of(new BigDecimal(u, scale), c)),
        Money.of("0", "USD"),
        Money.of("0.00", "EUR"),
        Money.of("175000000", "USD"));
  }

  static Arbitrary<MonetaryValue> monetaryValues() {
    Arbitrary<EstimateQualifier> qualifiers =
        Arbitraries.of(
            EstimateQualifier.EXACT,
            EstimateQualifier.AT_LEAST,
            EstimateQualifier.MORE_THAN,
            EstimateQualifier.AT_MOST,
            EstimateQualifier.FEWER_THAN,
            EstimateQualifier.APPROXIMATELY);
    Arbitrary<List<Money>> equivalents =
        moneys().list().ofMaxSize(3).uniqueElements(Money::currency);
    return withEdgeCases(
        Combinators.combine(moneys(), qualifiers, equivalents, texts().optional(0.3))
            .as(
                (amount, q, eq, phrase) ->
                    MonetaryValue.builder()
                        .amount(amount)
                        .qualifier(q)
                        .addAllEquivalents(
                            eq.stream()
                                .filter(m -> !m.currency().equals(amount.currency()))
                                .collect(Collectors.toList()))
                        .phrase(phrase)
                        .build()),
        Fixtures.monetaryValue(),
        MonetaryValue.exactly(Money.of("0", "USD")));
  }

  static Arbitrary<GeoPoint> geoPoints() {
    return withEdgeCases(
        Combinators.combine(
                Arbitraries.doubles().between(-90, 90).ofScale(6),
                Arbitraries.doubles().between(-180, 180).ofScale(6))
            .as(GeoPoint::of),
        GeoPoint.of(90, 180),
        GeoPoint.of(-90, -180),
        GeoPoint.of(90, -180),
        GeoPoint.of(-90, 180),
        GeoPoint.of(0, 0));
  }
}
