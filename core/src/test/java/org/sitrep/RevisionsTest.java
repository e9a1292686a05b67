package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Revised casualty figures: "at least 12 killed" in the morning, "17 killed" by the evening, by the
 * same official. Both are kept; the current figures count the revision once, never the sum.
 */
class RevisionsTest {
  private static final ClaimId MORNING = ClaimId.of("governor-morning");
  private static final ClaimId EVENING = ClaimId.of("governor-evening");

  private static Casualty figure(String id, Estimate count) {
    return Casualty.builder()
        .id(CasualtyId.of(id))
        .outcome(CasualtyOutcome.KILLED)
        .population(PopulationGroup.CIVILIAN)
        .count(count)
        .build();
  }

  private static Casualty first() {
    return figure("killed-morning", Estimate.atLeast(12))
        .withAsOf(ReportedTime.on(LocalDate.of(2023, 9, 6)).withPhrase("in the morning"))
        .withClaim(MORNING);
  }

  private static Casualty revised() {
    return figure("killed-evening", Estimate.exactly(17))
        .withSupersedes(CasualtyId.of("killed-morning"))
        .withClaim(EVENING);
  }

  private static Incident.Builder strike() {
    return strike("strike");
  }

  private static Incident.Builder strike(String id) {
    return Incident.builder()
        .id(IncidentId.of(id))
        .type(IncidentType.MISSILE_STRIKE)
        .outcome(IncidentOutcome.IMPACT);
  }

  private static Claim claim(ClaimId id, String statement) {
    return Claim.builder()
        .id(id)
        .source(Actor.of("the regional governor", ActorKind.PERSON))
        .statement(statement)
        .kind(ClaimKind.CASUALTY_FIGURE)
        .verification(VerificationStatus.UNVERIFIED)
        .build();
  }

  @Test
  void aRevisionReplacesTheFigureItSupersedesInTheCurrentFiguresAndBothAreKept() {
    Incident incident = strike().addCasualty(first()).addCasualty(revised()).build();
    assertThat(incident.casualties()).hasSize(2);
    assertThat(incident.currentCasualties()).containsExactly(revised());
    long current =
        incident.currentCasualties().stream().mapToLong(c -> c.count().best().orElse(0)).sum();
    assertThat(current).isEqualTo(17);

    Report report =
        Report.builder()
            .id(ReportId.of("r"))
            .addIncident(incident)
            .addIncident(strike("other").addCasualty(figure("other-injured", Estimate.exactly(3))).build())
            .addClaim(claim(MORNING, "At least 12 people were killed."))
            .addClaim(claim(EVENING, "The death toll has risen to 17."))
            .build();
    assertThat(report.currentFigures())
        .extracting(c -> c.id().value())
        .containsExactly("killed-evening", "other-injured");
    assertThat(report.claim(report.currentFigures().get(0).claim().orElseThrow()))
        .map(Claim::statement)
        .contains(java.util.Optional.of("The death toll has risen to 17."));
  }

  @Test
  void withoutRevisionsTheCurrentFiguresAreAllOfThem() {
    Incident incident = strike().addCasualty(first()).addCasualty(figure("injured", Estimate.exactly(2))).build();
    assertThat(incident.currentCasualties()).isEqualTo(incident.casualties());
  }

  @Test
  void aFigureSupersedesAFigureOfItsOwnIncident() {
    assertSingleViolation(
        () -> strike().addCasualty(revised()).build(),
        "casualties[0].supersedes",
        "refers to casualty figure 'killed-morning', which is not a figure of this incident");
    // A figure of another incident of the same report is not this incident's.
    assertHasViolation(
        () ->
            Report.builder()
                .id(ReportId.of("r"))
                .addIncident(strike().addCasualty(first()).build())
                .addIncident(strike("later").addCasualty(revised().withClaim(java.util.Optional.empty())).build())
                .addClaim(claim(MORNING, "At least 12 people were killed."))
                .build(),
        "casualties[0].supersedes",
        "not a figure of this incident");
  }

  @Test
  void aFigureIsNotItsOwnRevisionAndIsRevisedByOneFigureAtMost() {
    assertSingleViolation(
        () -> first().withSupersedes(CasualtyId.of("killed-morning")),
        "supersedes",
        "a figure does not supersede itself ('killed-morning')");
    assertSingleViolation(
        () ->
            strike()
                .addCasualty(first())
                .addCasualty(revised())
                .addCasualty(figure("killed-other-source", Estimate.exactly(20)).withSupersedes(CasualtyId.of("killed-morning")))
                .build(),
        "casualties[2].supersedes",
        "supersedes 'killed-morning', which casualties[1] already supersedes");
  }

  @Test
  void aCycleOfSupersessionsIsRefusedWithItsPath() {
    Casualty a = figure("a", Estimate.exactly(1)).withSupersedes(CasualtyId.of("c"));
    Casualty b = figure("b", Estimate.exactly(2)).withSupersedes(CasualtyId.of("a"));
    Casualty c = figure("c", Estimate.exactly(3)).withSupersedes(CasualtyId.of("b"));
    SitrepValidationException e =
        ValidationAssertions.invalid(() -> strike().addCasualty(a).addCasualty(b).addCasualty(c).build());
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("casualties[0].supersedes", "casualties[1].supersedes", "casualties[2].supersedes");
    assertThat(e.violations().get(0).reason()).contains("form a cycle through 'a'");
  }

  @Test
  void aLongChainIntoACycleReportsTheFiguresOnTheCycleOnly() {
    Incident.Builder incident = strike();
    int n = 5_000;
    for (int k = 0; k < n; k++) {
      // figure k revises figure k + 1; the last three revise each other in a ring
      String next = k == n - 1 ? "f" + (n - 3) : "f" + (k + 1);
      incident.addCasualty(figure("f" + k, Estimate.exactly(k)).withSupersedes(CasualtyId.of(next)));
    }
    SitrepValidationException e = ValidationAssertions.invalid(incident::build);
    // f(n-3) is revised twice (by f(n-4) and f(n-1)), reported as such; the cycle is the ring.
    assertThat(e.violations())
        .filteredOn(v -> v.reason().contains("form a cycle"))
        .extracting(Violation::path)
        .containsExactly(
            "casualties[" + (n - 3) + "].supersedes",
            "casualties[" + (n - 2) + "].supersedes",
            "casualties[" + (n - 1) + "].supersedes");
  }

  @Test
  void aReportRevisionSaysWhatItSupersedesButNotItself() {
    Report corrected =
        Report.builder()
            .id(ReportId.of("r-corrected"))
            .publishedAt(OffsetDateTime.parse("2023-09-07T09:00:00Z"))
            .modifiedAt(OffsetDateTime.parse("2023-09-07T18:00:00Z"))
            .addSupersedes(ReportId.of("r"))
            .build();
    assertThat(corrected.supersedes()).containsExactly(ReportId.of("r"));
    assertSingleViolation(
        () -> Report.builder().id(ReportId.of("r")).addSupersedes(ReportId.of("r")).build(),
        "supersedes",
        "a report does not supersede itself ('r')");
  }
}
