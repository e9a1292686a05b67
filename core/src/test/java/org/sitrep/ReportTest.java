package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final OffsetDateTime PUBLISHED =
      OffsetDateTime.of(2023, 9, 7, 10, 0, 0, 0, ZoneOffset.ofHours(1));

  private static final PostId TWEET = PostId.of("drutska-tweet");
  private static final IncidentId BRYANSK = IncidentId.of("bryansk-drones");
  private static final IncidentId ENERHODAR = IncidentId.of("enerhodar-strike");
  private static final CasualtyId BRYANSK_INJURED = CasualtyId.of("bryansk-injured");
  private static final ClaimId KREMLIN = ClaimId.of("kremlin");
  private static final ClaimId INTERFAX = ClaimId.of("interfax");
  private static final ClaimId BALITSKY = ClaimId.of("balitsky");
  private static final AidPackageId UK_PACKAGE = AidPackageId.of("uk-package");
  private static final AidPackageId US_PACKAGE = AidPackageId.of("us-package");
  private static final ClaimId GHOST_CLAIM = ClaimId.of("ghost");

  // --- valid defaults -----------------------------------------------------------------------

  private static EmbeddedPost tweet() {
    return EmbeddedPost.builder()
        .id(TWEET)
        .author(Actor.builder().name("Maria Drutska").kind(ActorKind.SOCIAL_MEDIA_ACCOUNT)
            .handle("@maria_drutska").build())
        .platform("Twitter")
        .text("Rostov doesn't sleep🔥")
        .build();
  }

  private static Casualty injured() {
    return Casualty.builder()
        .id(BRYANSK_INJURED)
        .outcome(CasualtyOutcome.INJURED)
        .population(PopulationGroup.UNKNOWN)
        .count(Estimate.exactly(0))
        .build();
  }

  private static Incident.Builder incident(IncidentId id) {
    return Incident.builder()
        .id(id)
        .type(IncidentType.DRONE_INTERCEPTED)
        .outcome(IncidentOutcome.INTERCEPTED);
  }

  private static Location enerhodar(ClaimId controlClaim) {
    return Location.builder()
        .name("Enerhodar")
        .country("UA")
        .precision(GeoPrecision.TOWN)
        .control(
            DeFactoControl.builder()
                .controller(Actor.of("Russia", ActorKind.STATE))
                .claim(controlClaim)
                .build())
        .build();
  }

  private static Claim.Builder claim(ClaimId id) {
    return Claim.builder()
        .id(id)
        .source(Actor.of(id.value(), ActorKind.UNKNOWN))
        .statement("said by " + id.value())
        .kind(ClaimKind.FACTUAL_ASSERTION)
        .verification(VerificationStatus.UNVERIFIED);
  }

  private static AidPackage.Builder aid(AidPackageId id) {
    return AidPackage.builder()
        .id(id)
        .donor(Actor.of("donor", ActorKind.STATE))
        .recipient(Actor.of("Ukraine", ActorKind.STATE))
        .category(AidCategory.MILITARY)
        .stage(AidStage.ANNOUNCED);
  }

  private static Report.Builder minimal() {
    return Report.builder().id(ReportId.of("bbc-2023-09-07-drones"));
  }

  /** A report in which every kind of reference is used and resolves. */
  private static Report.Builder seedLike() {
    return minimal()
        .headline("Ukrainian drones shot down across Russia, Kremlin says")
        .publisher(Actor.of("BBC News", ActorKind.MEDIA))
        .url(URI.create("https://www.bbc.co.uk/news/world-europe-66736789"))
        .publishedAt(PUBLISHED)
        .retrievedAt(PUBLISHED.plusHours(2))
        .language("en-GB")
        .addAuthor(Actor.of("BBC staff", ActorKind.MEDIA))
        .addPost(tweet())
        .addIncident(
            incident(BRYANSK).addCasualty(injured().withClaim(INTERFAX)).addClaim(INTERFAX).build())
        .addIncident(
            incident(ENERHODAR)
                .location(enerhodar(BALITSKY))
                .build()
                .withType(IncidentType.DRONE_ATTACK)
                .withOutcome(IncidentOutcome.IMPACT))
        .addClaim(claim(KREMLIN).addAboutIncident(BRYANSK).build())
        .addClaim(
            claim(INTERFAX).addAboutIncident(BRYANSK).addAboutCasualty(BRYANSK_INJURED).build())
        .addClaim(claim(BALITSKY).addAboutIncident(ENERHODAR).post(TWEET).build())
        .addAidPackage(aid(UK_PACKAGE).build())
        .addAidPackage(aid(US_PACKAGE).addRelated(UK_PACKAGE).addClaim(KREMLIN).build());
  }

  // --- valid builds ---------------------------------------------------------------------------

  @Test
  void reportWithEveryKindOfResolvedReference() {
    Report report = seedLike().build();

    assertThat(report.id()).isEqualTo(ReportId.of("bbc-2023-09-07-drones"));
    assertThat(report.schemaVersion()).isEqualTo(Report.CURRENT_SCHEMA_VERSION).isEqualTo("1.0");
    assertThat(report.headline()).isPresent();
    assertThat(report.language()).hasValue("en-GB");
    assertThat(report.authors()).hasSize(1);
    assertThat(report.posts()).containsExactly(tweet());
    assertThat(report.incidents()).extracting(Incident::id).containsExactly(BRYANSK, ENERHODAR);
    assertThat(report.claims()).extracting(Claim::id).containsExactly(KREMLIN, INTERFAX, BALITSKY);
    assertThat(report.aidPackages()).extracting(AidPackage::id).containsExactly(UK_PACKAGE, US_PACKAGE);
  }

  @Test
  void idAloneIsEnough() {
    Report report = minimal().build();

    assertThat(report.incidents()).isEmpty();
    assertThat(report.schemaVersion()).isEqualTo("1.0");
  }

  @Test
  void retrievedAtMayEqualPublishedAtOrBeLaterInAnotherOffset() {
    assertThat(minimal().publishedAt(PUBLISHED).retrievedAt(PUBLISHED).build().retrievedAt())
        .hasValue(PUBLISHED);

    OffsetDateTime laterInUtc = OffsetDateTime.of(2023, 9, 7, 9, 30, 0, 0, ZoneOffset.UTC);
    assertThat(minimal().publishedAt(PUBLISHED).retrievedAt(laterInUtc).build().retrievedAt())
        .hasValue(laterInUtc);
  }

  // --- schema version -------------------------------------------------------------------------

  @Test
  void laterMinorSchemaVersionIsAccepted() {
    assertThat(minimal().schemaVersion("1.7").build().schemaVersion()).isEqualTo("1.7");
  }

  @Test
  void otherMajorSchemaVersionIsRejected() {
    assertSingleViolation(
        () -> minimal().schemaVersion("2.0").build(),
        "schemaVersion",
        "major version 2 is not supported by this library, which reads schema 1.x");
  }

  @Test
  void malformedSchemaVersionIsRejected() {
    assertSingleViolation(
        () -> minimal().schemaVersion("abc").build(),
        "schemaVersion",
        "'abc' is not a MAJOR.MINOR version such as 1.0");
    assertSingleViolation(() -> minimal().schemaVersion("1").build(), "schemaVersion", "'1'");
    assertSingleViolation(() -> minimal().schemaVersion("1.0.0").build(), "schemaVersion", "'1.0.0'");
  }

  // --- own fields -----------------------------------------------------------------------------

  @Test
  void blankHeadlineIsRejected() {
    assertSingleViolation(() -> minimal().headline(" ").build(), "headline", "must not be blank");
  }

  @Test
  void urlMustBeAbsoluteHttp() {
    assertSingleViolation(
        () -> minimal().url(URI.create("bbc.co.uk/news")).build(),
        "url",
        "'bbc.co.uk/news' is not an absolute http(s) URL");
  }

  @Test
  void languageMustBeABcp47Tag() {
    assertSingleViolation(
        () -> minimal().language("en_GB").build(),
        "language",
        "'en_GB' is not a well-formed BCP 47 language tag");
  }

  @Test
  void aPartysAttributionMustNameAClaimOfTheReport() {
    Incident attributed =
        Incident.builder()
            .id(IncidentId.of("attributed"))
            .type(IncidentType.DRONE_ATTACK)
            .outcome(IncidentOutcome.IMPACT)
            .addParty(
                Party.of(Actor.of("Ukrainian forces", ActorKind.ARMED_FORCES), PartyRole.PERPETRATOR)
                    .withClaim(GHOST_CLAIM))
            .build();
    assertSingleViolation(
        () -> minimal().addIncident(attributed).build(),
        "incidents[0].parties[0].claim",
        "refers to claim 'ghost', which is not in this report");
  }

  @Test
  void aReportPublishedOnADateWithoutATimeKeepsTheDate() {
    assertThat(minimal().publishedOn(java.time.LocalDate.of(2023, 9, 7)).build().publishedOn())
        .contains(java.time.LocalDate.of(2023, 9, 7));
    assertSingleViolation(
        () -> minimal().publishedAt(PUBLISHED).publishedOn(java.time.LocalDate.of(2023, 9, 8)).build(),
        "publishedOn",
        "must be the date of publishedAt (2023-09-07)");
  }

  @Test
  void modifiedAtBeforePublishedAtIsRejectedAndLaterIsKept() {
    assertSingleViolation(
        () -> minimal().publishedAt(PUBLISHED).modifiedAt(PUBLISHED.minusMinutes(1)).build(),
        "modifiedAt",
        "must not be before publishedAt (2023-09-07T10:00+01:00)");
    assertThat(
            minimal().publishedAt(PUBLISHED).modifiedAt(PUBLISHED.plusHours(4)).build().modifiedAt())
        .contains(PUBLISHED.plusHours(4));
    assertThat(minimal().modifiedAt(PUBLISHED).build().modifiedAt()).contains(PUBLISHED);
  }

  @Test
  void retrievedAtBeforePublishedAtIsRejected() {
    assertSingleViolation(
        () -> minimal().publishedAt(PUBLISHED).retrievedAt(PUBLISHED.minusMinutes(1)).build(),
        "retrievedAt",
        "must not be before publishedAt (2023-09-07T10:00+01:00)");
  }

  // --- unique ids -----------------------------------------------------------------------------

  @Test
  void incidentAndClaimMustNotShareAnId() {
    assertSingleViolation(
        () ->
            minimal()
                .addIncident(incident(IncidentId.of("x")).build())
                .addClaim(claim(ClaimId.of("x")).build())
                .build(),
        "claims[0].id",
        "repeats the id 'x' already used at incidents[0].id");
  }

  @Test
  void casualtyMustNotShareAnIdWithAnIncident() {
    assertSingleViolation(
        () ->
            minimal()
                .addIncident(incident(IncidentId.of("bryansk-injured")).build())
                .addIncident(incident(BRYANSK).addCasualty(injured()).build())
                .build(),
        "incidents[1].casualties[0].id",
        "already used at incidents[0].id");
  }

  @Test
  void postAndAidPackageMustNotShareAnId() {
    assertSingleViolation(
        () -> minimal().addPost(tweet()).addAidPackage(aid(AidPackageId.of("drutska-tweet")).build()).build(),
        "aidPackages[0].id",
        "already used at posts[0].id");
  }

  @Test
  void twoIncidentsMustNotShareAnId() {
    assertSingleViolation(
        () -> minimal().addIncidents(incident(BRYANSK).build(), incident(BRYANSK).build()).build(),
        "incidents[1].id",
        "repeats the id 'bryansk-drones' already used at incidents[0].id");
  }

  @Test
  void casualtiesOfDifferentIncidentsMustNotShareAnId() {
    assertSingleViolation(
        () ->
            minimal()
                .addIncident(incident(BRYANSK).addCasualty(injured()).build())
                .addIncident(incident(ENERHODAR).addCasualty(injured()).build())
                .build(),
        "incidents[1].casualties[0].id",
        "already used at incidents[0].casualties[0].id");
  }

  // --- dangling references --------------------------------------------------------------------

  @Test
  void incidentClaimMustResolve() {
    assertSingleViolation(
        () -> minimal().addIncident(incident(BRYANSK).addClaim(GHOST_CLAIM).build()).build(),
        "incidents[0].claims[0]",
        "refers to claim 'ghost', which is not in this report");
  }

  @Test
  void casualtyClaimMustResolve() {
    assertSingleViolation(
        () ->
            minimal()
                .addIncident(incident(BRYANSK).addCasualty(injured().withClaim(GHOST_CLAIM)).build())
                .build(),
        "incidents[0].casualties[0].claim",
        "refers to claim 'ghost'");
  }

  @Test
  void casualtyLocationControlClaimMustResolve() {
    assertSingleViolation(
        () ->
            minimal()
                .addIncident(
                    incident(BRYANSK)
                        .addCasualty(injured().withLocation(enerhodar(GHOST_CLAIM)))
                        .build())
                .build(),
        "incidents[0].casualties[0].location.control.claim",
        "refers to claim 'ghost'");
  }

  @Test
  void locationControlClaimMustResolve() {
    assertSingleViolation(
        () -> minimal().addIncident(incident(ENERHODAR).location(enerhodar(GHOST_CLAIM)).build()).build(),
        "incidents[0].location.control.claim",
        "refers to claim 'ghost', which is not in this report");
  }

  @Test
  void claimAboutIncidentsMustResolve() {
    assertSingleViolation(
        () ->
            minimal()
                .addClaim(claim(KREMLIN).build())
                .addClaim(claim(INTERFAX).addAboutIncident(BRYANSK).build())
                .build(),
        "claims[1].aboutIncidents[0]",
        "refers to incident 'bryansk-drones', which is not in this report");
  }

  @Test
  void claimAboutCasualtiesMustResolve() {
    assertSingleViolation(
        () ->
            minimal()
                .addClaim(claim(KREMLIN).build())
                .addClaim(claim(INTERFAX).addAboutCasualty(BRYANSK_INJURED).build())
                .build(),
        "claims[1].aboutCasualties[0]",
        "refers to casualty figure 'bryansk-injured'");
  }

  @Test
  void claimAboutAidPackagesMustResolve() {
    assertSingleViolation(
        () ->
            minimal()
                .addAidPackage(aid(UK_PACKAGE).build())
                .addClaim(claim(KREMLIN).addAboutAidPackages(UK_PACKAGE, US_PACKAGE).build())
                .build(),
        "claims[0].aboutAidPackages[1]",
        "refers to aid package 'us-package'");
  }

  @Test
  void claimPostMustResolve() {
    assertSingleViolation(
        () -> minimal().addClaim(claim(KREMLIN).post(TWEET).build()).build(),
        "claims[0].post",
        "refers to post 'drutska-tweet', which is not in this report");
  }

  @Test
  void aidPackageRelatedMustResolve() {
    assertSingleViolation(
        () ->
            minimal()
                .addAidPackage(aid(US_PACKAGE).build())
                .addAidPackage(aid(AidPackageId.of("eu-package")).addRelated(UK_PACKAGE).build())
                .build(),
        "aidPackages[1].related[0]",
        "refers to aid package 'uk-package'");
  }

  @Test
  void aidPackageClaimsMustResolve() {
    assertSingleViolation(
        () -> minimal().addAidPackage(aid(US_PACKAGE).addClaim(GHOST_CLAIM).build()).build(),
        "aidPackages[0].claims[0]",
        "refers to claim 'ghost'");
  }

  @Test
  void referenceToAnIdOfAnotherKindDoesNotResolve() {
    assertSingleViolation(
        () ->
            minimal()
                .addClaim(claim(KREMLIN).addAboutIncident(IncidentId.of("kremlin")).build())
                .build(),
        "claims[0].aboutIncidents[0]",
        "refers to incident 'kremlin'");
  }

  // --- all at once ----------------------------------------------------------------------------

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                minimal()
                    .schemaVersion("2.0")
                    .headline("")
                    .publishedAt(PUBLISHED)
                    .retrievedAt(PUBLISHED.minusDays(1))
                    .addIncident(incident(BRYANSK).addClaim(GHOST_CLAIM).build())
                    .addClaim(claim(ClaimId.of("bryansk-drones")).post(TWEET).build())
                    .addAidPackage(aid(US_PACKAGE).addRelated(UK_PACKAGE).build())
                    .build());

    assertThat(e.typeName()).isEqualTo("Report");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly(
            "schemaVersion",
            "headline",
            "retrievedAt",
            "claims[0].id",
            "incidents[0].claims[0]",
            "claims[0].post",
            "aidPackages[0].related[0]");
    assertThat(e.getMessage()).startsWith("Invalid Report (7 problems): schemaVersion: ");
  }

  // --- lookups --------------------------------------------------------------------------------

  @Test
  void looksUpByIdOfEachKind() {
    Report report = seedLike().build();

    assertThat(report.incident(ENERHODAR)).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo(ENERHODAR));
    assertThat(report.claim(INTERFAX)).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(INTERFAX));
    assertThat(report.aidPackage(US_PACKAGE))
        .hasValueSatisfying(p -> assertThat(p.related()).containsExactly(UK_PACKAGE));
    assertThat(report.incident(IncidentId.of("nowhere"))).isEmpty();
    assertThat(report.claim(GHOST_CLAIM)).isEmpty();
    assertThat(report.aidPackage(AidPackageId.of("kremlin"))).isEmpty();
  }

  @Test
  void claimsAboutAnIncidentAreThoseNamingItAndThoseItLists() {
    Report report =
        minimal()
            .addIncident(incident(BRYANSK).addClaim(BALITSKY).build())
            .addIncident(incident(ENERHODAR).build())
            .addClaim(claim(KREMLIN).addAboutIncident(BRYANSK).build())
            .addClaim(claim(INTERFAX).addAboutIncident(ENERHODAR).build())
            .addClaim(claim(BALITSKY).build())
            .build();

    assertThat(report.claimsAbout(BRYANSK)).extracting(Claim::id).containsExactly(KREMLIN, BALITSKY);
    assertThat(report.claimsAbout(ENERHODAR)).extracting(Claim::id).containsExactly(INTERFAX);
    assertThat(report.claimsAbout(IncidentId.of("nowhere"))).isEmpty();
  }

  // --- builder contract -----------------------------------------------------------------------

  @Test
  void missingIdIsReportedByName() {
    SitrepValidationException e = invalid(() -> Report.builder().headline("Drones").build());

    assertThat(e.typeName()).isEqualTo("Report");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("id");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Report.builder().id(null), "id", "must not be null");
    assertSingleViolation(
        () -> Report.builder().schemaVersion(null), "schemaVersion", "must not be null");
    assertSingleViolation(
        () -> Report.builder().publishedAt((OffsetDateTime) null), "publishedAt", "must not be null");
    assertSingleViolation(
        () -> Report.builder().addIncident((Incident) null), "incidents", "null element");
    assertSingleViolation(() -> Report.builder().addClaim((Claim) null), "claims", "null element");
    assertSingleViolation(
        () -> Report.builder().addAidPackage((AidPackage) null), "aidPackages", "null element");
    assertSingleViolation(() -> Report.builder().addPost((EmbeddedPost) null), "posts", "null element");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Report one = seedLike().build();
    Report two = seedLike().build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one.withHeadline("Another headline")).isNotEqualTo(one);
    assertThat(minimal().schemaVersion("1.0").build()).isEqualTo(minimal().build());
  }

  @Test
  void withCopiesAreRevalidated() {
    Report report = seedLike().build();

    assertThat(report.withSchemaVersion("1.3").schemaVersion()).isEqualTo("1.3");
    assertThat(report.schemaVersion()).isEqualTo("1.0");
    assertSingleViolation(
        () -> report.withSchemaVersion("2.0"), "schemaVersion", "major version 2");
    assertSingleViolation(
        () -> report.withRetrievedAt(PUBLISHED.minusSeconds(1)), "retrievedAt", "must not be before");
    assertSingleViolation(
        () -> report.withPosts(), "claims[2].post", "refers to post 'drutska-tweet'");
    assertSingleViolation(
        () -> report.withAidPackages(aid(US_PACKAGE).addRelated(UK_PACKAGE).build()),
        "aidPackages[0].related[0]",
        "refers to aid package 'uk-package'");

    SitrepValidationException withoutIncidents = invalid(() -> report.withIncidents());
    assertHasViolation(withoutIncidents, "claims[0].aboutIncidents[0]", "refers to incident 'bryansk-drones'");
    assertHasViolation(withoutIncidents, "claims[1].aboutCasualties[0]", "refers to casualty figure");
    assertHasViolation(withoutIncidents, "claims[2].aboutIncidents[0]", "'enerhodar-strike'");
    assertThat(withoutIncidents.violations()).hasSize(4);
  }
}
