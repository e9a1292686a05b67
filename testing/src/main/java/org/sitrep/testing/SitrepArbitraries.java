package org.sitrep.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AdminArea;
import org.sitrep.AidCategory;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.AidPackageId;
import org.sitrep.AidStage;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Channel;
import org.sitrep.ChannelKind;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.Damage;
import org.sitrep.DamageKind;
import org.sitrep.DeFactoControl;
import org.sitrep.EmbeddedPost;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;
import org.sitrep.GazetteerRef;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPoint;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.ItemCategory;
import org.sitrep.Location;
import org.sitrep.Means;
import org.sitrep.MonetaryValue;
import org.sitrep.Money;
import org.sitrep.PlaceName;
import org.sitrep.PopulationGroup;
import org.sitrep.PostId;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.Site;
import org.sitrep.SiteKind;
import org.sitrep.TimePrecision;
import org.sitrep.VerificationStatus;
import org.sitrep.Vocabulary;

/**
 * jqwik generators of valid Sitrep values, for property-based tests: every value they produce
 * passes the model's rules, so a property can assume validity and test what it is about (a round
 * trip through JSON, an export to ACLED, a merge of two reports).
 *
 * <p>They respect every rule the model states: estimates are ordered and obey their qualifier,
 * times span no more days than their precision allows, country codes come from the JDK's ISO 3166-1
 * list and an administrative area's ISO 3166-2 code starts with its location's country, currencies
 * come from the JDK's ISO 4217 list, language tags are well-formed BCP 47, URLs are absolute
 * http(s) with a host, text is trimmed and not blank. A generated {@link Report} has unique ids
 * across all its parts, and every reference in it resolves inside it.
 *
 * <p>They lean towards the cases that break code: exact zero ("no casualties"), open-ended and
 * unspecified estimates, names in Cyrillic and with emoji, the poles and the antimeridian, the
 * longest ids, amounts with and without decimals. Open vocabularies ({@link IncidentType}, {@link
 * Means}, ...) yield, about one time in ten, a code this version of Sitrep does not know, as a
 * newer producer would write it. Each generator names its edge cases (see each method), which jqwik
 * tries first, and mixes them into its ordinary values one time in 21. Extensions are left empty.
 *
 * <p>Each type is also registered for {@code @ForAll} (see {@link SitrepArbitraryProvider}), so a
 * property needs no {@code @Provide} method:
 *
 * <pre>{@code
 * @Property
 * void everyReportHasAnId(@ForAll Report report) {
 *   assertThat(report.id().value()).isNotBlank();
 * }
 * }</pre>
 *
 * <p>Or use a generator directly, to narrow or combine it:
 *
 * <pre>{@code
 * Arbitrary<Incident> shelling =
 *     SitrepArbitraries.incidents().map(i -> i.withType(IncidentType.SHELLING));
 * }</pre>
 */
public final class SitrepArbitraries {
  private SitrepArbitraries() {}

  /**
   * Names that have broken software before: Ukrainian and Russian in Cyrillic, emoji, one letter.
   */
  static final List<String> UNICODE_NAMES =
      List.of(
          "Костянтинівка",
          "Ростов-на-Дону",
          "Енергодар",
          "Запоріжжя",
          "Rostov doesn't sleep🔥",
          "🔥",
          "🇺🇦",
          "Kostiantynivka",
          "x");

  private static final List<String> PLACE_NAMES =
      List.of(
          "Kostiantynivka",
          "Konstantinovka",
          "Enerhodar",
          "Energodar",
          "Zaporizhzhia",
          "Zaporozhye",
          "Rostov-on-Don",
          "Bryansk",
          "Ramenskoye",
          "Kyiv",
          "Київ",
          "Москва");

  private static final List<String> VAGUE_COUNTS =
      List.of("several", "multiple", "many", "dozens", "a number of", "несколько", "кілька");

