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

  // ---- detail: breakdown, condition, causes, place, side ----------------------------------------

  private static Casualty.Builder fiveDead() {
    return Casualty.builder()
        .id(CasualtyId.of("five-dead"))
        .outcome(CasualtyOutcome.KILLED)
        .population(PopulationGroup.CIVILIAN)
        .count(Estimate.exactly(5));
  }

  @Test
  void fiveDeadTwoOfThemChildren() {
    Casualty c =
        fiveDead().addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2))).build();

    assertThat(c.count()).isEqualTo(Estimate.exactly(5));
    assertThat(c.breakdown()).hasSize(1);
    assertThat(c.breakdown().get(0).group()).isEqualTo(Demographic.CHILD);
    assertThat(c.breakdown().get(0).count()).isEqualTo(Estimate.exactly(2));
  }

  @Test
  void partsMayOverlapAndNeedNotAddUp() {
    Casualty c =
        fiveDead()
            .addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2)))
            .addBreakdown(CasualtyGroup.of(Demographic.WOMAN, Estimate.exactly(4)))
            .addBreakdown(CasualtyGroup.of(Demographic.of("teacher"), Estimate.atLeast(1)))
            .build();

    assertThat(c.breakdown()).extracting(CasualtyGroup::group)
        .containsExactly(Demographic.CHILD, Demographic.WOMAN, Demographic.of("teacher"));
    assertThat(Demographic.of("teacher").isKnown()).isFalse();
  }

  @Test
  void aPartLargerThanTheWholeIsRefusedWithItsPath() {
    assertSingleViolation(
        () ->
            fiveDead()
                .addBreakdown(CasualtyGroup.of(Demographic.RESCUER, Estimate.exactly(1)))
                .addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(6)))
                .build(),
        "breakdown[1].count",
        "cannot be larger than the figure: at least 6 of at most 5");
  }

  @Test
  void partAndWholeAreComparedByTheirBoundsOnly() {
    Casualty five = fiveDead().build();
    // "up to 17 killed, at least 3 of them children"; "more than 5 children" of "up to 6"
    killed().addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.atLeast(3))).build();
    five.withCount(Estimate.upTo(6))
        .withBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.moreThan(5)));
    // no upper bound on the whole, or no lower bound on the part: nothing to compare
    five.withCount(Estimate.atLeast(2))
        .withBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(9)));
    five.withBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.approximately(9)));
    five.withBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.upTo(9)));

    // "more than 5" children are at least 6; "fewer than 6" dead are at most 5
    assertSingleViolation(
        () ->
            five.withCount(Estimate.upTo(5))
                .withBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.moreThan(5))),
        "breakdown[0].count",
        "at least 6 of at most 5");
    assertSingleViolation(
        () ->
            five.withCount(Estimate.fewerThan(6))
                .withBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.between(6, 8))),
        "breakdown[0].count",
        "at least 6 of at most 5");
  }

  @Test
  void noGroupTwice() {
    assertSingleViolation(
        () ->
            fiveDead()
                .addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2)))
                .addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(1)))
                .build(),
        "breakdown[1].group",
        "repeats 'child'");
  }

  @Test
  void conditionOfTheInjured() {
    Casualty c =
        Casualty.builder()
            .id(CasualtyId.of("one-critical"))
            .outcome(CasualtyOutcome.INJURED)
            .population(PopulationGroup.CIVILIAN)
            .count(Estimate.exactly(1))
            .condition(CasualtyCondition.CRITICAL)
            .build();

    assertThat(c.condition()).hasValue(CasualtyCondition.CRITICAL);
    assertThat(CasualtyCondition.of("hospitalised")).isSameAs(CasualtyCondition.HOSPITALISED);
    assertThat(killed().build().condition()).isEmpty();
  }

  @Test
  void causesOfInjuryInOrderAndEachOnce() {
    Casualty c =
        killed().addCauses(InjuryCause.DEBRIS, InjuryCause.GLASS, InjuryCause.of("shockwave")).build();

    assertThat(c.causes())
        .containsExactly(InjuryCause.DEBRIS, InjuryCause.GLASS, InjuryCause.of("shockwave"));
    assertSingleViolation(
        () -> killed().addCauses(InjuryCause.FIRE, InjuryCause.FIRE).build(),
        "causes[1]",
        "repeats 'fire'");
  }

  @Test
  void aPlaceOtherThanTheIncidents() {
    Location nearby =
        Location.builder().name("a nearby settlement").country("UA").precision(GeoPrecision.REGION).build();
    Casualty c = killed().location(nearby).build();

    assertThat(c.location()).hasValue(nearby);
    assertThat(killed().build().location()).isEmpty();
  }

  @Test
  void ucdpDeathsBySide() {
    Casualty civilians = fiveDead().build();
    Casualty a = civilians.withPopulation(PopulationGroup.MILITARY).withSide(DyadSide.SIDE_A);
    Casualty b = civilians.withPopulation(PopulationGroup.MILITARY).withSide(DyadSide.SIDE_B);
    Casualty unknown = civilians.withPopulation(PopulationGroup.UNKNOWN);

    assertThat(a.side()).hasValue(DyadSide.SIDE_A);
    assertThat(b.side()).hasValue(DyadSide.SIDE_B);
    assertThat(civilians.side()).isEmpty();
    assertThat(unknown.side()).isEmpty();
  }

  @Test
  void groupsAreCheckedOnTheirOwn() {
    assertSingleViolation(
        () -> CasualtyGroup.builder().group(Demographic.CHILD).count(Estimate.exactly(1))
            .putExtension("x", "").build(),
        "extensions.x",
        "needs a JSON value");
    SitrepValidationException e = invalid(() -> CasualtyGroup.builder().build());
    assertThat(e.typeName()).isEqualTo("CasualtyGroup");
    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("group", "count");
  }
}
