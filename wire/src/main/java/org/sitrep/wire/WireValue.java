package org.sitrep.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.Vocabulary;

/**
 * The codec of one kind of value on the wire, without any JSON library: what JSON type it takes,
 * how it becomes a Java value and back, and the name of the JSON Schema definition that describes
 * it ({@code "Text"}, {@code "CountryCode"}, {@code "ClaimId"}, {@code "Estimate"}).
 *
 * <p>A binding reads the {@link #kind()} and does what the kind says; it never needs to know which
 * value it is. Two values may share a kind and differ only in their schema (a country code and
 * free text are both {@link Kind#TEXT} strings that the core validates).
 *
 * @param <V> the Java type of the value
 */
public final class WireValue<V> {
  /** What JSON a value takes, and so what a binding does with it. */
  public enum Kind {
    /** A JSON object of a {@link WireType}: {@link #type()}. */
    OBJECT,
    /** A JSON string turned into the value by {@link #parse(String)}, written by {@link #format}. */
    TEXT,
    /**
     * A report's schema version: a JSON string; a reader refuses another major version as soon as
     * it reads it ({@link SchemaVersions#unsupported(String)}), before the rest of the document.
     */
    SCHEMA_VERSION,
    /**
     * A term of an open vocabulary: a JSON string parsed by {@link #parse(String)}; a strict reader
     * refuses a code this version does not know ({@link Vocabulary#isKnown()}).
     */
    OPEN_CODE,
    /**
     * A constant of a closed vocabulary (a Java enum): a JSON string, one of {@link #codes()}; any
     * other string is refused in both modes.
     */
    CLOSED_CODE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON integer that fits a signed 64-bit integer; a fraction, exponent or string is refused. */
    INTEGER,
    /** Any JSON number, read as a {@code double}. */
    NUMBER
  }

  /**
   * Turns the text of a JSON string into a value. Any exception means the text is not a valid
   * value; a {@link org.sitrep.SitrepValidationException} carries its own reason.
   *
   * @param <V> the value type
   */
  @FunctionalInterface
  public interface Parser<V> {
    /**
     * @param text the string's text
     * @return the value
     * @throws Exception if the text is not a valid value
     */
    V parse(String text) throws Exception;
  }

  private final Kind kind;
  private final Class<V> javaType;
  private final String schemaName;
  private final String expected;
  private final Parser<V> parser;
  private final Function<V, String> formatter;
  private final WireType<?, ?> type;
  private final List<String> codes;
  private final Map<String, V> constants;

  private WireValue(
      Kind kind,
      Class<V> javaType,
      String schemaName,
      String expected,
      Parser<V> parser,
      Function<V, String> formatter,
      WireType<?, ?> type,
      Map<String, V> constants) {
    this.kind = kind;
    this.javaType = javaType;
    this.schemaName = schemaName;
    this.expected = expected;
    this.parser = parser;
    this.formatter = formatter;
    this.type = type;
    this.constants = constants;
    this.codes = List.copyOf(constants.keySet());
  }

  /**
   * A value written as a JSON string.
   *
   * @param javaType the Java type
   * @param schemaName the JSON Schema definition that describes it, e.g. {@code "Date"}
   * @param expected what a valid value looks like, for messages: "an ISO-8601 date such as ..."
   * @param parser from text
   * @param formatter to text
   * @param <V> the value type
   * @return the value codec
   */
  static <V> WireValue<V> text(
      Class<V> javaType,
      String schemaName,
      String expected,
      Parser<V> parser,
      Function<V, String> formatter) {
    return new WireValue<>(
        Kind.TEXT, javaType, schemaName, expected, parser, formatter, null, Map.of());
  }

  static WireValue<String> schemaVersion() {
    return new WireValue<>(
        Kind.SCHEMA_VERSION,
        String.class,
        "SchemaVersion",
        "a schema version MAJOR.MINOR",
        s -> s,
        s -> s,
        null,
        Map.of());
  }

  static <V extends Vocabulary> WireValue<V> open(
      Class<V> javaType, Function<String, V> of, List<V> known) {
    Map<String, V> byCode = new LinkedHashMap<>();
    for (V term : known) {
      byCode.put(term.code(), term);
    }
    return new WireValue<>(
        Kind.OPEN_CODE,
        javaType,
        javaType.getSimpleName(),
        "a code",
        of::apply,
        Vocabulary::code,
        null,
        Collections.unmodifiableMap(byCode));
  }

