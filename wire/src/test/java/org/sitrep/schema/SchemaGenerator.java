package org.sitrep.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.Report;
import org.sitrep.wire.Cardinality;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import org.sitrep.wire.WireValue;

/**
 * Generates every file of the JSON Schema from the one definition of the wire format: the
 * structure from {@link WireTypes} and {@link org.sitrep.wire.WireValues}, every description of a
 * type, property and vocabulary code from the Javadoc of the core ({@link Javadocs}), and what
 * neither can give from the hand-written {@code src/schema/fragments.json}: the scalar definitions
 * (text, ids, codes, dates, URLs, amounts, numbers with their patterns, bounds and formats), the
 * rules that tie properties together ({@code allOf} if/then, {@code anyOf}, {@code not}), the
 * top-level descriptions, and the order of {@code $defs}. Every file's {@code title} is the name of
 * its type ({@code Report}, {@code Incident}), every definition's its name, and the branches of a
 * scalar definition carry its {@code type}, for the code generators that read the schema ({@link
 * #forGenerators}).
 *
 * <p>Structure: an object type is {@code {title, description, type: object, properties, required,
 * additionalProperties}} then its extra keywords; a property refers to its value's definition
 * ({@code $ref: #/$defs/<schemaName>}), a list is an array of it of at most {@code
 * Limits.MAX_LIST_LENGTH} items ({@code uniqueItems} where the model refuses duplicates), a
 * defaulted boolean is {@code {type: boolean, default: false}}; an open
 * vocabulary is {@code anyOf [enum of the known codes, $ref Code]}, a closed one an {@code enum}.
 * The tolerant variant allows unknown properties of any value but {@code null} ({@code
 * additionalProperties: {not: {type: null}}}); the strict variant differs only in {@code
 * additionalProperties: false} and open vocabularies narrowed to their {@code enum}.
 *
 * <p>In the fragments, {@code $defs} lists every definition in the order of the output: an object
 * type or a vocabulary by name with only its extra keywords (under {@code properties}, a property's
 * extra keywords, appended after the generated ones; a {@code description} there replaces the
 * Javadoc's, for the one property whose Javadoc speaks of Java only: {@code schema_version}), a
 * scalar definition in full.
 */
final class SchemaGenerator {
  /** The hand-written part, from the wire module's directory (Surefire's working directory). */
  static final Path FRAGMENTS = Path.of("src/schema/fragments.json");

  static final ObjectMapper JSON = new ObjectMapper();

