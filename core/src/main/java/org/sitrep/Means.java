package org.sitrep;

import java.util.List;

/**
 * The means or weapon used in an incident: drone, missile, artillery.
 *
 * <p>From the seed article: "Multiple Ukrainian drones were shot down" has means {@link #DRONE};
 * "a Russian missile on a market" has {@link #MISSILE}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class Means extends Vocabulary {
  private static final Terms<Means> TERMS = new Terms<>("Means", code -> new Means(code, false));

  /** An uncrewed aerial vehicle, including loitering munitions: "Ukrainian drones". */
  public static final Means DRONE = TERMS.register(new Means("drone", true));

  /** A guided missile, cruise or ballistic: "a Russian missile". */
  public static final Means MISSILE = TERMS.register(new Means("missile", true));

  /** An unguided or multiple-launch rocket. */
  public static final Means ROCKET = TERMS.register(new Means("rocket", true));

  /** Tube artillery and mortars: shelling. */
  public static final Means ARTILLERY = TERMS.register(new Means("artillery", true));

  /** A crewed aircraft: air strikes, glide bombs. */
  public static final Means AIRCRAFT = TERMS.register(new Means("aircraft", true));

  /** A planted or improvised explosive device, a mine. */
  public static final Means EXPLOSIVE_DEVICE = TERMS.register(new Means("explosive_device", true));

  /** Small arms and light weapons. */
  public static final Means SMALL_ARMS = TERMS.register(new Means("small_arms", true));

  /** Tanks and other armoured vehicles. */
  public static final Means ARMOURED_VEHICLE = TERMS.register(new Means("armoured_vehicle", true));

  /** A ship or an uncrewed surface vessel. */
  public static final Means NAVAL_VESSEL = TERMS.register(new Means("naval_vessel", true));

  /** Fire set on purpose. */
  public static final Means ARSON = TERMS.register(new Means("arson", true));

  /** Not reported. */
  public static final Means UNKNOWN = TERMS.register(new Means("unknown", true));

  private Means(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "drone"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static Means of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<Means> knownValues() {
    return TERMS.values();
  }
}
