package org.sitrep;

/**
 * What a relative time was counted from, when the report gives one: "on Tuesday" and "yesterday"
 * are counted from when the report was published; "the day before" and "earlier" from another
 * event of the report. A {@link ReportedTime} with an anchor keeps the span the recorder worked
 * out and says where it came from, so it can be checked or worked out again.
 *
 * <p>A closed vocabulary.
 */
public enum TimeAnchor {
  /** Counted from the report's publication: "on Tuesday", "yesterday", "last week". */
  PUBLICATION,
  /** Counted from another event the report tells: "the day before", "earlier", "hours later". */
  OTHER_EVENT
}
