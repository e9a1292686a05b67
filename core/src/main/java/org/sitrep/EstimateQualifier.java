package org.sitrep;

/**
 * How a reported count or amount is bounded: the words around the number.
 *
 * <p>A closed vocabulary: the rules of {@link Estimate} depend on it, so a new value needs a new
 * schema version. Examples from the seed article: "one person injured" is {@link #EXACT}, "at least
 * 3 explosions" is {@link #AT_LEAST}, "up to 17 people were killed" is {@link #AT_MOST}, "several
 * other drones" is {@link #UNSPECIFIED}.
 */
public enum EstimateQualifier {
  /** The number as stated, with no hedge: "two drones", "no casualties". Low = best = high. */
  EXACT,
  /** A floor: "at least 3 explosions". Low is required, high is absent. */
  AT_LEAST,
  /** A ceiling: "up to 17 people", "at most". High is required. */
  AT_MOST,
  /** A round or hedged figure: "about 20", "around 200", "dozens". Best is required. */
  APPROXIMATELY,
  /** Both bounds given: "between 10 and 15". Low and high are required. */
  RANGE,
  /** A word rather than a number: "several", "multiple", "many". The phrase is required. */
  UNSPECIFIED
}
