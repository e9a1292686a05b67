package org.sitrep;

import java.util.List;
import java.util.Optional;

/**
 * What kind of event an {@link Incident} is, with its mapping to ACLED's event taxonomy.
 *
 * <p>Each well-known type states the ACLED event type and sub-event type an analyst would code it
 * as, so that Sitrep data can be compared with ACLED: an intercepted drone is ACLED "Strategic
 * developments / Disrupted weapons use"; the missile on the Kostiantynivka market is "Explosions/
 * Remote violence / Shelling/artillery/missile attack". Where ACLED would need more than the type
 * tells (an explosion of unknown cause), the sub-event type is absent.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know; such a type
 * has no ACLED mapping. The type says what happened; whether an attack was stopped is the separate
 * {@link IncidentOutcome}.
 */
public final class IncidentType extends Vocabulary {
  private static final String REMOTE_VIOLENCE = "Explosions/Remote violence";
  private static final String STRATEGIC = "Strategic developments";

  private static final Terms<IncidentType> TERMS =
      new Terms<>("IncidentType", code -> new IncidentType(code, false, null, null));

  /** A drone that reached its target or exploded: "Several other drones also struck". */
  public static final IncidentType DRONE_ATTACK =
      known("drone_attack", REMOTE_VIOLENCE, "Air/drone strike");

  /** A drone shot down, jammed or otherwise stopped: "one drone was downed over Ramenskoye". */
  public static final IncidentType DRONE_INTERCEPTED =
      known("drone_intercepted", STRATEGIC, "Disrupted weapons use");

  /** A missile that reached its target: "a Russian missile on a market". */
  public static final IncidentType MISSILE_STRIKE =
      known("missile_strike", REMOTE_VIOLENCE, "Shelling/artillery/missile attack");

  /** A missile shot down before reaching its target. */
  public static final IncidentType MISSILE_INTERCEPTED =
      known("missile_intercepted", STRATEGIC, "Disrupted weapons use");

  /** A strike by crewed aircraft. */
  public static final IncidentType AIR_STRIKE =
      known("air_strike", REMOTE_VIOLENCE, "Air/drone strike");

  /** Artillery, mortar or rocket fire. */
  public static final IncidentType SHELLING =
      known("shelling", REMOTE_VIOLENCE, "Shelling/artillery/missile attack");

  /** A planted or improvised explosive device, or a mine. */
  public static final IncidentType EXPLOSIVE_DEVICE =
      known("explosive_device", REMOTE_VIOLENCE, "Remote explosive/landmine/IED");

  /**
   * An explosion whose cause is not reported: "three explosions took place in the city". ACLED
   * sub-event type depends on the cause, so it is absent.
   */
  public static final IncidentType EXPLOSION = known("explosion", REMOTE_VIOLENCE, null);

  /** A fire: "a vehicle caught fire". ACLED codes fires of unclear cause as "Other". */
  public static final IncidentType FIRE = known("fire", STRATEGIC, "Other");

  /** Armed clash between organised armed groups. */
  public static final IncidentType ARMED_CLASH = known("armed_clash", "Battles", "Armed clash");

  /**
   * Control of a place passing without a battle: Rostov-on-Don taken during Prigozhin's failed
   * mutiny in June 2023.
   */
  public static final IncidentType NON_VIOLENT_TERRITORY_TRANSFER =
      known("non_violent_territory_transfer", STRATEGIC, "Non-violent transfer of territory");

  private final String acledEventType;
  private final String acledSubEventType;

  private IncidentType(
      String code, boolean known, String acledEventType, String acledSubEventType) {
    super(code, known);
    this.acledEventType = acledEventType;
    this.acledSubEventType = acledSubEventType;
  }

  private static IncidentType known(String code, String eventType, String subEventType) {
    return TERMS.register(new IncidentType(code, true, eventType, subEventType));
  }

  /** @return the ACLED event type, e.g. "Strategic developments"; absent for unknown types */
  public Optional<String> acledEventType() {
    return Optional.ofNullable(acledEventType);
  }

  /** @return the ACLED sub-event type, e.g. "Disrupted weapons use", where the type decides it */
  public Optional<String> acledSubEventType() {
    return Optional.ofNullable(acledSubEventType);
  }

  /**
   * The type with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "drone_intercepted"}
   * @return the well-known constant where there is one, otherwise a new unknown type
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static IncidentType of(String code) {
    return TERMS.of(code);
  }

  /** @return the types this version defines, in declaration order */
  public static List<IncidentType> knownValues() {
    return TERMS.values();
  }
}
