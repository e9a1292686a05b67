package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.Report;
import org.sitrep.conformance.Document;
import org.sitrep.conformance.JavaOnlyDocument;
import org.sitrep.schema.SitrepSchema;
import org.sitrep.testing.EveryAttribute;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * The schema in networknt's json-schema-validator, one of the two independent validators (the
 * other is Ajv, in {@code schema-check/}): it accepts every golden file and the seed report, and
 * refuses every document of the invalid corpus that is invalid by structure. The documents only
 * the Java reader can refuse are listed, with the reason, in {@code schema/java-only.tsv}; the
 * schema must accept exactly those, so that the list stays true.
 */
class SchemaValidationTest {
  /** A plain JSON parser, as any service has: the last of two equal names wins, nothing may follow. */
  private static final ObjectMapper PARSER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Kinds of error that are about structure: the schema must catch every one of them. */
  private static final Set<Kind> STRUCTURAL =
      EnumSet.of(
          Kind.WRONG_TYPE,
          Kind.MISSING_PROPERTY,
          Kind.UNKNOWN_PROPERTY,
          Kind.UNKNOWN_VALUE,
          Kind.UNSUPPORTED_VERSION);

  @Test
  void everyGoldenFileIsValidInBothVariants() throws IOException {
    Map<String, Class<?>> byFile = goldenTypes();
    Set<Class<?>> covered = new java.util.HashSet<>();
    for (Map.Entry<String, Class<?>> e : byFile.entrySet()) {
      JsonNode doc = PARSER.readTree(TestFiles.text("golden/" + e.getKey()));
      for (boolean strict : new boolean[] {false, true}) {
        assertThat(NetworkntSchemas.validate(e.getValue(), strict, doc))
            .as("%s against the %s %s schema", e.getKey(), strict ? "strict" : "tolerant",
                e.getValue().getSimpleName())
            .isEmpty();
      }
      covered.add(e.getValue());
    }
    assertThat(covered).as("a golden file for every type").containsAll(SitrepSchema.types());
  }

  @Test
  void theSeedReportIsValidInBothVariants() throws IOException {
    JsonNode seed = PARSER.readTree(SitrepJson.tolerant().writeString(SeedArticle.report()));
    assertThat(NetworkntSchemas.validate(Report.class, false, seed)).isEmpty();
    assertThat(NetworkntSchemas.validate(Report.class, true, seed)).isEmpty();
    assertThat(seed.path("incidents").size()).isPositive();
  }

  @Test
  void theFullReportIsValidInBothVariants() throws IOException {
    JsonNode full = PARSER.readTree(SitrepJson.tolerant().writeString(EveryAttribute.report()));
    assertThat(NetworkntSchemas.validate(Report.class, false, full)).isEmpty();
    assertThat(NetworkntSchemas.validate(Report.class, true, full)).isEmpty();
  }

