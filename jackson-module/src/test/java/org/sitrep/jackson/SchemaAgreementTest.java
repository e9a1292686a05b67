package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sitrep.schema.SitrepSchema;
import org.sitrep.testing.EveryAttribute;

/**
 * The schema and the Java reader agree, value by value: every property of every type (and the
 * first element of every list) is replaced in turn by probes of every JSON type and by strings that
 * break the usual rules (empty, padded, a new code, upper case, a no-break space). For each
 * mutated document the tolerant schema and the tolerant reader, and the strict schema and the
 * strict reader, must give the same verdict, except in the cases listed in {@link #DIFFERENCES}
 * with the reason, which the test also requires to still differ.
 */
class SchemaAgreementTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static final List<JsonNode> PROBES =
      List.of(
          F.numberNode(42),
          F.numberNode(-1),
          F.numberNode(1.5),
          F.booleanNode(true),
          F.nullNode(),
          F.objectNode(),
          F.arrayNode(),
          F.textNode(""),
          F.textNode(" padded "),
          F.textNode("zz_probe_code"),
          F.textNode("ZZ"),
          F.textNode("\u00a0no-break\u00a0"),
          F.textNode("https://example.org/x"),
          F.textNode("ftp://example.org/x"),
          F.textNode("https://exa mple.org/"),
          F.textNode("https://uk.wikipedia.org/wiki/Київ"),
          F.textNode("2023-02-28"),
          F.textNode("2023-02-30"),
          F.textNode("2023-09-07T06:30:00+03:00"),
          F.textNode("2023-09-07T06:30+03:00"),
          F.textNode("2023-09-07T06:30:00.123456789Z"),
          F.textNode("2023-09-07T06:30:00"),
          F.textNode("12.50"),
          F.textNode("-0"),
          F.textNode("-5"),
          F.textNode("1e5"),
          F.textNode("007"),
          F.textNode("EUR"),
          F.textNode("XYZ"),
          F.textNode("UA-14"),
          F.textNode("en_GB"),
          F.textNode("und"),
          F.textNode("sr-Latn-RS"),
          F.textNode("@maria drutska"),
          F.textNode("704147"),
          F.textNode("node/123"),
          F.textNode("Q0"),
          F.textNode("1.7"),
          F.textNode("2.0"),
          F.numberNode(new java.math.BigInteger("9223372036854775808")),
          F.numberNode(91.5),
          F.numberNode(-180));

  /**
   * Where the schema and the Java reader disagree, on purpose or by a limit of JSON Schema: the
   * mutation, then why. A mutation is {@code Type.property[0] <- probe}.
   */
  static final Map<String, String> DIFFERENCES = new TreeMap<>();

  static final String MEMBERSHIP =
      "the code has the right shape but is not assigned: the lists of ISO 3166-1 countries and"
          + " ISO 4217 currencies are the JDK's data, which change over time; the schema checks the"
          + " shape only";
  static final String BOUNDS =
      "low <= best <= high, and equal bounds for 'exact' (UCDP's low <= high totals), compare two"
          + " values: JSON Schema cannot";
  static final String REFERENCES =
      "every reference must resolve to an id elsewhere in the report: JSON Schema cannot look values"
          + " up across the document";
  static final String SECONDS =
      "the schema requires seconds (RFC 3339 date-time, the form Sitrep writes); the Java reader also"
          + " accepts a date-time without seconds";
  static final String ORDER =
      "one date-time or date must not be before another: a comparison of two values";
  static final String SAME =
      "one value must give the same moment or date as another: a comparison of two values";
  static final String SPAN =
      "end not before start, a span no wider than the precision allows, the instant on the start day:"
          + " comparisons of values";

  static {
    DIFFERENCES.put("Actor.country <- \"ZZ\"", MEMBERSHIP);
    DIFFERENCES.put("Location.country <- \"ZZ\"", MEMBERSHIP);
    DIFFERENCES.put("Money.currency <- \"XYZ\"", MEMBERSHIP);
    DIFFERENCES.put("Estimate.low <- 42", BOUNDS);
    DIFFERENCES.put("Estimate.best <- 42", BOUNDS);
    DIFFERENCES.put("Estimate.high <- 42", BOUNDS);
    DIFFERENCES.put("UcdpCoding.deaths_low <- 42", BOUNDS);
    DIFFERENCES.put("Report.aid_packages <- []", REFERENCES);
    DIFFERENCES.put("Report.claims <- []", REFERENCES);
    DIFFERENCES.put("Report.incidents <- []", REFERENCES);
    DIFFERENCES.put("Report.posts <- []", REFERENCES);
    DIFFERENCES.put("Report.published_at <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("ReportedTime.instant <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("DatasetRecord.updated_at <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("Coding.coded_at <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("Evidence.captured_at <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("Publication.published_at <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("Syndication.published_at <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("Withdrawal.withdrawn_at <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("Report.published_on <- \"2023-02-28\"", SAME);
    DIFFERENCES.put("ReportedTime.equivalents[0] <- \"2023-09-07T06:30+03:00\"", SECONDS);
    DIFFERENCES.put("ReportedTime.equivalents[0] <- \"2023-09-07T06:30:00.123456789Z\"", SAME);
    DIFFERENCES.put("ReportedTime.instant <- \"2023-09-07T06:30:00.123456789Z\"", SAME);
    DIFFERENCES.put("Report.retrieved_at <- \"2023-09-07T06:30:00+03:00\"", ORDER);
    DIFFERENCES.put("Report.retrieved_at <- \"2023-09-07T06:30:00.123456789Z\"", ORDER);
    DIFFERENCES.put("Report.modified_at <- \"2023-09-07T06:30:00+03:00\"", ORDER);
    DIFFERENCES.put("Report.modified_at <- \"2023-09-07T06:30:00.123456789Z\"", ORDER);
    DIFFERENCES.put("ReportedTime.start <- \"2023-02-28\"", SPAN);
    DIFFERENCES.put("ReportedTime.end <- \"2023-02-28\"", SPAN);
  }

  @Test
  void theSchemaAndTheJavaReaderGiveTheSameVerdictOnEveryProbe() throws IOException {
    JsonNode report = SchemaFiles.JSON.readTree(SitrepJson.tolerant().writeString(EveryAttribute.report()));
    Map<String, List<JsonNode>> values =
        new java.util.HashMap<>(SchemaModel.tolerant().valuesByType("Report", report));
    // A withdrawal is a feed record of its own, outside every report.
    SchemaModel.tolerant()
        .valuesByType(
            "Withdrawal",
            SchemaFiles.JSON.readTree(SitrepJson.tolerant().writeString(EveryAttribute.withdrawal())))
        .forEach((type, found) -> values.merge(type, found, (a, b) -> {
          List<JsonNode> all = new ArrayList<>(a);
          all.addAll(b);
          return all;
        }));
    Map<String, String> differences = new TreeMap<>();
    int checked = 0;
    for (Class<?> type : SitrepSchema.types()) {
      JsonNode value = fullest(values.get(type.getSimpleName()));
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        List<String> targets = new ArrayList<>(List.of(property.getKey()));
        if (property.getValue().isArray() && property.getValue().size() > 0) {
          targets.add(property.getKey() + "[0]");
        }
        for (String target : targets) {
          for (JsonNode probe : PROBES) {
            ObjectNode mutated = value.deepCopy();
            if (target.endsWith("[0]")) {
              ((ArrayNode) mutated.get(property.getKey())).set(0, probe);
            } else {
              mutated.set(property.getKey(), probe);
            }
            String json = SchemaFiles.JSON.writeValueAsString(mutated);
            String verdicts = verdicts(type, json, mutated);
            checked++;
            if (verdicts != null) {
              differences.put(type.getSimpleName() + "." + target + " <- " + probe, verdicts);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(differences)
        .as("mutations on which the schema and the Java reader disagree (listed: %s)", DIFFERENCES.keySet())
        .containsOnlyKeys(DIFFERENCES.keySet());
    assertThat(differences.keySet()).containsAll(DIFFERENCES.keySet());
  }

  /** @return null if the schema and the reader agree in both modes, else what each said */
  static String verdicts(Class<?> type, String json, JsonNode document) {
    String javaTolerant = javaVerdict(SitrepJson.tolerant(), json, type);
    String javaStrict = javaVerdict(SitrepJson.strict(), json, type);
    boolean schemaTolerant = NetworkntSchemas.isValid(type, false, document);
    boolean schemaStrict = NetworkntSchemas.isValid(type, true, document);
    if (javaTolerant.equals("valid") == schemaTolerant && javaStrict.equals("valid") == schemaStrict) {
      return null;
    }
    return "java tolerant: " + javaTolerant + ", schema tolerant: " + (schemaTolerant ? "valid" : "invalid")
        + "; java strict: " + javaStrict + ", schema strict: " + (schemaStrict ? "valid" : "invalid");
  }

  static String javaVerdict(SitrepJson reader, String json, Class<?> type) {
    try {
      reader.read(json, type);
      return "valid";
    } catch (SitrepJsonException e) {
      return e.kind() + " " + e.getMessage();
    }
  }

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
