package org.sitrep.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.AidPackage;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.Report;

/**
 * The schema files: shipped in the jar as in the source tree, reachable through {@link
 * SitrepSchema}, with a definition for every type, and the variants differing only as documented.
 */
class SitrepSchemaTest {
  @Test
  void theJarShipsTheSourceFiles() {
    assertThat(GeneratedFiles.schemaFiles(GeneratedFiles.RESOURCES))
        .hasSize(2 * SitrepSchema.types().size());
    for (String file : GeneratedFiles.schemaFiles(GeneratedFiles.RESOURCES)) {
      assertThat(resource(SitrepSchema.RESOURCE_DIRECTORY + file))
          .as(file)
          .isEqualTo(GeneratedFiles.read(GeneratedFiles.RESOURCES.resolve(file)));
    }
  }

  @Test
  void everyFileIsReachableFromJavaUnderItsId() throws IOException {
    Map<String, String> files = SitrepSchema.files();
    assertThat(files).hasSize(2 * SitrepSchema.types().size());
    for (Map.Entry<String, String> e : files.entrySet()) {
      assertThat(SchemaGenerator.JSON.readTree(e.getValue()).path("$id").asText())
          .isEqualTo(e.getKey());
    }
    assertThat(SitrepSchema.report()).isEqualTo(SitrepSchema.of(Report.class));
    assertThat(SchemaGenerator.JSON.readTree(SitrepSchema.reportStrict()).path("$id").asText())
        .isEqualTo("https://sitrep.github.io/schema/1.0/strict/report.schema.json");
    assertThat(SitrepSchema.reportUrl().toString()).endsWith("org/sitrep/schema/report.schema.json");
    assertThat(SitrepSchema.fileName(Incident.class)).isEqualTo("incident.schema.json");
    assertThat(SitrepSchema.fileName(AidPackage.class)).isEqualTo("aid-package.schema.json");
    Incident incident =
        Incident.builder()
            .id(IncidentId.of("i1"))
            .type(IncidentType.SHELLING)
            .outcome(IncidentOutcome.IMPACT)
            .build();
    assertThat(incident.getClass()).isNotEqualTo(Incident.class);
    assertThat(SitrepSchema.fileName(incident.getClass())).isEqualTo("incident.schema.json");
    assertThatThrownBy(() -> SitrepSchema.of(String.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyTypeHasItsDefinitionAndTheVariantsDifferOnlyAsDocumented() throws IOException {
    JsonNode tolerant = SchemaGenerator.JSON.readTree(SitrepSchema.report());
    JsonNode strict = SchemaGenerator.JSON.readTree(SitrepSchema.reportStrict());
    for (Class<?> type : SitrepSchema.types()) {
      JsonNode def = tolerant.path("$defs").path(type.getSimpleName());
      assertThat(def.path("type").asText()).as(type.getSimpleName()).isEqualTo("object");
      assertThat(def.path("additionalProperties").path("not").path("type").asText())
          .as("%s: unknown properties allowed, but not null", type.getSimpleName())
          .isEqualTo("null");
      assertThat(
              strict.path("$defs").path(type.getSimpleName()).path("additionalProperties")
                  .asBoolean(true))
          .isFalse();
      assertThat(def.path("description").asText()).isNotBlank();
      def.path("properties")
          .properties()
          .forEach(
              p -> assertThat(p.getValue().path("description").asText())
                  .as("%s.%s has a description", type.getSimpleName(), p.getKey())
                  .isNotBlank());
    }
    assertThat(tolerant.path("$defs").properties()).hasSameSizeAs(strict.path("$defs").properties());
  }

  /**
   * What the code generators that read the schema need (issue 18): json-schema-to-typescript names
   * a type after its title, so the root is {@code Report} and every definition has its name as its
   * title; a branch of an {@code anyOf} without a {@code type} is "any value" to it, which made
   * {@code HttpUrl} an object type no URL string was assignable to. schema-check/generators.mjs
   * runs the generator itself in CI.
   */
  @Test
  void everyFileAndDefinitionIsTitledAndEveryBranchOfAScalarTyped() throws IOException {
    for (Map.Entry<String, String> e : SitrepSchema.files().entrySet()) {
      JsonNode file = SchemaGenerator.JSON.readTree(e.getValue());
      String type = file.has("$defs") ? "Report" : file.path("$ref").asText().replaceAll(".*/", "");
      assertThat(file.path("title").asText()).as(e.getKey()).isEqualTo(type);
      file.path("$defs").properties().forEach(
          d -> {
            assertThat(d.getValue().path("title").asText()).as("%s title", d.getKey())
                .isEqualTo(d.getKey());
            String kind = d.getValue().path("type").asText();
            if (!kind.equals("object")) {
              assertThat(untypedBranches(d.getValue(), "")).as("%s: untyped branches", d.getKey())
                  .isEmpty();
            }
          });
    }
    JsonNode url = SchemaGenerator.JSON.readTree(SitrepSchema.report()).path("$defs").path("HttpUrl");
    assertThat(url.path("anyOf")).hasSize(2).allSatisfy(
        b -> assertThat(b.path("type").asText()).isEqualTo("string"));
    assertThat(url.path("anyOf").get(1).path("allOf")).isNotEmpty().allSatisfy(
        b -> assertThat(b.path("type").asText()).isEqualTo("string"));
  }

  /** The pointers of the anyOf/oneOf/allOf branches below a schema with neither type nor $ref. */
  private static java.util.List<String> untypedBranches(JsonNode schema, String at) {
    java.util.List<String> found = new java.util.ArrayList<>();
    for (String keyword : new String[] {"anyOf", "oneOf", "allOf"}) {
      JsonNode branches = schema.path(keyword);
      for (int i = 0; i < branches.size(); i++) {
        JsonNode b = branches.get(i);
        String here = at + "/" + keyword + "/" + i;
        if (!b.has("type") && !b.has("$ref")) {
          found.add(here);
        }
        found.addAll(untypedBranches(b, here));
      }
    }
    return found;
  }

  /** Year 0000 is valid (Java's LocalDate reads it); the schema says so where Python refuses it. */
  @Test
  void theYearRangeIsStatedWithYearZero() throws IOException {
    JsonNode defs = SchemaGenerator.JSON.readTree(SitrepSchema.report()).path("$defs");
    for (String name : new String[] {"Date", "DateTime"}) {
      assertThat(defs.path(name).path("description").asText())
          .as(name)
          .contains("Years 0000 to 9999")
          .contains("year 0000 is valid")
          .contains("Python");
    }
    assertThat(java.time.LocalDate.parse("0000-02-29").getYear()).isZero();
  }

  private static String resource(String name) {
    try (InputStream in = SitrepSchema.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