  @Test
  void theSchemaRefusesEveryStructurallyInvalidDocumentAndAcceptsOnlyTheListedOnes() throws Exception {
    Map<String, String> javaOnly = javaOnly();
    List<String> notJson = new ArrayList<>();
    Set<String> accepted = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (String[] row : expectations()) {
      String file = row[0];
      Class<?> type = Class.forName("org.sitrep." + row[1], false, getClass().getClassLoader());
      boolean strict = row[2].equals("strict");
      Kind kind = Kind.valueOf(row[3]);
      seen.add(file);
      String text = TestFiles.text("invalid/" + file);

      // The Java reader refuses it, as the corpus says.
      SitrepJsonException e =
          catchThrowableOfType(
              SitrepJsonException.class,
              () -> (strict ? SitrepJson.strict() : SitrepJson.tolerant()).read(text, type));
      assertThat(e).as(file).isNotNull();
      assertThat(e.kind()).as(file).isEqualTo(kind);

      JsonNode doc = parse(text);
      if (doc == null) {
        assertThat(kind).as("%s is not JSON to a plain parser", file).isEqualTo(Kind.SYNTAX);
        notJson.add(file);
        continue;
      }
      assertThat(kind).as("%s is JSON to a plain parser", file).isNotEqualTo(Kind.SYNTAX);
      boolean valid = NetworkntSchemas.isValid(type, strict, doc);
      if (valid) {
        accepted.add(file);
      }
      if (STRUCTURAL.contains(kind)) {
        assertThat(valid).as("%s (%s) is invalid by structure: the schema refuses it", file, kind).isFalse();
      }
    }
    assertThat(accepted)
        .as("the documents the schema accepts are exactly those schema/java-only.tsv lists (a new"
            + " document of the corpus that only Java can refuse goes there, with the reason)")
        .isEqualTo(new TreeSet<>(javaOnly.keySet()));
    assertThat(seen).containsAll(javaOnly.keySet());
    assertThat(javaOnly.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    assertThat(notJson).as("the corpus has documents that are not JSON at all").isNotEmpty();
  }

  @Test
  void unknownPropertiesAreValidInTheTolerantVariantOnlyAsInTheJavaReader() throws IOException {
    ObjectNode report = (ObjectNode) PARSER.readTree(SitrepJson.tolerant().writeString(EveryAttribute.report()));
    report.put("generator", "sitrep-relay 2.0");
    ObjectNode incident = (ObjectNode) report.path("incidents").get(0);
    incident.putObject("confidence").put("score", 0.8).putArray("sources").add("osint");
    ((ObjectNode) incident.path("quantity")).put("method", "counted");
    ((ObjectNode) incident.path("location").path("admin1")).put("population", 700000);
    String json = PARSER.writeValueAsString(report);

    assertThatCode(() -> SitrepJson.tolerant().read(json, Report.class)).doesNotThrowAnyException();
    assertThat(NetworkntSchemas.validate(Report.class, false, report)).isEmpty();

    assertThat(catchThrowableOfType(SitrepJsonException.class, () -> SitrepJson.strict().read(json, Report.class)).kind())
        .isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(NetworkntSchemas.validate(Report.class, true, report))
        .extracting(com.networknt.schema.Error::getKeyword)
        .containsOnly("additionalProperties")
        .hasSize(4);
  }

  @Test
  void unknownCodesOfOpenVocabulariesAreValidInTheTolerantVariantOnlyAsInTheJavaReader() throws IOException {
    ObjectNode incident = (ObjectNode) PARSER.readTree(SitrepJson.tolerant().writeString(EveryAttribute.incident()));
    incident.put("type", "loitering_munition_attack");
    ((ArrayNode) incident.path("means")).add("sea_drone");
    String json = PARSER.writeValueAsString(incident);

    assertThatCode(() -> SitrepJson.tolerant().read(json, Incident.class)).doesNotThrowAnyException();
    assertThat(NetworkntSchemas.validate(Incident.class, false, incident)).isEmpty();

    assertThat(catchThrowableOfType(SitrepJsonException.class, () -> SitrepJson.strict().read(json, Incident.class)).kind())
        .isEqualTo(Kind.UNKNOWN_VALUE);
    assertThat(NetworkntSchemas.validate(Incident.class, true, incident)).hasSize(2);
  }

  @Test
  void anUnknownValueOfAClosedVocabularyIsInvalidInBothVariantsAsInTheJavaReader() throws IOException {
    ObjectNode estimate = (ObjectNode) PARSER.readTree(SitrepJson.tolerant().writeString(EveryAttribute.estimate()));
    estimate.put("qualifier", "roughly");
    String json = PARSER.writeValueAsString(estimate);
    for (SitrepJson reader : List.of(SitrepJson.tolerant(), SitrepJson.strict())) {
      assertThat(catchThrowableOfType(SitrepJsonException.class, () -> reader.read(json, Estimate.class)).kind())
          .isEqualTo(Kind.UNKNOWN_VALUE);
    }
    assertThat(NetworkntSchemas.isValid(Estimate.class, false, estimate)).isFalse();
    assertThat(NetworkntSchemas.isValid(Estimate.class, true, estimate)).isFalse();
  }

  @Test
  void aDocumentOfANewerMinorVersionIsValidAndOfAnotherMajorVersionIsNot() throws IOException {
    ObjectNode report = (ObjectNode) PARSER.readTree(SitrepJson.tolerant().writeString(SeedArticle.report()));
    report.put("schema_version", "1.7");
    assertThat(NetworkntSchemas.validate(Report.class, false, report)).isEmpty();
    assertThatCode(() -> SitrepJson.tolerant().read(PARSER.writeValueAsString(report), Report.class))
        .doesNotThrowAnyException();
    report.put("schema_version", "2.0");
    assertThat(NetworkntSchemas.isValid(Report.class, false, report)).isFalse();
  }

  /** @return the parsed document, or null if a plain JSON parser refuses it */
  private static JsonNode parse(String text) {
    try {
      JsonNode node = PARSER.readTree(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Golden file name to the type it holds: {@code estimate-exact-zero.json} is an Estimate. */
  static Map<String, Class<?>> goldenTypes() throws IOException {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    List<String> files = TestFiles.CORPUS.golden().stream().map(Document::fileName).sorted()
        .collect(Collectors.toList());
    for (String file : files) {
      String base = file.equals("seed-report.json") ? "report" : file.replace(".json", "");
      Class<?> match = null;
      for (Class<?> type : SitrepSchema.types()) {
        String name = SitrepSchema.fileName(type).replace(".schema.json", "");
        if ((base.equals(name) || base.startsWith(name + "-"))
            && (match == null
                || SitrepSchema.fileName(match).length() < SitrepSchema.fileName(type).length())) {
          match = type;
        }
      }
      assertThat(match).as("the type of golden file %s", file).isNotNull();
      types.put(file, match);
    }
    return types;
  }

  /** @return the rows of the invalid corpus: file, type, mode, kind, path */
  static List<String[]> expectations() {
    return TestFiles.CORPUS.invalid().stream()
        .map(d -> new String[] {d.fileName(), d.type(), d.mode(), d.kind(), d.jsonPath()})
        .collect(Collectors.toList());
  }

  /** @return the documents only the Java reader refuses, with why */
  static Map<String, String> javaOnly() {
    Map<String, String> files = new LinkedHashMap<>();
    for (JavaOnlyDocument d : TestFiles.CORPUS.javaOnly()) {
      files.put(d.fileName(), d.reason());
    }
    return files;
  }
}
