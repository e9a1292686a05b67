package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.AidPackage;
import org.sitrep.AidPackageId;
import org.sitrep.AidStage;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.Estimate;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentType;
import org.sitrep.Means;
import org.sitrep.PostId;
import org.sitrep.Report;
import org.sitrep.SitrepValidationException;
import org.sitrep.VerificationStatus;

/** The fixtures are valid, the same on every call, and easy to vary. */
class FixturesTest {
  private static final List<Supplier<Object>> SINGLE_VALUES =
      List.of(
          Fixtures::estimate,
          Fixtures::reportedTime,
          Fixtures::money,
          Fixtures::monetaryValue,
          Fixtures::actor,
          Fixtures::placeName,
          Fixtures::adminArea,
          Fixtures::geoPoint,
          Fixtures::gazetteerRef,
          Fixtures::deFactoControl,
          Fixtures::location,
          Fixtures::channel,
          Fixtures::site,
          Fixtures::damage,
          Fixtures::casualty,
          Fixtures::claim,
          Fixtures::incident,
          Fixtures::aidItem,
          Fixtures::aidPackage,
          Fixtures::embeddedPost,
          Fixtures::withdrawal,
          () -> Fixtures.report().build());

  @Test
  void everyFixtureIsTheSameOnEveryCall() {
    for (Supplier<Object> fixture : SINGLE_VALUES) {
      Object first = fixture.get();
      assertThat(fixture.get()).isEqualTo(first).hasSameHashCodeAs(first);
    }
  }

  @Test
  void singleValuesCarryNoReferences_soEachFitsIntoAReportAlone() {
    Report report =
        Report.builder()
            .id(Fixtures.REPORT_ID)
            .addIncident(Fixtures.incident())
            .addClaim(Fixtures.claim())
            .addAidPackage(Fixtures.aidPackage())
            .addPost(Fixtures.embeddedPost())
            .build();

    assertThat(report.incidents()).containsExactly(Fixtures.incident());
    assertThat(Fixtures.incident().claims()).isEmpty();
    assertThat(Fixtures.claim().aboutIncidents()).isEmpty();
    assertThat(Fixtures.aidPackage().related()).isEmpty();
  }

  @Test
  void anIncidentIsVariedWithTheModelsOwnCopies() {
    Incident shelling =
        Fixtures.incident().withType(IncidentType.SHELLING).withMeans(Means.ARTILLERY);

    assertThat(shelling.type()).isEqualTo(IncidentType.SHELLING);
    assertThat(shelling.means()).containsExactly(Means.ARTILLERY);
    assertThat(shelling.location()).isEqualTo(Fixtures.incident().location());
    assertThat(Fixtures.incident().type()).isEqualTo(IncidentType.MISSILE_STRIKE);
  }

  @Test
  void aVariationThatBreaksARuleIsRefused() {
    assertThatThrownBy(() -> Fixtures.incident().withMeans(Means.DRONE, Means.DRONE))
        .isInstanceOf(SitrepValidationException.class)
        .hasMessageContaining("means[1]");
  }

  @Test
  void aKnownZeroIsOneCopyAway() {
    var none =
        Fixtures.casualty()
            .withOutcome(CasualtyOutcome.KILLED_OR_INJURED)
            .withCount(Estimate.exactly(0).withPhrase("no casualties"));

    assertThat(none.count().isZero()).isTrue();
    assertThat(Fixtures.casualty().count().isZero()).isFalse();
  }

  @Test
  void theDefaultReportHoldsOneOfEachPart_allReferencesResolved() {
    Report report = Fixtures.report().build();

    assertThat(report.id()).isEqualTo(Fixtures.REPORT_ID);
    assertThat(report.incidents()).hasSize(1);
    assertThat(report.aidPackages()).hasSize(1);
    assertThat(report.posts()).hasSize(1);
    assertThat(report.claims()).hasSize(3);
    assertThat(report.publishedAt()).hasValue(Fixtures.PUBLISHED_AT);
    assertThat(report.retrievedAt()).hasValue(Fixtures.RETRIEVED_AT);
    assertThat(report.claim(ClaimId.of("claim-post-1")).orElseThrow().post())
        .hasValue(PostId.of("post-1"));
  }

