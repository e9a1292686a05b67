package org.sitrep;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * The fate of one kind of weapon in an attack wave: how many were launched, how many were stopped
 * (intercepted, shot down, suppressed) and how, how many hit, as someone reports it.
 *
 * <p>"Over two dozen drones and four cruise missiles, most of them downed" is two engagements of
 * one {@link Incident}: {@code Engagement.builder().means(Means.DRONE)
 * .launched(Estimate.moreThan(24).withPhrase("over two dozen")).stoppedShare(Proportion.MOST)
 * .build()} and one for {@link Means#CRUISE_MISSILE} launched {@code Estimate.exactly(4)}. The Air
 * Force's "launched 48, intercepted 44" is {@code launched(Estimate.exactly(48))
 * .stopped(Estimate.exactly(44)).addMethod(InterceptionMethod.AIR_DEFENCE)
 * .claim(ClaimId.of("air-force"))}. Added to the incident with {@code addEngagement(...)}; each
 * figure is an {@link Estimate}, so "most" without a number is {@link #stoppedShare()}.
 *
 * <p>Rules: the stopped and hit figures are each no larger than the launched one, and together
 * no larger than it, where their bounds are known; a share of {@code NONE} stopped goes with no
 * stopped figure above zero, a share of {@code ALL} with no hit figure above zero; no method or
 * interceptor is listed twice; the phrase is trimmed and not blank.
 */
@Value.Immutable
@SitrepStyle
public abstract class Engagement implements WithEngagement, Extensible {
  Engagement() {}

  /** @return the kind of weapon: drones, cruise missiles, glide bombs */
  public abstract Means means();

  /** @return how many were launched or fired: "launched 48", "over two dozen drones" */
  public abstract Optional<Estimate> launched();

  /** @return how many were stopped: intercepted, shot down, suppressed, "intercepted 44" */
  public abstract Optional<Estimate> stopped();

  /** @return the share stopped, where the report gives words instead of a number: "most of them" */
  public abstract Optional<Proportion> stoppedShare();

  /** @return how many reached a target or struck: "four hit their targets" */
  public abstract Optional<Estimate> hit();

  /** @return how they were stopped: air defence, electronic warfare, fighter aircraft */
  public abstract List<InterceptionMethod> methods();

  /** @return who stopped them, where the report says: "the air force", "a mobile fire group" */
  public abstract List<Actor> interceptors();

  /** @return the claim in the same report that gives these figures */
  public abstract Optional<ClaimId> claim();

  /** @return the words as reported: "launched 48, intercepted 44" */
  public abstract Optional<String> phrase();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Engagement}; each attribute may be set once. */
  public static final class Builder extends ImmutableEngagement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    OptionalLong launchedMost =
        launched().map(Estimate::mostPossible).orElse(OptionalLong.empty());
    long stoppedLow = leastOrZero(stopped());
    long hitLow = leastOrZero(hit());
    if (launchedMost.isPresent()) {
      long most = launchedMost.getAsLong();
      if (stoppedLow > most) {
        v.add("stopped", "is at least " + stoppedLow + ", more than the " + most + " launched");
      }
      if (hitLow > most) {
        v.add("hit", "is at least " + hitLow + ", more than the " + most + " launched");
      }
      if (stoppedLow <= most && hitLow <= most && stoppedLow > most - hitLow) {
        v.add(
            "hit",
            "at least " + stoppedLow + " stopped and " + hitLow + " hit are more than the " + most
                + " launched");
      }
    }
    if (stoppedShare().isPresent()) {
      if (stoppedShare().get() == Proportion.NONE && stoppedLow > 0) {
        v.add("stoppedShare", "is none, but at least " + stoppedLow + " were stopped");
      }
      if (stoppedShare().get() == Proportion.ALL && hitLow > 0) {
        v.add("stoppedShare", "is all, but at least " + hitLow + " hit");
      }
    }
    Rules.distinct(v, "methods", methods());
    Rules.distinct(v, "interceptors", interceptors());
    Rules.text(v, "phrase", phrase());
    Rules.extensions(v, extensions());
    v.throwIfAny("Engagement");
  }

  /** The least the estimate says there were, or zero where it gives no lower bound. */
  private static long leastOrZero(Optional<Estimate> e) {
    return e.map(Estimate::leastPossible).orElse(OptionalLong.empty()).orElse(0L);
  }
}
