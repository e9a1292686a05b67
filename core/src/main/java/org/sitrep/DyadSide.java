package org.sitrep;

/**
 * Which side of an event's two sides a {@link Party} is on, as the datasets code them: UCDP GED's
 * {@code side_a} and {@code side_b} (in state-based violence side A is a government), ACLED's
 * {@code actor1} and {@code actor2} (and their associated actors) with no direction implied.
 *
 * <p>A closed vocabulary: an event has two sides, no more.
 */
public enum DyadSide {
  /** UCDP's {@code side_a}; ACLED's {@code actor1} and {@code assoc_actor_1}. */
  SIDE_A,
  /** UCDP's {@code side_b}; ACLED's {@code actor2} and {@code assoc_actor_2}. */
  SIDE_B
}
