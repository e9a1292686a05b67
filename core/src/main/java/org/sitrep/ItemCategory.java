package org.sitrep;

import java.util.List;

/**
 * What kind of item an {@link AidItem} is.
 *
 * <p>"depleted uranium anti-tank shells" are {@link #AMMUNITION}; "Challenger 2 tanks" are
 * {@link #ARMOURED_VEHICLES}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class ItemCategory extends Vocabulary {
  private static final Terms<ItemCategory> TERMS = new Terms<>("ItemCategory", code -> new ItemCategory(code, false));

  /** Shells, rounds, rockets and missiles: "depleted uranium anti-tank shells". */
  public static final ItemCategory AMMUNITION = TERMS.register(new ItemCategory("ammunition", true));

  /** Tanks, infantry fighting vehicles, armoured carriers: "Challenger 2 tanks". */
  public static final ItemCategory ARMOURED_VEHICLES = TERMS.register(new ItemCategory("armoured_vehicles", true));

  /** Guns, howitzers and launchers. */
  public static final ItemCategory ARTILLERY = TERMS.register(new ItemCategory("artillery", true));

  /** Air-defence systems and interceptors. */
  public static final ItemCategory AIR_DEFENCE = TERMS.register(new ItemCategory("air_defence", true));

  /** Aircraft and drones. */
  public static final ItemCategory AIRCRAFT = TERMS.register(new ItemCategory("aircraft", true));

  /** Small arms and light weapons. */
  public static final ItemCategory SMALL_ARMS = TERMS.register(new ItemCategory("small_arms", true));

  /** Other equipment: radios, protective gear, spare parts. */
  public static final ItemCategory EQUIPMENT = TERMS.register(new ItemCategory("equipment", true));

  /** Medical supplies. */
  public static final ItemCategory MEDICAL = TERMS.register(new ItemCategory("medical", true));

  /** Food. */
  public static final ItemCategory FOOD = TERMS.register(new ItemCategory("food", true));

  /** Shelter and non-food items. */
  public static final ItemCategory SHELTER = TERMS.register(new ItemCategory("shelter", true));

  /** Money. */
  public static final ItemCategory FUNDS = TERMS.register(new ItemCategory("funds", true));

  /** Anything else. */
  public static final ItemCategory OTHER = TERMS.register(new ItemCategory("other", true));

  private ItemCategory(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "ammunition"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static ItemCategory of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<ItemCategory> knownValues() {
    return TERMS.values();
  }
}
