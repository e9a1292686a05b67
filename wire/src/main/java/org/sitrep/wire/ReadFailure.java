package org.sitrep.wire;

import java.util.List;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;
import org.sitrep.internal.Messages;

/**
 * Why a document could not be read as a Sitrep value, whatever binding read it: the {@link Kind}
 * of problem and every problem found, each with its absolute JSON path in wire names and a
 * plain-English reason.
 *
 * <p>For example a casualty figure "at least 5, at most 3" in the second incident of a report is
 * {@link Kind#RULE_VIOLATION} at {@code $.incidents[1].casualties[0].count.high}, "low (5) must not
 * be greater than high (3)". Each binding throws its own exception type (a Jackson 2 checked
 * exception, a Jackson 3 unchecked one) and each carries one of these, so that code which handles
 * bad input (a dead-letter queue, a validator) needs to know only this type.
 *
 * <p>A failure is bounded whatever the input: it keeps at most {@link #MAX_VIOLATIONS}
 * violations, in the order found, and counts the others ({@link #omitted()}); its {@link
 * #message()} lists the first ten, each cut to 256 characters, and counts the rest (decision
 * record 0008).
 */
public final class ReadFailure implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** What kind of problem stopped the reading. */
  public enum Kind {
    /** The input is not well-formed JSON, is empty or has content after the document. */
    SYNTAX,
    /** The input exceeds a documented limit: size, nesting depth, string or number length. */
    LIMIT_EXCEEDED,
    /** A value has the wrong JSON type: a number where a string belongs, or a null. */
    WRONG_TYPE,
    /** A required property is absent. */
    MISSING_PROPERTY,
    /** A property appears twice in the same object. */
    DUPLICATE_PROPERTY,
    /** A property this version does not know, in strict mode. */
    UNKNOWN_PROPERTY,
    /**
     * A code this version does not know: of a closed vocabulary always, of an open vocabulary in
     * strict mode.
     */
    UNKNOWN_VALUE,
    /** A value of the right JSON type that cannot be understood: a malformed date, id or URL. */
    INVALID_VALUE,
    /** A value that breaks a rule of the Sitrep model, reported by the core's validation. */
    RULE_VIOLATION,
    /** A report of a schema major version this library does not read. */
    UNSUPPORTED_VERSION,
    /** The input could not be read at all, for example a failing stream. */
    IO
  }

  /**
   * The most violations a failure keeps: {@value}, as {@link
   * SitrepValidationException#MAX_VIOLATIONS}. The others are counted in {@link #omitted()}.
   */
  public static final int MAX_VIOLATIONS = SitrepValidationException.MAX_VIOLATIONS;

  /** What kind of failure this is. */
  private final Kind kind;

  /** The violations kept, in the order found: at least one, at most {@link #MAX_VIOLATIONS}. */
  private final List<Violation> violations;

  /** How many more violations were found and not kept. */
  private final long omitted;

  private ReadFailure(Kind kind, List<Violation> violations, long omitted) {
    if (kind == null) {
      throw new IllegalArgumentException("a read failure needs a kind");
    }
    if (violations == null || violations.isEmpty()) {
      throw new IllegalArgumentException("a read failure needs at least one violation");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative: " + omitted);
    }
    this.kind = kind;
    int kept = Math.min(violations.size(), MAX_VIOLATIONS);
    this.violations = List.copyOf(violations.subList(0, kept));
    this.omitted = omitted + (violations.size() - kept);
  }

  /**
   * @param kind what kind of problem it is
   * @param violations every problem, in order, with absolute JSON paths; at least one
   * @return the failure
   */
  public static ReadFailure of(Kind kind, List<Violation> violations) {
    return new ReadFailure(kind, violations, 0);
  }

  /**
   * A failure some of whose problems were only counted, as a {@link SitrepValidationException}
   * counts those beyond its cap. Of {@code violations}, the first {@link #MAX_VIOLATIONS} are kept
   * and the rest are added to {@code omitted}.
   *
   * @param kind what kind of problem it is
   * @param violations the problems kept, in order, with absolute JSON paths; at least one
   * @param omitted how many more problems were found and not kept; not negative
   * @return the failure
   */
  public static ReadFailure of(Kind kind, List<Violation> violations, long omitted) {
    return new ReadFailure(kind, violations, omitted);
  }

  /**
   * @param kind what kind of problem it is
   * @param path the problem's absolute JSON path, e.g. {@code $.incidents[0].type}
   * @param reason why it is one
   * @return the failure
   */
  public static ReadFailure of(Kind kind, String path, String reason) {
    return new ReadFailure(kind, List.of(Violation.of(path, reason)), 0);
  }

  /** @return what kind of problem this is */
  public Kind kind() {
    return kind;
  }

  /**
   * @return the JSON path of the (first) problem, e.g. {@code
   *     $.incidents[1].casualties[0].count.low}; {@code $} for the document as a whole
   */
  public String path() {
    return violations.get(0).path();
  }

  /** @return why the (first) problem is one, in plain English */
  public String reason() {
    return violations.get(0).reason();
  }

  /**
   * @return the problems found, in order: all of them, or the first {@link #MAX_VIOLATIONS} where
   *     there were more (see {@link #omitted()}); never empty. Unlike the core's violations, whose
   *     paths are relative and use Java names, each path here is an absolute JSON path in wire
   *     names.
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * @return how many problems were found beyond those in {@link #violations()} and not kept; 0 when
   *     every problem is listed
   */
  public long omitted() {
    return omitted;
  }

  /**
   * @return the problems with their paths: {@code "$.x: reason"}, or {@code "2 problems: $.x:
   *     reason; $.y: reason"}; past ten problems {@code "...; and N more"}. A few KiB at most.
   */
  public String message() {
    long total = violations.size() + omitted;
    if (total == 1) {
      return Messages.cut(violations.get(0).toString());
    }
    return total + " problems: " + Messages.list(violations, omitted);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadFailure
        && ((ReadFailure) o).kind == kind
        && ((ReadFailure) o).omitted == omitted
        && ((ReadFailure) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + violations.hashCode()) * 31 + Long.hashCode(omitted);
  }

  /** @return the kind and the message */
  @Override
  public String toString() {
    return kind + ": " + message();
  }
}
