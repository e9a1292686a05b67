package org.sitrep.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AidPackage;
import org.sitrep.AidPackageId;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.EmbeddedPost;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.PostId;
import org.sitrep.Report;
import org.sitrep.ReportId;

/**
 * A recipe for a valid {@link Report} whose parts refer to each other, for tests that need a whole
 * report: how many incidents, aid packages and embedded posts, and how to vary each. Made by {@link
 * Fixtures#report()}; immutable, so a recipe can be shared and varied safely; {@link #build()}
 * gives the same report every time.
 *
 * <pre>{@code
 * Report three = Fixtures.report().withIncidents(3).build();
 * Report shelling = Fixtures.report().withEachIncident(i -> i.withType(IncidentType.SHELLING)).build();
 * assertThat(three.claimsAbout(IncidentId.of("incident-2"))).hasSize(1);
 * }</pre>
 *
 * <p>What {@link #build()} makes, numbering from 1:
 *
 * <ul>
 *   <li>incident {@code incident-N}, a copy of {@link Fixtures#incident()}, whose casualty figure
 *       is {@code incident-N-casualty}; claim {@code claim-incident-N} is about both, and both cite
 *       it;
 *   <li>aid package {@code aid-package-N}, a copy of {@link Fixtures#aidPackage()}, related to
 *       {@code aid-package-(N-1)} where there is one; claim {@code claim-aid-package-N} announces
 *       it, and it cites that claim;
 *   <li>post {@code post-N}, a copy of {@link Fixtures#embeddedPost()}; claim {@code claim-post-N}
 *       was made in it;
 *   <li>the report {@link Fixtures#REPORT_ID}, with a headline, publisher, URL, language {@code
 *       en-GB}, one author, published at {@link Fixtures#PUBLISHED_AT} and retrieved at {@link
 *       Fixtures#RETRIEVED_AT}.
 * </ul>
 */
public final class ReportFixture {
  static final ReportFixture DEFAULT =
      new ReportFixture(
          Fixtures.REPORT_ID,
          1,
          1,
          1,
          UnaryOperator.identity(),
          UnaryOperator.identity(),
          UnaryOperator.identity());

  private final ReportId id;
  private final int incidents;
  private final int aidPackages;
  private final int posts;
  private final UnaryOperator<Incident> eachIncident;
  private final UnaryOperator<AidPackage> eachAidPackage;
  private final UnaryOperator<Claim> eachClaim;

  private ReportFixture(
      ReportId id,
      int incidents,
      int aidPackages,
      int posts,
      UnaryOperator<Incident> eachIncident,
      UnaryOperator<AidPackage> eachAidPackage,
      UnaryOperator<Claim> eachClaim) {
    this.id = id;
    this.incidents = incidents;
    this.aidPackages = aidPackages;
    this.posts = posts;
    this.eachIncident = eachIncident;
    this.eachAidPackage = eachAidPackage;
    this.eachClaim = eachClaim;
  }

  /**
   * A report with another id.
   *
   * <pre>{@code
   * Report a = Fixtures.report().withId("report-a").build();
   * Report b = Fixtures.report().withId("report-b").build();
   * assertThat(a).isNotEqualTo(b);
   * }</pre>
   *
   * @param reportId the report's id, e.g. {@code "report-a"}
   * @return a fixture for that report
   */
  public ReportFixture withId(String reportId) {
    return new ReportFixture(
        ReportId.of(reportId),
        incidents,
        aidPackages,
        posts,
        eachIncident,
        eachAidPackage,
        eachClaim);
  }

  /**
   * A report with {@code count} incidents, each with its own claim and casualty figure.
   *
   * <pre>{@code
   * Report report = Fixtures.report().withIncidents(3).build();
   * Incident second = report.incident(IncidentId.of("incident-2")).orElseThrow();
   * assertThat(report.claimsAbout(second.id())).hasSize(1);
   * }</pre>
   *
   * @param count how many incidents, zero or more
   * @return a fixture with that many incidents
   */
  public ReportFixture withIncidents(int count) {
    return new ReportFixture(
        id, atLeastZero(count), aidPackages, posts, eachIncident, eachAidPackage, eachClaim);
  }

