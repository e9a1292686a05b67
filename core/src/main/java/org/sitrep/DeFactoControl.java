package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Who controls a place in fact, as reported, kept apart from the country it belongs to de jure.
 *
 * <p>From the seed article: Enerhodar is "a city in the Russian-controlled part of Ukraine's
 * southern Zaporizhzhia region": its {@link Location} has country {@code UA} and a control of
 * {@code Actor.of("Russia", ActorKind.STATE)}, with the phrase as reported, the date it held, and
 * the claim it rests on. The library records who is said to control a place; it does not decide.
 */
@Value.Immutable
@SitrepStyle
public abstract class DeFactoControl implements WithDeFactoControl, Extensible {
  DeFactoControl() {}

  /** @return the party reported to be in control: Russia, Russian forces */
  public abstract Actor controller();

  /** @return when the control was reported to hold */
  public abstract Optional<ReportedTime> asOf();

  /** @return the claim in the same report that says so */
  public abstract Optional<ClaimId> claim();

  /** @return the words as reported: "the Russian-controlled part of Ukraine's ... region" */
  public abstract Optional<String> phrase();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeFactoControl}; each attribute may be set once. */
  public static final class Builder extends ImmutableDeFactoControl.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "phrase", phrase());
    Rules.extensions(v, extensions());
    v.throwIfAny("DeFactoControl");
  }
}
