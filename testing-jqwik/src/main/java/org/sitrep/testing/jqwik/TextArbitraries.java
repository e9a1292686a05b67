package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.VocabularyArbitraries.frequencyOf;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of free text, names, id tokens, country, subdivision and currency codes, language
 * tags and URLs.
 */
final class TextArbitraries {
  private TextArbitraries() {}

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

  static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  static Arbitrary<String> texts() {
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

  static Arbitrary<String> names() {
    return withEdgeCases(
        frequencyOf(
            List.of(
                Tuple.of(2, Arbitraries.of(PLACE_NAMES)),
                Tuple.of(1, Arbitraries.of(UNICODE_NAMES)),
                Tuple.of(3, texts()))),
        "Костянтинівка",
        "Rostov doesn't sleep🔥");
  }

  static Arbitrary<String> idTokens() {
    Arbitrary<Character> first = Arbitraries.of(ALNUM.toCharArray());
    Arbitrary<String> rest = Arbitraries.strings().withChars(ALNUM + "._:~-").ofMaxLength(127);
    return withEdgeCases(
        Combinators.combine(first, rest).as((f, r) -> f + r),
        "x",
        "urn:sitrep:claim:42",
        "a" + "-".repeat(126) + "z");
  }

  static Arbitrary<String> countries() {
    return withEdgeCases(Arbitraries.of(COUNTRIES), "UA", "RU");
  }

  static Arbitrary<String> subdivisionCodes(String country) {
    return subdivisionSuffixes().map(s -> country + "-" + s);
  }

  static Arbitrary<String> subdivisionSuffixes() {
    return Arbitraries.strings()
        .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        .ofMinLength(1)
        .ofMaxLength(3);
  }

  static Arbitrary<Currency> currencies() {
    return withEdgeCases(
        Arbitraries.of(CURRENCIES),
        Currency.getInstance("USD"),
        Currency.getInstance("GBP"),
        Currency.getInstance("EUR"));
  }

  static Arbitrary<String> languageTags() {
    return withEdgeCases(Arbitraries.of(LANGUAGE_TAGS), "en-GB", "ru-Latn", "uk-Cyrl");
  }

  static Arbitrary<URI> urls() {
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
        .filter(TextArbitraries::namesALanguage)
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
