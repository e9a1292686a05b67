package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Claims about claims: a denial points at the attribution it denies; a publisher's "could not
 * independently verify" is an assessment, unlike the default status; silence on casualties is
 * said, not left out.
 */
class ClaimsAboutClaimsTest {
  private static final ClaimId ATTRIBUTION = ClaimId.of("kyiv-blames-moscow");
  private static final ClaimId DENIAL = ClaimId.of("kremlin-denies");
  private static final ClaimId CONFIRMATION = ClaimId.of("ministry-confirms");

  private static Claim.Builder claim(String id, ClaimKind kind, String statement) {
    return Claim.builder()
        .id(ClaimId.of(id))
        .source(Actor.of("a source", ActorKind.GOVERNMENT))
        .statement(statement)
        .kind(kind)
        .verification(VerificationStatus.UNVERIFIED);
  }

  private static Report report() {
    return Report.builder()
        .id(ReportId.of("r"))
        .addClaim(
            claim(ATTRIBUTION.value(), ClaimKind.ATTRIBUTION, "A Russian missile hit the market.")
                .addAssessment(
                    Assessment.builder()
                        .assessor(Actor.of("BBC News", ActorKind.MEDIA))
                        .assessedOn(ReportedTime.on(LocalDate.of(2023, 9, 7)))
                        .result(VerificationStatus.UNVERIFIED)
                        .addMethod(VerificationMethod.INDEPENDENT_SOURCES)
                        .statement("The BBC could not independently verify the claim.")
                        .build())
                .build())
        .addClaim(
            claim(DENIAL.value(), ClaimKind.DENIAL, "Russia did not strike civilian targets.")
                .addAboutClaim(ATTRIBUTION)
                .addSilentOn(ClaimTopic.CASUALTIES)
                .build())
        .addClaim(
            claim(CONFIRMATION.value(), ClaimKind.CONFIRMATION, "The ministry confirmed the attribution.")
                .addAboutClaim(ATTRIBUTION)
                .build())
        .build();
  }

  @Test
  void aReportSaysWhatIsSaidAboutAClaim() {
    Report report = report();
    assertThat(report.claimsAbout(ATTRIBUTION))
        .extracting(Claim::id)
        .containsExactly(DENIAL, CONFIRMATION);
    assertThat(report.claimsAbout(DENIAL)).isEmpty();
    Claim attribution = report.claim(ATTRIBUTION).orElseThrow();
    assertThat(attribution.assessments()).singleElement()
        .satisfies(a -> {
          assertThat(a.result()).isEqualTo(VerificationStatus.UNVERIFIED);
          assertThat(a.methods()).containsExactly(VerificationMethod.INDEPENDENT_SOURCES);
        });
    // The default status, nobody recorded as checking, is a claim with no assessment.
    assertThat(report.claim(CONFIRMATION).orElseThrow().assessments()).isEmpty();
  }

  @Test
  void aClaimAboutAClaimMustResolveAndIsNotAboutItself() {
    assertSingleViolation(
        () ->
            Report.builder()
                .id(ReportId.of("r"))
                .addClaim(claim("denial", ClaimKind.DENIAL, "No.").addAboutClaim(ClaimId.of("nowhere")).build())
                .build(),
        "claims[0].aboutClaims[0]",
        "refers to claim 'nowhere', which is not in this report");
    assertSingleViolation(
        () -> claim("denial", ClaimKind.DENIAL, "No.").addAboutClaim(ClaimId.of("denial")).build(),
        "aboutClaims",
        "a claim does not answer itself ('denial')");
  }

  @Test
  void silenceOnCasualtiesIsSaidAndCannotComeWithAFigure() {
    Claim silent = report().claim(DENIAL).orElseThrow();
    assertThat(silent.silentOn()).containsExactly(ClaimTopic.CASUALTIES);
    assertThat(silent.aboutCasualties()).isEmpty();
    String reason = "a claim that gives a casualty figure is not silent on casualties";
    assertSingleViolation(
        () -> claim("c", ClaimKind.CASUALTY_FIGURE, "17 killed.").addSilentOn(ClaimTopic.CASUALTIES).build(),
        "silentOn",
        reason);
    assertSingleViolation(
        () ->
            claim("c", ClaimKind.FACTUAL_ASSERTION, "17 killed.")
                .addAboutCasualty(CasualtyId.of("killed"))
                .addSilentOn(ClaimTopic.CASUALTIES)
                .build(),
        "silentOn",
        reason);
    assertThat(claim("c", ClaimKind.CASUALTY_FIGURE, "17 killed.").addSilentOn(ClaimTopic.PERPETRATOR).build().silentOn())
        .containsExactly(ClaimTopic.PERPETRATOR);
  }

  @Test
  void anAssessmentsStatementIsTextAndMethodsAreNotRepeated() {
    Actor bbc = Actor.of("BBC News", ActorKind.MEDIA);
    assertSingleViolation(
        () -> Assessment.builder().assessor(bbc).result(VerificationStatus.CONFIRMED).statement(" ").build(),
        "statement",
        "must not be blank");
    assertSingleViolation(
        () ->
            Assessment.builder()
                .assessor(bbc)
                .result(VerificationStatus.CONFIRMED)
                .addMethods(VerificationMethod.GEOLOCATION, VerificationMethod.GEOLOCATION)
                .build(),
        "methods[1]",
        "repeats 'geolocation', listed earlier");
  }
}
