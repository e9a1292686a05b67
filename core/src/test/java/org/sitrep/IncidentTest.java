package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncidentTest {
  private static final ClaimId INTERFAX = ClaimId.of("interfax-bryansk");

  private static Location bryansk() {
    return Location.builder()
        .name("Bryansk")
        .country("RU")
        .admin1(AdminArea.of("Bryansk region", "RU-BRY"))
        .precision(GeoPrecision.TOWN)
        .build();
  }

  private static Damage windows() {
    return Damage.builder()
        .kind(DamageKind.SHATTERED)
        .object("windows in a railway station building")
        .cause("drone debris")
        .build();
  }

  private static Casualty casualty(String id) {
    return Casualty.builder()
        .id(CasualtyId.of(id))
        .outcome(CasualtyOutcome.INJURED)
        .population(PopulationGroup.UNKNOWN)
        .count(Estimate.exactly(1))
        .build();
  }

  private static Incident.Builder intercepted() {
    return Incident.builder()
        .id(IncidentId.of("bryansk-drones"))
        .type(IncidentType.DRONE_INTERCEPTED)
        .outcome(IncidentOutcome.INTERCEPTED);
  }

  @Test
  void fullBuild() {
    Incident incident =
        intercepted()
            .time(ReportedTime.overnight(LocalDate.of(2023, 9, 6)))
            .location(bryansk())
            .addMeans(Means.DRONE)
            .quantity(Estimate.exactly(2))
            .addParty(Party.of(Actor.of("Ukraine", ActorKind.STATE), PartyRole.PERPETRATOR))
            .addSite(Site.of(SiteKind.RAILWAY_STATION))
            .addDamage(windows())
            .addCasualty(casualty("bryansk-injured"))
            .summary("Two drones downed over Bryansk; debris shattered windows.")
            .addClaim(INTERFAX)
            .build();

    assertThat(incident.id()).isEqualTo(IncidentId.of("bryansk-drones"));
    assertThat(incident.type()).isEqualTo(IncidentType.DRONE_INTERCEPTED);
    assertThat(incident.outcome()).isEqualTo(IncidentOutcome.INTERCEPTED);
    assertThat(incident.location()).hasValue(bryansk());
    assertThat(incident.means()).containsExactly(Means.DRONE);
    assertThat(incident.quantity()).hasValue(Estimate.exactly(2));
    assertThat(incident.sites()).containsExactly(Site.of(SiteKind.RAILWAY_STATION));
    assertThat(incident.damage()).containsExactly(windows());
    assertThat(incident.casualties()).extracting(Casualty::id).containsExactly(CasualtyId.of("bryansk-injured"));
    assertThat(incident.claims()).containsExactly(INTERFAX);
    assertThat(incident.summary()).isPresent();
  }

  @Test
  void outcomeIsIndependentOfType() {
    Incident interceptedYetDamaging = intercepted().addDamage(windows()).build();
    Incident unknownOutcome =
        Incident.builder()
            .id(IncidentId.of("rostov-explosions"))
            .type(IncidentType.EXPLOSION)
            .outcome(IncidentOutcome.UNKNOWN)
            .quantity(Estimate.atLeast(3))
            .build();

    assertThat(interceptedYetDamaging.damage()).hasSize(1);
    assertThat(unknownOutcome.means()).isEmpty();
  }

  @Test
  void repeatedMeansIsRejected() {
    assertSingleViolation(
        () -> intercepted().addMeans(Means.DRONE).addMeans(Means.DRONE).build(),
        "means[1]",
        "repeats 'drone', listed earlier");
  }

  @Test
  void repeatedClaimIsRejected() {
    assertSingleViolation(
        () -> intercepted().addClaim(INTERFAX).addClaim(ClaimId.of("kremlin")).addClaim(INTERFAX).build(),
        "claims[2]",
        "repeats 'interfax-bryansk'");
  }

  @Test
  void repeatedCasualtyIdIsRejected() {
    assertSingleViolation(
        () ->
            intercepted()
                .addCasualty(casualty("bryansk-injured"))
                .addCasualty(casualty("bryansk-injured").withCount(Estimate.exactly(2)))
                .build(),
        "casualties[1].id",
        "repeats the id 'bryansk-injured' of casualties[0]");
  }

  @Test
  void blankSummaryIsRejected() {
    assertSingleViolation(() -> intercepted().summary("").build(), "summary", "must not be blank");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                intercepted()
                    .addMeans(Means.DRONE, Means.DRONE)
                    .addClaims(INTERFAX, INTERFAX)
                    .addCasualties(casualty("c"), casualty("c"))
                    .summary(" ")
                    .build());

    assertThat(e.typeName()).isEqualTo("Incident");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("means[1]", "claims[1]", "casualties[1].id", "summary");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> Incident.builder().summary("x").build());

    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("id", "type", "outcome");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Incident.builder().id(null), "id", "must not be null");
    assertSingleViolation(() -> Incident.builder().type(null), "type", "must not be null");
    assertSingleViolation(() -> Incident.builder().outcome(null), "outcome", "must not be null");
    assertSingleViolation(
        () -> Incident.builder().location((Location) null), "location", "must not be null");
    assertSingleViolation(() -> Incident.builder().addMeans((Means) null), "means", "null element");
    assertSingleViolation(() -> Incident.builder().addClaim((ClaimId) null), "claims", "null element");
    assertSingleViolation(
        () -> Incident.builder().addCasualty((Casualty) null), "casualties", "null element");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Incident one = intercepted().addMeans(Means.DRONE).addClaim(INTERFAX).build();
    Incident two = intercepted().addMeans(Means.of("drone")).addClaim(ClaimId.of("interfax-bryansk")).build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(one.withOutcome(IncidentOutcome.IMPACT));
  }

  @Test
  void withCopiesAreRevalidated() {
    Incident incident = intercepted().build();

    assertThat(incident.withSummary("Two drones downed").summary()).hasValue("Two drones downed");
    assertThat(incident.summary()).isEmpty();
    assertSingleViolation(() -> incident.withSummary(" "), "summary", "must not be blank");
    assertSingleViolation(() -> incident.withClaims(INTERFAX, INTERFAX), "claims[1]", "repeats");
    assertSingleViolation(
        () -> incident.withMeans(Means.MISSILE, Means.DRONE, Means.MISSILE), "means[2]", "repeats");
    assertSingleViolation(
        () -> incident.withCasualties(casualty("x"), casualty("x")), "casualties[1].id", "repeats");
  }

  @Test
  void partiesSayWhoDidWhatOnWhichSideAndTheSameOneIsNotListedTwice() {
    Party ukraine =
        Party.builder()
            .actor(Actor.of("Ukrainian forces", ActorKind.ARMED_FORCES))
            .role(PartyRole.PERPETRATOR)
            .side(DyadSide.SIDE_A)
            .claim(ClaimId.of("kremlin"))
            .phrase("Ukrainian drones")
            .build();
    Party airDefence =
        Party.of(Actor.of("Russian air defence", ActorKind.ARMED_FORCES), PartyRole.INTERCEPTOR)
            .withSide(DyadSide.SIDE_B);
    Incident downed =
        Incident.builder()
            .id(IncidentId.of("downed"))
            .type(IncidentType.DRONE_INTERCEPTED)
            .outcome(IncidentOutcome.INTERCEPTED)
            .addParty(ukraine)
            .addParty(airDefence)
            .build();
    assertThat(downed.perpetrators()).containsExactly(ukraine.actor());
    assertThat(downed.parties()).extracting(Party::role)
        .containsExactly(PartyRole.PERPETRATOR, PartyRole.INTERCEPTOR);
    assertHasViolation(
        () -> downed.withParties(ukraine, ukraine), "parties[1]", "repeats");
    assertSingleViolation(
        () -> ukraine.withPhrase(" "), "phrase", "must not be blank");
  }
}
