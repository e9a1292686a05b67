package org.sitrep;

/**
 * How a reported count or amount is bounded: the words around the number.
 *
 * <p>A closed vocabulary: the rules of {@link Estimate} depend on it, so a new value needs a new
 * schema version. Examples from the seed article: "one person injured" is {@link #EXACT}, "at least
 * 3 explosions" is {@link #AT_LEAST}, "up to 17 people were killed" is {@link #AT_MOST}, "several
 * other drones" is {@link #UNSPECIFIED}.
 *
 * <p>The qualifier says which bounds the report gives, and only those are present: a one-sided
 * qualifier ({@link #AT_LEAST}, {@link #MORE_THAN}, {@link #AT_MOST}, {@link #FEWER_THAN}) has its
 * one bound and never the other, which would make it a {@link #RANGE}; a best figure may accompany
 * it where the report gives one ("at least 3, probably 5"). "Over two dozen" is not "at least 25":
 * {@link #MORE_THAN} keeps the number as said, 24, as a bound that is not reached.
 */
public enum EstimateQualifier {
  /** The number as stated, with no hedge: "two drones", "no casualties". Low = best = high. */
  EXACT,
  /** A floor that may be met: "at least 3 explosions". Low is required, high is absent. */
  AT_LEAST,
  /**
   * A floor that is exceeded: "over two dozen drones", "more than 20". Low is the number as said
   * (24), which the count is above; high is absent; a best figure, if given, is above low.
   */
  MORE_THAN,
  /** A ceiling that may be met: "up to 17 people", "at most". High is required, low is absent. */
  AT_MOST,
  /**
   * A ceiling that is not reached: "fewer than 10", "under a dozen". High is the number as said
   * (12), which the count is below; low is absent; a best figure, if given, is below high.
   */
  FEWER_THAN,
  /** A round or hedged figure: "about 20", "around 200", "dozens". Best is required. */
  APPROXIMATELY,
  /** Both bounds given: "between 10 and 15". Low and high are required. */
  RANGE,
  /** A word rather than a number: "several", "multiple", "many". The phrase is required. */
  UNSPECIFIED
}
