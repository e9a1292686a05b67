package org.sitrep;

import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.internal.Messages;

/**
 * Thrown when a Sitrep value cannot be built because its content breaks the model's rules.
 *
 * <p>It carries every problem found at once, not just the first, each with its path and reason.
 * For example building an estimate "at least 5, at most 3" fails with one violation at path
 * {@code high}. A required attribute that was never set, or a {@code null} passed to a builder,
 * is reported the same way, naming the attribute.
 *
 * <p>"Every problem" is bounded: at most {@link #MAX_VIOLATIONS} violations are kept, in the
 * order found, and {@link #omitted()} counts the others, so that a value with a million broken
 * elements costs the memory of a hundred. The message lists the first ten, each cut to 256
 * characters, and counts the rest, so it stays a few KiB long whatever the value. "Every problem"
 * means every problem of this value: the value is checked only once its parts were built, so a
 * part that breaks a rule is reported alone (by its own exception), and the rules of the enclosing
 * value (a report's unique ids and references) are not checked.
 */
public final class SitrepValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most violations an exception keeps: {@value}. The others are counted in {@link #omitted()}. */
  public static final int MAX_VIOLATIONS = 100;

  /** The simple name of the type being built, e.g. {@code Estimate}. */
  private final String typeName;

  /** The violations kept, in the order found: at least one, at most {@link #MAX_VIOLATIONS}. */
  private final List<Violation> violations;

  /** How many more violations were found and not kept. */
  private final long omitted;

  /**
   * An exception listing violations found while building a value of the named type.
   *
   * @param typeName the simple name of the type being built, e.g. {@code Estimate}
   * @param violations every problem found; must not be empty
   */
  public SitrepValidationException(String typeName, List<Violation> violations) {
    this(typeName, violations, 0);
  }

  /**
   * An exception listing violations found while building a value of the named type, some of
   * which were only counted. Of {@code violations}, the first {@link #MAX_VIOLATIONS} are kept and
   * the rest are added to {@code omitted}.
   *
   * @param typeName the simple name of the type being built, e.g. {@code Estimate}
   * @param violations the problems kept, in the order found; must not be empty
   * @param omitted how many more problems were found and not kept; not negative
   */
  public SitrepValidationException(String typeName, List<Violation> violations, long omitted) {
    super(message(typeName, violations, omitted));
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative: " + omitted);
    }
    this.typeName = typeName;
    int kept = Math.min(violations.size(), MAX_VIOLATIONS);
    this.violations = List.copyOf(violations.subList(0, kept));
    this.omitted = omitted + (violations.size() - kept);
  }

  /**
   * Used by the generated builders: either a {@code null} was passed for the named attribute, or
   * (with Immutables' message "Cannot build X, some of required attributes are not set [a, b]")
   * required attributes were never set.
   *
   * <p>A null element of a collection or map attribute is reported at the attribute ({@code
   * means}, from Immutables' detail "means element"), a null map value at the entry ({@code
   * extensions.confidence}), so that every path names an attribute of the Java API.
   *
   * @param detail the attribute's name, or the builder's message about missing attributes
   */
  public SitrepValidationException(String detail) {
    this(typeOf(detail), violationsOf(detail));
  }

  private static final java.util.regex.Pattern MISSING =
      java.util.regex.Pattern.compile(
          "Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

  private static String typeOf(String detail) {
    java.util.regex.Matcher m = MISSING.matcher(detail);
    return m.matches() ? m.group(1) : "";
  }

  /** Immutables' null check on a collection element or map entry: "means element". */
  private static final java.util.regex.Pattern NULL_PART =
      java.util.regex.Pattern.compile("(?:(\\w+) )?(element|key|value for key: (.*))");

  private static List<Violation> violationsOf(String detail) {
    java.util.regex.Matcher m = MISSING.matcher(detail);
    if (!m.matches()) {
      return List.of(nullViolation(detail));
    }
    return java.util.Arrays.stream(m.group(2).split(", "))
        .map(a -> Violation.of(a, "is required but was not set"))
        .collect(Collectors.toList());
  }

  private static Violation nullViolation(String detail) {
    java.util.regex.Matcher m = NULL_PART.matcher(detail);
    if (!m.matches()) {
      return Violation.of(detail, "must not be null");
    }
    String attribute = m.group(1) == null ? "" : m.group(1);
    if (m.group(2).equals("element")) {
      return Violation.of(attribute, "must not contain a null element");
    }
    if (m.group(2).equals("key")) {
      return Violation.of(attribute, "must not contain a null key");
    }
    String entry = attribute.isEmpty() ? m.group(3) : attribute + "." + m.group(3);
    return Violation.of(entry, "must not be null");
  }

  private static String message(String typeName, List<Violation> violations, long omitted) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    long total = violations.size() + Math.max(0, omitted);
    String head =
        (typeName.isEmpty() ? "Invalid value" : "Invalid " + typeName)
            + " ("
            + total
            + (total == 1 ? " problem" : " problems")
            + "): ";
    return head + Messages.list(violations, Math.max(0, omitted));
  }

  /** @return the simple name of the type that could not be built; empty where not known */
  public String typeName() {
    return typeName;
  }

  /**
   * @return the problems found, in the order found: all of them, or the first {@link
   *     #MAX_VIOLATIONS} where there were more (see {@link #omitted()}); never empty
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
}
