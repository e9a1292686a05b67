package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Something someone said: who, in what role, through which channel, when, what they said, what it
 * is about, what kind of statement it is, and whether it has been verified.
 *
 * <p>Every fact in a Sitrep report rests on a claim. From the seed article: "Multiple Ukrainian
 * drones were shot down ... the Kremlin has claimed" is a claim by {@code Actor.of("the Kremlin",
 * ActorKind.GOVERNMENT)}, kind {@link ClaimKind#FACTUAL_ASSERTION}, status {@link
 * VerificationStatus#UNVERIFIED}, about the interception incident. The library records who claims
 * what; it never decides who is right.
 *
 * <p>Rules: a claim has a statement or a quote (or both), trimmed and not blank; no reference is
 * listed twice; a claim is not {@link #aboutClaims() about} itself; a claim that gives a casualty
 * figure (of kind {@link ClaimKind#CASUALTY_FIGURE}, or about casualty figures) is not {@link
 * #silentOn() silent on} {@link ClaimTopic#CASUALTIES}. References must resolve inside the {@link
 * Report} that holds the claim.
 *
 * <p>Built with {@code Claim.builder().id(...).source(actor).kind(ClaimKind.CASUALTY_FIGURE)
 * .verification(VerificationStatus.UNVERIFIED).statement(...)} and, for what it is about, {@code
 * addAboutIncident(IncidentId)}, {@code addAboutCasualty(CasualtyId)}, {@code
 * addAboutAidPackage(AidPackageId)}.
 */
@Value.Immutable
@SitrepStyle
public abstract class Claim implements WithClaim, Extensible {
  Claim() {}

  /** @return the claim's id within its report */
  public abstract ClaimId id();

  /** @return who says it, with their role: "Moscow mayor Sergei Sobyanin" */
  public abstract Actor source();

  /** @return how it was made public: Telegram, a news agency, a post */
  public abstract Optional<Channel> channel();

  /** @return when it was said */
  public abstract Optional<ReportedTime> madeOn();

  /** @return what was claimed, in the report's words */
  public abstract Optional<String> statement();

  /** @return the speaker's own words, verbatim: "This Russian evil must be defeated ..." */
  public abstract Optional<String> quote();

  /** @return what kind of statement it is */
  public abstract ClaimKind kind();

  /** @return where it stands with respect to verification */
  public abstract VerificationStatus verification();

  /** @return the incidents it is about */
  public abstract List<IncidentId> aboutIncidents();

  /** @return the casualty figures it gives or is about */
  public abstract List<CasualtyId> aboutCasualties();

  /** @return the aid packages it is about */
  public abstract List<AidPackageId> aboutAidPackages();

  /**
   * The claims it answers: a denial of an attribution, a confirmation or dispute of a figure.
   * {@link Report#claimsAbout(ClaimId)} gives, for a claim, the claims that answer it.
   *
   * @return the claims it is about, in the same report
   */
  public abstract List<ClaimId> aboutClaims();

  /** @return the embedded post in which it was made */
  public abstract Optional<PostId> post();

  /**
   * What the statement explicitly said nothing about: a statement that drones were downed, with
   * "no word on casualties", is silent on {@link ClaimTopic#CASUALTIES}. Distinct from the recorder
   * not recording a figure, which is no figure at all.
   *
   * @return the topics; none listed twice
   */
  public abstract List<ClaimTopic> silentOn();

  /**
   * Verification assessments of the claim, by the publisher, a fact-checker or the recorder: "could
   * not independently verify", "confirmed by geolocated video". Separate from {@link
   * #verification()}, where it stands as reported, whoever checked it.
   *
   * @return the assessments, in order
   */
  public abstract List<Assessment> assessments();

  /** @return the material attached to the claim: photos, videos, documents */
  public abstract List<Evidence> evidence();

  /** @return who or what coded the claim, and how confident they were */
  public abstract Optional<Coding> coding();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claim}; each attribute may be set once. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Optional<String> statement = statement();
    Optional<String> quote = quote();
    v.require(
        statement.isPresent() || quote.isPresent(),
        "statement",
        "a claim needs a statement or a quote");
    Rules.text(v, "statement", statement);
    Rules.text(v, "quote", quote);
    Rules.distinct(v, "aboutIncidents", aboutIncidents());
    Rules.distinct(v, "aboutCasualties", aboutCasualties());
    Rules.distinct(v, "aboutAidPackages", aboutAidPackages());
    Rules.distinct(v, "aboutClaims", aboutClaims());
    if (aboutClaims().contains(id())) {
      v.add("aboutClaims", "a claim does not answer itself ('" + id() + "')");
    }
    Rules.distinct(v, "silentOn", silentOn());
    if (silentOn().contains(ClaimTopic.CASUALTIES)) {
      v.require(
          aboutCasualties().isEmpty() && !kind().equals(ClaimKind.CASUALTY_FIGURE),
          "silentOn",
          "a claim that gives a casualty figure is not silent on casualties");
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Claim");
  }
}