  /** The printer of every committed file: two-space indentation, {@code "name": value}. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final Set<String> OBJECT_KEYWORDS =
      Set.of("title", "description", "type", "properties", "required", "additionalProperties");

  private final Javadocs javadocs;
  private final JsonNode fragments;
  private final Map<String, WireType<?, ?>> types = new LinkedHashMap<>();
  private final Map<String, WireValue<?>> vocabularies = new LinkedHashMap<>();

  SchemaGenerator(Javadocs javadocs, JsonNode fragments) {
    this.javadocs = javadocs;
    this.fragments = fragments;
    for (WireType<?, ?> type : WireTypes.all()) {
      types.put(type.name(), type);
      for (WireProperty<?, ?, ?> p : type.properties()) {
        WireValue.Kind kind = p.value().kind();
        if (kind == WireValue.Kind.OPEN_CODE || kind == WireValue.Kind.CLOSED_CODE) {
          vocabularies.put(p.value().schemaName(), p.value());
        }
      }
    }
  }

  /** @return the generator of the core's Javadoc and the committed fragments */
  static SchemaGenerator standard() {
    try {
      return new SchemaGenerator(Javadocs.readCore(), JSON.readTree(FRAGMENTS.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every schema file of both variants.
   *
   * @return path relative to the schema directory ({@code strict/incident.schema.json}) to content
   */
  Map<String, JsonNode> files() {
    Map<String, JsonNode> files = new LinkedHashMap<>();
    for (boolean strict : new boolean[] {false, true}) {
      ObjectNode bundle = report(strict);
      String dir = strict ? "strict/" : "";
      for (Class<?> type : SitrepSchema.types()) {
        String file = SitrepSchema.fileName(type);
        if (type == Report.class) {
          files.put(dir + file, bundle);
          continue;
        }
        String name = type.getSimpleName();
        ObjectNode thin = JSON.createObjectNode();
        thin.put("$schema", bundle.path("$schema").asText());
        thin.put("$id", SitrepSchema.id(type, strict));
        thin.put("$comment", variant(name, strict));
        thin.put("title", name);
        thin.put("description", bundle.path("$defs").path(name).path("description").asText());
        thin.put("$ref", "report.schema.json#/$defs/" + name);
        files.put(dir + file, thin);
      }
    }
    return files;
  }

  /**
   * The report schema, with every definition under {@code $defs}.
   *
   * @param strict whether the strict variant
   * @return the schema
   */
  ObjectNode report(boolean strict) {
    JsonNode top = fragments.path(strict ? "strict" : "tolerant");
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", SitrepSchema.id(Report.class, strict));
    root.put("$comment", variant("Report", strict));
    root.put("title", "Report");
    root.put("description", top.path("description").asText());
    root.put("$ref", "#/$defs/Report");
    ObjectNode defs = root.putObject("$defs");
    Set<String> missing = new LinkedHashSet<>(types.keySet());
    missing.addAll(vocabularies.keySet());
    for (Map.Entry<String, JsonNode> e : fragments.path("$defs").properties()) {
      String name = e.getKey();
      missing.remove(name);
      if (types.containsKey(name)) {
        defs.set(name, object(types.get(name), e.getValue(), strict));
      } else if (vocabularies.containsKey(name)) {
        defs.set(name, vocabulary(vocabularies.get(name), e.getValue(), strict));
      } else {
        defs.set(name, e.getValue().deepCopy());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          FRAGMENTS + " lists no " + missing + " under $defs; add each (as {} if it has no extra"
              + " keywords) where it belongs in the order of report.schema.json");
    }
    checkReferences(root, defs);
    forGenerators(defs);
    return root;
  }

  /**
   * What code generators that read the schema need, added to every definition where the
   * fragments leave it out: a {@code title} (the definition's name, which json-schema-to-typescript
   * and datamodel-code-generator name the type after), and on every branch of an {@code anyOf},
   * {@code oneOf} or {@code allOf} of a scalar definition the definition's {@code type} (a branch
   * without one reads to them as "any value": json-schema-to-typescript made {@code HttpUrl} an
   * object type that no URL string is assignable to). Neither changes what the schema accepts: the
   * branches of a definition of type {@code string} only ever see strings. {@code not}, {@code if},
   * {@code then} and {@code else} are left as they are (a type there would change the verdict of
   * the subschema, if not of the definition).
   */
  private static void forGenerators(ObjectNode defs) {
    List<String> names = new ArrayList<>();
    defs.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      ObjectNode def = (ObjectNode) defs.get(name);
      if (!def.has("title")) {
        ObjectNode titled = JSON.createObjectNode().put("title", name);
        titled.setAll(def);
        defs.set(name, titled); // replaced in place: the order of $defs stays
        def = titled;
      }
      JsonNode type = def.get("type");
      if (type != null && type.isTextual() && !type.asText().equals("object")) {
        typeBranches(def, type.asText());
      }
    }
  }

  private static void typeBranches(ObjectNode schema, String type) {
    for (String keyword : new String[] {"anyOf", "oneOf", "allOf"}) {
      JsonNode branches = schema.get(keyword);
      if (branches == null) {
        continue;
      }
      for (int i = 0; i < branches.size(); i++) {
        ObjectNode branch = (ObjectNode) branches.get(i);
        if (!branch.has("type") && !branch.has("$ref")) {
          ObjectNode typed = JSON.createObjectNode().put("type", type);
          typed.setAll(branch);
          ((ArrayNode) branches).set(i, typed);
          branch = typed;
        }
        typeBranches(branch, type);
      }
    }
  }

  private ObjectNode object(WireType<?, ?> type, JsonNode fragment, boolean strict) {
    String name = type.name();
    ObjectNode def = JSON.createObjectNode();
    def.put("title", name);
    def.put("description", javadocs.typeDescription(name));
    def.put("type", "object");
    ObjectNode properties = def.putObject("properties");
    ArrayNode required = JSON.createArrayNode();
    JsonNode extras = fragment.path("properties");
    for (WireProperty<?, ?, ?> p : type.properties()) {
      ObjectNode property = properties.putObject(p.wireName());
      property.put("description", javadocs.accessorDescription(name, p.javaName()));
      if (p.cardinality() == Cardinality.LIST) {
        property.put("type", "array");
        property.set("items", value(p.value()));
        property.put("maxItems", org.sitrep.wire.Limits.MAX_LIST_LENGTH);
        if (p.uniqueItems()) {
          property.put("uniqueItems", true);
        }
      } else {
        property.setAll(value(p.value()));
        if (p.cardinality() == Cardinality.DEFAULTED) {
          if (p.value().kind() != WireValue.Kind.BOOLEAN) {
            throw new IllegalStateException(name + "." + p.wireName() + ": no default known");
          }
          property.put("default", false);
        }
      }
      if (extras.has(p.wireName())) {
        property.setAll((ObjectNode) extras.get(p.wireName()).deepCopy());
      }
      if (p.cardinality() == Cardinality.REQUIRED) {
        required.add(p.wireName());
      }
    }
    extras.fieldNames().forEachRemaining(
        extra -> {
          if (!type.property(extra).isPresent()) {
            throw new IllegalStateException(FRAGMENTS + ": " + name + " has no property " + extra);
          }
        });
    if (!required.isEmpty()) {
      def.set("required", required);
    }
    if (strict) {
      def.put("additionalProperties", false);
    } else {
      // any unknown property, kept as an extension, but never null: absent means omitted
      def.putObject("additionalProperties").putObject("not").put("type", "null");
    }
    fragment.properties().forEach(
        e -> {
          if (!e.getKey().equals("properties")) {
            if (OBJECT_KEYWORDS.contains(e.getKey())) {
              throw new IllegalStateException(
                  FRAGMENTS + ": " + name + "." + e.getKey() + " is generated");
            }
            def.set(e.getKey(), e.getValue().deepCopy());
          }
        });
    return def;
  }

  private static ObjectNode value(WireValue<?> value) {
    ObjectNode schema = JSON.createObjectNode();
    if (value.kind() == WireValue.Kind.BOOLEAN) {
      schema.put("type", "boolean");
    } else {
      schema.put("$ref", "#/$defs/" + value.schemaName());
    }
    return schema;
  }

  private ObjectNode vocabulary(WireValue<?> value, JsonNode fragment, boolean strict) {
    String name = value.schemaName();
    boolean open = value.kind() == WireValue.Kind.OPEN_CODE;
    JsonNode sentences = fragments.path("vocabularies");
    List<String> codes = new ArrayList<>();
    for (String code : value.codes()) {
      codes.add("'" + code + "': " + javadocs.constantDescription(name, constantName(value, code)));
    }
    StringBuilder description =
        new StringBuilder(javadocs.firstParagraph(name))
            .append(' ')
            .append(sentences.path(open ? "open" : "closed").asText())
            .append(' ')
            .append(String.join("; ", codes))
            .append('.');
    if (open && strict) {
      description.append(' ').append(sentences.path("strict").asText());
    }
    ObjectNode def = JSON.createObjectNode();
    def.put("title", name);
    def.put("description", description.toString());
    def.put("type", "string");
    ArrayNode known = JSON.createArrayNode();
    value.codes().forEach(known::add);
    if (open && !strict) {
      ArrayNode anyOf = def.putArray("anyOf");
      anyOf.addObject().set("enum", known);
      anyOf.addObject().put("$ref", "#/$defs/Code");
    } else {
      def.set("enum", known);
    }
    def.setAll((ObjectNode) fragment.deepCopy());
    return def;
  }

  /** The name of the Java constant of a vocabulary's code: the public static field that holds it. */
  private static String constantName(WireValue<?> value, String code) {
    Object constant = value.constant(code);
    for (Field f : value.javaType().getFields()) {
      try {
        if (Modifier.isStatic(f.getModifiers()) && f.get(null) == constant) {
          return f.getName();
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(value.schemaName() + " has no constant of code " + code);
  }

  /** Every {@code $ref} within the bundle names one of its definitions. */
  private static void checkReferences(JsonNode node, ObjectNode defs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
        String target = ref.asText().substring("#/$defs/".length());
        if (!defs.has(target)) {
          throw new IllegalStateException("$ref to " + target + ", which " + FRAGMENTS
              + " does not define under $defs");
        }
      }
    }
    node.elements().forEachRemaining(child -> checkReferences(child, defs));
  }

  /** The {@code $comment} of a file: which type, schema version and variant it is. */
  private static String variant(String type, boolean strict) {
    return "Sitrep " + type + ", schema " + Report.CURRENT_SCHEMA_VERSION + ", "
        + (strict ? "strict" : "tolerant") + " variant";
  }

  /**
   * @param node a JSON value
   * @return its text as committed: two-space indentation, a final line end
   */
  static String render(JsonNode node) {
    try {
      return JSON.writer(PRETTY).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
