package org.sitrep;

/**
 * A share given in words rather than numbers: "most of them were downed", "half", "all". An
 * {@link Engagement} uses it for how many of the weapons were stopped when no figure is given.
 *
 * <p>A closed vocabulary: its values are ordered, from {@link #NONE} to {@link #ALL}, and the
 * rules of an engagement compare them with its figures.
 */
public enum Proportion {
  /** "None of them". */
  NONE,
  /** "A few". */
  FEW,
  /** "Some". */
  SOME,
  /** "Half". */
  HALF,
  /** "Most", "the majority". */
  MOST,
  /** "Nearly all", "almost all". */
  NEARLY_ALL,
  /** "All of them". */
  ALL
}
