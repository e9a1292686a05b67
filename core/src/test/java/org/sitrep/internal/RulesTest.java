package org.sitrep.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  private static boolean hasAny(Violations v) {
    try {
      v.throwIfAny("T");
      return false;
    } catch (org.sitrep.SitrepValidationException e) {
      return true;
    }
  }
}
