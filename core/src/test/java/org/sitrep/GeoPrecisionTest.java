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
    "AREA,       3, 5",
    "COUNTRY,    3, 6",
    "INTERNATIONAL, 3, 7"
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
            GeoPrecision.AREA,
            GeoPrecision.COUNTRY,
            GeoPrecision.INTERNATIONAL);
  }

  @Test
  void codesStayWithinTheirRanges() {
    for (GeoPrecision precision : GeoPrecision.values()) {
      assertThat(precision.acledGeoPrecision()).isBetween(1, 3);
      assertThat(precision.ucdpWherePrecision()).isBetween(1, 7);
    }
  }

  @Test
  void everyAcledAndUcdpCodeHasAValueThatReadsBackAsTheSameCode() {
    for (int code = 1; code <= 3; code++) {
      assertThat(GeoPrecision.fromAcledGeoPrecision(code).acledGeoPrecision()).isEqualTo(code);
    }
    for (int code = 1; code <= 7; code++) {
      assertThat(GeoPrecision.fromUcdpWherePrecision(code).ucdpWherePrecision()).isEqualTo(code);
    }
    assertThat(GeoPrecision.fromUcdpWherePrecision(5)).isEqualTo(GeoPrecision.AREA);
    assertThat(GeoPrecision.fromUcdpWherePrecision(7)).isEqualTo(GeoPrecision.INTERNATIONAL);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeoPrecision.fromUcdpWherePrecision(8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UCDP where_prec is 1 to 7, not 8");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeoPrecision.fromAcledGeoPrecision(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ACLED geo_precision is 1, 2 or 3, not 0");
  }
}
