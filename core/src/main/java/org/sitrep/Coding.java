package org.sitrep;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Who or what coded a record (an incident, a claim, a casualty figure), when, and how confident
 * they were: the provenance of the coding, separate from the provenance of the facts (the claims).
 *
 * <p>An ACLED researcher's event is {@code Coding.builder().method(CodingMethod.HUMAN)
 * .coder(Actor.of("ACLED", ActorKind.ORGANISATION))}; a VIINA label from a classifier is {@code
 * Coding.builder().method(CodingMethod.MACHINE).model("viina-bert-2.1").probability(0.87)}.
 *
 * <p>Rules: the model is trimmed and not blank; the probability is from 0 to 1; a model and a
 * probability belong to a program's coding, so a coding by {@link CodingMethod#HUMAN} has neither.
 */
@Value.Immutable
@SitrepStyle
public abstract class Coding implements WithCoding, Extensible {
  Coding() {}

  /** @return how the record was coded: by a person, a program, or both */
  public abstract CodingMethod method();

  /** @return who coded it: a person, a team, an organisation */
  public abstract Optional<Actor> coder();

  /** @return the program that coded it, with its version: "viina-bert-2.1" */
  public abstract Optional<String> model();

  /** @return the program's probability for what it coded, from 0 to 1 */
  public abstract Optional<Double> probability();

  /** @return when it was coded */
  public abstract Optional<OffsetDateTime> codedAt();

  /** @return how confident the coder is */
  public abstract Optional<Confidence> confidence();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Coding}; each attribute may be set once. */
  public static final class Builder extends ImmutableCoding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "model", model());
    if (probability().isPresent()) {
      double p = probability().get();
      if (!(p >= 0 && p <= 1)) {
        v.add("probability", "must be from 0 to 1, not " + p);
      }
    }
    if (method().equals(CodingMethod.HUMAN)) {
      v.require(model().isEmpty(), "model", "a coding by a person has no model");
      v.require(probability().isEmpty(), "probability", "a coding by a person has no probability");
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Coding");
  }
}
