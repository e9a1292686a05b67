package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import org.junit.jupiter.api.Test;

class AdminAreaTest {
  private static AdminArea zaporizhzhia() {
    return AdminArea.of("Zaporizhzhia region", "UA-23");
  }

  @Test
  void areaWithCode() {
    assertThat(zaporizhzhia().name()).isEqualTo("Zaporizhzhia region");
    assertThat(zaporizhzhia().isoCode()).hasValue("UA-23");
  }

  @Test
  void seedArticleCodesAreAccepted() {
    assertThat(AdminArea.of("Moscow region", "RU-MOS").isoCode()).hasValue("RU-MOS");
    assertThat(AdminArea.of("Rostov region", "RU-ROS").isoCode()).hasValue("RU-ROS");
    assertThat(AdminArea.of("Bryansk region", "RU-BRY").isoCode()).hasValue("RU-BRY");
    assertThat(AdminArea.of("Donetsk region", "UA-14").isoCode()).hasValue("UA-14");
  }

  @Test
  void codeIsOptional() {
    AdminArea district = AdminArea.builder().name("Kramatorsk district").build();

    assertThat(district.isoCode()).isEmpty();
  }

  @Test
  void blankNameIsRejected() {
    assertSingleViolation(() -> AdminArea.of("", "UA-23"), "name", "must not be blank");
  }

  @Test
  void malformedCodeIsRejected() {
    assertSingleViolation(
        () -> AdminArea.of("Zaporizhzhia region", "UA23"),
        "isoCode",
        "'UA23' is not an ISO 3166-2 subdivision code");
    assertSingleViolation(() -> AdminArea.of("Donetsk region", "ua-14"), "isoCode", "'ua-14'");
    assertSingleViolation(() -> AdminArea.of("Donetsk region", "UA-1414"), "isoCode", "'UA-1414'");
    assertSingleViolation(() -> AdminArea.of("Donetsk region", "UA-"), "isoCode", "'UA-'");
  }

  @Test
  void codeOfUnknownCountryIsRejected() {
    assertSingleViolation(
        () -> AdminArea.of("Nowhere", "XX-01"), "isoCode", "'XX-01' is not an ISO 3166-2");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e = invalid(() -> AdminArea.of(" Donetsk", "UKR-14"));

    assertThat(e.typeName()).isEqualTo("AdminArea");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("name", "isoCode");
  }

  @Test
  void missingNameIsReportedByName() {
    assertSingleViolation(() -> AdminArea.builder().build(), "name", "is required but was not set");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> AdminArea.of(null, "UA-23"), "name", "must not be null");
    assertSingleViolation(() -> AdminArea.of("Zaporizhzhia", null), "isoCode", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    AdminArea built = AdminArea.builder().name("Zaporizhzhia region").isoCode("UA-23").build();

    assertThat(zaporizhzhia()).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(zaporizhzhia()).isNotEqualTo(AdminArea.of("Zaporizhzhia region", "UA-14"));
  }

  @Test
  void withCopiesAreRevalidated() {
    assertThat(zaporizhzhia().withName("Zaporizhzhia oblast").name()).isEqualTo("Zaporizhzhia oblast");
    assertSingleViolation(() -> zaporizhzhia().withIsoCode("UA 23"), "isoCode", "'UA 23'");
    assertSingleViolation(() -> zaporizhzhia().withName(" "), "name", "must not be blank");
  }
}
