package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountriesTest {
  /**
   * The table's alpha-3 codes (Debian's iso-codes) agree with the JDK's for every country Sitrep
   * accepts (the JDK's alpha-2 codes), and its numeric codes still read back.
   */
  @Test
  void everyCountrySitrepAcceptsHasItsAlpha3AndNumericCode() {
    Set<String> alpha3 = new HashSet<>();
    for (String alpha2 : Locale.getISOCountries()) {
      String code = Countries.alpha3(alpha2).orElseThrow(() -> new AssertionError(alpha2));
      assertThat(code).as(alpha2).isEqualTo(new Locale("", alpha2).getISO3Country());
      assertThat(alpha3.add(code)).as(code).isTrue();
      int numeric = Countries.numeric(alpha2).orElseThrow(() -> new AssertionError(alpha2));
      assertThat(Countries.alpha2(numeric)).hasValue(alpha2);
    }
    assertThat(Countries.alpha3("UA")).hasValue("UKR");
    assertThat(Countries.alpha3("XK")).isEmpty();
    assertThat(Countries.numeric("UA")).hasValue(804);
  }
}
