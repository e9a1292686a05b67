package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sitrep.schema.SitrepSchema;

/**
 * Values of each kind the schema checks by format or pattern (dates, date-times, URLs, language
 * tags, free text, handles, ids, codes, country, subdivision and currency codes, gazetteer ids,
 * amounts, counts, coordinates, schema versions), each put into a minimal document: the Java reader
 * and the schema (networknt) give the same verdict, in both modes, except for the values listed
 * with a reason. The cases, with the schema's verdicts, are written to {@code
 * schema/value-cases.json} of the conformance corpus, which {@code schema-check/check.mjs} replays with Ajv, so that the two
 * validators are shown to agree value by value, regular expressions and formats included ({@code
 * -Dsitrep.schema.update=true} rewrites the file).
 */
class SchemaValueCasesTest {
  /** The file of the conformance corpus. */
  private static final String CASES = "schema/value-cases.json";

  private static final String INTEGER_VALUED =
      "JSON Schema's integer is any number with a zero fraction, so 1.0 and 1e3 are integers to it;"
          + " the Java reader refuses a count written with a fraction or an exponent";

  private static final String LENIENT =
      "a form the Java reader also accepts but never writes (an offset without minutes, -00:00,"
          + " lower-case t and z, a '.' with no fraction digits): the schema describes the form Sitrep writes, and RFC 3339 readers"
          + " in other languages need not accept more";

