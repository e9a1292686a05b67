package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A verification assessment of a {@link Claim}: who assessed it, when, with what result, by which
 * methods, in their words.
 *
 * <p>A publisher's "could not independently verify the claims" is {@code
 * Assessment.builder().assessor(publisher).result(VerificationStatus.UNVERIFIED)
 * .addMethod(VerificationMethod.INDEPENDENT_SOURCES).statement("could not independently verify")}:
 * an assessment that was made, unlike a claim's default {@link VerificationStatus#UNVERIFIED}, which
 * says only that nobody is recorded as having checked. "Confirmed by geolocated video" is a result
 * of {@link VerificationStatus#CONFIRMED} by {@link VerificationMethod#GEOLOCATION}. Several
 * assessors may disagree; the library keeps every assessment and never decides between them.
 *
 * <p>Rules: the statement is trimmed and not blank; no method is listed twice.
 */
@Value.Immutable
@SitrepStyle
public abstract class Assessment implements WithAssessment, Extensible {
  Assessment() {}

  /** @return who assessed the claim: the publisher, a fact-checker, the recorder */
  public abstract Actor assessor();

  /** @return when it was assessed */
  public abstract Optional<ReportedTime> assessedOn();

  /** @return what the assessor found */
  public abstract VerificationStatus result();

  /** @return how the claim was checked */
  public abstract List<VerificationMethod> methods();

  /** @return the assessment in the assessor's words: "could not independently verify" */
  public abstract Optional<String> statement();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; each attribute may be set once. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.distinct(v, "methods", methods());
    Rules.text(v, "statement", statement());
    Rules.extensions(v, extensions());
    v.throwIfAny("Assessment");
  }
}
