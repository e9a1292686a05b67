package org.sitrep.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.schema.SitrepSchema;

/** Reads the shipped tolerant schema as a model: its types, their properties, and the values of a document by type. */
final class SchemaModel {
  static final String DEFS = "#/$defs/";

  final JsonNode root;
  final JsonNode defs;

  SchemaModel(String schemaText) {
    try {
      this.root = SchemaFiles.JSON.readTree(schemaText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.defs = root.path("$defs");
  }

  static SchemaModel tolerant() {
    return new SchemaModel(SitrepSchema.report());
  }

  JsonNode def(String name) {
    JsonNode def = defs.get(name);
    if (def == null) {
      throw new AssertionError("no $defs/" + name + " in the schema");
    }
    return def;
  }

  /** @return the definition a property schema refers to, or null if it does not refer to one */
  String refName(JsonNode propertySchema) {
    String ref = propertySchema.path("$ref").asText("");
    return ref.startsWith(DEFS) ? ref.substring(DEFS.length()) : null;
  }

  /** @return the property names of an object type, in the schema's order */
  List<String> propertyNames(String type) {
    List<String> names = new ArrayList<>();
    def(type).path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** @return the required property names of an object type */
  List<String> required(String type) {
    List<String> names = new ArrayList<>();
    def(type).path("required").forEach(n -> names.add(n.asText()));
    return names;
  }

  /**
   * Walks a document along the schema, collecting every object by the type the schema gives it.
   *
   * @param type the document's type, e.g. "Report"
   * @param document the document
   * @return type name to its values in document order
   */
  Map<String, List<JsonNode>> valuesByType(String type, JsonNode document) {
    Map<String, List<JsonNode>> values = new LinkedHashMap<>();
    walk(type, document, values);
    return values;
  }

  private void walk(String type, JsonNode value, Map<String, List<JsonNode>> values) {
    JsonNode def = def(type);
    if (!def.path("type").asText().equals("object") || !value.isObject()) {
      return;
    }
    values.computeIfAbsent(type, t -> new ArrayList<>()).add(value);
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode property = def.path("properties").get(field.getKey());
      if (property == null) {
        continue;
      }
      JsonNode schema = property.path("type").asText().equals("array") ? property.path("items") : property;
      String target = refName(schema);
      if (target == null) {
        continue;
      }
      if (field.getValue().isArray()) {
        for (JsonNode element : field.getValue()) {
          walk(target, element, values);
        }
      } else {
        walk(target, field.getValue(), values);
      }
    }
  }
}
