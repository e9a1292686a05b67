package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import org.junit.jupiter.api.Test;

/** Attack waves: per kind of weapon, how many were launched, stopped and how, and hit. */
class EngagementTest {
  private static Engagement.Builder drones() {
    return Engagement.builder().means(Means.DRONE);
  }

  @Test
  void aMixedWaveIsOneEngagementPerKindOfWeaponWithWordsWhereThereAreNoNumbers() {
    Engagement drones =
        drones()
            .launched(Estimate.moreThan(24).withPhrase("over two dozen"))
            .stoppedShare(Proportion.MOST)
            .phrase("over two dozen drones ..., most of them downed")
            .build();
    Engagement missiles =
        Engagement.builder()
            .means(Means.CRUISE_MISSILE)
            .launched(Estimate.exactly(4).withPhrase("four cruise missiles"))
            .stoppedShare(Proportion.MOST)
            .build();
    Incident wave =
        Incident.builder()
            .id(IncidentId.of("wave"))
            .type(IncidentType.AIR_OR_DRONE_STRIKE)
            .outcome(IncidentOutcome.PARTIALLY_INTERCEPTED)
            .addMeans(Means.DRONE, Means.CRUISE_MISSILE)
            .addEngagement(drones)
            .addEngagement(missiles)
            .build();
    assertThat(wave.engagements()).extracting(Engagement::means)
        .containsExactly(Means.DRONE, Means.CRUISE_MISSILE);
    assertThat(wave.engagements().get(0).stopped()).isEmpty();
    assertThat(wave.engagements().get(0).stoppedShare()).contains(Proportion.MOST);
  }

  @Test
  void launchedStoppedAndHitWithHowAndByWhomAndTheClaimThatGivesThem() {
    Actor airForce = Actor.of("Ukrainian Air Force", ActorKind.ARMED_FORCES);
    Engagement e =
        drones()
            .launched(Estimate.exactly(48))
            .stopped(Estimate.exactly(44))
            .hit(Estimate.exactly(4))
            .addMethods(InterceptionMethod.AIR_DEFENCE, InterceptionMethod.ELECTRONIC_WARFARE)
            .addInterceptor(airForce)
            .claim(ClaimId.of("air-force"))
            .phrase("launched 48, intercepted 44")
            .build();
    assertThat(e.methods()).hasSize(2);
    assertThat(e.interceptors()).containsExactly(airForce);
    assertThat(e.claim()).contains(ClaimId.of("air-force"));
  }

  @Test
  void stoppedAndHitCannotExceedWhatWasLaunched() {
    assertSingleViolation(
        () -> drones().launched(Estimate.exactly(48)).stopped(Estimate.exactly(50)).build(),
        "stopped",
        "is at least 50, more than the 48 launched");
    assertSingleViolation(
        () ->
            drones()
                .launched(Estimate.exactly(48))
                .stopped(Estimate.exactly(44))
                .hit(Estimate.atLeast(5))
                .build(),
        "hit",
        "at least 44 stopped and 5 hit are more than the 48 launched");
    assertSingleViolation(
        () -> drones().launched(Estimate.upTo(10)).hit(Estimate.moreThan(10)).build(),
        "hit",
        "is at least 11, more than the 10 launched");
    assertSingleViolation(
        () -> drones().launched(Estimate.fewerThan(10)).stopped(Estimate.exactly(10)).build(),
        "stopped",
        "is at least 10, more than the 9 launched");
    assertThat(
            drones()
                .launched(Estimate.moreThan(24))
                .stopped(Estimate.exactly(30))
                .build()
                .stopped())
        .isPresent();
  }

  @Test
  void aShareInWordsMustNotContradictTheFigures() {
    assertSingleViolation(
        () -> drones().stoppedShare(Proportion.ALL).hit(Estimate.exactly(1)).build(),
        "stoppedShare",
        "is all, but at least 1 hit");
    assertSingleViolation(
        () -> drones().stoppedShare(Proportion.NONE).stopped(Estimate.atLeast(2)).build(),
        "stoppedShare",
        "is none, but at least 2 were stopped");
    assertHasViolation(
        () ->
            drones()
                .addMethods(InterceptionMethod.AIR_DEFENCE, InterceptionMethod.AIR_DEFENCE)
                .build(),
        "methods[1]",
        "repeats");
  }

  @Test
  void anEngagementsClaimMustBeOneOfTheReport() {
    Incident wave =
        Incident.builder()
            .id(IncidentId.of("wave"))
            .type(IncidentType.DRONE_INTERCEPTED)
            .outcome(IncidentOutcome.INTERCEPTED)
            .addEngagement(drones().claim(ClaimId.of("ghost")).build())
            .build();
    assertSingleViolation(
        () -> Report.builder().id(ReportId.of("r")).addIncident(wave).build(),
        "incidents[0].engagements[0].claim",
        "refers to claim 'ghost', which is not in this report");
  }

  @Test
  void sitesSayWhatTheAttackWasAimedAtAndWhatItHit() {
    Site depot = Site.of(SiteKind.ENERGY_INFRASTRUCTURE, "a fuel depot").withRole(SiteRole.TARGET);
    Site school = Site.of(SiteKind.SCHOOL, "a school").withRole(SiteRole.HIT);
    assertThat(depot.role()).contains(SiteRole.TARGET);
    assertThat(school.role()).contains(SiteRole.HIT);
    assertThat(Site.of(SiteKind.MARKET).role()).as("not said").isEmpty();
  }

  @Test
  void damageHasATypedCauseAndNotStatedIsNotUnrecorded() {
    Damage debris =
        Damage.builder()
            .kind(DamageKind.SHATTERED)
            .object("windows")
            .cause("drone debris")
            .causeType(DamageCause.DEBRIS)
            .build();
    Damage unexplained =
        Damage.builder().kind(DamageKind.DAMAGED).object("cars").causeType(DamageCause.NOT_STATED).build();
    Damage unrecorded = Damage.builder().kind(DamageKind.DAMAGED).object("cars").build();
    assertThat(debris.causeType()).contains(DamageCause.DEBRIS);
    assertThat(unexplained).isNotEqualTo(unrecorded);
    assertThat(unrecorded.causeType()).isEmpty();
  }
}
