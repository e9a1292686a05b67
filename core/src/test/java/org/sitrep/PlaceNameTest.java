package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import org.junit.jupiter.api.Test;

class PlaceNameTest {
  private static PlaceName konstantinovka() {
    return PlaceName.of("Konstantinovka", "ru-Latn");
  }

  @Test
  void nameWithLanguage() {
    assertThat(konstantinovka().name()).isEqualTo("Konstantinovka");
    assertThat(konstantinovka().language()).hasValue("ru-Latn");
    assertThat(PlaceName.of("Костянтинівка", "uk-Cyrl").language()).hasValue("uk-Cyrl");
  }

  @Test
  void nameWithoutLanguage() {
    PlaceName name = PlaceName.of("Energodar");

    assertThat(name.name()).isEqualTo("Energodar");
    assertThat(name.language()).isEmpty();
  }

  @Test
  void blankNameIsRejected() {
    assertSingleViolation(() -> PlaceName.of(""), "name", "must not be blank");
    assertSingleViolation(
        () -> PlaceName.of(" Energodar", "ru-Latn"), "name", "must not start or end with white space");
  }

  @Test
  void malformedLanguageTagIsRejected() {
    assertSingleViolation(
        () -> PlaceName.of("Energodar", "ru_Latn"),
        "language",
        "'ru_Latn' is not a well-formed BCP 47 language tag");
    assertSingleViolation(
        () -> PlaceName.of("Energodar", "russian-latin-x"), "language", "well-formed BCP 47");
  }

  @Test
  void languageTagMustNameALanguage() {
    assertSingleViolation(
        () -> PlaceName.of("Energodar", "und"), "language", "must name a language");
    assertSingleViolation(
        () -> PlaceName.of("Energodar", ""), "language", "'' is not a well-formed BCP 47");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e = invalid(() -> PlaceName.of(" ", "en_GB"));

    assertThat(e.typeName()).isEqualTo("PlaceName");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("name", "language");
  }

  @Test
  void missingNameIsReportedByName() {
    assertSingleViolation(
        () -> PlaceName.builder().language("ru").build(), "name", "is required but was not set");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> PlaceName.of(null, "ru"), "name", "must not be null");
    assertSingleViolation(() -> PlaceName.of("Energodar", null), "language", "must not be null");
    assertSingleViolation(
        () -> PlaceName.builder().language((String) null), "language", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    PlaceName built = PlaceName.builder().name("Konstantinovka").language("ru-Latn").build();

    assertThat(konstantinovka()).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(konstantinovka()).isNotEqualTo(PlaceName.of("Konstantinovka"));
    assertThat(konstantinovka()).isNotEqualTo(PlaceName.of("Konstantinovka", "ru"));
  }

  @Test
  void withCopiesAreRevalidated() {
    assertThat(konstantinovka().withLanguage("ru").language()).hasValue("ru");
    assertSingleViolation(() -> konstantinovka().withName(""), "name", "must not be blank");
    assertSingleViolation(
        () -> konstantinovka().withLanguage("und"), "language", "must name a language");
  }
}
