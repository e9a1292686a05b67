package org.sitrep.datasets;

/**
 * Why a row cannot be mapped, thrown by a mapping and turned into a {@link RowError} (with the
 * row's number and line) by the reader. Package-private: users see {@code RowError}.
 */
final class RowProblem extends Exception {
  private static final long serialVersionUID = 1L;

  /** The column at fault, or null for the row as a whole. */
  final String column;

  /** The value as written, or null. */
  final String value;

  RowProblem(String column, String value, String reason) {
    this(column, value, reason, null);
  }

  RowProblem(String column, String value, String reason, Throwable cause) {
    super(reason, cause, false, false);
    this.column = column;
    this.value = value;
  }
}
