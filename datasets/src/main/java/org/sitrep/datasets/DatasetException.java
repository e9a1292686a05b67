package org.sitrep.datasets;

import java.util.Objects;

/**
 * A dataset row that could not be mapped, thrown by a reader that stops at bad rows (and by a
 * writer given a value its dataset cannot hold): {@link #error()} says where and why.
 */
public final class DatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The row, column and reason; never null. */
  private final transient RowError error;

  DatasetException(RowError error, Throwable cause) {
    super(Objects.requireNonNull(error, "error").toString(), cause);
    this.error = error;
  }

  /** @return the row, column and reason */
  public RowError error() {
    return error;
  }
}
