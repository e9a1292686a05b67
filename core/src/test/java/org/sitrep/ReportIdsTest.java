package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.sitrep.ValidationAssertions.invalid;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Report's id rules through {@link ReportIds}, on both of its paths: a report of a few ids (found
 * by a scan) and one of many (found through its table), with and without a repeated id. A
 * reference resolves to a part of its own kind only, whichever path finds it.
 */
class ReportIdsTest {
  private static Incident incident(String id) {
    return Incident.builder()
        .id(IncidentId.of(id))
        .type(IncidentType.EXPLOSION)
        .outcome(IncidentOutcome.UNKNOWN)
        .build();
  }

  private static Claim.Builder claim(String id) {
    return Claim.builder()
        .id(ClaimId.of(id))
        .source(Actor.of(id, ActorKind.UNKNOWN))
        .statement("said by " + id)
        .kind(ClaimKind.FACTUAL_ASSERTION)
        .verification(VerificationStatus.UNVERIFIED);
  }

  /** A report with {@code n} incidents, i0 to i(n-1). */
  private static Report.Builder withIncidents(int n) {
    Report.Builder report = Report.builder().id(ReportId.of("r"));
    for (int i = 0; i < n; i++) {
      report.addIncident(incident("i" + i));
    }
    return report;
  }

  @Test
  void aReferenceResolvesToAPartOfItsKindOnly() {
    for (int n : new int[] {2, 20}) {
      List<Violation> violations =
          invalid(
                  () ->
                      withIncidents(n)
                          .addClaim(
                              claim("c0")
                                  .addAboutIncidents(IncidentId.of("i1"), IncidentId.of("c0"))
                                  .addAboutClaim(ClaimId.of("i0"))
                                  .build())
                          .build())
              .violations();

      assertThat(violations)
          .as("%d incidents", n)
          .containsExactly(
              Violation.of(
                  "claims[0].aboutIncidents[1]",
                  "refers to incident 'c0', which is not in this report"),
              Violation.of(
                  "claims[0].aboutClaims[0]", "refers to claim 'i0', which is not in this report"));
    }
  }

  @Test
  void repeatsAreReportedWithBothPlacesAndReferencesStillResolveByKind() {
    for (int n : new int[] {2, 20}) {
      Incident withFigure =
          Incident.builder()
              .id(IncidentId.of("f"))
              .type(IncidentType.EXPLOSION)
              .outcome(IncidentOutcome.UNKNOWN)
              .addCasualty(
                  Casualty.builder()
                      .id(CasualtyId.of("i1"))
                      .outcome(CasualtyOutcome.KILLED)
                      .population(PopulationGroup.UNKNOWN)
                      .count(Estimate.exactly(1))
                      .build())
              .build();
      List<Violation> violations =
          invalid(
                  () ->
                      withIncidents(n)
                          .addIncident(withFigure)
                          .addClaim(
                              claim("i0")
                                  .addAboutIncident(IncidentId.of("i1"))
                                  .addAboutCasualty(CasualtyId.of("i1"))
                                  .addAboutClaim(ClaimId.of("i1"))
                                  .build())
                          .build())
              .violations();

      assertThat(violations)
          .as("%d incidents", n)
          .containsExactly(
              Violation.of(
                  "incidents[" + n + "].casualties[0].id",
                  "repeats the id 'i1' already used at incidents[1].id"),
              Violation.of("claims[0].id", "repeats the id 'i0' already used at incidents[0].id"),
              Violation.of(
                  "claims[0].aboutClaims[0]", "refers to claim 'i1', which is not in this report"));
    }
  }

  @Test
  void manyDistinctIdsAllResolve() {
    Report.Builder report = withIncidents(200);
    Claim.Builder about = claim("c");
    for (int i = 0; i < 200; i++) {
      about.addAboutIncident(IncidentId.of("i" + i));
    }
    report.addClaim(about.build());

    assertThatCode(report::build).doesNotThrowAnyException();
  }
}
