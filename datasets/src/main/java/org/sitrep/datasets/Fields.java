package org.sitrep.datasets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reading and writing the fields of a row: numbers, lists, empty fields. Package-private. */
final class Fields {
  private Fields() {}

  /** @return the field, or empty if it is empty */
  static Optional<String> text(Row row, String column) {
    String s = row.get(column);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** @return the field, which must not be empty */
  static String required(Row row, String column) throws RowProblem {
    String s = row.get(column);
    if (s.isEmpty()) {
      throw new RowProblem(column, s, "must not be empty");
    }
    return s;
  }

  /** @return the whole number in the field, or empty if it is empty */
  static OptionalLong count(Row row, String column) throws RowProblem {
    String s = row.get(column);
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    long n = wholeNumber(column, s);
    if (n < 0) {
      throw new RowProblem(column, s, "must not be negative");
    }
    return OptionalLong.of(n);
  }

  /** @return the whole number in the field, which must not be empty */
  static long requiredCount(Row row, String column) throws RowProblem {
    // As count(row, column), without its OptionalLong.
    String s = row.get(column);
    if (s.isEmpty()) {
      throw new RowProblem(column, "", "must not be empty");
    }
    long n = wholeNumber(column, s);
    if (n < 0) {
      throw new RowProblem(column, s, "must not be negative");
    }
    return n;
  }

  private static long wholeNumber(String column, String s) throws RowProblem {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && s.length() > 1)) {
        throw new RowProblem(column, s, "is not a whole number");
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new RowProblem(column, s, "is too large", e);
    }
  }

  /** @return the decimal number in the field, or empty if it is empty */
  static Optional<Double> decimal(Row row, String column) throws RowProblem {
    String s = row.get(column);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    // digits with an optional sign and point: no exponent, no NaN or Infinity, no white space
    boolean digits = false;
    boolean point = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else if (!(i == 0 && (c == '-' || c == '+'))) {
        digits = false;
        break;
      }
    }
    if (!digits) {
      throw new RowProblem(column, s, "is not a decimal number");
    }
    return Optional.of(Double.parseDouble(s));
  }

  /** @return whether the text is one or more ASCII digits */
  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * @return the date of a {@code 2023-09-06} text, or null if the text is not of that form or
   *     not a date of the calendar
   */
  static java.time.LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return java.time.LocalDate.of(y, m, d);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * A decimal as the datasets write it: plain digits, no exponent, no trailing zeros ("48.5277",
   * "30", "-0.5").
   */
  static String decimal(double value) {
    BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    return d.toPlainString();
  }

  /**
   * The parts of a list field ACLED and UCDP separate with ";": each trimmed, none empty.
   *
   * @return the parts, none for an empty field
   */
  static List<String> parts(Row row, String column) throws RowProblem {
    String s = row.get(column);
    if (s.isEmpty()) {
      return List.of();
    }
    // As s.split(";", -1) with each part stripped, without the array and the unstripped parts.
    List<String> out = new ArrayList<>(4);
    int from = 0;
    while (true) {
      int end = s.indexOf(';', from);
      int to = end < 0 ? s.length() : end;
      int a = from;
      int b = to;
      while (a < b && Character.isWhitespace(s.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        throw new RowProblem(column, s, "has an empty part between its ';' separators");
      }
      out.add(s.substring(a, b));
      if (end < 0) {
        return out;
      }
      from = end + 1;
    }
  }

  /** @return the parts joined as ACLED writes lists: "a; b" */
  static String join(List<String> parts) {
    return String.join("; ", parts);
  }
}
