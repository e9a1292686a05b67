package org.sitrep.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.wire.Cardinality;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import org.sitrep.wire.WireValue;

/**
 * Generates the sources of the TypeScript package ({@code clients/typescript}) and the Python
 * package ({@code clients/python}) from the one definition of the wire format: a type for every
 * {@link WireType} (its properties in wire order, with their cardinality), a type for every
 * vocabulary (open ones as the known codes or any string), a table of the wire definition that the
 * hand-written checks of both packages interpret (ids and references), and a copy of the JSON
 * Schema of both modes ({@link SchemaGenerator#report(boolean)}) that their validators use.
 * Descriptions come from the schema, and so from the core's Javadoc.
 */
final class ClientGenerator {
  static final Path TYPESCRIPT = Path.of("../clients/typescript/src/generated");
  static final Path PYTHON = Path.of("../clients/python/src/sitrep_model");

  private static final String HEADER =
      "Generated from org.sitrep.wire.WireTypes by `" + GeneratedFiles.COMMAND
          + "` (wire/src/test/java/org/sitrep/schema/ClientGenerator.java): do not edit.";

  private final ObjectNode tolerant;
  private final ObjectNode strict;
  private final JsonNode defs;
  private final Map<String, WireValue<?>> vocabularies = new LinkedHashMap<>();
  private final Map<String, WireValue<?>> scalars = new LinkedHashMap<>();

  ClientGenerator(SchemaGenerator schema) {
    this.tolerant = schema.report(false);
    this.strict = schema.report(true);
    this.defs = tolerant.path("$defs");
    for (WireType<?, ?> type : WireTypes.all()) {
      for (WireProperty<?, ?, ?> p : type.properties()) {
        WireValue<?> v = p.value();
        switch (v.kind()) {
          case OPEN_CODE, CLOSED_CODE -> vocabularies.putIfAbsent(v.schemaName(), v);
          case OBJECT, BOOLEAN -> {}
          default -> scalars.putIfAbsent(v.schemaName(), v);
        }
      }
    }
  }

  /** @return every generated file of both packages, path from the wire module to text */
  Map<Path, String> files() {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(TYPESCRIPT.resolve("model.ts"), typescript());
    files.put(TYPESCRIPT.resolve("report.schema.json"), SchemaGenerator.render(tolerant));
    files.put(TYPESCRIPT.resolve("report.strict.schema.json"), SchemaGenerator.render(strict));
    files.put(PYTHON.resolve("_generated.py"), python());
    files.put(PYTHON.resolve("report.schema.json"), SchemaGenerator.render(tolerant));
    files.put(PYTHON.resolve("report.strict.schema.json"), SchemaGenerator.render(strict));
    return files;
  }

  // ---- TypeScript ----------------------------------------------------------------------------