  static <E extends Enum<E>> WireValue<E> closed(Class<E> javaType) {
    Map<String, E> byCode = new LinkedHashMap<>();
    for (E e : javaType.getEnumConstants()) {
      byCode.put(e.name().toLowerCase(Locale.ROOT), e);
    }
    Map<E, String> codeOf = new java.util.EnumMap<>(javaType);
    byCode.forEach((code, e) -> codeOf.put(e, code));
    return new WireValue<>(
        Kind.CLOSED_CODE,
        javaType,
        javaType.getSimpleName(),
        "one of: " + String.join(", ", byCode.keySet()),
        byCode::get,
        codeOf::get,
        null,
        Collections.unmodifiableMap(byCode));
  }

  static WireValue<Boolean> bool(String schemaName) {
    return new WireValue<>(Kind.BOOLEAN, Boolean.class, schemaName, "true or false", null,
        null, null, Map.of());
  }

  static WireValue<Long> integer(String schemaName) {
    return new WireValue<>(Kind.INTEGER, Long.class, schemaName, "a whole number", null, null,
        null, Map.of());
  }

  static WireValue<Double> number(String schemaName) {
    return new WireValue<>(Kind.NUMBER, Double.class, schemaName, "a number", null, null, null,
        Map.of());
  }

  static <V extends org.sitrep.Extensible> WireValue<V> object(WireType<V, ?> type) {
    return new WireValue<>(Kind.OBJECT, type.javaType(), type.name(), "an object (" + type.name()
        + ")", null, null, type, Map.of());
  }

  /** @return what JSON the value takes */
  public Kind kind() {
    return kind;
  }

  /** @return the Java type of the value */
  public Class<V> javaType() {
    return javaType;
  }

  /**
   * @return the name of the JSON Schema definition ({@code $defs}) that describes the value:
   *     {@code "Text"}, {@code "CountryCode"}, {@code "Estimate"}
   */
  public String schemaName() {
    return schemaName;
  }

  /**
   * @return what a valid value looks like, for error messages: "an ISO-8601 date such as
   *     2023-09-07", "one of: exact, at_least, ..."
   */
  public String expected() {
    return expected;
  }

  /**
   * Parses the text of a JSON string ({@link Kind#TEXT}, {@link Kind#SCHEMA_VERSION}, {@link
   * Kind#OPEN_CODE}, {@link Kind#CLOSED_CODE}).
   *
   * @param text the text
   * @return the value; for a closed code that is not one of {@link #codes()}, none
   * @throws Exception if the text is not a valid value
   */
  public V parse(String text) throws Exception {
    requireString();
    return parser.parse(text);
  }

  /**
   * The text of a value written as a JSON string.
   *
   * @param value a value
   * @return its text on the wire
   */
  public String format(V value) {
    requireString();
    return formatter.apply(Objects.requireNonNull(value, "value"));
  }

  /**
   * The parser behind {@link #parse(String)}, for a binding to call without going through this
   * value on every read.
   *
   * @return the parser of a value written as a JSON string
   * @throws IllegalStateException for a value not written as a string
   */
  public Parser<V> parser() {
    requireString();
    return parser;
  }

  /**
   * The formatter behind {@link #format(Object)}, for a binding to call directly.
   *
   * @return the formatter of a value written as a JSON string
   * @throws IllegalStateException for a value not written as a string
   */
  public Function<V, String> formatter() {
    requireString();
    return formatter;
  }

  /**
   * @return the codes known to this version: of a closed vocabulary, all it has; of an open one,
   *     its well-known terms; empty for other kinds
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * The constant of a closed vocabulary, or the known term of an open one, with a code.
   *
   * @param code a code
   * @return the constant or term, or null if the code is not one of {@link #codes()}
   */
  public V constant(String code) {
    return constants.get(code);
  }

  /**
   * @return the object type of an {@link Kind#OBJECT} value
   * @throws IllegalStateException for any other kind
   */
  public WireType<?, ?> type() {
    if (type == null) {
      throw new IllegalStateException(schemaName + " is not an object type");
    }
    return type;
  }

  private void requireString() {
    if (parser == null) {
      throw new IllegalStateException(schemaName + " is not written as a string");
    }
  }

  @Override
  public String toString() {
    return "WireValue[" + schemaName + ", " + kind + "]";
  }
}
