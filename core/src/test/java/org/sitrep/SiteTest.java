package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import org.junit.jupiter.api.Test;

class SiteTest {
  private static final String HQ = "Southern Military District headquarters";

  private static Site headquarters() {
    return Site.of(SiteKind.MILITARY_FACILITY, HQ);
  }

  @Test
  void siteOfKind() {
    Site market = Site.of(SiteKind.MARKET);

    assertThat(market.kind()).isEqualTo(SiteKind.MARKET);
    assertThat(market.description()).isEmpty();
  }

  @Test
  void siteWithDescription() {
    assertThat(headquarters().kind()).isEqualTo(SiteKind.MILITARY_FACILITY);
    assertThat(headquarters().description()).hasValue(HQ);
  }

  @Test
  void blankDescriptionIsRejected() {
    assertSingleViolation(
        () -> Site.of(SiteKind.MARKET, "  "), "description", "must not be blank");
    assertSingleViolation(
        () -> Site.of(SiteKind.MARKET, " a market"),
        "description",
        "must not start or end with white space");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                Site.builder()
                    .kind(SiteKind.PHARMACY)
                    .description("")
                    .putExtension("", "1")
                    .build());

    assertThat(e.typeName()).isEqualTo("Site");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("description", "extensions");
  }

  @Test
  void missingKindIsReportedByName() {
    assertSingleViolation(
        () -> Site.builder().description(HQ).build(), "kind", "is required but was not set");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Site.of(null), "kind", "must not be null");
    assertSingleViolation(
        () -> Site.of(SiteKind.MARKET, null), "description", "must not be null");
    assertSingleViolation(
        () -> Site.builder().putExtension("note", null), "extensions.note", "must not be null");
    assertSingleViolation(
        () -> Site.builder().putExtension(null, "1"), "extensions", "null key");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Site built = Site.builder().kind(SiteKind.MILITARY_FACILITY).description(HQ).build();

    assertThat(headquarters()).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(headquarters()).isNotEqualTo(Site.of(SiteKind.MILITARY_FACILITY));
  }

  @Test
  void withCopiesAreRevalidated() {
    assertThat(Site.of(SiteKind.MILITARY_FACILITY).withDescription(HQ)).isEqualTo(headquarters());
    assertSingleViolation(() -> headquarters().withDescription(""), "description", "must not be blank");
  }
}
