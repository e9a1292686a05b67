package org.sitrep.schema;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.Identifier;
import org.sitrep.wire.Cardinality;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import org.sitrep.wire.WireValue;

/**
 * The property tables of {@code docs/wire-format.md} §3, generated from {@link WireTypes}: each
 * type's table sits between {@code <!-- generated: WireTypes Casualty -->} and {@code <!-- end
 * generated -->}, and everything outside the markers is left as written.
 */
final class WireFormatTables {
  private static final Pattern SECTION =
      Pattern.compile(
          "(<!-- generated: WireTypes (\\w+) -->\n)(.*?)(<!-- end generated -->)", Pattern.DOTALL);

  private static final Pattern VOCABULARIES =
      Pattern.compile(
          "(<!-- generated: WireValues vocabularies -->\n)(.*?)(<!-- end generated -->)",
          Pattern.DOTALL);

  /** How a text value reads in the JSON column, by its schema definition; ids say "id". */
  private static final Map<String, String> TEXT =
      Map.ofEntries(
          Map.entry("Text", "string"),
          Map.entry("HttpUrl", "URI string"),
          Map.entry("Date", "date"),
          Map.entry("DateTime", "date-time"),
          Map.entry("DecimalAmount", "decimal string"),
          Map.entry("CurrencyCode", "ISO 4217 code"),
          Map.entry("CountryCode", "ISO 3166-1 country code"),
          Map.entry("SubdivisionCode", "ISO 3166-2 subdivision code"),
          Map.entry("LanguageTag", "BCP 47 language tag"),
          Map.entry("Handle", "string"),
          Map.entry("GazetteerId", "string"),
          Map.entry("DatasetRecordId", "string (a row id)"),
          Map.entry("ClockTime", "clock time with offset"),
          Map.entry("GlobalId", "global id (a URI with a scheme)"),
          Map.entry("SpdxId", "SPDX licence id"),
          Map.entry("HexDigest", "lower-case hexadecimal string"));

  private WireFormatTables() {}

  /**
   * The document with every generated table replaced by the definition's.
   *
   * @param document the text of {@code docs/wire-format.md}
   * @return the text with current tables
   * @throws IllegalStateException if a type has no table, or a table names no type
   */
  static String update(String document) {
    Map<String, WireType<?, ?>> types = new LinkedHashMap<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      types.put(type.name(), type);
    }
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = SECTION.matcher(document);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2);
      WireType<?, ?> type = types.get(name);
      if (type == null || !seen.add(name)) {
        throw new IllegalStateException(
            "docs/wire-format.md: a generated table of " + name + ", which is not a WireType or"
                + " has a table already");
      }
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + "\n" + table(type) + "\n" + m.group(4)));
    }
    m.appendTail(out);
    Set<String> missing = new LinkedHashSet<>(types.keySet());
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "docs/wire-format.md has no generated table of " + missing + ": add a section with"
              + " <!-- generated: WireTypes Name --> and <!-- end generated --> to §3");
    }
    Matcher v = VOCABULARIES.matcher(out.toString());
    if (!v.find()) {
      throw new IllegalStateException(
          "docs/wire-format.md has no generated vocabulary table: add"
              + " <!-- generated: WireValues vocabularies --> and <!-- end generated --> to §5");
    }
    String withVocabularies =
        v.replaceFirst(
            Matcher.quoteReplacement(v.group(1) + "\n" + vocabularies() + "\n" + v.group(3)));
    out = new StringBuilder(withVocabularies);
    return out.toString();
  }

  /**
   * @return the table of every vocabulary, open ones first, each with the codes this version
   *     knows, in declaration order
   */
  static String vocabularies() {
    StringBuilder out = new StringBuilder();
    out.append("| vocabulary | kind | codes known in schema ")
        .append(org.sitrep.Report.CURRENT_SCHEMA_VERSION)
        .append(" |\n|---|---|---|\n");
    for (WireValue.Kind kind : new WireValue.Kind[] {WireValue.Kind.OPEN_CODE, WireValue.Kind.CLOSED_CODE}) {
      java.util.List<WireValue<?>> values = new java.util.ArrayList<>();
      for (WireValue<?> value : org.sitrep.wire.WireValues.all()) {
        if (value.kind() == kind) {
          values.add(value);
        }
      }
      values.sort(java.util.Comparator.comparing(WireValue::schemaName));
      for (WireValue<?> value : values) {
        out.append("| `")
            .append(value.schemaName())
            .append("` | ")
            .append(kind == WireValue.Kind.OPEN_CODE ? "open" : "closed")
            .append(" | ");
        java.util.StringJoiner codes = new java.util.StringJoiner(", ");
        value.codes().forEach(c -> codes.add("`" + c + "`"));
        out.append(codes).append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * @param type an object type
   * @return its table in Markdown: property, JSON, required; one row per property, in wire order
   */
  static String table(WireType<?, ?> type) {
    StringBuilder out = new StringBuilder();
    out.append("| property | JSON | required |\n|---|---|---|\n");
    for (WireProperty<?, ?, ?> p : type.properties()) {
      String json = json(p.value());
      if (p.cardinality() == Cardinality.LIST) {
        json = "array of " + json;
      }
      out.append("| `")
          .append(p.wireName())
          .append("` | ")
          .append(json)
          .append(" | ")
          .append(required(p))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String json(WireValue<?> value) {
    String name = value.schemaName();
    switch (value.kind()) {
      case OBJECT:
        return "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
      case OPEN_CODE:
        return "code, open `" + name + "`";
      case CLOSED_CODE:
        return "code, closed `" + name + "`";
      case SCHEMA_VERSION:
        return "`\"MAJOR.MINOR\"`";
      case BOOLEAN:
        return "boolean";
      case INTEGER:
        return "integer";
      case NUMBER:
        return "number";
      case TEXT:
        if (Identifier.class.isAssignableFrom(value.javaType())) {
          return "id (`" + name + "`)";
        }
        String text = TEXT.get(name);
        if (text == null) {
          throw new IllegalStateException(
              "WireFormatTables has no wording for " + name + " in the JSON column");
        }
        return text;
      default:
        throw new IllegalStateException("no wording for " + value.kind());
    }
  }

  private static String required(WireProperty<?, ?, ?> p) {
    switch (p.cardinality()) {
      case REQUIRED:
        return "yes";
      case OPTIONAL:
        return "no";
      case LIST:
        return "no; omitted when empty";
      case DEFAULTED:
        if (p.value().kind() != WireValue.Kind.BOOLEAN) {
          throw new IllegalStateException(p + ": no default known");
        }
        return "no; written always (default `false`)";
      default:
        throw new IllegalStateException(p.cardinality().toString());
    }
  }
}
