package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.Incident;
import org.sitrep.Report;
import org.sitrep.schema.SitrepSchema;

/**
 * The schema files: derived from the hand-written tolerant report schema, shipped in the jar,
 * copied to {@code docs/schema/}, and reachable through {@link SitrepSchema}.
 */
class SchemaFilesTest {
  private static final Map<String, JsonNode> DERIVED = derived();

  private static Map<String, JsonNode> derived() {
    Map<String, JsonNode> files = SchemaFiles.derive(SchemaFiles.source());
    if (SchemaFiles.UPDATE) {
      SchemaFiles.write(files);
    }
    return files;
  }

  @Test
  void everyShippedFileIsDerivedFromTheTolerantReportSchema() {
    assertThat(DERIVED).hasSize(2 * SitrepSchema.types().size());
    for (Map.Entry<String, JsonNode> e : DERIVED.entrySet()) {
      String shipped = resource(SitrepSchema.RESOURCE_DIRECTORY + e.getKey());
      assertThat(shipped)
          .as("%s differs from what is derived from report.schema.json;"
              + " run the tests with -Dsitrep.schema.update=true and review the diff", e.getKey())
          .isEqualTo(SchemaFiles.render(e.getValue()));
    }
  }

  @Test
  void docsSchemaIsAnExactCopyOfTheShippedFiles() throws IOException {
    Set<String> published;
    try (Stream<Path> files = Files.walk(SchemaFiles.DOCS_DIRECTORY)) {
      published =
          files
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .map(p -> SchemaFiles.DOCS_DIRECTORY.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(published).isEqualTo(new TreeSet<>(DERIVED.keySet()));
    for (String file : published) {
      assertThat(Files.readString(SchemaFiles.DOCS_DIRECTORY.resolve(file), StandardCharsets.UTF_8))
          .as("docs/schema/%s", file)
          .isEqualTo(resource(SitrepSchema.RESOURCE_DIRECTORY + file));
    }
    assertThat(SchemaFiles.DOCS_DIRECTORY.resolve("README.md")).exists();
  }

  @Test
  void everyFileIsReachableFromJavaUnderItsId() throws IOException {
    Map<String, String> files = SitrepSchema.files();
    assertThat(files).hasSize(DERIVED.size());
    for (Map.Entry<String, String> e : files.entrySet()) {
      assertThat(SchemaFiles.JSON.readTree(e.getValue()).path("$id").asText())
          .isEqualTo(e.getKey());
    }
    assertThat(SitrepSchema.report()).isEqualTo(SitrepSchema.of(Report.class));
    assertThat(SchemaFiles.JSON.readTree(SitrepSchema.reportStrict()).path("$id").asText())
        .isEqualTo("https://sitrep.github.io/schema/1.0/strict/report.schema.json");
    assertThat(SitrepSchema.reportUrl().toString()).endsWith("org/sitrep/schema/report.schema.json");
    assertThat(SitrepSchema.fileName(Incident.class)).isEqualTo("incident.schema.json");
    assertThat(SitrepSchema.fileName(org.sitrep.AidPackage.class)).isEqualTo("aid-package.schema.json");
    assertThat(SitrepSchema.fileName(org.sitrep.testing.Fixtures.incident().getClass()))
        .isEqualTo("incident.schema.json");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SitrepSchema.of(String.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyTypeHasItsDefinitionAndTheVariantsDifferOnlyAsDocumented() {
    JsonNode tolerant = SchemaFiles.source();
    JsonNode strict = DERIVED.get("strict/report.schema.json");
    for (Class<?> type : SitrepSchema.types()) {
      JsonNode def = tolerant.path("$defs").path(type.getSimpleName());
      assertThat(def.path("type").asText()).as(type.getSimpleName()).isEqualTo("object");
      assertThat(def.path("additionalProperties").asBoolean(false)).isTrue();
      assertThat(strict.path("$defs").path(type.getSimpleName()).path("additionalProperties").asBoolean(true))
          .isFalse();
      assertThat(def.path("description").asText()).isNotBlank();
      def.path("properties")
          .properties()
          .forEach(
              p -> assertThat(p.getValue().path("description").asText())
                  .as("%s.%s has a description", type.getSimpleName(), p.getKey())
                  .isNotBlank());
    }
  }

  private static String resource(String name) {
    try (var in = SitrepSchema.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
