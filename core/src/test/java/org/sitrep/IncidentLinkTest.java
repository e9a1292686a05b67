package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import org.junit.jupiter.api.Test;

/** Identity across reports (global ids) and typed links between incidents. */
class IncidentLinkTest {
  private static Incident.Builder incident(String id) {
    return incident(id, IncidentType.DRONE_INTERCEPTED);
  }

  private static Incident.Builder incident(String id, IncidentType type) {
    return Incident.builder().id(IncidentId.of(id)).type(type).outcome(IncidentOutcome.INTERCEPTED);
  }

  @Test
  void aGlobalIdIsAUriWithASchemeCheckedWithoutARegex() {
    assertThat(GlobalId.of("urn:acled:UKR123456").value()).isEqualTo("urn:acled:UKR123456");
    assertThat(GlobalId.of("tag:example.org,2023:incident/1?x=[a]#f")).hasToString("tag:example.org,2023:incident/1?x=[a]#f");
    assertThat(GlobalId.of("urn:x:1")).isEqualTo(GlobalId.of("urn:x:1")).isNotEqualTo(GlobalId.of("urn:x:2"));
    for (String bad : new String[] {"", "UKR123456", "1urn:x", "urn:", ":x", "urn:a b", "urn:é", "u" + ":x".repeat(128)}) {
      assertSingleViolation(() -> GlobalId.of(bad), "", "is not a valid global id");
    }
    assertSingleViolation(() -> GlobalId.of(null), "", "must not be null");
  }

  @Test
  void anIncidentIsPartOfAWaveInTheSameReportAndTheSameAsARecordElsewhere() {
    GlobalId acled = GlobalId.of("urn:acled:RUS9876");
    Incident drone =
        incident("bryansk-drone")
            .globalId(GlobalId.of("urn:sitrep:incident:bryansk-drone"))
            .addLink(IncidentLink.to(IncidentRelation.PART_OF, IncidentId.of("wave")))
            .addLink(
                IncidentLink.builder()
                    .relation(IncidentRelation.POSSIBLY_SAME_AS)
                    .globalId(acled)
                    .claim(ClaimId.of("mod"))
                    .build())
            .build();
    Report report =
        Report.builder()
            .id(ReportId.of("r"))
            .addIncident(incident("wave", IncidentType.DRONE_ATTACK).build())
            .addIncident(drone)
            .addClaim(
                Claim.builder()
                    .id(ClaimId.of("mod"))
                    .source(Actor.of("Russia's defence ministry", ActorKind.GOVERNMENT))
                    .statement("A drone was downed over Bryansk.")
                    .kind(ClaimKind.FACTUAL_ASSERTION)
                    .verification(VerificationStatus.UNVERIFIED)
                    .build())
            .build();
    assertThat(report.incident(IncidentId.of("bryansk-drone")).orElseThrow().links())
        .extracting(IncidentLink::relation)
        .containsExactly(IncidentRelation.PART_OF, IncidentRelation.POSSIBLY_SAME_AS);
  }

  @Test
  void aLinkNamesItsTargetResolvesAndAgreesWithItsGlobalId() {
    assertSingleViolation(
        () -> IncidentLink.builder().relation(IncidentRelation.SAME_AS).build(),
        "incident",
        "a link names the other incident by its incident id or its globalId");
    assertSingleViolation(
        () ->
            Report.builder()
                .id(ReportId.of("r"))
                .addIncident(incident("a").addLink(IncidentLink.to(IncidentRelation.SAME_AS, IncidentId.of("b"))).build())
                .build(),
        "incidents[0].links[0].incident",
        "refers to incident 'b', which is not in this report");
    assertSingleViolation(
        () ->
            Report.builder()
                .id(ReportId.of("r"))
                .addIncident(incident("a").globalId(GlobalId.of("urn:x:a")).build())
                .addIncident(
                    incident("b")
                        .addLink(
                            IncidentLink.builder()
                                .relation(IncidentRelation.FOLLOW_UP_OF)
                                .incident(IncidentId.of("a"))
                                .globalId(GlobalId.of("urn:x:other"))
                                .build())
                        .build())
                .build(),
        "incidents[1].links[0].globalId",
        "is 'urn:x:other', but incident 'a' has the global id 'urn:x:a'");
    assertSingleViolation(
        () ->
            Report.builder()
                .id(ReportId.of("r"))
                .addIncident(
                    incident("a")
                        .addLink(
                            IncidentLink.builder()
                                .relation(IncidentRelation.SAME_AS)
                                .globalId(GlobalId.of("urn:x:b"))
                                .claim(ClaimId.of("nobody"))
                                .build())
                        .build())
                .build(),
        "incidents[0].links[0].claim",
        "refers to claim 'nobody'");
  }

  @Test
  void anIncidentDoesNotLinkToItself() {
    assertSingleViolation(
        () -> incident("a").addLink(IncidentLink.to(IncidentRelation.SAME_AS, IncidentId.of("a"))).build(),
        "links[0]",
        "an incident does not link to itself");
    assertSingleViolation(
        () ->
            incident("a")
                .globalId(GlobalId.of("urn:x:a"))
                .addLink(IncidentLink.to(IncidentRelation.SAME_AS, GlobalId.of("urn:x:a")))
                .build(),
        "links[0]",
        "an incident does not link to itself");
  }
}