  private String typescript() {
    StringBuilder s = new StringBuilder();
    s.append("// ").append(HEADER).append("\n\n");
    for (Map.Entry<String, WireValue<?>> e : scalars.entrySet()) {
      doc(s, "", description(e.getKey()));
      String ts = e.getValue().kind() == WireValue.Kind.INTEGER
          || e.getValue().kind() == WireValue.Kind.NUMBER ? "number" : "string";
      s.append("export type ").append(e.getKey()).append(" = ").append(ts).append(";\n\n");
    }
    for (Map.Entry<String, WireValue<?>> e : vocabularies.entrySet()) {
      WireValue<?> v = e.getValue();
      doc(s, "", description(e.getKey()));
      List<String> codes = new ArrayList<>();
      v.codes().forEach(c -> codes.add(quote(c)));
      s.append("export type ").append(e.getKey()).append("Code = ")
          .append(String.join(" | ", codes)).append(";\n\n");
      s.append("/** ").append(e.getKey()).append(v.kind() == WireValue.Kind.OPEN_CODE
          ? ": a known code, or (an open vocabulary) any other code. */\n"
          : ": one of the known codes (a closed vocabulary). */\n");
      s.append("export type ").append(e.getKey()).append(" = ").append(e.getKey()).append("Code")
          .append(v.kind() == WireValue.Kind.OPEN_CODE ? " | (string & {})" : "").append(";\n\n");
      s.append("/** The known codes of ").append(e.getKey()).append(", in the definition's order. */\n");
      s.append("export const ").append(constant(e.getKey())).append(": readonly ")
          .append(e.getKey()).append("Code[] = [").append(String.join(", ", codes)).append("];\n\n");
    }
    for (WireType<?, ?> type : WireTypes.all()) {
      doc(s, "", description(type.name()));
      s.append("export interface ").append(type.name()).append(" {\n");
      for (WireProperty<?, ?, ?> p : type.properties()) {
        doc(s, "  ", defs.path(type.name()).path("properties").path(p.wireName())
            .path("description").asText());
        String value = tsValue(p.value());
        s.append("  readonly ").append(p.wireName())
            .append(p.cardinality() == Cardinality.REQUIRED ? "" : "?").append(": ")
            .append(p.cardinality() == Cardinality.LIST ? "readonly " + value + "[]" : value)
            .append(";\n");
      }
      s.append("  /** Extensions: unknown properties, kept (any JSON value but null). */\n");
      s.append("  readonly [extension: string]: unknown;\n");
      s.append("}\n\n");
    }
    s.append("/** The ISO 4217 codes the Java reader accepts (the JDK's java.util.Currency data). */\n");
    s.append("export const CURRENCIES: ReadonlySet<string> = new Set([").append(currencies())
        .append("]);\n\n");
    s.append("/** The ISO 3166-1 alpha-2 codes the Java model accepts (the JDK's"
        + " Locale.getISOCountries()). */\n");
    s.append("export const COUNTRIES: ReadonlySet<string> = new Set([").append(countries())
        .append("]);\n\n");
    s.append("/** ").append(CHECKS_DOC).append(" */\n");
    s.append("export const CHECKS: Readonly<Record<string, string>> = {\n");
    checks().forEach((name, check) -> s.append("  ").append(name).append(": ").append(quote(check))
        .append(",\n"));
    s.append("};\n\n");
    s.append("/** The wire definition, as the hand-written checks interpret it: type -> property ->"
        + " [cardinality, kind, schema name]. */\n");
    s.append("export const WIRE: Readonly<Record<string, Readonly<Record<string, readonly [string,"
        + " string, string]>>>> = {\n");
    for (WireType<?, ?> type : WireTypes.all()) {
      s.append("  ").append(type.name()).append(": {\n");
      for (WireProperty<?, ?, ?> p : type.properties()) {
        s.append("    ").append(p.wireName()).append(": [").append(quote(p.cardinality().name()))
            .append(", ").append(quote(p.value().kind().name())).append(", ")
            .append(quote(p.value().schemaName())).append("],\n");
      }
      s.append("  },\n");
    }
    s.append("};\n");
    return s.toString();
  }

  private static String tsValue(WireValue<?> v) {
    return v.kind() == WireValue.Kind.BOOLEAN ? "boolean" : v.schemaName();
  }

  private static void doc(StringBuilder s, String indent, String text) {
    if (!text.isEmpty()) {
      s.append(indent).append("/** ").append(text.replace("*/", "*\\/")).append(" */\n");
    }
  }

  // ---- Python ------------------------------------------------------------------------------

