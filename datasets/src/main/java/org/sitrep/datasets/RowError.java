package org.sitrep.datasets;

import java.util.Objects;
import java.util.Optional;

/**
 * A dataset row that could not be mapped: which row, which column, the value as written, and why.
 * A reader that skips bad rows passes each one to its caller as a {@code RowError}; a reader that
 * stops at them throws it inside a {@link DatasetException}. Nothing is dropped without one.
 *
 * <p>{@link #toString()} reads {@code row 12 (line 13), column best "3": lies outside low 5 and
 * high 9}.
 */
public final class RowError {
  private final long row;
  private final long line;
  private final String column;
  private final String value;
  private final String reason;

  RowError(long row, long line, String column, String value, String reason) {
    this.row = row;
    this.line = line;
    this.column = column;
    this.value = value;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** @return the row's number among the data rows: 1 is the first row after the header */
  public long row() {
    return row;
  }

  /** @return the file's line the row starts on: 1 is the header */
  public long line() {
    return line;
  }

  /** @return the column at fault, by its name in the header; empty for the row as a whole */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** @return the value as written in that column; empty for the row as a whole */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** @return why the row could not be mapped */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("row ").append(row).append(" (line ").append(line).append(')');
    if (column != null) {
      s.append(", column ").append(column);
      if (value != null) {
        s.append(" \"").append(value.length() > 80 ? value.substring(0, 80) + "..." : value)
            .append('"');
      }
    }
    return s.append(": ").append(reason).toString();
  }
}
