package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import org.junit.jupiter.api.Test;

class AidItemTest {
  private static AidItem.Builder shells() {
    return AidItem.builder()
        .description("depleted uranium anti-tank shells")
        .category(ItemCategory.AMMUNITION);
  }

  @Test
  void fullBuild() {
    AidItem item = shells().platform("Abrams tanks").quantity(Estimate.unspecified("some")).build();

    assertThat(item.description()).isEqualTo("depleted uranium anti-tank shells");
    assertThat(item.category()).isEqualTo(ItemCategory.AMMUNITION);
    assertThat(item.platform()).hasValue("Abrams tanks");
    assertThat(item.quantity()).hasValue(Estimate.unspecified("some"));
  }

  @Test
  void descriptionAndCategoryAreEnough() {
    AidItem item = shells().build();

    assertThat(item.platform()).isEmpty();
    assertThat(item.quantity()).isEmpty();
  }

  @Test
  void blankDescriptionIsRejected() {
    assertSingleViolation(
        () -> AidItem.builder().description("").category(ItemCategory.OTHER).build(),
        "description",
        "must not be blank");
  }

  @Test
  void blankPlatformIsRejected() {
    assertSingleViolation(
        () -> shells().platform(" Abrams tanks").build(),
        "platform",
        "must not start or end with white space");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () -> AidItem.builder().description(" ").category(ItemCategory.AMMUNITION).platform("").build());

    assertThat(e.typeName()).isEqualTo("AidItem");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("description", "platform");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> AidItem.builder().build());

    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("description", "category");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(
        () -> AidItem.builder().description(null), "description", "must not be null");
    assertSingleViolation(() -> AidItem.builder().category(null), "category", "must not be null");
    assertSingleViolation(
        () -> AidItem.builder().quantity((Estimate) null), "quantity", "must not be null");
    assertSingleViolation(
        () -> AidItem.builder().platform((String) null), "platform", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    AidItem built = shells().platform("Abrams tanks").build();
    AidItem copied = shells().build().withPlatform("Abrams tanks");

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(copied).isNotEqualTo(shells().build());
  }

  @Test
  void withCopiesAreRevalidated() {
    AidItem item = shells().build();

    assertThat(item.withCategory(ItemCategory.ARMOURED_VEHICLES).category())
        .isEqualTo(ItemCategory.ARMOURED_VEHICLES);
    assertSingleViolation(() -> item.withPlatform(" "), "platform", "must not be blank");
    assertSingleViolation(() -> item.withDescription(""), "description", "must not be blank");
  }
}
