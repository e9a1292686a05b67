package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import org.junit.jupiter.api.Test;

class DamageTest {
  private static Damage.Builder shatteredWindows() {
    return Damage.builder()
        .kind(DamageKind.SHATTERED)
        .object("windows in a railway station building")
        .cause("drone debris");
  }

  @Test
  void fullBuild() {
    Damage damage = shatteredWindows().count(Estimate.unspecified("windows")).build();

    assertThat(damage.kind()).isEqualTo(DamageKind.SHATTERED);
    assertThat(damage.object()).isEqualTo("windows in a railway station building");
    assertThat(damage.cause()).hasValue("drone debris");
    assertThat(damage.count()).hasValue(Estimate.unspecified("windows"));
  }

  @Test
  void kindAndObjectAreEnough() {
    Damage cars = Damage.builder().kind(DamageKind.DAMAGED).object("cars nearby").build();

    assertThat(cars.count()).isEmpty();
    assertThat(cars.cause()).isEmpty();
  }

  @Test
  void blankObjectIsRejected() {
    assertSingleViolation(
        () -> Damage.builder().kind(DamageKind.DAMAGED).object(" ").build(),
        "object",
        "must not be blank");
  }

  @Test
  void blankCauseIsRejected() {
    assertSingleViolation(
        () -> Damage.builder().kind(DamageKind.DAMAGED).object("cars").cause("debris ").build(),
        "cause",
        "must not start or end with white space");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(() -> Damage.builder().kind(DamageKind.FIRE).object("").cause("").build());

    assertThat(e.typeName()).isEqualTo("Damage");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("object", "cause");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> Damage.builder().cause("debris").build());

    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("kind", "object");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Damage.builder().kind(null), "kind", "must not be null");
    assertSingleViolation(() -> Damage.builder().object(null), "object", "must not be null");
    assertSingleViolation(
        () -> Damage.builder().count((Estimate) null), "count", "must not be null");
    assertSingleViolation(() -> Damage.builder().cause((String) null), "cause", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Damage one = shatteredWindows().build();
    Damage two = shatteredWindows().build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(one.withKind(DamageKind.DESTROYED));
  }

  @Test
  void withCopiesAreRevalidated() {
    Damage damage = shatteredWindows().build();

    assertThat(damage.withCount(Estimate.exactly(2)).count()).hasValue(Estimate.exactly(2));
    assertSingleViolation(() -> damage.withObject(""), "object", "must not be blank");
    assertSingleViolation(() -> damage.withCause(" "), "cause", "must not be blank");
  }
}
