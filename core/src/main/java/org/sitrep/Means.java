package org.sitrep;

import java.util.List;

/**
 * The means or weapon used in an incident: drone, missile, artillery.
 *
 * <p>From the seed article: "Multiple Ukrainian drones were shot down" has means {@link #DRONE};
 * "a Russian missile on a market" has {@link #MISSILE}.
 *
 * <p>Some means are kinds of others: an FPV drone and a loitering munition are drones, a cruise
 * missile is a missile, a glide bomb is dropped from an aircraft. {@link #broader()} says so, so
 * that a count of "drones" can include them without reading free text.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class Means extends Vocabulary {
  private static final Terms<Means> TERMS =
      new Terms<>("Means", code -> new Means(null, code, false));

  /** An uncrewed aerial vehicle, including loitering munitions: "Ukrainian drones". */
  public static final Means DRONE = TERMS.register(new Means(null, "drone", true));

  /** A guided missile, cruise or ballistic: "a Russian missile". */
  public static final Means MISSILE = TERMS.register(new Means(null, "missile", true));

  /** An unguided or multiple-launch rocket. */
  public static final Means ROCKET = TERMS.register(new Means(null, "rocket", true));

  /** Tube artillery and mortars: shelling. */
  public static final Means ARTILLERY = TERMS.register(new Means(null, "artillery", true));

  /** A crewed aircraft: air strikes, glide bombs. */
  public static final Means AIRCRAFT = TERMS.register(new Means(null, "aircraft", true));

  /** A planted or improvised explosive device, a mine. */
  public static final Means EXPLOSIVE_DEVICE = TERMS.register(new Means(null, "explosive_device", true));

  /** Small arms and light weapons. */
  public static final Means SMALL_ARMS = TERMS.register(new Means(null, "small_arms", true));

  /** Tanks and other armoured vehicles. */
  public static final Means ARMOURED_VEHICLE = TERMS.register(new Means(null, "armoured_vehicle", true));

  /** A ship or an uncrewed surface vessel. */
  public static final Means NAVAL_VESSEL = TERMS.register(new Means(null, "naval_vessel", true));

  /** Fire set on purpose. */
  public static final Means ARSON = TERMS.register(new Means(null, "arson", true));

  /** Not reported. */
  public static final Means UNKNOWN = TERMS.register(new Means(null, "unknown", true));

  /** A fixed-wing uncrewed aircraft: long-range attack drones. */
  public static final Means FIXED_WING_DRONE = narrower(DRONE, "fixed_wing_drone");

  /** A first-person-view drone: a small, piloted attack drone. */
  public static final Means FPV_DRONE = narrower(DRONE, "fpv_drone");

  /** A loitering munition: a drone that is itself the warhead, "Shahed", "Lancet". */
  public static final Means LOITERING_MUNITION = narrower(DRONE, "loitering_munition");

  /** A cruise missile: "four cruise missiles". */
  public static final Means CRUISE_MISSILE = narrower(MISSILE, "cruise_missile");

  /** A ballistic missile. */
  public static final Means BALLISTIC_MISSILE = narrower(MISSILE, "ballistic_missile");

  /** A guided or glide bomb dropped from an aircraft. */
  public static final Means GLIDE_BOMB = narrower(AIRCRAFT, "glide_bomb");

  private final Means broader;

  private Means(Means broader, String code, boolean known) {
    super(code, known);
    this.broader = broader;
  }

  private static Means narrower(Means broader, String code) {
    return TERMS.register(new Means(broader, code, true));
  }

  /**
   * @return the means this one is a kind of: {@link #DRONE} for {@link #FPV_DRONE}; empty for the
   *     broad means and for codes this version does not know
   */
  public java.util.Optional<Means> broader() {
    return java.util.Optional.ofNullable(broader);
  }

  /**
   * @param other a means
   * @return whether this means is {@code other} or, through {@link #broader()}, a kind of it
   */
  public boolean isA(Means other) {
    for (Means m = this; m != null; m = m.broader) {
      if (m.equals(other)) {
        return true;
      }
    }
    return false;
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
