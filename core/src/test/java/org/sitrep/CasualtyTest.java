package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CasualtyTest {
  private static Casualty.Builder killed() {
    return Casualty.builder()
        .id(CasualtyId.of("kostiantynivka-killed"))
        .outcome(CasualtyOutcome.KILLED)
        .population(PopulationGroup.CIVILIAN)
        .count(Estimate.upTo(17).withPhrase("up to 17"));
  }

  @Test
  void fullBuild() {
    ReportedTime wednesday = ReportedTime.on(LocalDate.of(2023, 9, 6));
    Casualty casualty =
        killed().asOf(wednesday).provisional(true).claim(ClaimId.of("zelensky-telegram")).build();

    assertThat(casualty.id()).isEqualTo(CasualtyId.of("kostiantynivka-killed"));
    assertThat(casualty.outcome()).isEqualTo(CasualtyOutcome.KILLED);
    assertThat(casualty.population()).isEqualTo(PopulationGroup.CIVILIAN);
    assertThat(casualty.count().high()).hasValue(17);
    assertThat(casualty.asOf()).hasValue(wednesday);
    assertThat(casualty.provisional()).isTrue();
    assertThat(casualty.claim()).hasValue(ClaimId.of("zelensky-telegram"));
  }

  @Test
  void notProvisionalUnlessSet() {
    Casualty casualty = killed().build();

    assertThat(casualty.provisional()).isFalse();
    assertThat(casualty.asOf()).isEmpty();
    assertThat(casualty.claim()).isEmpty();
  }

  @Test
  void noCasualtiesIsAnExactZero() {
    Casualty none =
        Casualty.builder()
            .id(CasualtyId.of("enerhodar-none"))
            .outcome(CasualtyOutcome.KILLED_OR_INJURED)
            .population(PopulationGroup.UNKNOWN)
            .count(Estimate.exactly(0))
            .build();

    assertThat(none.count().isZero()).isTrue();
  }

  @Test
  void extensionsMustHaveNameAndValue() {
    assertSingleViolation(
        () -> killed().putExtension("source_rank", "").build(),
        "extensions.source_rank",
        "needs a JSON value");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(() -> killed().putExtension(" ", "1").putExtension("rank", " ").build());

    assertThat(e.typeName()).isEqualTo("Casualty");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("extensions", "extensions.rank");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> Casualty.builder().provisional(true).build());

    assertThat(e.typeName()).isEqualTo("Casualty");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("id", "outcome", "population", "count");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Casualty.builder().id(null), "id", "must not be null");
    assertSingleViolation(() -> Casualty.builder().outcome(null), "outcome", "must not be null");
    assertSingleViolation(
        () -> Casualty.builder().population(null), "population", "must not be null");
    assertSingleViolation(() -> Casualty.builder().count(null), "count", "must not be null");
    assertSingleViolation(
        () -> Casualty.builder().claim((ClaimId) null), "claim", "must not be null");
    assertSingleViolation(
        () -> Casualty.builder().asOf((ReportedTime) null), "asOf", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Casualty built = killed().provisional(true).build();
    Casualty copied = killed().build().withProvisional(true);

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(copied).isNotEqualTo(killed().build());
    assertThat(killed().provisional(false).build()).isEqualTo(killed().build());
  }

  @Test
  void withCopiesAreRevalidated() {
    Casualty casualty = killed().build();

    assertThat(casualty.withCount(Estimate.exactly(17)).count()).isEqualTo(Estimate.exactly(17));
    assertSingleViolation(
        () -> casualty.withExtensions(Map.of("rank", "")), "extensions.rank", "needs a JSON value");
  }
}