  private String python() {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(HEADER).append("\n");
    s.append("\"\"\"The Sitrep wire types as pydantic v2 models (strict), and the wire definition.\"\"\"\n\n");
    s.append("from __future__ import annotations\n\n");
    s.append("from typing import Annotated, Literal, Optional, Union\n\n");
    s.append("from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr, StringConstraints\n\n");
    s.append("from ._base import SitrepModel, known\n\n");
    for (Map.Entry<String, WireValue<?>> e : scalars.entrySet()) {
      String name = e.getKey();
      JsonNode def = defs.path(name);
      s.append(name).append(" = ");
      switch (e.getValue().kind()) {
        case INTEGER -> s.append("Annotated[StrictInt, Field(ge=").append(def.path("minimum").asText())
            .append(", le=").append(def.path("maximum").asText()).append(")]");
        case NUMBER -> s.append("Annotated[Union[StrictFloat, StrictInt], Field(ge=")
            .append(def.path("minimum").asText()).append(", le=")
            .append(def.path("maximum").asText()).append(")]");
        default -> {
          if (def.has("pattern")) {
            s.append("Annotated[StrictStr, StringConstraints(pattern=")
                .append(pyString(pythonPattern(def.path("pattern").asText())));
            if (def.has("maxLength")) {
              s.append(", max_length=").append(def.path("maxLength").asText());
            }
            s.append(")]");
          } else {
            s.append("StrictStr");
          }
        }
      }
      s.append("\n");
      pyDoc(s, "", description(name));
      s.append("\n");
    }
    if (!scalars.containsKey("Code")) {
      s.append("Code = Annotated[StrictStr, StringConstraints(pattern=")
          .append(pyString(pythonPattern(defs.path("Code").path("pattern").asText())))
          .append(")]\n");
      pyDoc(s, "", description("Code"));
      s.append("\n");
    }
    for (Map.Entry<String, WireValue<?>> e : vocabularies.entrySet()) {
      WireValue<?> v = e.getValue();
      List<String> codes = new ArrayList<>();
      v.codes().forEach(c -> codes.add(quote(c)));
      s.append(e.getKey()).append("Code = Literal[").append(String.join(", ", codes)).append("]\n");
      pyDoc(s, "", description(e.getKey()));
      s.append(e.getKey()).append(" = ")
          .append(v.kind() == WireValue.Kind.OPEN_CODE
              ? "Union[" + e.getKey() + "Code, Code]" : e.getKey() + "Code").append("\n\n");
    }
    for (WireType<?, ?> type : WireTypes.all()) {
      s.append("\nclass ").append(type.name()).append("(SitrepModel):\n");
      pyDoc(s, "    ", description(type.name()));
      for (WireProperty<?, ?, ?> p : type.properties()) {
        String value = p.value().kind() == WireValue.Kind.BOOLEAN
            ? "StrictBool" : p.value().schemaName();
        String field = switch (p.cardinality()) {
          case REQUIRED -> value;
          case DEFAULTED -> value + " = False";
          case OPTIONAL -> "Optional[" + value + "] = None";
          case LIST -> "list[" + value + "] = Field(default_factory=list, max_length="
              + org.sitrep.wire.Limits.MAX_LIST_LENGTH + ")";
        };
        s.append("    ").append(p.wireName()).append(": ").append(field).append("\n");
        pyDoc(s, "    ", defs.path(type.name()).path("properties").path(p.wireName())
            .path("description").asText());
      }
      for (WireProperty<?, ?, ?> p : type.properties()) {
        if (p.value().kind() != WireValue.Kind.OPEN_CODE) {
          continue;
        }
        String code = p.value().schemaName() + "Code";
        s.append("\n    def known_").append(p.wireName()).append("(self) -> ")
            .append(p.cardinality() == Cardinality.LIST ? "list[Optional[" + code + "]]"
                : "Optional[" + code + "]").append(":\n");
        s.append("        \"\"\"The known code").append(p.cardinality() == Cardinality.LIST ? "s" : "")
            .append(" of ").append(p.wireName()).append(" (None for a code this version does not"
                + " know).\"\"\"\n");
        s.append("        return known(self.").append(p.wireName()).append(", ").append(code)
            .append(")\n");
      }
    }
    s.append("\n\n#: The wire definition, as the hand-written checks interpret it: type -> property"
        + " -> (cardinality, kind, schema name).\n");
    s.append("WIRE: dict[str, dict[str, tuple[str, str, str]]] = {\n");
    for (WireType<?, ?> type : WireTypes.all()) {
      s.append("    ").append(quote(type.name())).append(": {\n");
      for (WireProperty<?, ?, ?> p : type.properties()) {
        s.append("        ").append(quote(p.wireName())).append(": (")
            .append(quote(p.cardinality().name())).append(", ")
            .append(quote(p.value().kind().name())).append(", ")
            .append(quote(p.value().schemaName())).append("),\n");
      }
      s.append("    },\n");
    }
    s.append("}\n\n");
    s.append("#: The ISO 4217 codes the Java reader accepts (the JDK's java.util.Currency data).\n");
    s.append("CURRENCIES: frozenset[str] = frozenset({").append(currencies()).append("})\n\n");
    s.append("#: The ISO 3166-1 alpha-2 codes the Java model accepts (the JDK's"
        + " Locale.getISOCountries()).\n");
    s.append("COUNTRIES: frozenset[str] = frozenset({").append(countries()).append("})\n\n");
    s.append("#: ").append(CHECKS_DOC).append("\n");
    s.append("CHECKS: dict[str, str] = {\n");
    checks().forEach((name, check) -> s.append("    ").append(quote(name)).append(": ")
        .append(quote(check)).append(",\n"));
    s.append("}\n\n");
    s.append("#: Every model class by its wire type's name.\n");
    s.append("MODELS: dict[str, type[SitrepModel]] = {\n");
    for (WireType<?, ?> type : WireTypes.all()) {
      s.append("    ").append(quote(type.name())).append(": ").append(type.name()).append(",\n");
    }
    s.append("}\n\n");
    s.append("for _model in MODELS.values():\n    _model.model_rebuild()\n");
    return s.toString();
  }

