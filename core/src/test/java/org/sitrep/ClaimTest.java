package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final IncidentId INTERCEPTIONS = IncidentId.of("drones-across-russia");

  private static Claim.Builder kremlin() {
    return Claim.builder()
        .id(ClaimId.of("kremlin"))
        .source(Actor.of("the Kremlin", ActorKind.GOVERNMENT))
        .statement("Multiple Ukrainian drones were shot down across Russia overnight")
        .kind(ClaimKind.FACTUAL_ASSERTION)
        .verification(VerificationStatus.UNVERIFIED);
  }

  private static Claim.Builder zelensky() {
    return Claim.builder()
        .id(ClaimId.of("zelensky"))
        .source(Actor.builder().name("Volodymyr Zelensky").kind(ActorKind.PERSON).role("President").build())
        .kind(ClaimKind.CONDEMNATION)
        .verification(VerificationStatus.UNVERIFIED);
  }

  @Test
  void fullBuild() {
    ReportedTime wednesday = ReportedTime.on(LocalDate.of(2023, 9, 6));
    Claim claim =
        zelensky()
            .channel(Channel.of(ChannelKind.MESSAGING_APP, "Telegram"))
            .madeOn(wednesday)
            .statement("A market, shops and a pharmacy were hit in Kostiantynivka")
            .quote("This Russian evil must be defeated as soon as possible")
            .addAboutIncident(IncidentId.of("kostiantynivka-market"))
            .addAboutCasualty(CasualtyId.of("kostiantynivka-killed"))
            .addAboutAidPackage(AidPackageId.of("us-package"))
            .post(PostId.of("zelensky-post"))
            .build();

    assertThat(claim.id()).isEqualTo(ClaimId.of("zelensky"));
    assertThat(claim.source().role()).hasValue("President");
    assertThat(claim.channel()).hasValue(Channel.of(ChannelKind.MESSAGING_APP, "Telegram"));
    assertThat(claim.madeOn()).hasValue(wednesday);
    assertThat(claim.quote()).hasValue("This Russian evil must be defeated as soon as possible");
    assertThat(claim.kind()).isEqualTo(ClaimKind.CONDEMNATION);
    assertThat(claim.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
    assertThat(claim.aboutIncidents()).containsExactly(IncidentId.of("kostiantynivka-market"));
    assertThat(claim.aboutCasualties()).containsExactly(CasualtyId.of("kostiantynivka-killed"));
    assertThat(claim.aboutAidPackages()).containsExactly(AidPackageId.of("us-package"));
    assertThat(claim.post()).hasValue(PostId.of("zelensky-post"));
  }

  @Test
  void aQuoteAloneIsEnough() {
    Claim claim = zelensky().quote("This Russian evil must be defeated as soon as possible").build();

    assertThat(claim.statement()).isEmpty();
    assertThat(claim.aboutIncidents()).isEmpty();
  }

  @Test
  void aClaimNeedsAStatementOrAQuote() {
    assertSingleViolation(
        () -> zelensky().build(), "statement", "a claim needs a statement or a quote");
  }

  @Test
  void blankStatementIsRejected() {
    assertSingleViolation(
        () -> zelensky().statement(" ").build(), "statement", "must not be blank");
  }

  @Test
  void blankQuoteIsRejected() {
    assertSingleViolation(
        () -> kremlin().quote(" drones ").build(), "quote", "must not start or end with white space");
  }

  @Test
  void repeatedIncidentIsRejected() {
    assertSingleViolation(
        () -> kremlin().addAboutIncident(INTERCEPTIONS).addAboutIncident(INTERCEPTIONS).build(),
        "aboutIncidents[1]",
        "repeats 'drones-across-russia'");
  }

  @Test
  void repeatedCasualtyIsRejected() {
    CasualtyId killed = CasualtyId.of("killed");

    assertSingleViolation(
        () -> kremlin().addAboutCasualties(killed, killed).build(), "aboutCasualties[1]", "repeats 'killed'");
  }

  @Test
  void repeatedAidPackageIsRejected() {
    AidPackageId us = AidPackageId.of("us");

    assertSingleViolation(
        () -> kremlin().addAboutAidPackages(us, AidPackageId.of("uk"), us).build(),
        "aboutAidPackages[2]",
        "repeats 'us'");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                zelensky()
                    .quote("")
                    .addAboutIncidents(INTERCEPTIONS, INTERCEPTIONS)
                    .addAboutCasualties(CasualtyId.of("k"), CasualtyId.of("k"))
                    .addAboutAidPackages(AidPackageId.of("a"), AidPackageId.of("a"))
                    .build());

    assertThat(e.typeName()).isEqualTo("Claim");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("quote", "aboutIncidents[1]", "aboutCasualties[1]", "aboutAidPackages[1]");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> Claim.builder().statement("x").build());

    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("id", "source", "kind", "verification");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Claim.builder().id(null), "id", "must not be null");
    assertSingleViolation(() -> Claim.builder().source(null), "source", "must not be null");
    assertSingleViolation(() -> Claim.builder().kind(null), "kind", "must not be null");
    assertSingleViolation(
        () -> Claim.builder().verification(null), "verification", "must not be null");
    assertSingleViolation(
        () -> Claim.builder().statement((String) null), "statement", "must not be null");
    assertSingleViolation(
        () -> Claim.builder().addAboutIncident((IncidentId) null), "aboutIncidents", "null element");
    assertSingleViolation(() -> Claim.builder().post((PostId) null), "post", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Claim one = kremlin().addAboutIncident(INTERCEPTIONS).build();
    Claim two = kremlin().build().withAboutIncidents(IncidentId.of("drones-across-russia"));

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(one.withVerification(VerificationStatus.CONFIRMED));
  }

  @Test
  void withCopiesAreRevalidated() {
    Claim claim = kremlin().build();

    assertThat(claim.withVerification(VerificationStatus.DISPUTED).verification())
        .isEqualTo(VerificationStatus.DISPUTED);
    assertSingleViolation(() -> claim.withStatement(" "), "statement", "must not be blank");
    assertSingleViolation(
        () -> claim.withStatement(java.util.Optional.empty()),
        "statement",
        "a claim needs a statement or a quote");
    assertSingleViolation(
        () -> claim.withAboutIncidents(INTERCEPTIONS, INTERCEPTIONS), "aboutIncidents[1]", "repeats");
  }
}
