package org.sitrep.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.Violation;

/** The shared field rules, where they have a fast path: the fast path changes no verdict. */
class RulesTest {
  /** The rules of free text as documented, checked the slow way, for comparison. */
  private static boolean documentedPlainText(String text) {
    if (text.isBlank() || !text.strip().equals(text)) {
      return false;
    }
    if (Rules.firstUnpairedSurrogate(text) >= 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  @Test
  void textIsAcceptedExactlyWhenTheDocumentedRulesAcceptIt() {
    List<String> samples = new ArrayList<>();
    for (char c = 0; c < 0x3100; c++) {
      samples.add(String.valueOf(c));
      samples.add("a" + c + "b");
      samples.add(c + "ab");
      samples.add("ab" + c);
    }
    samples.addAll(List.of("Kostiantynivka", "Rostov doesn't sleep🔥", "\uD83D", "a\uDE00b", "", " ", "a\u2003"));
    // Surrogates: pairs anywhere, and every way of leaving one unpaired.
    samples.addAll(List.of("🔥", "🔥a", "a🔥", "a🔥🔥b", "\uDE00", "\uD83D\uD83D", "a\uD83D",
        "\uDE00\uD83D", "\uD83Da", "a\uD83D\uDE00\uDE00", "🔥\u0085", "🔥 ", " 🔥", "🔥\n🔥\t"));
    int accepted = 0;
    for (String s : samples) {
      Violations v = new Violations();
      Rules.text(v, "t", s);
      boolean ok = !hasAny(v);
      assertThat(ok).as("'%s'", s.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).toList())
          .isEqualTo(documentedPlainText(s));
      accepted += ok ? 1 : 0;
    }
    assertThat(accepted).isGreaterThan(samples.size() / 2);
  }

  @Test
  void aLanguageTagIsJudgedTheSameTheSecondTime() {
    for (String tag : List.of("en-GB", "ru-Latn", "und", "x-private", "en--GB", "uk-Cyrl")) {
      Violations first = new Violations();
      Rules.languageTag(first, "language", tag);
      Violations second = new Violations();
      Rules.languageTag(second, "language", tag);
      assertThat(hasAny(second)).as(tag).isEqualTo(hasAny(first));
    }
    Violations und = new Violations();
    Rules.languageTag(und, "language", "und");
    assertThat(hasAny(und)).isTrue();
  }

  /** The regular expression subdivision codes were once matched with, for comparison. */
  private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

  @Test
  void aSubdivisionCodeIsJudgedAsByTheRegularExpression() {
    Set<String> countries = Set.of(Locale.getISOCountries());
    List<String> samples = new ArrayList<>(List.of("UA-14", "RU-MOS", "RU-ROS", "UA-23", "GB-ENG",
        "XX-1", "UA-", "UA-1234", "ua-14", "UA14", "UA-1a", "U-14", "UAA-14", "", "UA-@", "ZZ-1"));
    for (String c : countries) {
      samples.add(c + "-1");
      samples.add(c + "-A9Z");
    }
    for (String code : samples) {
      Matcher m = SUBDIVISION.matcher(code);
      boolean expected = m.matches() && countries.contains(m.group(1));
      Violations v = new Violations();
      Optional<String> country = Rules.subdivision(v, "isoCode", code);
      assertThat(Rules.isSubdivision(code)).as(code).isEqualTo(expected);
      assertThat(hasAny(v)).as(code).isEqualTo(!expected);
      assertThat(country).as(code).isEqualTo(expected ? Optional.of(m.group(1)) : Optional.empty());
    }
  }

  @Test
  void aCountryIsOneOfTheJdksCodes() {
    Set<String> countries = Set.of(Locale.getISOCountries());
    for (char a = '@'; a <= '['; a++) {
      for (char b = '@'; b <= '['; b++) {
        String code = "" + a + b;
        assertThat(Rules.isCountry(code)).as(code).isEqualTo(countries.contains(code));
      }
    }
    assertThat(Rules.isCountry("ua")).isFalse();
    assertThat(Rules.isCountry("UKR")).isFalse();
    assertThat(Rules.isCountry("")).isFalse();
  }

  /** The regular expression schema versions were once matched with, for comparison. */
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  @Test
  void aSchemaVersionIsJudgedAsByTheRegularExpression() {
    for (String version : List.of("1.0", "1.12", "1.9999", "2.0", "0.1", "10.0", "01.0", "1.01",
        "1", "1.", ".1", "1.0.0", "1.10000", "12345.0", "a.b", "1.0 ", "", "1..0", "-1.0")) {
      Matcher m = VERSION.matcher(version);
      List<Violation> expected = new ArrayList<>();
      if (!m.matches()) {
        expected.add(Violation.of("schemaVersion",
            "'" + version + "' is not a MAJOR.MINOR version such as 1.0"));
      } else if (!m.group(1).equals("1")) {
        expected.add(Violation.of("schemaVersion", "major version " + m.group(1)
            + " is not supported by this library, which reads schema 1.x"));
      }
      Violations v = new Violations();
      Rules.schemaVersion(v, "schemaVersion", version, "1.0");
      assertThat(v.list()).as(version).isEqualTo(expected);
    }
  }

  @Test
  void repeatsAreFoundAlikeInShortAndLongLists() {
    List<String> longList = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      longList.add("v" + (i % 7 == 3 ? 1 : i % 13));
    }
    for (int n = 0; n <= longList.size(); n++) {
      List<String> list = longList.subList(0, n);
      Violations v = new Violations();
      Rules.distinct(v, "xs", list);
      List<Violation> expected = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        if (!seen.add(list.get(i))) {
          expected.add(Violation.of("xs[" + i + "]", "repeats '" + list.get(i) + "', listed earlier"));
        }
      }
      assertThat(v.list()).as("first %d", n).isEqualTo(expected);
    }
  }

  private static boolean hasAny(Violations v) {
    try {
      v.throwIfAny("T");
      return false;
    } catch (org.sitrep.SitrepValidationException e) {
      return true;
    }
  }
}