  /**
   * A report with {@code count} aid packages, each announced by its own claim, each after the first
   * related to the one before.
   *
   * <pre>{@code
   * Report report = Fixtures.report().withAidPackages(2).build();
   * AidPackage second = report.aidPackage(AidPackageId.of("aid-package-2")).orElseThrow();
   * assertThat(second.related()).containsExactly(AidPackageId.of("aid-package-1"));
   * }</pre>
   *
   * @param count how many aid packages, zero or more
   * @return a fixture with that many aid packages
   */
  public ReportFixture withAidPackages(int count) {
    return new ReportFixture(
        id, incidents, atLeastZero(count), posts, eachIncident, eachAidPackage, eachClaim);
  }

  /**
   * A report embedding {@code count} posts, each with the claim made in it.
   *
   * <pre>{@code
   * Report report = Fixtures.report().withPosts(2).build();
   * Claim inPost = report.claim(ClaimId.of("claim-post-2")).orElseThrow();
   * assertThat(inPost.post()).hasValue(PostId.of("post-2"));
   * }</pre>
   *
   * @param count how many embedded posts, zero or more
   * @return a fixture with that many posts
   */
  public ReportFixture withPosts(int count) {
    return new ReportFixture(
        id, incidents, aidPackages, atLeastZero(count), eachIncident, eachAidPackage, eachClaim);
  }

  /**
   * Changes every incident after it is wired (its id, casualty figure and claim are set). Keep the
   * ids and references as they are, or the report will not build.
   *
   * <pre>{@code
   * Report report = Fixtures.report().withIncidents(2)
   *     .withEachIncident(i -> i.withType(IncidentType.DRONE_INTERCEPTED)).build();
   * assertThat(report.incidents()).allMatch(i -> i.type() == IncidentType.DRONE_INTERCEPTED);
   * }</pre>
   *
   * @param change applied to each incident, after any change given before
   * @return a fixture that applies it
   */
  public ReportFixture withEachIncident(UnaryOperator<Incident> change) {
    return new ReportFixture(
        id, incidents, aidPackages, posts, then(eachIncident, change), eachAidPackage, eachClaim);
  }

  /**
   * Changes every aid package after it is wired.
   *
   * <pre>{@code
   * Report report = Fixtures.report()
   *     .withEachAidPackage(p -> p.withStage(AidStage.DELIVERED)).build();
   * assertThat(report.aidPackages().get(0).stage()).isEqualTo(AidStage.DELIVERED);
   * }</pre>
   *
   * @param change applied to each aid package, after any change given before
   * @return a fixture that applies it
   */
  public ReportFixture withEachAidPackage(UnaryOperator<AidPackage> change) {
    return new ReportFixture(
        id, incidents, aidPackages, posts, eachIncident, then(eachAidPackage, change), eachClaim);
  }

  /**
   * Changes every claim after it is wired.
   *
   * <pre>{@code
   * Report report = Fixtures.report()
   *     .withEachClaim(c -> c.withVerification(VerificationStatus.CONFIRMED)).build();
   * assertThat(report.claims()).allMatch(c -> c.verification() == VerificationStatus.CONFIRMED);
   * }</pre>
   *
   * @param change applied to each claim, after any change given before
   * @return a fixture that applies it
   */
  public ReportFixture withEachClaim(UnaryOperator<Claim> change) {
    return new ReportFixture(
        id, incidents, aidPackages, posts, eachIncident, eachAidPackage, then(eachClaim, change));
  }

