package org.sitrep;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a Sitrep value cannot be built because its content breaks the model's rules.
 *
 * <p>It carries every problem found at once, not just the first, each with its path and reason.
 * For example building an estimate "at least 5, at most 3" fails with one violation at path
 * {@code high}. A required attribute that was never set, or a {@code null} passed to a builder,
 * is reported the same way, naming the attribute.
 */
public final class SitrepValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final List<Violation> violations;

  /**
   * An exception listing violations found while building a value of the named type.
   *
   * @param typeName the simple name of the type being built, e.g. {@code Estimate}
   * @param violations every problem found; must not be empty
   */
  public SitrepValidationException(String typeName, List<Violation> violations) {
    super(message(typeName, violations));
    this.typeName = typeName;
    this.violations = List.copyOf(violations);
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

  private static String message(String typeName, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    String head =
        (typeName.isEmpty() ? "Invalid value" : "Invalid " + typeName)
            + " ("
            + violations.size()
            + (violations.size() == 1 ? " problem" : " problems")
            + "): ";
    return head + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** @return the simple name of the type that could not be built; empty where not known */
  public String typeName() {
    return typeName;
  }

  /** @return every problem found, in the order found; never empty */
  public List<Violation> violations() {
    return violations;
  }
}
