package org.sitrep;

/**
 * The part of a day a report gives, whatever span of days it gives with it: "on Wednesday
 * morning" is a {@link TimePrecision#DAY} with {@link #MORNING}; "on a morning in March" a {@link
 * TimePrecision#MONTH} with {@link #MORNING}.
 *
 * <p>A closed vocabulary.
 */
public enum PartOfDay {
  /** "Overnight", "at night": from the evening of one day into the next. */
  NIGHT,
  /** "Early morning", "at dawn". */
  EARLY_MORNING,
  /** "In the morning". */
  MORNING,
  /** "At midday", "around noon". */
  MIDDAY,
  /** "In the afternoon". */
  AFTERNOON,
  /** "In the evening". */
  EVENING
}
