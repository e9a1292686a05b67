package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table in {@link GeoPrecision}'s Javadoc, row by row. */
class GeoPrecisionTest {

  @ParameterizedTest(name = "{0}: ACLED geo_precision {1}, UCDP where_prec {2}")
  @CsvSource({
    "EXACT_SITE, 1, 1",
    "TOWN,       1, 1",
    "NEAR,       2, 2",
    "DISTRICT,   2, 3",
    "REGION,     3, 4",
    "COUNTRY,    3, 6"
  })
  void mapsOntoAcledAndUcdp(GeoPrecision precision, int acled, int ucdp) {
    assertThat(precision.acledGeoPrecision()).isEqualTo(acled);
    assertThat(precision.ucdpWherePrecision()).isEqualTo(ucdp);
  }

  @Test
  void everyValueIsInTheTable() {
    assertThat(GeoPrecision.values())
        .containsExactly(
            GeoPrecision.EXACT_SITE,
            GeoPrecision.TOWN,
            GeoPrecision.NEAR,
            GeoPrecision.DISTRICT,
            GeoPrecision.REGION,
            GeoPrecision.COUNTRY);
  }

  @Test
  void ucdpCodesWithoutASitrepValueAreNeverProduced() {
    for (GeoPrecision precision : GeoPrecision.values()) {
      assertThat(precision.acledGeoPrecision()).isBetween(1, 3);
      assertThat(precision.ucdpWherePrecision()).isBetween(1, 7).isNotIn(5, 7);
    }
  }
}
