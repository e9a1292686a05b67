package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.Extensible;
import org.sitrep.Vocabulary;
import org.sitrep.schema.SitrepSchema;
import org.sitrep.testing.EveryAttribute;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * The schema must never drift from what the Java side writes and reads. For every type: the
 * schema's property names are exactly those the Java writer emits for a value with every property
 * set, in wire order; a property is required in the schema exactly when the Java reader reports it
 * missing; every vocabulary of the model has a definition whose codes are the Java constants (open:
 * {@code knownValues()}; closed: the enum's constants, lower-cased), and nothing else.
 */
class SchemaDriftTest {
  private static final SchemaModel SCHEMA = SchemaModel.tolerant();

  private static final Map<String, List<JsonNode>> WRITTEN = written();

  private static Map<String, List<JsonNode>> written() {
    try {
      JsonNode report =
          SchemaFiles.JSON.readTree(SitrepJson.tolerant().writeString(EveryAttribute.report()));
      Map<String, List<JsonNode>> byType =
          new java.util.LinkedHashMap<>(SCHEMA.valuesByType("Report", report));
      // A withdrawal is a feed record of its own, outside every report.
      JsonNode withdrawal =
          SchemaFiles.JSON.readTree(SitrepJson.tolerant().writeString(EveryAttribute.withdrawal()));
      SCHEMA.valuesByType("Withdrawal", withdrawal)
          .forEach((type, found) -> byType.merge(type, found, (a, b) -> {
            List<JsonNode> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
          }));
      return byType;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theSchemaHasADefinitionForEveryTypeOfTheWireFormatAndNoOther() {
    Set<String> javaObjects = new TreeSet<>();
    Set<String> javaVocabularies = new TreeSet<>();
    for (Class<?> type : CodecTable.ALL.keySet()) {
      if (Extensible.class.isAssignableFrom(type)) {
        javaObjects.add(type.getSimpleName());
      } else if (Vocabulary.class.isAssignableFrom(type) || type.isEnum()) {
        javaVocabularies.add(type.getSimpleName());
      }
    }
    assertThat(SitrepSchema.types().stream().map(Class::getSimpleName).collect(Collectors.toSet()))
        .isEqualTo(javaObjects);
    Set<String> schemaObjects = new TreeSet<>();
    Set<String> schemaVocabularies = new TreeSet<>();
    for (Map.Entry<String, JsonNode> def : SCHEMA.defs.properties()) {
      if (def.getValue().path("type").asText().equals("object")) {
        schemaObjects.add(def.getKey());
      } else if (def.getValue().has("enum") || SchemaFiles.isOpenVocabulary(def.getValue())) {
        schemaVocabularies.add(def.getKey());
      }
    }
    assertThat(schemaObjects).isEqualTo(javaObjects);
    assertThat(schemaVocabularies).isEqualTo(javaVocabularies);
  }

  @Test
  void everyTypeHasExactlyThePropertiesTheJavaWriterEmitsInWireOrder() {
    assertThat(WRITTEN.keySet())
        .as("the full report and a withdrawal reach every type")
        .containsExactlyInAnyOrderElementsOf(
            SitrepSchema.types().stream().map(Class::getSimpleName).collect(Collectors.toList()));
    for (Map.Entry<String, List<JsonNode>> e : WRITTEN.entrySet()) {
      String type = e.getKey();
      List<String> schemaOrder = SCHEMA.propertyNames(type);
      Set<String> written = new LinkedHashSet<>();
      for (JsonNode value : e.getValue()) {
        List<String> names = new ArrayList<>();
        value.fieldNames().forEachRemaining(names::add);
        written.addAll(names);
        assertThat(names)
            .as("%s: the writer's order is the schema's", type)
            .isEqualTo(schemaOrder.stream().filter(names::contains).collect(Collectors.toList()));
      }
      assertThat(written)
          .as("%s: names the Java writer emits for values with every property set", type)
          .containsExactlyInAnyOrderElementsOf(schemaOrder);
    }
  }

  @Test
  void aPropertyIsRequiredInTheSchemaExactlyWhenTheJavaReaderRequiresIt() throws Exception {
    for (Class<?> type : SitrepSchema.types()) {
      String name = type.getSimpleName();
      JsonNode full = fullest(WRITTEN.get(name));
      List<String> required = SCHEMA.required(name);
      assertThat(SCHEMA.propertyNames(name)).containsAll(required);
      for (String property : SCHEMA.propertyNames(name)) {
        ObjectNode without = full.deepCopy();
        without.remove(property);
        SitrepJsonException e =
            catchThrowableOfType(
                SitrepJsonException.class,
                () -> SitrepJson.tolerant().read(SchemaFiles.JSON.writeValueAsString(without), type));
        boolean missing = e != null && e.kind() == Kind.MISSING_PROPERTY;
        assertThat(missing)
            .as("%s.%s: Java reports it missing (%s); the schema requires it: %s",
                name, property, e, required.contains(property))
            .isEqualTo(required.contains(property));
        if (missing) {
          assertThat(e.path()).isEqualTo("$." + property);
        }
      }
    }
  }

  @Test
  void openVocabulariesListTheKnownCodesOfTheirJavaClass() throws Exception {
    int open = 0;
    for (Map.Entry<String, JsonNode> def : SCHEMA.defs.properties()) {
      if (!SchemaFiles.isOpenVocabulary(def.getValue())) {
        continue;
      }
      open++;
      Class<?> type = Class.forName("org.sitrep." + def.getKey());
      Method knownValues = type.getMethod("knownValues");
      List<String> java = new ArrayList<>();
      for (Object term : (List<?>) knownValues.invoke(null)) {
        java.add(((Vocabulary) term).code());
      }
      List<String> schema = new ArrayList<>();
      def.getValue().path("anyOf").get(0).path("enum").forEach(c -> schema.add(c.asText()));
      assertThat(schema).as(def.getKey()).isEqualTo(java);
      assertThat(def.getValue().path("anyOf").get(1).path("$ref").asText()).isEqualTo("#/$defs/Code");
    }
    assertThat(open).isEqualTo(28);
  }

  @Test
  void closedVocabulariesAreEnumsOfTheirJavaConstantsLowerCased() throws Exception {
    int closed = 0;
    for (Map.Entry<String, JsonNode> def : SCHEMA.defs.properties()) {
      if (!def.getValue().has("enum")) {
        continue;
      }
      closed++;
      Class<?> type = Class.forName("org.sitrep." + def.getKey());
      assertThat(type.isEnum()).as(def.getKey()).isTrue();
      List<String> java = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        java.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
      List<String> schema = new ArrayList<>();
      def.getValue().path("enum").forEach(c -> schema.add(c.asText()));
      assertThat(schema).as(def.getKey()).isEqualTo(java);
    }
    assertThat(closed).isEqualTo(16);
  }

  @Test
  void theOpenVocabularyCodeIsTheCoreGrammar() {
    JsonNode code = SCHEMA.def("Code");
    assertThat(code.path("pattern").asText()).isEqualTo("^[a-z][a-z0-9_]{0,63}$");
  }

  @Test
  void theSchemaVersionPatternAcceptsTheCurrentVersion() {
    String pattern = SCHEMA.def("SchemaVersion").path("pattern").asText();
    assertThat(org.sitrep.Report.CURRENT_SCHEMA_VERSION).matches(pattern);
    assertThat(pattern).startsWith("^" + org.sitrep.Report.CURRENT_SCHEMA_VERSION.split("\\.")[0] + "\\.");
  }

  /** @return the value with the most properties */
  private static JsonNode fullest(List<JsonNode> values) {
    JsonNode best = values.get(0);
    for (JsonNode v : values) {
      if (v.size() > best.size()) {
        best = v;
      }
    }
    return best;
  }
}