  /** One property of one type, the values to put in it, and the values on which the two differ. */
  record Kind(String type, String base, String property, List<Object> values, Map<Object, String> differences) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind("PlaceName", "{\"name\":\"Energodar\"}", "language",
              List.of("en", "en-GB", "ru-Latn", "uk-Cyrl", "sr-Latn-RS", "zh-Hant-TW", "es-419",
                  "de-CH-1901", "zh-yue-HK", "en-a-bbb-x-a-ccc", "x-private", "en-x-foo", "i-klingon",
                  "EN-gb", "tlh", "abcde", "UA-14", "en_GB", "und", "", "abcdefghi", "en--GB", "e",
                  "123", "en-GB-", "-en", "en GB", "ru-Latn-RU-x-a-b", "en-1234", "x-abc", "X-abc",
                  "und-GB", "UND", "und-x-a", "undx", "de-1901-1901", "en-a-bbb-a-ccc"),
              Map.of()),
          new Kind("Channel", "{\"kind\":\"messaging_app\"}", "url",
              List.of("https://t.me/mos_sobyanin", "http://example.org", "HTTPS://EXAMPLE.ORG/A",
                  "https://example.org:8443/a?b=c#d", "https://example.org/a%20b",
                  "https://uk.wikipedia.org/wiki/Київ", "https://example.org/?q=Ростов#фрагмент",
                  "https://user@example.org/", "https://[::1]/", "https://127.0.0.1/x",
                  "https://example.org/a b", "https://example.org/a%zz", "https://example.org/a\"b",
                  "https://example.org/a<b>", "https://example.org/a{b}", "https://example.org/a|b",
                  "https://example.org/\u00a0", "ftp://example.org/", "mailto:a@example.org",
                  "//example.org/a", "/relative", "https://", "https:///a", "https://exa mple.org/",
                  "https://київ.укр/", "", "https://example.org/a\\b"),
              Map.of()),
          new Kind("Site", "{\"kind\":\"market\"}", "description",
              List.of("a market", "x", "🔥", "Ростов", "a\tb", "a\nb", "", " ", " a", "a ", "\ta",
                  "a\n", "\u00a0a", "a\u00a0", "\u2007a", "a\u202f", "\u2000a", "a\u3000",
                  "\u001ca", "a\u001f", "\u2028a", "\u1680a", "\ufeffa", "\u200ba", "\u0085a",
                  "\u000ba", "\u000ca", "\ra", "a\u0000b", "a\u0007b", "a\rb", "a\u007fb", "a\u009fb",
                  "a\u00a0b", "a\tb\nc"),
              Map.of()),
          new Kind("Actor", "{\"name\":\"Maria Drutska\",\"kind\":\"person\"}", "handle",
              List.of("@maria_drutska", "x", "@a b", "@a\u00a0b", "@a\u2000b", "", "@a\tb", "🔥"),
              Map.of()),
          new Kind("ReportedTime", "{\"start\":\"2024-02-29\",\"end\":\"2024-02-29\",\"precision\":\"year\"}", "start",
              List.of("2024-02-29", "2024-01-01", "2023-02-29", "2024-02-30", "2024-13-01", "2024-2-29",
                  "24-02-29", "+2024-02-29", "2024-02-29T00:00:00Z", "2024/02/29", ""),
              Map.of()),
          // year 0000 is a year of the proleptic Gregorian calendar, and a leap year: valid, although
          // Python's datetime cannot hold it (the Python client keeps dates as strings)
          new Kind("ReportedTime", "{\"start\":\"0000-02-28\",\"precision\":\"week\"}", "end",
              List.of("0000-02-28", "0000-02-29", "0000-03-01", "0000-02-30", "0000-13-01"),
              Map.of()),
          new Kind("Report", "{\"id\":\"r1\",\"schema_version\":\"1.0\"}", "published_at",
              List.of("2023-09-07T06:30:00+03:00", "2023-09-07T03:30:00Z", "2023-09-07T03:30:00.5Z",
                  "2023-09-07T03:30:00.123456789Z", "2023-09-07T03:30:00-00:00",
                  "2023-09-07T03:30:00+18:00", "2023-09-07T03:30:00+19:00", "2023-09-07T03:30:00+03",
                  "2023-09-07T03:30:00+0300", "2023-09-07T24:00:00Z", "2023-02-30T00:00:00Z",
                  "2023-09-07 03:30:00Z", "2023-09-07T03:30:00", "2023-09-07", "2023-09-07T06:30+03:00",
                  "2023-09-07t03:30:00z", "2023-09-07T23:59:60Z", "2023-12-31T23:59:60Z",
                  "2023-09-07T03:30:00.1234567891Z", "2023-09-07T03:30:00+18:00",
                  "2023-09-07T03:30:00-18:00", "2023-09-07T03:30:00+18:01", "0000-01-01T00:00:00Z",
                  "2023-09-07T03:30:00.Z"),
              Map.of(
                  "2023-09-07T06:30+03:00", SchemaAgreementTest.SECONDS,
                  "2023-09-07T03:30:00+03", LENIENT,
                  "2023-09-07T03:30:00-00:00", LENIENT,
                  "2023-09-07t03:30:00z", LENIENT,
                  "2023-09-07T03:30:00.Z", LENIENT)),
          new Kind("Report", "{\"schema_version\":\"1.0\"}", "id",
              List.of("r1", "a", "A.b_c:d~e-f", "urn:sitrep:claim:42", "x".repeat(128), "x".repeat(129),
                  "-a", ".a", "a b", "", "é", "a/b"),
              Map.of()),
          new Kind("Report", "{\"id\":\"r1\"}", "schema_version",
              List.of("1.0", "1.7", "1.9999", "1.10000", "1.01", "01.0", "2.0", "0.9", "1", "1.0.0", "",
                  "v1.0"),
              Map.of()),
          new Kind("Incident", "{\"id\":\"i1\",\"outcome\":\"impact\"}", "type",
              List.of("shelling", "zz_new", "a", "a".repeat(64), "a".repeat(65), "Shelling", "1abc",
                  "_a", "a-b", "", "drone attack", "drone_attack"),
              Map.of()),
          new Kind("Estimate", "{\"low\":1,\"best\":1,\"high\":1}", "qualifier",
              List.of("exact", "EXACT", "Exact", "roughly", ""),
              Map.of()),
          new Kind("Location", "{\"name\":\"Kyiv\",\"precision\":\"town\"}", "country",
              List.of("UA", "RU", "ZZ", "ua", "UKR", "U", ""),
              Map.of("ZZ", SchemaAgreementTest.MEMBERSHIP)),
          new Kind("AdminArea", "{\"name\":\"Donetsk region\"}", "iso_code",
              List.of("UA-14", "RU-MOS", "UA-1", "UA-123", "UA-1234", "ua-14", "UA14", "ZZ-14", ""),
              Map.of("ZZ-14", SchemaAgreementTest.MEMBERSHIP)),
          new Kind("Money", "{\"amount\":\"1\"}", "currency",
              List.of("USD", "GBP", "UAH", "XYZ", "usd", "US", "USDD", ""),
              Map.of("XYZ", SchemaAgreementTest.MEMBERSHIP)),
          new Kind("Money", "{\"currency\":\"USD\"}", "amount",
              List.of("175000000", "12.50", "0", "0.0", "-0", "-0.00", "-1", "00", "01", "1.", ".5",
                  "1e5", "1E5", "+1", " 1", "1,000", "１２", "", "1".repeat(100), "1".repeat(101),
                  "0." + "0".repeat(98), "0." + "0".repeat(99)),
              Map.of()),
          new Kind("GazetteerRef", "{\"scheme\":\"geonames\"}", "id",
              List.of("704147", "0", "123456789012", "1234567890123", "abc", "70 41", ""),
              Map.of()),
          new Kind("GazetteerRef", "{\"scheme\":\"pcode\"}", "id",
              List.of("UA1404", "UA", "U1", "ua1404", "UA-14", "UA" + "1".repeat(20), "UA" + "1".repeat(21)),
              Map.of()),
          new Kind("GazetteerRef", "{\"scheme\":\"wikidata\"}", "id",
              List.of("Q42", "Q1", "Q0", "q42", "Q", "42"),
              Map.of()),
          new Kind("GazetteerRef", "{\"scheme\":\"osm\"}", "id",
              List.of("node/1", "way/12", "relation/123", "node/", "area/1", "node/1/2"),
              Map.of()),
          new Kind("GazetteerRef", "{\"scheme\":\"zz_gazetteer\"}", "id",
              List.of("anything", "Київ", "a:b/c", "a b", "", "x".repeat(128), "x".repeat(129), "a\u00a0b"),
              Map.of()),
          new Kind("Estimate", "{\"qualifier\":\"at_least\"}", "low",
              List.of(0, 17, -1, Long.MAX_VALUE, new BigInteger("9223372036854775808"), 1.0, 1.5, 1e3,
                  "17", true),
              Map.of(1.0, INTEGER_VALUED, 1e3, INTEGER_VALUED)),
          new Kind("GeoPoint", "{\"longitude\":37.7058}", "latitude",
              List.of(0, 48.5277, 90, -90, 90.0001, -91, 1e1, -0.0, "48.5"),
              Map.of()),
          new Kind("GeoPoint", "{\"latitude\":48.5277}", "longitude",
              List.of(0, 180, -180, 180.5, -181, 37.7058),
              Map.of()));

  @Test
  void theSchemaAndTheJavaReaderGiveTheSameVerdictOnEveryValue() {
    int checked = 0;
    for (Kind kind : KINDS) {
      Map<Object, String> differences = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
      for (Object value : kind.values()) {
        ObjectNode document = document(kind, value);
        String verdicts =
            SchemaAgreementTest.verdicts(type(kind), write(document), document);
        checked++;
        if (verdicts != null) {
          differences.put(value, verdicts);
        }
      }
      assertThat(differences.keySet())
          .as("%s.%s: values on which the schema and the Java reader disagree: %s",
              kind.type(), kind.property(), differences)
          .containsExactlyInAnyOrderElementsOf(kind.differences().keySet());
    }
    assertThat(checked).isGreaterThan(250);
  }

  @Test
  void theCasesReplayedByTheNodeCheckAreUpToDate() throws IOException {
    ArrayNode cases = SchemaFiles.JSON.createArrayNode();
    for (Kind kind : KINDS) {
      for (Object value : kind.values()) {
        ObjectNode document = document(kind, value);
        ObjectNode c = cases.addObject();
        c.put("schema", SitrepSchema.fileName(type(kind)));
        c.put("property", kind.property());
        c.set("document", document);
        c.put("tolerant", NetworkntSchemas.isValid(type(kind), false, document));
        c.put("strict", NetworkntSchemas.isValid(type(kind), true, document));
        c.put("java_tolerant", SchemaAgreementTest.javaVerdict(SitrepJson.tolerant(), write(document), type(kind)).split(" ")[0]);
        if (kind.differences().containsKey(value)) {
          c.put("java_differs", kind.differences().get(value));
        }
      }
    }
    String expected = SchemaFiles.render(cases);
    String actual;
    if (SchemaFiles.UPDATE) {
      TestFiles.writeSource(CASES, expected);
      actual = expected;
    } else {
      actual = TestFiles.CORPUS.schemaValueCases().text();
    }
    assertThat(actual)
        .as("schema/value-cases.json is stale: run with -Dsitrep.schema.update=true")
        .isEqualTo(expected);
    List<String> kinds = new ArrayList<>();
    cases.forEach(c -> kinds.add(c.path("schema").asText()));
    assertThat(kinds).contains("report.schema.json", "place-name.schema.json");
  }

  static ObjectNode document(Kind kind, Object value) {
    try {
      ObjectNode document = (ObjectNode) SchemaFiles.JSON.readTree(kind.base());
      document.set(kind.property(), SchemaFiles.JSON.valueToTree(value));
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Class<?> type(Kind kind) {
    try {
      return Class.forName("org.sitrep." + kind.type());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static String write(JsonNode document) {
    try {
      return SchemaFiles.JSON.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