  private static final List<String> COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).sorted().collect(Collectors.toUnmodifiableList());

  private static final List<Currency> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .sorted(Comparator.comparing(Currency::getCurrencyCode))
          .collect(Collectors.toUnmodifiableList());

  private static final List<String> LANGUAGE_TAGS = languageTagList();

  /** Words of the seed article's kind, in English, Ukrainian and Russian. */
  private static final List<String> WORDS =
      List.of(
          "drones",
          "missile",
          "shot",
          "down",
          "over",
          "the",
          "Kremlin",
          "claimed",
          "up",
          "to",
          "17",
          "killed",
          "explosions",
          "near",
          "headquarters",
          "market",
          "Kostiantynivka",
          "Interfax",
          "reported",
          "£140m",
          "$175million",
          "(unconfirmed)",
          "—",
          "«Ура»",
          "Ростов",
          "вибухи",
          "дрон",
          "збито",
          "Енергодар",
          "беспилотник",
          "сбит",
          "обстріл");

  /** Characters of free-text words: Latin, Cyrillic (with the Ukrainian letters), digits, signs. */
  private static final String LETTERS = letters();

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  // ---------------------------------------------------------------------------------------------
  // Text, codes and addresses

  /**
   * Free text as the model accepts it: trimmed, not blank; words in Latin and Cyrillic letters,
   * digits, punctuation and emoji, always well-formed UTF-16 (no lone surrogates).
   *
   * @return free text, with edge cases such as "x", "Костянтинівка" and "🔥"
   */
  public static Arbitrary<String> texts() {
    Arbitrary<String> letters =
        Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> emoji = Arbitraries.of("🔥", "💥", "🚀", "🇺🇦", "🕊️", "😢");
    Arbitrary<String> word =
        frequencyOf(
            List.of(Tuple.of(5, Arbitraries.of(WORDS)), Tuple.of(3, letters), Tuple.of(1, emoji)));
    Arbitrary<String> sentence =
        word.list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
    return withEdgeCases(
        frequencyOf(List.of(Tuple.of(1, Arbitraries.of(UNICODE_NAMES)), Tuple.of(4, sentence))),
        "x",
        "Костянтинівка",
        "🔥");
  }

  /**
   * Names of places and people: real place names in several spellings and scripts, mixed with free
   * {@link #texts() text}.
   *
   * @return names
   */
  public static Arbitrary<String> names() {
    return withEdgeCases(
        frequencyOf(
            List.of(
                Tuple.of(2, Arbitraries.of(PLACE_NAMES)),
                Tuple.of(1, Arbitraries.of(UNICODE_NAMES)),
                Tuple.of(3, texts()))),
        "Костянтинівка",
        "Rostov doesn't sleep🔥");
  }

  /**
   * Id tokens: 1 to 128 letters, digits and {@code . _ : ~ -}, starting with a letter or digit.
   *
   * @return id text, with edge cases of one and of 128 characters
   */
  public static Arbitrary<String> idTokens() {
    Arbitrary<Character> first = Arbitraries.of(ALNUM.toCharArray());
    Arbitrary<String> rest = Arbitraries.strings().withChars(ALNUM + "._:~-").ofMaxLength(127);
    return withEdgeCases(
        Combinators.combine(first, rest).as((f, r) -> f + r),
        "x",
        "urn:sitrep:claim:42",
        "a" + "-".repeat(126) + "z");
  }

  /**
   * @return ISO 3166-1 alpha-2 country codes, all the JDK knows, with UA and RU as edge cases
   */
  public static Arbitrary<String> countries() {
    return withEdgeCases(Arbitraries.of(COUNTRIES), "UA", "RU");
  }

  /**
   * ISO 3166-2 subdivision codes of one country, in the form the model checks: the country code, a
   * hyphen and 1 to 3 upper-case letters or digits.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return codes such as {@code UA-14}
   */
  public static Arbitrary<String> subdivisionCodes(String country) {
    return subdivisionSuffixes().map(s -> country + "-" + s);
  }

  private static Arbitrary<String> subdivisionSuffixes() {
    return Arbitraries.strings()
        .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        .ofMinLength(1)
        .ofMaxLength(3);
  }

  /**
   * @return currencies the JDK knows (ISO 4217), with USD, GBP and EUR as edge cases
   */
  public static Arbitrary<Currency> currencies() {
    return withEdgeCases(
        Arbitraries.of(CURRENCIES),
        Currency.getInstance("USD"),
        Currency.getInstance("GBP"),
        Currency.getInstance("EUR"));
  }

  /**
   * Well-formed BCP 47 language tags naming a language: {@code en-GB}, {@code uk}, {@code ru-Latn},
   * {@code zh-Hans-CN}, and every tag of a locale the JDK ships.
   *
   * @return language tags
   */
  public static Arbitrary<String> languageTags() {
    return withEdgeCases(Arbitraries.of(LANGUAGE_TAGS), "en-GB", "ru-Latn", "uk-Cyrl");
  }

  /**
   * Absolute http(s) URLs with a host, a path and sometimes a port and a query.
   *
   * @return URLs such as {@code https://pic.twitter.com/0yC7aX1orB}
   */
  public static Arbitrary<URI> urls() {
    Arbitrary<String> label =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
            .ofMinLength(1)
            .ofMaxLength(10);
    Arbitrary<String> host =
        Combinators.combine(
                label.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of("org", "com", "net", "ua", "ru", "uk", "example", "xn--p1ai"))
            .as((labels, tld) -> String.join(".", labels) + "." + tld);
    Arbitrary<String> path =
        Arbitraries.strings()
            .withChars(ALNUM + "-_.~")
            .ofMaxLength(12)
            .list()
            .ofMaxSize(4)
            .map(segments -> "/" + String.join("/", segments));
    Arbitrary<String> port = Arbitraries.integers().between(1, 65535).map(p -> ":" + p);
    Arbitrary<String> query = label.map(q -> "?q=" + q);
    return withEdgeCases(
        Combinators.combine(
                Arbitraries.of("https", "http"),
                host,
                port.optional(0.1),
                path,
                query.optional(0.1))
            .as(
                (scheme, h, p, pa, q) ->
                    URI.create(scheme + "://" + h + p.orElse("") + pa + q.orElse(""))),
        URI.create("https://pic.twitter.com/0yC7aX1orB"),
        URI.create("http://localhost"),
        URI.create("https://xn--80ak6aa92e.xn--p1ai/%D0%BA%D0%B8%D1%97%D0%B2?q=1"));
  }

  // ---------------------------------------------------------------------------------------------
  // Ids

  /**
   * @return report ids
   */
  public static Arbitrary<ReportId> reportIds() {
    return idTokens().map(ReportId::of);
  }

  /**
   * @return incident ids
   */
  public static Arbitrary<IncidentId> incidentIds() {
    return idTokens().map(IncidentId::of);
  }

  /**
   * @return claim ids
   */
  public static Arbitrary<ClaimId> claimIds() {
    return idTokens().map(ClaimId::of);
  }

  /**
   * @return casualty figure ids
   */
  public static Arbitrary<CasualtyId> casualtyIds() {
    return idTokens().map(CasualtyId::of);
  }

  /**
   * @return aid package ids
   */
  public static Arbitrary<AidPackageId> aidPackageIds() {
    return idTokens().map(AidPackageId::of);
  }

  /**
   * @return embedded post ids
   */
  public static Arbitrary<PostId> postIds() {
    return idTokens().map(PostId::of);
  }

  // ---------------------------------------------------------------------------------------------
  // Open vocabularies

  /**
   * @return incident types, known ones and, rarely, codes this version does not know
   */
  public static Arbitrary<IncidentType> incidentTypes() {
    return vocabulary(IncidentType.knownValues(), IncidentType::of);
  }

  /**
   * @return means of attack
   */
  public static Arbitrary<Means> means() {
    return vocabulary(Means.knownValues(), Means::of);
  }

  /**
   * @return incident outcomes
   */
  public static Arbitrary<IncidentOutcome> incidentOutcomes() {
    return vocabulary(IncidentOutcome.knownValues(), IncidentOutcome::of);
  }

  /**
   * @return kinds of claim
   */
  public static Arbitrary<ClaimKind> claimKinds() {
    return vocabulary(ClaimKind.knownValues(), ClaimKind::of);
  }

  /**
   * @return kinds of actor
   */
  public static Arbitrary<ActorKind> actorKinds() {
    return vocabulary(ActorKind.knownValues(), ActorKind::of);
  }

  /**
   * @return kinds of channel
   */
  public static Arbitrary<ChannelKind> channelKinds() {
    return vocabulary(ChannelKind.knownValues(), ChannelKind::of);
  }

  /**
   * @return what happened to people
   */
  public static Arbitrary<CasualtyOutcome> casualtyOutcomes() {
    return vocabulary(CasualtyOutcome.knownValues(), CasualtyOutcome::of);
  }

  /**
   * @return who the people were
   */
  public static Arbitrary<PopulationGroup> populationGroups() {
    return vocabulary(PopulationGroup.knownValues(), PopulationGroup::of);
  }

  /**
   * @return kinds of aid
   */
  public static Arbitrary<AidCategory> aidCategories() {
    return vocabulary(AidCategory.knownValues(), AidCategory::of);
  }

  /**
   * @return kinds of aid item
   */
  public static Arbitrary<ItemCategory> itemCategories() {
    return vocabulary(ItemCategory.knownValues(), ItemCategory::of);
  }

  /**
   * @return kinds of site
   */
  public static Arbitrary<SiteKind> siteKinds() {
    return vocabulary(SiteKind.knownValues(), SiteKind::of);
  }

  /**
   * @return kinds of damage
   */
  public static Arbitrary<DamageKind> damageKinds() {
    return vocabulary(DamageKind.knownValues(), DamageKind::of);
  }

  /**
   * @return gazetteers
   */
  public static Arbitrary<GazetteerScheme> gazetteerSchemes() {
    return vocabulary(GazetteerScheme.knownValues(), GazetteerScheme::of);
  }

  /**
   * Codes of an open vocabulary that its known terms do not use.
   *
   * @param known the vocabulary's known terms
   * @return lowercase codes, 1 to 64 characters, starting with a letter
   */
  static Arbitrary<String> unknownCodes(List<? extends Vocabulary> known) {
    Set<String> used = known.stream().map(Vocabulary::code).collect(Collectors.toSet());
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> rest =
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_").ofMaxLength(63);
    return Combinators.combine(first, rest).as((f, r) -> f + r).filter(c -> !used.contains(c));
  }

  /**
   * The generated values and, one time in 21, one of the given edge cases, which become the
   * arbitrary's only edge cases. jqwik's own edge cases of a combined arbitrary are the product of
   * its parts' and soon outnumber the tries, so each generator here names the few that matter
   * instead; the parts' edge cases still come up inside generated values, because every part mixes
   * its own in this way. (jqwik 1.10.1's {@code edgeCases(config -> config.add(...))} is no
   * alternative: it fails with an UnsupportedOperationException when the arbitrary sits deep inside
   * lists and combinations.)
   */
  @SafeVarargs
  static <T> Arbitrary<T> withEdgeCases(Arbitrary<T> generated, T... edges) {
    List<T> edgeList = new ArrayList<>();
    for (T edge : edges) {
      edgeList.add(edge);
    }
    return new WeightedArbitrary<>(
        List.of(20 * edgeList.size(), edgeList.size()),
        List.of(generated, Arbitraries.of(edgeList)),
        edgeList);
  }

  /**
   * One of several arbitraries, chosen by weight, as {@code Arbitraries.frequencyOf} but cheaper.
   *
   * @param choices each arbitrary with its weight
   * @return the weighted choice
   */
  static <T> Arbitrary<T> frequencyOf(List<Tuple.Tuple2<Integer, Arbitrary<T>>> choices) {
    List<Integer> weights = new ArrayList<>();
    List<Arbitrary<T>> parts = new ArrayList<>();
    for (Tuple.Tuple2<Integer, Arbitrary<T>> choice : choices) {
      weights.add(choice.get1());
      parts.add(choice.get2());
    }
    return new WeightedArbitrary<>(weights, parts, List.of());
  }

  private static <T extends Vocabulary> Arbitrary<T> vocabulary(
      List<T> known, Function<String, T> of) {
    Arbitrary<T> unknown = unknownCodes(known).map(of).withoutEdgeCases();
    return frequencyOf(List.of(Tuple.of(9, Arbitraries.of(known)), Tuple.of(1, unknown)));
  }

  // ---------------------------------------------------------------------------------------------
  // Counts, times, money, points

  /**
   * Estimates of every qualifier, with bounds from zero to {@link Long#MAX_VALUE}, ordered low &le;
   * best &le; high, and the phrase as reported where there is one.
   *
   * <pre>{@code
   * @Property
   * void countsAreNeverNegative(@ForAll Estimate count) {      // or SitrepArbitraries.estimates()
   *   assertThat(count.low().orElse(0)).isNotNegative();
   * }
   * }</pre>
   *
   * @return estimates; edge cases include {@code Estimate.exactly(0)} ("no casualties"), {@code
   *     Estimate.atLeast(0)}, {@code Estimate.upTo(Long.MAX_VALUE)} and {@code
   *     Estimate.unspecified("several")}
   */
  public static Arbitrary<Estimate> estimates() {
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
            .as(SitrepArbitraries::estimate),
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
      case AT_MOST:
        e.low(present.get(0) ? low : none)
            .best(present.get(1) ? best : none)
            .high(high)
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

  /**
   * @return days from 1900 to 2100, with 7 September 2023 and 29 February 2024 as edge cases
   */
  public static Arbitrary<LocalDate> dates() {
    return withEdgeCases(
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        LocalDate.of(2023, 9, 7),
        LocalDate.of(2024, 2, 29));
  }

  /**
   * Moments to the second with a UTC offset between -18:00 and +18:00.
   *
   * @return date-times
   */
  public static Arbitrary<OffsetDateTime> dateTimes() {
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

  /**
   * Reported times of every precision, each spanning no more days than its precision allows (1 for
   * a day, 2 for part of a day, 7 for a week, 31 for a month, 92 for a season, 366 for a year), an
   * exact time with its instant, and sometimes the phrase as reported.
   *
   * @return reported times; edge cases include "overnight", a calendar month and a leap year
   */
  public static Arbitrary<ReportedTime> reportedTimes() {
    Arbitrary<TimePrecision> spanPrecisions =
        Arbitraries.of(TimePrecision.class).filter(p -> p != TimePrecision.EXACT_TIME);
    Arbitrary<ReportedTime> spans =
        Combinators.combine(spanPrecisions, dates(), Arbitraries.integers().between(1, 366))
            .as(
                (p, start, n) ->
                    ReportedTime.between(start, start.plusDays((n - 1L) % p.maxDays().orElse(1)), p));
    Arbitrary<ReportedTime> exact = dateTimes().map(ReportedTime::at);
    Arbitrary<ReportedTime> times = frequencyOf(List.of(Tuple.of(5, spans), Tuple.of(1, exact)));
    return withEdgeCases(
        Combinators.combine(times, texts().optional(0.3))
            .as((t, phrase) -> phrase.map(t::withPhrase).orElse(t)),
        ReportedTime.overnight(LocalDate.of(2023, 9, 6)).withPhrase("overnight"),
        ReportedTime.month(YearMonth.of(2023, 3)),
        ReportedTime.year(Year.of(2024)));
  }

  /**
   * Money: non-negative decimal amounts with 0 to 4 decimals and no exponent, in any ISO 4217
   * currency the JDK knows.
   *
   * @return money; edge cases include 0 USD, 0.00 EUR and 175000000 USD
   */
  public static Arbitrary<Money> moneys() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(18));
    return withEdgeCases(
        Combinators.combine(unscaled, Arbitraries.integers().between(0, 4), currencies())
            .as((u, scale, c) -> Money.of(new BigDecimal(u, scale), c)),
        Money.of("0", "USD"),
        Money.of("0.00", "EUR"),
        Money.of("175000000", "USD"));
  }

  /**
   * Monetary values with a qualifier other than a range or a word, and equivalents each in a
   * currency of its own.
   *
   * @return monetary values
   */
  public static Arbitrary<MonetaryValue> monetaryValues() {
    Arbitrary<EstimateQualifier> qualifiers =
        Arbitraries.of(
            EstimateQualifier.EXACT,
            EstimateQualifier.AT_LEAST,
            EstimateQualifier.AT_MOST,
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

  /**
   * Points anywhere on earth, to six decimals.
   *
   * @return points; edge cases include the poles, the antimeridian (&plusmn;180) and 0,0
   */
  public static Arbitrary<GeoPoint> geoPoints() {
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

  // ---------------------------------------------------------------------------------------------
  // Places

  /**
   * @return other names of places, with a language tag or without
   */
  public static Arbitrary<PlaceName> placeNames() {
    return withEdgeCases(
        Combinators.combine(names(), languageTags().optional())
            .as((name, tag) -> PlaceName.builder().name(name).language(tag).build()),
        PlaceName.of("Костянтинівка", "uk-Cyrl"),
        PlaceName.of("🔥"));
  }

  /**
   * @return administrative areas of any country, with a code of that country or none
   */
  public static Arbitrary<AdminArea> adminAreas() {
    return withEdgeCases(
        Combinators.combine(countries().optional(), areaDrafts()).as((c, area) -> area.in(c)),
        AdminArea.of("Zaporizhzhia region", "UA-23"),
        AdminArea.of("Запорізька область", "UA-23"),
        AdminArea.builder().name("x").build());
  }

  /** An administrative area before its country is known: the code's part after the hyphen. */
  private record AreaDraft(String name, Optional<String> codeSuffix, List<PlaceName> alternates) {
    /**
     * @return the area, with an ISO 3166-2 code in {@code country} if both are present
     */
    AdminArea in(Optional<String> country) {
      return AdminArea.builder()
          .name(name)
          .isoCode(country.flatMap(c -> codeSuffix.map(suffix -> c + "-" + suffix)))
          .addAllAlternateNames(alternates)
          .build();
    }
  }

  private static Arbitrary<AreaDraft> areaDrafts() {
    return Combinators.combine(
            names(),
            subdivisionSuffixes().optional(0.7),
            placeNames().list().ofMaxSize(2).uniqueElements())
        .as(AreaDraft::new);
  }

  /**
   * Gazetteer ids in the format of their gazetteer: GeoNames digits, P-codes, Wikidata Q-ids, OSM
   * elements, and ids of gazetteers this version does not know.
   *
   * @return gazetteer references
   */
  public static Arbitrary<GazetteerRef> gazetteerRefs() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<GazetteerRef> geonames =
        digits.map(d -> GazetteerRef.of(GazetteerScheme.GEONAMES, d));
    Arbitrary<GazetteerRef> pcodes =
        Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMaxLength(20))
            .as((a, b) -> GazetteerRef.of(GazetteerScheme.PCODE, a + b));
    Arbitrary<GazetteerRef> wikidata =
        Combinators.combine(
                Arbitraries.integers().between(1, 9),
                Arbitraries.strings().numeric().ofMaxLength(12))
            .as((a, b) -> GazetteerRef.of(GazetteerScheme.WIKIDATA, "Q" + a + b));
    Arbitrary<GazetteerRef> osm =
        Combinators.combine(
                Arbitraries.of("node", "way", "relation"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(15))
            .as((kind, n) -> GazetteerRef.of(GazetteerScheme.OSM, kind + "/" + n));
    Arbitrary<GazetteerRef> other =
        Combinators.combine(
                unknownCodes(GazetteerScheme.knownValues()).map(GazetteerScheme::of),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(128))
            .as(GazetteerRef::of);
    return withEdgeCases(
        frequencyOf(
            List.of(
                Tuple.of(3, geonames),
                Tuple.of(2, pcodes),
                Tuple.of(2, wikidata),
                Tuple.of(2, osm),
                Tuple.of(1, other))),
        GazetteerRef.of(GazetteerScheme.GEONAMES, "704147"));
  }

  /**
   * @return reports of who controls a place in fact, sometimes citing a claim
   */
  public static Arbitrary<DeFactoControl> deFactoControls() {
    return withEdgeCases(
        Builders.withBuilder(DeFactoControl::builder)
            .use(actors())
            .in(DeFactoControl.Builder::controller)
            .use(reportedTimes().optional())
            .in(DeFactoControl.Builder::asOf)
            .use(claimIds().optional())
            .in(DeFactoControl.Builder::claim)
            .use(texts().optional())
            .in(DeFactoControl.Builder::phrase)
            .build(DeFactoControl.Builder::build),
        Fixtures.deFactoControl());
  }

  /**
   * Locations with names in several scripts, a country or none, administrative areas whose ISO
   * 3166-2 codes belong to that country, coordinates up to the poles and the antimeridian, and
   * sometimes a de facto controller.
   *
   * @return locations
   */
  public static Arbitrary<Location> locations() {
    Arbitrary<Location> placed =
        Combinators.combine(
                locationsWithoutCountry(),
                countries().optional(0.8),
                areaDrafts().optional(),
                areaDrafts().optional(0.3))
            .as(
                (location, country, admin1, admin2) ->
                    location
                        .withCountry(country)
                        .withAdmin1(admin1.map(a -> a.in(country)))
                        .withAdmin2(admin2.map(a -> a.in(country))));
    return withEdgeCases(
        placed,
        Fixtures.location(),
        Fixtures.location()
            .withName("Енергодар")
            .withPoint(GeoPoint.of(90, 180))
            .withControl(Fixtures.deFactoControl()),
        Location.builder()
            .name("🔥")
            .point(GeoPoint.of(-90, -180))
            .precision(GeoPrecision.COUNTRY)
            .build());
  }

  private static Arbitrary<Location> locationsWithoutCountry() {
    return Builders.withBuilder(Location::builder)
        .use(names())
        .in(Location.Builder::name)
        .use(placeNames().list().ofMaxSize(3).uniqueElements())
        .in(Location.Builder::addAllAlternateNames)
        .use(geoPoints().optional())
        .in(Location.Builder::point)
        .use(Arbitraries.of(GeoPrecision.class))
        .in(Location.Builder::precision)
        .use(deFactoControls().optional(0.2))
        .in(Location.Builder::control)
        .use(gazetteerRefs().list().ofMaxSize(2).uniqueElements())
        .in(Location.Builder::addAllGazetteerIds)
        .use(texts().optional(0.3))
        .in(Location.Builder::description)
        .build(Location.Builder::build);
  }

  // ---------------------------------------------------------------------------------------------
  // People and sources

  /**
   * @return account handles without white space: {@code @maria_drutska}
   */
  static Arbitrary<String> handles() {
    return withEdgeCases(
        Arbitraries.strings()
            .withChars(ALNUM)
            .withChars('_')
            .ofMinLength(1)
            .ofMaxLength(15)
            .map(h -> "@" + h),
        "@maria_drutska");
  }

  /**
   * @return actors of every kind, with a role, country, affiliation, handle and page or not
   */
  public static Arbitrary<Actor> actors() {
    return withEdgeCases(
        Builders.withBuilder(Actor::builder)
            .use(names())
            .in(Actor.Builder::name)
            .use(actorKinds())
            .in(Actor.Builder::kind)
            .use(texts().optional())
            .in(Actor.Builder::role)
            .use(countries().optional())
            .in(Actor.Builder::country)
            .use(texts().optional(0.2))
            .in(Actor.Builder::affiliation)
            .use(handles().optional(0.2))
            .in(Actor.Builder::handle)
            .use(urls().optional(0.2))
            .in(Actor.Builder::url)
            .build(Actor.Builder::build),
        Fixtures.actor(),
        Actor.of("Сергій Собянін 🔥", ActorKind.of("future_kind")));
  }

  /**
   * @return channels through which claims are made
   */
  public static Arbitrary<Channel> channels() {
    return withEdgeCases(
        Combinators.combine(channelKinds(), texts().optional(), urls().optional(0.3))
            .as((kind, name, url) -> Channel.builder().kind(kind).name(name).url(url).build()),
        Fixtures.channel(),
        Channel.builder().kind(ChannelKind.UNKNOWN).build());
  }

  /**
   * Claims with a statement, a quote or both, of every kind and verification status, about
   * incidents, casualty figures and aid packages by id. The ids refer to nothing in particular:
   * inside a {@link #reports() report} they are wired to its parts.
   *
   * @return claims
   */
  public static Arbitrary<Claim> claims() {
    Arbitrary<List<Optional<String>>> statementAndQuote =
        Combinators.combine(Arbitraries.integers().between(0, 2), texts(), texts())
            .as(
                (which, s, q) ->
                    List.of(
                        which == 1 ? Optional.<String>empty() : Optional.of(s),
                        which == 0 ? Optional.<String>empty() : Optional.of(q)));
    return withEdgeCases(
        Builders.withBuilder(Claim::builder)
            .use(claimIds())
            .in(Claim.Builder::id)
            .use(actors())
            .in(Claim.Builder::source)
            .use(channels().optional())
            .in(Claim.Builder::channel)
            .use(reportedTimes().optional())
            .in(Claim.Builder::madeOn)
            .use(statementAndQuote)
            .in((b, sq) -> b.statement(sq.get(0)).quote(sq.get(1)))
            .use(claimKinds())
            .in(Claim.Builder::kind)
            .use(Arbitraries.of(VerificationStatus.class))
            .in(Claim.Builder::verification)
            .use(incidentIds().list().ofMaxSize(2).uniqueElements())
            .in(Claim.Builder::addAllAboutIncidents)
            .use(casualtyIds().list().ofMaxSize(2).uniqueElements())
            .in(Claim.Builder::addAllAboutCasualties)
            .use(aidPackageIds().list().ofMaxSize(2).uniqueElements())
            .in(Claim.Builder::addAllAboutAidPackages)
            .use(postIds().optional(0.2))
            .in(Claim.Builder::post)
            .build(Claim.Builder::build),
        Fixtures.claim(),
        Fixtures.claim()
            .withStatement(Optional.empty())
            .withQuote("Цю російську зброю треба зупинити 🔥"));
  }

  // ---------------------------------------------------------------------------------------------
  // Incidents

  /** "there were no casualties": a known zero. */
  private static Casualty noCasualties() {
    return Fixtures.casualty()
        .withOutcome(CasualtyOutcome.KILLED_OR_INJURED)
        .withPopulation(PopulationGroup.UNKNOWN)
        .withCount(Estimate.exactly(0).withPhrase("no casualties"))
        .withProvisional(false);
  }

  /**
   * @return sites hit or targeted
   */
  public static Arbitrary<Site> sites() {
    return withEdgeCases(
        Combinators.combine(siteKinds(), texts().optional())
            .as((kind, d) -> Site.builder().kind(kind).description(d).build()),
        Fixtures.site(),
        Site.of(SiteKind.OTHER));
  }

  /**
   * @return damage done
   */
  public static Arbitrary<Damage> damages() {
    return withEdgeCases(
        Combinators.combine(damageKinds(), texts(), estimates().optional(0.3), texts().optional())
            .as(
                (kind, object, count, cause) ->
                    Damage.builder().kind(kind).object(object).count(count).cause(cause).build()),
        Fixtures.damage());
  }

  /**
   * Casualty figures of every outcome and population group, with estimates that include exact zero,
   * sometimes provisional and citing a claim (by an id that refers to nothing in particular outside
   * a report).
   *
   * @return casualty figures
   */
  public static Arbitrary<Casualty> casualties() {
    return withEdgeCases(
        Builders.withBuilder(Casualty::builder)
            .use(casualtyIds())
            .in(Casualty.Builder::id)
            .use(casualtyOutcomes())
            .in(Casualty.Builder::outcome)
            .use(populationGroups())
            .in(Casualty.Builder::population)
            .use(estimates())
            .in(Casualty.Builder::count)
            .use(reportedTimes().optional())
            .in(Casualty.Builder::asOf)
            .use(Arbitraries.of(true, false))
            .in(Casualty.Builder::provisional)
            .use(claimIds().optional())
            .in(Casualty.Builder::claim)
            .build(Casualty.Builder::build),
        Fixtures.casualty(),
        noCasualties());
  }

  /**
   * Incidents of every type and outcome, with or without time, place, means, quantity and
   * perpetrator, with sites, damage and casualty figures (of distinct ids), and claim ids that
   * refer to nothing in particular outside a {@link #reports() report}.
   *
   * @return incidents
   */
  public static Arbitrary<Incident> incidents() {
    return withEdgeCases(
        Builders.withBuilder(Incident::builder)
            .use(incidentIds())
            .in(Incident.Builder::id)
            .use(incidentTypes())
            .in(Incident.Builder::type)
            .use(reportedTimes().optional())
            .in(Incident.Builder::time)
            .use(locations().optional())
            .in(Incident.Builder::location)
            .use(means().list().ofMaxSize(3).uniqueElements())
            .in(Incident.Builder::addAllMeans)
            .use(estimates().optional())
            .in(Incident.Builder::quantity)
            .use(incidentOutcomes())
            .in(Incident.Builder::outcome)
            .use(actors().optional(0.3))
            .in(Incident.Builder::perpetrator)
            .use(sites().list().ofMaxSize(2))
            .in(Incident.Builder::addAllSites)
            .use(damages().list().ofMaxSize(2))
            .in(Incident.Builder::addAllDamage)
            .use(casualties().list().ofMaxSize(3).uniqueElements(Casualty::id))
            .in(Incident.Builder::addAllCasualties)
            .use(texts().optional())
            .in(Incident.Builder::summary)
            .use(claimIds().list().ofMaxSize(2).uniqueElements())
            .in(Incident.Builder::addAllClaims)
            .build(Incident.Builder::build),
        Fixtures.incident(),
        Fixtures.incident().withCasualties(noCasualties()),
        Incident.builder()
            .id(IncidentId.of("x"))
            .type(IncidentType.EXPLOSION)
            .outcome(IncidentOutcome.UNKNOWN)
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // Aid

  /**
   * @return items of aid packages
   */
  public static Arbitrary<AidItem> aidItems() {
    return withEdgeCases(
        Combinators.combine(texts(), itemCategories(), estimates().optional(), texts().optional())
            .as(
                (d, category, quantity, platform) ->
                    AidItem.builder()
                        .description(d)
                        .category(category)
                        .quantity(quantity)
                        .platform(platform)
                        .build()),
        Fixtures.aidItem());
  }

  /**
   * Aid packages of every category and stage, never related to themselves, with related-package and
   * claim ids that refer to nothing in particular outside a {@link #reports() report}.
   *
   * @return aid packages
   */
  public static Arbitrary<AidPackage> aidPackages() {
    Arbitrary<AidPackage> unrelated =
        Builders.withBuilder(AidPackage::builder)
            .use(aidPackageIds())
            .in(AidPackage.Builder::id)
            .use(actors())
            .in(AidPackage.Builder::donor)
            .use(actors())
            .in(AidPackage.Builder::recipient)
            .use(reportedTimes().optional())
            .in(AidPackage.Builder::announcedOn)
            .use(aidCategories())
            .in(AidPackage.Builder::category)
            .use(monetaryValues().optional())
            .in(AidPackage.Builder::value)
            .use(aidItems().list().ofMaxSize(3))
            .in(AidPackage.Builder::addAllItems)
            .use(reportedTimes().optional(0.3))
            .in(AidPackage.Builder::expectedDelivery)
            .use(Arbitraries.of(AidStage.class))
            .in(AidPackage.Builder::stage)
            .use(claimIds().list().ofMaxSize(2).uniqueElements())
            .in(AidPackage.Builder::addAllClaims)
            .use(texts().optional())
            .in(AidPackage.Builder::summary)
            .build(AidPackage.Builder::build);
    return withEdgeCases(
        Combinators.combine(unrelated, aidPackageIds().list().ofMaxSize(2).uniqueElements())
            .as(
                (p, related) ->
                    p.withRelated(
                        related.stream()
                            .filter(r -> !r.equals(p.id()))
                            .collect(Collectors.toList()))),
        Fixtures.aidPackage());
  }

  /**
   * @return social-media posts as embedded in reports
   */
  public static Arbitrary<EmbeddedPost> embeddedPosts() {
    return withEdgeCases(
        Builders.withBuilder(EmbeddedPost::builder)
            .use(postIds())
            .in(EmbeddedPost.Builder::id)
            .use(actors())
            .in(EmbeddedPost.Builder::author)
            .use(
                frequencyOf(
                    List.of(
                        Tuple.of(3, Arbitraries.of("Twitter", "Telegram", "X")),
                        Tuple.of(1, texts()))))
            .in(EmbeddedPost.Builder::platform)
            .use(urls().optional())
            .in(EmbeddedPost.Builder::url)
            .use(reportedTimes().optional())
            .in(EmbeddedPost.Builder::postedOn)
            .use(texts().optional())
            .in(EmbeddedPost.Builder::text)
            .use(urls().list().ofMaxSize(2))
            .in(EmbeddedPost.Builder::addAllLinks)
            .build(EmbeddedPost.Builder::build),
        Fixtures.embeddedPost());
  }

  // ---------------------------------------------------------------------------------------------
  // Reports

  /**
   * Whole reports: up to 2 embedded posts, 4 incidents (each with up to 3 casualty figures), 4
   * claims and 2 aid packages, with unique ids across the report (of the form {@code
   * <prefix>incident-0}, {@code <prefix>incident-0.casualty-1}, ...) and every reference (an
   * incident's claims, a casualty figure's claim, a place's de facto control claim, a claim's
   * subjects and post, an aid package's related packages and claims) wired to a part of the same
   * report. Edge cases: the empty report, {@code Fixtures.report().build()} and {@link
   * SeedArticle#report()}.
   *
   * <pre>{@code
   * @Property
   * void everyClaimAboutAnIncidentIsFound(@ForAll Report report) {
   *   report.claims().forEach(c -> c.aboutIncidents().forEach(
   *       id -> assertThat(report.claimsAbout(id)).contains(c)));
   * }
   * }</pre>
   *
   * @return reports
   */
  public static Arbitrary<Report> reports() {
    Arbitrary<ReportHead> heads =
        Combinators.combine(
                reportIds(),
                Arbitraries.integers().between(0, 9999).map(minor -> "1." + minor),
                texts().optional(),
                actors().optional(),
                urls().optional(),
                publication(),
                languageTags().optional(),
                actors().list().ofMaxSize(2))
            .as(
                (id, version, headline, publisher, url, times, language, authors) ->
                    new ReportHead(
                        id,
                        version,
                        headline,
                        publisher,
                        url,
                        times.get(0),
                        times.get(1),
                        language,
                        authors));
    Arbitrary<String> prefix =
        frequencyOf(
            List.of(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, idTokens().map(t -> t.substring(0, Math.min(t.length(), 64)) + ":"))));
    return withEdgeCases(
        Combinators.combine(
                heads,
                prefix,
                embeddedPosts().list().ofMaxSize(2),
                incidents().list().ofMaxSize(4),
                claims().list().ofMaxSize(4),
                aidPackages().list().ofMaxSize(2),
                Arbitraries.longs().list().ofMinSize(1).ofMaxSize(16))
            .as(ReportWiring::wire)
            .flatMap(SitrepArbitraries::revised),
        Report.builder().id(ReportId.of("x")).build(),
        Fixtures.report().build(),
        SeedArticle.report());
  }

  /** The report, or the report updated up to 30 days after its publication. */
  private static Arbitrary<Report> revised(Report report) {
    return Arbitraries.longs()
        .between(0, 30L * 86_400)
        .optional()
        .map(
            delay ->
                report.publishedAt().isPresent() && delay.isPresent()
                    ? report.withModifiedAt(report.publishedAt().get().plusSeconds(delay.get()))
                    : report);
  }

  /** Published and retrieved times, retrieval never before publication. */
  private static Arbitrary<List<Optional<OffsetDateTime>>> publication() {
    return Combinators.combine(
            dateTimes().optional(), Arbitraries.longs().between(0, 10L * 365 * 86_400).optional())
        .as(
            (published, delay) ->
                List.of(
                    published,
                    published.isPresent()
                        ? delay.map(s -> published.get().plusSeconds(s))
                        : Optional.<OffsetDateTime>empty()));
  }

  private static String letters() {
    StringBuilder letters = new StringBuilder();
    for (char c = 'a'; c <= 'z'; c++) {
      letters.append(c).append(Character.toUpperCase(c));
    }
    for (char c = 'А'; c <= 'я'; c++) {
      letters.append(c);
    }
    return letters.append("0123456789ЇїЄєІіҐґЁё'’-.,:!?()£$€%").toString();
  }

  private static List<String> languageTagList() {
    List<String> tags =
        new ArrayList<>(
            List.of(
                "en",
                "en-GB",
                "en-US",
                "uk",
                "uk-UA",
                "uk-Cyrl",
                "ru",
                "ru-Latn",
                "zh-Hans-CN",
                "sr-Latn-RS",
                "es-419",
                "de-CH-1996"));
    Arrays.stream(Locale.getAvailableLocales())
        .map(Locale::toLanguageTag)
        .filter(SitrepArbitraries::namesALanguage)
        .sorted()
        .forEach(tags::add);
    return tags.stream().distinct().collect(Collectors.toUnmodifiableList());
  }

  private static boolean namesALanguage(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return !tag.isEmpty() && !tag.equals("und");
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
