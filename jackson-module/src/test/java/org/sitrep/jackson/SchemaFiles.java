package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.schema.SitrepSchema;

/**
 * The schema files and how they are made. {@code report.schema.json} (tolerant) is the one written
 * by hand; every other file is derived from it here: the thin per-type files with their own {@code
 * $id}, and the whole strict variant. {@code -Dsitrep.schema.update=true} rewrites the derived files
 * (and re-indents the hand-written one) in the jar's resources and in {@code docs/schema/}; review
 * the diff before committing.
 */
final class SchemaFiles {
  static final boolean UPDATE = Boolean.getBoolean("sitrep.schema.update");

  static final ObjectMapper JSON = new ObjectMapper();

  /** The hand-written source, in sitrep-wire's resources. */
  static final Path SOURCE_DIRECTORY = Path.of("../wire/src/main/resources/org/sitrep/schema");

  /** The published copy. */
  static final Path DOCS_DIRECTORY = Path.of("../docs/schema");


  private SchemaFiles() {}

  /** @return the tolerant report schema as written by hand (from the source tree) */
  static JsonNode source() {
    try {
      return JSON.readTree(
          Files.readString(SOURCE_DIRECTORY.resolve("report.schema.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every schema file, derived from the hand-written tolerant report schema.
   *
   * @param tolerant the tolerant report schema
   * @return path relative to the schema directory ({@code strict/incident.schema.json}) to content
   */
  static Map<String, JsonNode> derive(JsonNode tolerant) {
    Map<String, JsonNode> files = new LinkedHashMap<>();
    ObjectNode strict = strict(tolerant);
    for (boolean isStrict : new boolean[] {false, true}) {
      JsonNode bundle = isStrict ? strict : tolerant;
      String dir = isStrict ? "strict/" : "";
      for (Class<?> type : SitrepSchema.types()) {
        String file = SitrepSchema.fileName(type);
        if (file.equals("report.schema.json")) {
          files.put(dir + file, bundle);
          continue;
        }
        JsonNode def = bundle.path("$defs").path(type.getSimpleName());
        ObjectNode thin = JSON.createObjectNode();
        thin.put("$schema", tolerant.path("$schema").asText());
        thin.put("$id", SitrepSchema.id(type, isStrict));
        thin.put(
            "title",
            "Sitrep " + type.getSimpleName() + " (schema 1.0, " + (isStrict ? "strict" : "tolerant") + ")");
        thin.put("description", def.path("description").asText());
        thin.put("$ref", "report.schema.json#/$defs/" + type.getSimpleName());
        files.put(dir + file, thin);
      }
    }
    return files;
  }

  /**
   * The strict variant: {@code additionalProperties: false} on every object type, and each open
   * vocabulary narrowed to the codes this version knows (its {@code anyOf [enum, Code]} becomes the
   * {@code enum}).
   */
  static ObjectNode strict(JsonNode tolerant) {
    ObjectNode strict = tolerant.deepCopy();
    strict.put("$id", SitrepSchema.id(org.sitrep.Report.class, true));
    strict.put("title", tolerant.path("title").asText().replace("tolerant", "strict"));
    strict.put(
        "description",
        "A Sitrep report in the JSON wire format (docs/wire-format.md), schema 1.0. This is the strict"
            + " schema, matching the Java reader's strict mode: no property that schema 1.0 does not"
            + " define is allowed, at any level, and open vocabularies accept only the codes schema"
            + " 1.0 knows. The tolerant variant (../report.schema.json) accepts both. Rules that relate"
            + " values to each other are checked by Sitrep's readers, not by this schema;"
            + " docs/schema/README.md lists them.");
    ObjectNode defs = (ObjectNode) strict.get("$defs");
    for (Map.Entry<String, JsonNode> entry : defs.properties()) {
      ObjectNode def = (ObjectNode) entry.getValue();
      if (def.path("type").asText().equals("object")) {
        def.put("additionalProperties", false);
      } else if (isOpenVocabulary(def)) {
        ArrayNode known = ((ArrayNode) def.get("anyOf").get(0).get("enum")).deepCopy();
        def.remove("anyOf");
        def.set("enum", known);
        def.put(
            "description",
            def.path("description").asText()
                + " The strict schema accepts only the known codes.");
      }
    }
    return strict;
  }

  /** An open vocabulary's shape: {@code anyOf: [{enum: known codes}, {$ref: Code}]}. */
  static boolean isOpenVocabulary(JsonNode def) {
    JsonNode anyOf = def.path("anyOf");
    return anyOf.size() == 2
        && anyOf.get(0).has("enum")
        && anyOf.get(1).path("$ref").asText().equals("#/$defs/Code");
  }

  /** @return the file's text as committed: two-space indentation, a final line end */
  static String render(JsonNode node) {
    try {
      return JSON.writer(SitrepJson.PRETTY).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the derived files to the resources and to docs/schema; only with {@link #UPDATE}. */
  static void write(Map<String, JsonNode> files) {
    try {
      for (Path dir : new Path[] {SOURCE_DIRECTORY, DOCS_DIRECTORY}) {
        for (Map.Entry<String, JsonNode> e : files.entrySet()) {
          Path file = dir.resolve(e.getKey());
          Files.createDirectories(file.getParent());
          Files.writeString(file, render(e.getValue()), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
