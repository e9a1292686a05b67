package org.sitrep;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of event an {@link Incident} is, with its mapping to ACLED's event taxonomy, both ways.
 *
 * <p>Each well-known type states the ACLED event type and sub-event type an analyst would code it
 * as, so that Sitrep data can be compared with ACLED: an intercepted drone is ACLED "Strategic
 * developments / Disrupted weapons use"; the missile on the Kostiantynivka market is "Explosions/
 * Remote violence / Shelling/artillery/missile attack". Where ACLED would need more than the type
 * tells (an explosion of unknown cause, a type not known), the mapping is absent.
 *
 * <p>The other way, every one of ACLED's 25 sub-event types has one type ({@link #fromAcled(String,
 * String)}) that maps back to the same pair, so an ACLED row needs no guessing from its notes.
 * Where Sitrep is finer than ACLED (a drone attack and an air strike are both "Air/drone strike"),
 * the ACLED pair reads as the broader type ({@link #AIR_OR_DRONE_STRIKE}), and the finer types map
 * to it.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know; such a type
 * has no ACLED mapping. The type says what happened; whether an attack was stopped is the separate
 * {@link IncidentOutcome}.
 */
public final class IncidentType extends Vocabulary {
  private static final String BATTLES = "Battles";
  private static final String CIVILIANS = "Violence against civilians";
  private static final String REMOTE_VIOLENCE = "Explosions/Remote violence";
  private static final String PROTESTS = "Protests";
  private static final String RIOTS = "Riots";
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
  public static final IncidentType ARMED_CLASH = known("armed_clash", BATTLES, "Armed clash");

  /**
   * Control of a place passing without a battle: Rostov-on-Don taken during Prigozhin's failed
   * mutiny in June 2023.
   */
  public static final IncidentType NON_VIOLENT_TERRITORY_TRANSFER =
      known("non_violent_territory_transfer", STRATEGIC, "Non-violent transfer of territory");

  /** A drone or an aircraft strike, as ACLED's "Air/drone strike" codes both. */
  public static final IncidentType AIR_OR_DRONE_STRIKE =
      known("air_or_drone_strike", REMOTE_VIOLENCE, "Air/drone strike");

  /** Artillery, rocket or missile fire, as ACLED's "Shelling/artillery/missile attack" codes it. */
  public static final IncidentType SHELLING_OR_MISSILE_ATTACK =
      known("shelling_or_missile_attack", REMOTE_VIOLENCE, "Shelling/artillery/missile attack");

  /** A weapon stopped before it struck, whatever it was: ACLED's "Disrupted weapons use". */
  public static final IncidentType DISRUPTED_WEAPONS_USE =
      known("disrupted_weapons_use", STRATEGIC, "Disrupted weapons use");

  /** "An unidentified aerial object was shot down": neither a drone nor a missile is named. */
  public static final IncidentType UNIDENTIFIED_AERIAL_OBJECT_DOWNED =
      known("unidentified_aerial_object_downed", STRATEGIC, "Disrupted weapons use");

  /** A chemical weapon used. */
  public static final IncidentType CHEMICAL_WEAPON =
      known("chemical_weapon", REMOTE_VIOLENCE, "Chemical weapon");

  /** A suicide bombing. */
  public static final IncidentType SUICIDE_BOMB = known("suicide_bomb", REMOTE_VIOLENCE, "Suicide bomb");

  /** A grenade thrown or dropped. */
  public static final IncidentType GRENADE = known("grenade", REMOTE_VIOLENCE, "Grenade");

  /** A government or its forces retaking a place by force. */
  public static final IncidentType GOVERNMENT_REGAINS_TERRITORY =
      known("government_regains_territory", BATTLES, "Government regains territory");

  /** A non-state armed group taking a place by force. */
  public static final IncidentType NON_STATE_ACTOR_OVERTAKES_TERRITORY =
      known("non_state_actor_overtakes_territory", BATTLES, "Non-state actor overtakes territory");

  /** Sexual violence against civilians. */
  public static final IncidentType SEXUAL_VIOLENCE =
      known("sexual_violence", CIVILIANS, "Sexual violence");

  /** Civilians attacked directly: shot, beaten, killed, not by remote means. */
  public static final IncidentType ATTACK_ON_CIVILIANS = known("attack_on_civilians", CIVILIANS, "Attack");

  /** Civilians abducted or made to disappear. */
  public static final IncidentType ABDUCTION =
      known("abduction", CIVILIANS, "Abduction/forced disappearance");

  /** A peaceful protest. */
  public static final IncidentType PEACEFUL_PROTEST = known("peaceful_protest", PROTESTS, "Peaceful protest");

  /** A protest that the authorities broke up or tried to, without excessive force. */
  public static final IncidentType PROTEST_WITH_INTERVENTION =
      known("protest_with_intervention", PROTESTS, "Protest with intervention");

  /** Protesters met with lethal or excessive force. */
  public static final IncidentType EXCESSIVE_FORCE_AGAINST_PROTESTERS =
      known(
          "excessive_force_against_protesters", PROTESTS, "Excessive force against protesters");

  /** A demonstration turned violent. */
  public static final IncidentType VIOLENT_DEMONSTRATION =
      known("violent_demonstration", RIOTS, "Violent demonstration");

  /** Mob violence. */
  public static final IncidentType MOB_VIOLENCE = known("mob_violence", RIOTS, "Mob violence");

  /** An agreement: a ceasefire, a prisoner exchange, a peace deal. */
  public static final IncidentType AGREEMENT = known("agreement", STRATEGIC, "Agreement");

  /** Arrests by state forces. */
  public static final IncidentType ARRESTS = known("arrests", STRATEGIC, "Arrests");

  /** A group changing its name, leadership, alliance or activity. */
  public static final IncidentType CHANGE_TO_GROUP_ACTIVITY =
      known("change_to_group_activity", STRATEGIC, "Change to group/activity");

  /** A headquarters or base established. */
  public static final IncidentType BASE_ESTABLISHED =
      known("base_established", STRATEGIC, "Headquarters or base established");

  /** Looting or destruction of property. */
  public static final IncidentType LOOTING_OR_PROPERTY_DESTRUCTION =
      known("looting_or_property_destruction", STRATEGIC, "Looting/property destruction");

  /** A strategic development of no other kind: ACLED's "Other". */
  public static final IncidentType OTHER = known("other", STRATEGIC, "Other");

  /** An event whose kind the report does not say. No ACLED mapping. */
  public static final IncidentType UNKNOWN = known("unknown", null, null);

  /**
   * ACLED's spellings that name a pair another way: the 2019 codebook's "protestors". Read, never
   * written.
   */
  private static final Map<String, String> ACLED_ALIASES =
      Map.of("Excessive force against protestors", "Excessive force against protesters");

  private final String acledEventType;
  private final String acledSubEventType;

  private IncidentType(
      String code, boolean known, String acledEventType, String acledSubEventType) {
    super(code, known);
    this.acledEventType = acledEventType;
    this.acledSubEventType = acledSubEventType;
  }

  /** The types that an ACLED pair shared by several types reads as. */
  private static final java.util.Set<IncidentType> BROADEST =
      java.util.Set.of(
          AIR_OR_DRONE_STRIKE, SHELLING_OR_MISSILE_ATTACK, DISRUPTED_WEAPONS_USE, OTHER);

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
   * The type of an ACLED row: the one type that maps back to its event type and sub-event type.
   * Where several Sitrep types share an ACLED pair, it is the broadest ({@link
   * #AIR_OR_DRONE_STRIKE}, {@link #SHELLING_OR_MISSILE_ATTACK}, {@link #DISRUPTED_WEAPONS_USE},
   * {@link #OTHER}).
   *
   * @param eventType ACLED's {@code event_type}, e.g. "Strategic developments"
   * @param subEventType ACLED's {@code sub_event_type}, e.g. "Disrupted weapons use"
   * @return the type, whose {@link #acledEventType()} and {@link #acledSubEventType()} are the pair
   * @throws IllegalArgumentException if the pair is not one of ACLED's
   */
  public static IncidentType fromAcled(String eventType, String subEventType) {
    String sub = ACLED_ALIASES.getOrDefault(subEventType, subEventType);
    Map<String, IncidentType> bySub = eventType == null ? null : AcledPairs.BY_EVENT.get(eventType);
    IncidentType type = bySub == null ? null : bySub.get(sub);
    if (type == null) {
      throw new IllegalArgumentException(
          "'" + eventType + " / " + subEventType + "' is not an ACLED event and sub-event type");
    }
    return type;
  }

  /** ACLED's pairs to their types, built once, after every constant is registered. */
  private static final class AcledPairs {
    static final Map<String, IncidentType> BY_PAIR = byPair();

    /**
     * {@link #BY_PAIR} by event type, then sub-event type: a row's two fields are looked up
     * without joining them into a new key.
     */
    static final Map<String, Map<String, IncidentType>> BY_EVENT = byEvent();

    private static Map<String, Map<String, IncidentType>> byEvent() {
      Map<String, Map<String, IncidentType>> byEvent = new java.util.HashMap<>();
      for (Map.Entry<String, IncidentType> e : BY_PAIR.entrySet()) {
        int cut = e.getKey().indexOf('\u0000');
        byEvent
            .computeIfAbsent(e.getKey().substring(0, cut), k -> new java.util.HashMap<>())
            .put(e.getKey().substring(cut + 1), e.getValue());
      }
      Map<String, Map<String, IncidentType>> copy = new java.util.HashMap<>();
      byEvent.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
      return Map.copyOf(copy);
    }

    private static Map<String, IncidentType> byPair() {
      Map<String, IncidentType> byPair = new java.util.HashMap<>();
      for (IncidentType t : TERMS.values()) {
        if (t.acledSubEventType != null) {
          String key = t.acledEventType + '\u0000' + t.acledSubEventType;
          IncidentType earlier = byPair.get(key);
          if (earlier == null || BROADEST.contains(t)) {
            byPair.put(key, t);
          }
        }
      }
      return Map.copyOf(byPair);
    }
  }

  /** @return every ACLED event type and sub-event type pair, as the codebook lists them */
  public static List<List<String>> acledPairs() {
    Map<String, List<String>> pairs = new java.util.LinkedHashMap<>();
    for (IncidentType t : TERMS.values()) {
      if (t.acledSubEventType != null) {
        pairs.putIfAbsent(t.acledEventType + "\u0000" + t.acledSubEventType,
            List.of(t.acledEventType, t.acledSubEventType));
      }
    }
    return List.copyOf(pairs.values());
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
