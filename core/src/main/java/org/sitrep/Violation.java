package org.sitrep;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found while validating a Sitrep value: where it is and what is wrong.
 *
 * <p>The path is relative to the value being built and uses the attribute names of the Java API,
 * for example {@code incidents[1].casualties[0].count} with the reason {@code "low (5) must not be
 * greater than high (3)"}. An empty path means the value as a whole.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, relative to the value being built; empty for the value itself. */
  private final String path;

  /** What is wrong, in plain English. */
  private final String reason;

  private Violation(String path, String reason) {
    this.path = path;
    this.reason = reason;
  }

  /**
   * A violation at a path.
   *
   * @param path where, relative to the value being built ({@code ""} for the value itself)
   * @param reason what is wrong, in plain English
   * @return the violation
   */
  public static Violation of(String path, String reason) {
    if (path == null || reason == null) {
      throw new IllegalArgumentException("path and reason are required");
    }
    return new Violation(path, reason);
  }

  /** @return where the problem is, relative to the value being built; empty for the value itself */
  public String path() {
    return path;
  }

  /** @return what is wrong, in plain English */
  public String reason() {
    return reason;
  }

  /**
   * This violation seen from an enclosing value.
   *
   * @param prefix the path of the nested value inside the enclosing one, e.g. {@code incidents[1]}
   * @return the same violation with {@code prefix} in front of its path
   */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, reason);
    }
    return new Violation(path.startsWith("[") ? prefix + path : prefix + "." + path, reason);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation
        && ((Violation) other).path.equals(path)
        && ((Violation) other).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, reason);
  }

  /** @return {@code path: reason}, or only the reason where the path is empty */
  @Override
  public String toString() {
    return path.isEmpty() ? reason : path + ": " + reason;
  }
}
