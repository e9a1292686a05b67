package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * An actor taking part in an {@link Incident}, in a {@link PartyRole role}, on a {@link DyadSide
 * side} where the report or dataset codes one, and with the claim that says so: an attribution is
 * someone's claim, never the library's verdict.
 *
 * <p>From the seed article: the Kremlin's "attempted attacks by Ukrainian drones" is {@code
 * Party.builder().actor(Actor.of("Ukrainian forces", ActorKind.ARMED_FORCES))
 * .role(PartyRole.PERPETRATOR).claim(ClaimId.of("kremlin-drones")).phrase("Ukrainian drones")
 * .build()}, added to the incident with {@code Incident.builder().addParty(...)}. A UCDP row's
 * {@code side_a} "Government of Russia (Soviet Union)" is a party of {@code side(SIDE_A)}, and its
 * victims, a party of role {@link PartyRole#TARGET}.
 *
 * <p>Rules: the phrase is trimmed and not blank.
 */
@Value.Immutable
@SitrepStyle
public abstract class Party implements WithParty, Extensible {
  Party() {}

  /** @return who: the state, armed force, group or people */
  public abstract Actor actor();

  /** @return the part they played, as reported */
  public abstract PartyRole role();

  /** @return the side of the event they are on, where the report or dataset codes one */
  public abstract Optional<DyadSide> side();

  /** @return the claim in the same report that attributes this part to them */
  public abstract Optional<ClaimId> claim();

  /** @return the words as reported: "Ukrainian drones", "a Russian missile" */
  public abstract Optional<String> phrase();

  /**
   * An actor in a role.
   *
   * @param actor who
   * @param role the part they played
   * @return the party
   */
  public static Party of(Actor actor, PartyRole role) {
    return builder().actor(actor).role(role).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}; each attribute may be set once. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "phrase", phrase());
    Rules.extensions(v, extensions());
    v.throwIfAny("Party");
  }
}
