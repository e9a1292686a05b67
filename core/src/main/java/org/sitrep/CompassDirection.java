package org.sitrep;

/**
 * A direction from a reference place, as reports give it: "southeast of the Russian capital" is
 * {@link #SOUTHEAST}. Eight points, as news reports use them.
 *
 * <p>A closed vocabulary.
 */
public enum CompassDirection {
  /** North. */
  NORTH,
  /** North-east. */
  NORTHEAST,
  /** East. */
  EAST,
  /** South-east. */
  SOUTHEAST,
  /** South. */
  SOUTH,
  /** South-west. */
  SOUTHWEST,
  /** West. */
  WEST,
  /** North-west. */
  NORTHWEST
}