  @Test
  void withIncidents_givesDistinctIds_eachWithTheClaimAboutIt() {
    Report report = Fixtures.report().withIncidents(3).build();

    List<IncidentId> ids =
        report.incidents().stream().map(Incident::id).collect(Collectors.toList());
    assertThat(ids)
        .containsExactly(
            IncidentId.of("incident-1"), IncidentId.of("incident-2"), IncidentId.of("incident-3"));
    for (Incident incident : report.incidents()) {
      List<Claim> about = report.claimsAbout(incident.id());
      assertThat(about).hasSize(1);
      assertThat(incident.claims()).containsExactly(about.get(0).id());
      assertThat(incident.casualties().get(0).claim()).hasValue(about.get(0).id());
      assertThat(about.get(0).aboutCasualties()).containsExactly(incident.casualties().get(0).id());
    }
  }

  @Test
  void withAidPackages_chainsEachToTheOneBefore() {
    Report report = Fixtures.report().withAidPackages(3).build();

    assertThat(report.aidPackages())
        .extracting(AidPackage::related)
        .containsExactly(
            List.of(),
            List.of(AidPackageId.of("aid-package-1")),
            List.of(AidPackageId.of("aid-package-2")));
  }

  @Test
  void zeroOfEverything_isAnEmptyButValidReport() {
    Report report = Fixtures.report().withIncidents(0).withAidPackages(0).withPosts(0).build();

    assertThat(report.incidents()).isEmpty();
    assertThat(report.claims()).isEmpty();
    assertThat(report.aidPackages()).isEmpty();
    assertThat(report.posts()).isEmpty();
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> Fixtures.report().withIncidents(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void eachPartCanBeVaried_changesCompose() {
    Report report =
        Fixtures.report()
            .withIncidents(2)
            .withEachIncident(i -> i.withType(IncidentType.DRONE_INTERCEPTED))
            .withEachIncident(
                i -> i.withLocation(Fixtures.location().withPrecision(GeoPrecision.NEAR)))
            .withEachAidPackage(p -> p.withStage(AidStage.DELIVERED))
            .withEachClaim(c -> c.withVerification(VerificationStatus.CONFIRMED))
            .withId("varied")
            .build();

    assertThat(report.id().value()).isEqualTo("varied");
    assertThat(report.incidents())
        .allSatisfy(
            i -> {
              assertThat(i.type()).isEqualTo(IncidentType.DRONE_INTERCEPTED);
              assertThat(i.location().orElseThrow().precision()).isEqualTo(GeoPrecision.NEAR);
            });
    assertThat(report.aidPackages())
        .allSatisfy(p -> assertThat(p.stage()).isEqualTo(AidStage.DELIVERED));
    assertThat(report.claims())
        .hasSize(4)
        .allSatisfy(c -> assertThat(c.verification()).isEqualTo(VerificationStatus.CONFIRMED));
  }

  @Test
  void aChangeThatBreaksAReferenceIsReportedWithItsPath() {
    assertThatThrownBy(
            () ->
                Fixtures.report()
                    .withEachIncident(i -> i.withClaims(ClaimId.of("nowhere")))
                    .build())
        .isInstanceOf(SitrepValidationException.class)
        .hasMessageContaining("incidents[0].claims[0]");
  }

  @Test
  void aRecipeIsImmutable_varyingItLeavesTheOriginalAlone() {
    ReportFixture one = Fixtures.report();
    ReportFixture three = one.withIncidents(3);

    assertThat(one.build().incidents()).hasSize(1);
    assertThat(three.build().incidents()).hasSize(3);
    assertThat(Fixtures.report().build()).isEqualTo(one.build());
  }
}
