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

  private static String resource(String name) {
    try (InputStream in = SitrepSchema.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