  private static void pyDoc(StringBuilder s, String indent, String text) {
    if (!text.isEmpty()) {
      s.append(indent).append("\"\"\"").append(text.replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\"\"\"\n");
    }
  }

  private static String pyString(String text) {
    return quote(text);
  }

  /**
   * A pattern of the schema (ECMA-262, where {@code $} is the end of the text) as Python's {@code
   * re} reads it the same: every {@code $} outside a character class becomes {@code \Z}, since
   * Python's {@code $} also matches before a final line feed ({@code "a\n"} would pass a pattern
   * of trimmed text).
   */
  static String pythonPattern(String pattern) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
        out.append(c);
      } else if (c == '[') {
        inClass = true;
        out.append(c);
      } else {
        out.append(c == '$' ? "\\Z" : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static String currencies() {
    List<String> codes = new ArrayList<>();
    java.util.Currency.getAvailableCurrencies().stream()
        .map(java.util.Currency::getCurrencyCode).sorted().forEach(c -> codes.add(quote(c)));
    return String.join(", ", codes);
  }

  private static final String CHECKS_DOC =
      "How the Java reader checks a value of each definition, and so the kind of its refusal:"
          + " PARSED (the reader turns the text into a typed value: INVALID_VALUE), MODEL (kept as"
          + " text, checked by the model: RULE_VIOLATION), OPEN_CODE and CLOSED_CODE (vocabularies:"
          + " INVALID_VALUE for a malformed code, UNKNOWN_VALUE for one not known), SCHEMA_VERSION,"
          + " INTEGER and NUMBER (bounds checked by the model).";

  /**
   * Every definition a property's value refers to, but the object types, with how the Java reader
   * checks it: a text value whose Java type is {@code String} is kept as written and checked by
   * the model; any other is parsed by the reader.
   */
  private Map<String, String> checks() {
    Map<String, String> checks = new java.util.TreeMap<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      for (WireProperty<?, ?, ?> p : type.properties()) {
        WireValue<?> v = p.value();
        String check = switch (v.kind()) {
          case OBJECT, BOOLEAN -> null;
          case TEXT -> v.javaType() == String.class ? "MODEL" : "PARSED";
          default -> v.kind().name();
        };
        if (check != null) {
          checks.put(v.schemaName(), check);
        }
      }
    }
    return checks;
  }

  private static String countries() {
    List<String> codes = new ArrayList<>();
    java.util.Arrays.stream(java.util.Locale.getISOCountries()).sorted()
        .forEach(c -> codes.add(quote(c)));
    return String.join(", ", codes);
  }

  private String description(String def) {
    return defs.path(def).path("description").asText();
  }

  private static String constant(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase() + "_CODES";
  }

  /** A JSON string literal, which is also a valid TypeScript and Python literal. */
  private static String quote(String text) {
    try {
      return SchemaGenerator.JSON.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
