package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the schema tests share. The schema files themselves are generated in {@code sitrep-wire}
 * (its {@code SchemaGenerator}, from the wire definition and the core's Javadoc) and shipped in its
 * jar; these tests read them through {@link org.sitrep.schema.SitrepSchema}.
 */
final class SchemaFiles {
  /** Rewrite the generated test files (value-cases.json): {@code -Dsitrep.regenerate=true}. */
  static final boolean UPDATE =
      Boolean.getBoolean("sitrep.regenerate") || Boolean.getBoolean("sitrep.schema.update");

  static final ObjectMapper JSON = new ObjectMapper();

  private SchemaFiles() {}

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
}
