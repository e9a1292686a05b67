package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerRefTest {
  private static GazetteerRef kostiantynivka() {
    return GazetteerRef.of(GazetteerScheme.GEONAMES, "704147");
  }

  @Test
  void validIdsOfEachScheme() {
    assertThat(kostiantynivka().scheme()).isEqualTo(GazetteerScheme.GEONAMES);
    assertThat(kostiantynivka().id()).isEqualTo("704147");
    assertThat(GazetteerRef.of(GazetteerScheme.PCODE, "UA1412").id()).isEqualTo("UA1412");
    assertThat(GazetteerRef.of(GazetteerScheme.WIKIDATA, "Q193499").id()).isEqualTo("Q193499");
    assertThat(GazetteerRef.of(GazetteerScheme.OSM, "relation/1234").id()).isEqualTo("relation/1234");
    assertThat(GazetteerRef.of(GazetteerScheme.OSM, "node/1").id()).isEqualTo("node/1");
    assertThat(GazetteerRef.of(GazetteerScheme.OSM, "way/42").id()).isEqualTo("way/42");
  }

  @Test
  void unknownSchemeAcceptsAnyTokenWithoutWhiteSpace() {
    GazetteerRef ref = GazetteerRef.of(GazetteerScheme.of("mgrs"), "37UDQ1234");

    assertThat(ref.scheme().isKnown()).isFalse();
    assertThat(ref.id()).isEqualTo("37UDQ1234");
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.of("mgrs"), "37U DQ 1234"),
        "id",
        "'37U DQ 1234' is not a valid mgrs id");
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.of("mgrs"), ""), "id", "is not a valid mgrs id");
  }

  @Test
  void geonamesIdIsDigits() {
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.GEONAMES, "70414a"),
        "id",
        "'70414a' is not a valid geonames id");
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.GEONAMES, ""), "id", "is not a valid geonames id");
  }

  @Test
  void pcodeIsTwoUpperCaseLettersThenLettersOrDigits() {
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.PCODE, "ua1412"),
        "id",
        "'ua1412' is not a valid pcode id");
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.PCODE, "1412"), "id", "not a valid pcode id");
  }

  @Test
  void wikidataIdIsQAndDigits() {
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.WIKIDATA, "Q0193499"),
        "id",
        "'Q0193499' is not a valid wikidata id");
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.WIKIDATA, "193499"), "id", "not a valid wikidata id");
  }

  @Test
  void osmIdIsAnElementTypeAndDigits() {
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.OSM, "street/1"),
        "id",
        "'street/1' is not a valid osm id");
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.OSM, "1234"), "id", "not a valid osm id");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(() -> kostiantynivka().withExtensions(Map.of("population", "", "elevation", "")));

    assertThat(e.typeName()).isEqualTo("GazetteerRef");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("extensions.population", "extensions.elevation");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> GazetteerRef.of(null, "704147"), "scheme", "must not be null");
    assertSingleViolation(
        () -> GazetteerRef.of(GazetteerScheme.GEONAMES, null), "id", "must not be null");
    assertSingleViolation(() -> kostiantynivka().withId(null), "id", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    assertThat(kostiantynivka())
        .isEqualTo(GazetteerRef.of(GazetteerScheme.of("geonames"), "704147"))
        .hasSameHashCodeAs(GazetteerRef.of(GazetteerScheme.GEONAMES, "704147"))
        .isNotEqualTo(GazetteerRef.of(GazetteerScheme.GEONAMES, "704148"));
  }

  @Test
  void withCopiesAreRevalidated() {
    assertThat(kostiantynivka().withId("704148").id()).isEqualTo("704148");
    assertSingleViolation(
        () -> kostiantynivka().withId("Q193499"), "id", "'Q193499' is not a valid geonames id");
    assertSingleViolation(
        () -> kostiantynivka().withScheme(GazetteerScheme.WIKIDATA),
        "id",
        "'704147' is not a valid wikidata id");
  }
}
