package org.sitrep.wire;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Parses the ISO-8601 dates and date-times Sitrep writes without going through {@link
 * DateTimeFormatter}, which dominates the cost of reading them.
 *
 * <p>Only the exact shapes Sitrep writes take the fast path: {@code yyyy-mm-dd}, and {@code
 * yyyy-mm-ddThh:mm:ss} followed by {@code Z} or {@code ±hh:mm}. Every other text is handed to the
 * JDK's ISO formatter, so the accepted forms, the resulting values and the failures are exactly
 * those of {@link LocalDate#parse(CharSequence)} and {@link
 * DateTimeFormatter#ISO_OFFSET_DATE_TIME}: the fast path is a subset of what they accept, and
 * {@code LocalDate.of} and friends refuse the same out-of-range fields (February 30, hour 24,
 * offsets beyond 18 hours) as their strict resolver.
 */
final class IsoDates {
  private IsoDates() {}

  /**
   * @param text the text of a date
   * @return the date
   * @throws java.time.DateTimeException if it is not an ISO-8601 calendar date
   */
  static LocalDate date(String text) {
    if (text.length() == 10 && isDate(text)) {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    }
    return LocalDate.parse(text);
  }

  /**
   * @param text the text of a date and time with an offset
   * @return the date-time, with its offset as written
   * @throws java.time.DateTimeException if it is not an ISO-8601 date and time with an offset
   */
  static OffsetDateTime dateTime(String text) {
    int length = text.length();
    if ((length == 20 || length == 25) && isDate(text) && isTime(text)) {
      ZoneOffset offset = length == 20 ? utc(text) : offset(text);
      if (offset != null) {
        LocalDateTime local =
            LocalDateTime.of(
                digits(text, 0, 4),
                digits(text, 5, 2),
                digits(text, 8, 2),
                digits(text, 11, 2),
                digits(text, 14, 2),
                digits(text, 17, 2));
        return OffsetDateTime.of(local, offset);
      }
    }
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * @param t a date-time
   * @return its text as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it
   */
  static String format(OffsetDateTime t) {
    if (t.getYear() < 0 || t.getYear() > 9999 || t.getNano() != 0) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    // The formatter's output for whole seconds and four-digit years: seconds are always written,
    // and the offset as ZoneOffset's id (Z, or ±hh:mm with :ss only when not zero).
    StringBuilder s = new StringBuilder(25);
    pad(s, t.getYear(), 4).append('-');
    pad(s, t.getMonthValue(), 2).append('-');
    pad(s, t.getDayOfMonth(), 2).append('T');
    pad(s, t.getHour(), 2).append(':');
    pad(s, t.getMinute(), 2).append(':');
    pad(s, t.getSecond(), 2);
    return s.append(t.getOffset().getId()).toString();
  }

  /** Appends a non-negative number with leading zeros to the given width. */
  private static StringBuilder pad(StringBuilder s, int value, int width) {
    for (int limit = 10, i = 1; i < width; i++, limit *= 10) {
      if (value < limit) {
        s.append('0');
      }
    }
    return s.append(value);
  }

  /** Whether the text starts with {@code dddd-dd-dd}. */
  private static boolean isDate(String s) {
    return isDigits(s, 0, 4)
        && s.charAt(4) == '-'
        && isDigits(s, 5, 2)
        && s.charAt(7) == '-'
        && isDigits(s, 8, 2);
  }

  /** Whether the text continues the date with {@code Tdd:dd:dd}. */
  private static boolean isTime(String s) {
    return s.charAt(10) == 'T'
        && isDigits(s, 11, 2)
        && s.charAt(13) == ':'
        && isDigits(s, 14, 2)
        && s.charAt(16) == ':'
        && isDigits(s, 17, 2);
  }

  /** The offset {@code Z} at index 19, or null for the JDK to judge. */
  private static ZoneOffset utc(String s) {
    return s.charAt(19) == 'Z' ? ZoneOffset.UTC : null;
  }

  /** The offset {@code ±hh:mm} at index 19, or null for the JDK to judge. */
  private static ZoneOffset offset(String s) {
    char sign = s.charAt(19);
    if ((sign != '+' && sign != '-') || !isDigits(s, 20, 2) || s.charAt(22) != ':'
        || !isDigits(s, 23, 2)) {
      return null;
    }
    int hours = digits(s, 20, 2);
    int minutes = digits(s, 23, 2);
    return sign == '+'
        ? ZoneOffset.ofHoursMinutes(hours, minutes)
        : ZoneOffset.ofHoursMinutes(-hours, -minutes);
  }

  private static boolean isDigits(String s, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of {@code count} ASCII digits, already checked by {@link #isDigits}. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}
