package org.sitrep.jackson3;

import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;
import org.sitrep.wire.ReadFailure;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.WirePaths;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when a JSON document cannot be read as a Sitrep value: the one exception for every kind
 * of bad input, each problem named by its JSON path and a plain-English reason.
 *
 * <p>For example a casualty figure "at least 5, at most 3" in the second incident of a report
 * fails with {@link #path()} {@code $.incidents[1].casualties[0].count.high}, {@link #reason()}
 * {@code "low (5) must not be greater than high (3)"} and {@link #kind()} {@link
 * ReadFailure.Kind#RULE_VIOLATION}. A value that breaks several of the model's rules at once
 * reports them all in {@link #violations()}, each with its full JSON path.
 *
 * <p>It is a Jackson 3 {@link DatabindException}, and so, like all of Jackson 3's exceptions,
 * unchecked: a {@code JsonMapper} with the {@link SitrepModule} throws it unchanged from {@code
 * readValue}. What it says is a {@link ReadFailure} ({@link #failure()}), the form every Sitrep
 * binding shares: sitrep-jackson's exception of the same name says the same for the same input.
 */
public final class SitrepJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTED = 64;

  /** What stopped the reading: its kind and every problem, with absolute JSON paths. */
  private final ReadFailure failure;

  private SitrepJsonException(
      Kind kind, List<Violation> violations, TokenStreamLocation location, Throwable cause) {
    this(ReadFailure.of(kind, violations), location, cause);
  }

  private SitrepJsonException(ReadFailure failure, TokenStreamLocation location, Throwable cause) {
    super((java.io.Closeable) null, failure.message(), location, cause);
    this.failure = failure;
  }

  /**
   * @return what stopped the reading, in the form every binding shares: its kind and every problem
   *     with its JSON path
   */
  public ReadFailure failure() {
    return failure;
  }

  /** @return what kind of problem this is */
  public Kind kind() {
    return failure.kind();
  }

  /**
   * @return the JSON path of the (first) problem, e.g. {@code
   *     $.incidents[1].casualties[0].count.low}; {@code $} for the document as a whole
   */
  public String path() {
    return failure.path();
  }

  /** @return why the (first) problem is one, in plain English */
  public String reason() {
    return failure.reason();
  }

  /**
   * @return the problems found, in order: all of them, or the first {@link
   *     ReadFailure#MAX_VIOLATIONS} where there were more (see {@link #omitted()}); never empty.
   *     Unlike the core's violations, whose paths are relative and use Java names, each path here
   *     is an absolute JSON path in wire names.
   */
  public List<Violation> violations() {
    return failure.violations();
  }

  /**
   * @return how many problems were found beyond those in {@link #violations()} and not kept; 0 when
   *     every problem is listed
   */
  public long omitted() {
    return failure.omitted();
  }

  /** @return the problems with their JSON paths, then the line and column where known */
  @Override
  public String getMessage() {
    return getOriginalMessage() + where();
  }

  /** @return as {@link #getMessage()} */
  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /** @return the problems with their JSON paths, without the location */
  @Override
  public String getOriginalMessage() {
    return failure.message();
  }

  private String where() {
    TokenStreamLocation at = getLocation();
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  // ---- factories for the readers in this package -------------------------------------------

  /** A problem at the parser's current position, optionally below it ({@code ".low"}). */
  static SitrepJsonException at(JsonParser p, Kind kind, String below, String reason) {
    return new SitrepJsonException(
        kind, List.of(Violation.of(JsonPaths.of(p) + below, reason)), location(p), null);
  }

  /** A problem at the parser's current position. */
  static SitrepJsonException at(JsonParser p, Kind kind, String reason) {
    return at(p, kind, "", reason);
  }

  /** A Jackson-level failure (syntax, limits, I/O) at the parser's position. */
  static SitrepJsonException failure(JsonParser p, Kind kind, String reason, Throwable cause) {
    String path =
        p == null ? "$" : kind == Kind.LIMIT_EXCEEDED && reason.startsWith("Name length")
            ? JsonPaths.container(p)
            : JsonPaths.of(p);
    TokenStreamLocation location = p == null ? null : location(p);
    return new SitrepJsonException(kind, List.of(Violation.of(path, reason)), location, cause);
  }

  /** Several problems below the parser's position. */
  static SitrepJsonException at(JsonParser p, Kind kind, List<Violation> below) {
    String base = JsonPaths.of(p);
    List<Violation> absolute =
        below.stream()
            .map(v -> Violation.of(base + v.path(), v.reason()))
            .collect(Collectors.toList());
    return new SitrepJsonException(kind, absolute, location(p), null);
  }

  /**
   * The core's violations for the value that ends at the parser's position, with their Java paths
   * turned into JSON paths.
   */
  static SitrepJsonException rules(JsonParser p, Kind kind, SitrepValidationException e) {
    String base = JsonPaths.of(p);
    List<Violation> absolute =
        e.violations().stream()
            .map(v -> Violation.of(base + WirePaths.ofViolation(v.path()), v.reason()))
            .collect(Collectors.toList());
    return new SitrepJsonException(
        ReadFailure.of(kind, absolute, e.omitted()), location(p), e);
  }

  /**
   * This problem, found in a value read on its own (from a buffer), placed where the value is in
   * the document: each path's {@code $} becomes the value's path.
   *
   * @param base the JSON path of the value in the document, e.g. {@code $[12]}
   * @param at where the value starts in the input
   * @return the same problem with absolute paths
   */
  SitrepJsonException rebased(String base, TokenStreamLocation at) {
    List<Violation> moved =
        violations().stream()
            .map(v -> Violation.of(base + v.path().substring(1), v.reason()))
            .collect(Collectors.toList());
    return new SitrepJsonException(ReadFailure.of(kind(), moved, omitted()), at, getCause());
  }

  /**
   * This problem, found in a line of a feed read on its own, placed on that line of the feed.
   *
   * @param line the line's number in the feed, from 1
   * @return the same problem with the feed's line and the column within the line
   */
  SitrepJsonException onLine(long line) {
    TokenStreamLocation at = getLocation();
    int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
    TokenStreamLocation moved =
        new TokenStreamLocation(
            ContentReference.unknown(), -1L, -1L, (int) Math.min(line, Integer.MAX_VALUE), column);
    return new SitrepJsonException(failure, moved, getCause());
  }

  /** Quotes a value from the input for a message, shortened where long. */
  static String quote(String value) {
    String shown =
        value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED) + "...";
    return "'" + shown + "'";
  }

  private static TokenStreamLocation location(JsonParser p) {
    return p.currentTokenLocation();
  }
}
