package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A casualty figure: what happened to people (killed, injured, missing, captured), who they were,
 * how many, as of when, whether the figure may still change, and the claim it comes from.
 *
 * <p>From the seed article: "up to 17 people were killed ... the death toll could increase" is
 * {@code Casualty.builder().id(CasualtyId.of("kostiantynivka-killed")).outcome(CasualtyOutcome.KILLED)
 * .population(PopulationGroup.CIVILIAN).count(Estimate.upTo(17)).provisional(true).build()}. "there
 * were no casualties" is a figure of {@link CasualtyOutcome#KILLED_OR_INJURED} with {@code
 * Estimate.exactly(0)}: a known zero. An unknown toll is no figure at all.
 */
@Value.Immutable
@SitrepStyle
public abstract class Casualty implements WithCasualty, Extensible {
  Casualty() {}

  /** @return the figure's id, so that claims can refer to it */
  public abstract CasualtyId id();

  /** @return what happened to the people counted */
  public abstract CasualtyOutcome outcome();

  /** @return who they were: civilians, military, unknown */
  public abstract PopulationGroup population();

  /** @return how many */
  public abstract Estimate count();

  /** @return when the figure was given or held */
  public abstract Optional<ReportedTime> asOf();

  /**
   * Whether the figure is said to be provisional: "the death toll could increase". False unless
   * set.
   *
   * @return whether it may change
   */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /** @return the claim in the same report that gives this figure */
  public abstract Optional<ClaimId> claim();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Casualty}; each attribute may be set once. */
  public static final class Builder extends ImmutableCasualty.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.extensions(v, extensions());
    v.throwIfAny("Casualty");
  }
}
