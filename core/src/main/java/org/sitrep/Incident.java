package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * One reported event: a drone shot down, a missile strike, an explosion, a fire.
 *
 * <p>It says what kind of event it was ({@link IncidentType}, mapped to ACLED), when and where,
 * by what means, how many (drones, explosions), whether the attack was stopped ({@link
 * IncidentOutcome}, independent of the type), who is alleged to be behind it, what was hit and
 * damaged, the casualty figures, and the claims that support or dispute it.
 *
 * <p>From the seed article: "Two drones were also downed over Bryansk ... debris of which shattered
 * windows in a railway station building and damaged cars nearby, the Interfax news agency
 * reported" is an incident of type {@link IncidentType#DRONE_INTERCEPTED}, quantity {@code
 * Estimate.exactly(2)}, outcome {@link IncidentOutcome#INTERCEPTED}, two {@link Damage}s, and the
 * Interfax claim.
 *
 * <p>Rules: the summary is trimmed and not blank; no means, casualty id or claim is listed twice.
 */
@Value.Immutable
@SitrepStyle
public abstract class Incident implements WithIncident, Extensible {
  Incident() {}

  /** @return the incident's id within its report */
  public abstract IncidentId id();

  /** @return what kind of event */
  public abstract IncidentType type();

  /** @return when it happened, as precisely as reported */
  public abstract Optional<ReportedTime> time();

  /** @return where it happened */
  public abstract Optional<Location> location();

  /** @return the means used: drone, missile */
  public abstract List<Means> means();

  /** @return how many: "two drones", "at least 3 explosions" */
  public abstract Optional<Estimate> quantity();

  /** @return whether the attack was intercepted, hit, or is not known to have done either */
  public abstract IncidentOutcome outcome();

  /** @return who is alleged to be responsible: "Ukrainian drones", "a Russian missile" */
  public abstract Optional<Actor> perpetrator();

  /** @return the places hit or targeted: "a market, shops and a pharmacy" */
  public abstract List<Site> sites();

  /** @return what was damaged and how */
  public abstract List<Damage> damage();

  /** @return the casualty figures reported for it */
  public abstract List<Casualty> casualties();

  /** @return a short summary in the recorder's words */
  public abstract Optional<String> summary();

  /** @return the claims in the same report that support or dispute it */
  public abstract List<ClaimId> claims();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Incident}; each attribute may be set once. */
  public static final class Builder extends ImmutableIncident.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.distinct(v, "means", means());
    Rules.distinct(v, "claims", claims());
    java.util.Map<CasualtyId, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < casualties().size(); i++) {
      CasualtyId id = casualties().get(i).id();
      Integer j = first.putIfAbsent(id, i);
      if (j != null && v.keeps()) {
        v.add("casualties[" + i + "].id", "repeats the id '" + id + "' of casualties[" + j + "]");
      } else if (j != null) {
        v.omit();
      }
    }
    Rules.text(v, "summary", summary());
    Rules.extensions(v, extensions());
    v.throwIfAny("Incident");
  }
}