  /**
   * Builds the report; the same report on every call.
   *
   * <pre>{@code
   * ReportFixture fixture = Fixtures.report().withIncidents(2);
   * Report report = fixture.build();
   * assertThat(fixture.build()).isEqualTo(report);
   * }</pre>
   *
   * @return the report
   * @throws org.sitrep.SitrepValidationException if a change given to this fixture broke a rule
   */
  public Report build() {
    List<Incident> builtIncidents = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int n = 1; n <= incidents; n++) {
      IncidentId incidentId = IncidentId.of("incident-" + n);
      CasualtyId casualtyId = CasualtyId.of(incidentId + "-casualty");
      ClaimId claimId = ClaimId.of("claim-" + incidentId);
      Casualty casualty = Fixtures.casualty().withId(casualtyId).withClaim(claimId);
      builtIncidents.add(
          eachIncident.apply(
              Fixtures.incident().withId(incidentId).withCasualties(casualty).withClaims(claimId)));
      claims.add(
          eachClaim.apply(
              Fixtures.claim()
                  .withId(claimId)
                  .withAboutIncidents(incidentId)
                  .withAboutCasualties(casualtyId)));
    }

    List<AidPackage> builtAid = new ArrayList<>();
    for (int n = 1; n <= aidPackages; n++) {
      AidPackageId aidId = AidPackageId.of("aid-package-" + n);
      ClaimId claimId = ClaimId.of("claim-" + aidId);
      List<AidPackageId> related =
          n > 1 ? List.of(AidPackageId.of("aid-package-" + (n - 1))) : List.of();
      builtAid.add(
          eachAidPackage.apply(
              Fixtures.aidPackage().withId(aidId).withRelated(related).withClaims(claimId)));
      claims.add(
          eachClaim.apply(
              Fixtures.claim()
                  .withId(claimId)
                  .withSource(Actor.of("the US", ActorKind.STATE))
                  .withKind(ClaimKind.ANNOUNCEMENT)
                  .withStatement("The US announced military aid worth up to $175million.")
                  .withQuote(Optional.empty())
                  .withAboutAidPackages(aidId)));
    }

    List<EmbeddedPost> builtPosts = new ArrayList<>();
    for (int n = 1; n <= posts; n++) {
      PostId postId = PostId.of("post-" + n);
      EmbeddedPost post = Fixtures.embeddedPost().withId(postId);
      builtPosts.add(post);
      claims.add(
          eachClaim.apply(
              Fixtures.claim()
                  .withId(ClaimId.of("claim-" + postId))
                  .withSource(post.author())
                  .withChannel(Optional.empty())
                  .withKind(ClaimKind.FACTUAL_ASSERTION)
                  .withStatement(
                      "Explosions rang out near the headquarters of the Southern"
                          + " Military District.")
                  .withQuote(Optional.empty())
                  .withPost(postId)));
    }

    return head()
        .addAllPosts(builtPosts)
        .addAllIncidents(builtIncidents)
        .addAllClaims(claims)
        .addAllAidPackages(builtAid)
        .build();
  }

  /** A builder holding what the report says of itself, and no contents yet. */
  private Report.Builder head() {
    return Report.builder()
        .id(id)
        .schemaVersion(Report.CURRENT_SCHEMA_VERSION)
        .headline("Ukrainian drones downed over Russia, Kremlin claims")
        .publisher(Actor.of("Example News", ActorKind.MEDIA))
        .url(URI.create("https://news.example.org/2023/09/07/drones-across-russia"))
        .publishedAt(Fixtures.PUBLISHED_AT)
        .retrievedAt(Fixtures.RETRIEVED_AT)
        .language("en-GB")
        .addAuthor(Actor.of("A. Reporter", ActorKind.PERSON));
  }

  private static int atLeastZero(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must not be negative (was " + count + ")");
    }
    return count;
  }

  private static <T> UnaryOperator<T> then(UnaryOperator<T> first, UnaryOperator<T> second) {
    return value -> second.apply(first.apply(value));
  }
}
