package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.Report;
import org.sitrep.testing.Fixtures;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure;
import org.sitrep.wire.ReadFailure.Kind;

/** The findings of issue 11, each refused (or decided) with its path. */
class ReliabilityTest {
  private static final String CLAIM =
      "{\"id\":\"c1\",\"source\":{\"name\":\"Kremlin\",\"kind\":\"government\"},"
          + "\"statement\":\"Drones were shot down.\",\"kind\":\"factual_assertion\","
          + "\"verification\":\"unverified\",\"about_incidents\":[%s]}";

  private static String report(String aboutIncidents) {
    return "{\"id\":\"r1\",\"schema_version\":\"1.0\",\"incidents\":[{\"id\":\"i1\","
        + "\"type\":\"drone_attack\",\"outcome\":\"intercepted\"}],\"claims\":["
        + String.format(CLAIM, aboutIncidents)
        + "]}";
  }

  private static SitrepJsonException refused(SitrepJson json, String doc, Class<?> type) {
    SitrepJsonException e =
        catchThrowableOfType(SitrepJsonException.class, () -> json.read(doc, type));
    assertThat(e).as("refused: %s", doc.length() > 200 ? doc.substring(0, 200) : doc).isNotNull();
    return e;
  }

  // ---- 1 and 2: bounded errors; what "all" means -----------------------------------------

  @Test
  void violationsBeyondTheCapAreCountedAndTheMessageStaysShort() {
    StringBuilder ids = new StringBuilder("\"i1\"");
    for (int i = 1; i < Limits.MAX_LIST_LENGTH; i++) {
      ids.append(",\"i1\"");
    }
    SitrepJsonException e = refused(SitrepJson.strict(), report(ids.toString()), Report.class);
    assertThat(e.kind()).isEqualTo(Kind.RULE_VIOLATION);
    assertThat(e.violations()).hasSize(ReadFailure.MAX_VIOLATIONS);
    assertThat(e.violations().get(99).path()).isEqualTo("$.claims[0].about_incidents[100]");
    assertThat(e.omitted()).isEqualTo(Limits.MAX_LIST_LENGTH - 1 - ReadFailure.MAX_VIOLATIONS);
    assertThat(e.failure().message())
        .startsWith("9999 problems: $.claims[0].about_incidents[1]: repeats 'i1', listed earlier;")
        .endsWith("; and 9989 more");
    assertThat(e.getMessage()).hasSizeLessThan(4096);
  }

  @Test
  void aListLongerThanTheLimitIsRefusedAtItsFirstElementPastIt() {
    StringBuilder ids = new StringBuilder("\"x0\"");
    for (int i = 1; i <= Limits.MAX_LIST_LENGTH; i++) {
      ids.append(",\"x").append(i).append('"');
    }
    SitrepJsonException e = refused(SitrepJson.tolerant(), report(ids.toString()), Report.class);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.path()).isEqualTo("$.claims[0].about_incidents[10000]");
    assertThat(e.reason()).contains("10000 elements");
  }

  @Test
  void aJsonArrayFeedSkipsARecordWithATooLongListAndGoesOn() throws Exception {
    StringBuilder means = new StringBuilder("\"drone\"");
    for (int i = 0; i < Limits.MAX_LIST_LENGTH; i++) {
      means.append(",\"drone\"");
    }
    String good = SitrepJson.tolerant().writeString(Fixtures.incident());
    String bad =
        "{\"id\":\"i\",\"type\":\"shelling\",\"outcome\":\"impact\",\"means\":[" + means + "]}";
    String feed = "[" + bad + ",\n" + good + "]";
    List<FeedError> errors = new ArrayList<>();
    List<Incident> read = readSkipping(feed, FeedFormat.JSON_ARRAY, errors);
    assertThat(read).containsExactly(Fixtures.incident());
    assertThat(errors)
        .extracting(FeedError::kind, FeedError::path)
        .containsExactly(tuple(Kind.LIMIT_EXCEEDED, "$[0].means[10000]"));
  }

  @Test
  void allMeansAllTheProblemsOfTheFirstValueThatCannotBeBuiltNotThoseOfTheValuesAroundIt() {
    // the claim repeats i1 and names an incident that is not in the report: the claim cannot be
    // built, so the report, whose rule the dangling reference breaks, is never checked
    SitrepJsonException e =
        refused(SitrepJson.tolerant(), report("\"i1\",\"i1\",\"nowhere\""), Report.class);
    assertThat(e.violations())
        .extracting(v -> v.path(), v -> v.reason())
        .containsExactly(tuple("$.claims[0].about_incidents[1]", "repeats 'i1', listed earlier"));
    assertThat(e.omitted()).isZero();
    // without the repeat, the dangling reference is the report's problem, and reported
    assertThat(refused(SitrepJson.tolerant(), report("\"i1\",\"nowhere\""), Report.class).path())
        .isEqualTo("$.claims[0].about_incidents[1]");
  }

  // ---- 3: unpaired surrogates --------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\\ud800", "a\\udc00", "\\ud83d", "x\\ude00y", "\\ude00\\ud83d"})
  void anUnpairedSurrogateIsRefusedInBothModesWithItsPath(String escaped) {
    String doc = "{\"id\":\"r1\",\"schema_version\":\"1.0\",\"headline\":\"" + escaped + "\"}";
    for (SitrepJson json : List.of(SitrepJson.tolerant(), SitrepJson.strict())) {
      SitrepJsonException e = refused(json, doc, Report.class);
      assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.headline");
      assertThat(e.reason()).contains("unpaired surrogate");
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      assertThat(catchThrowableOfType(SitrepJsonException.class, () -> json.read(bytes, Report.class)))
          .isNotNull();
    }
  }

  @Test
  void aSurrogatePairIsText() throws Exception {
    String doc = "{\"id\":\"r1\",\"schema_version\":\"1.0\",\"headline\":\"\\ud83d\\ude00\"}";
    Report report = SitrepJson.strict().read(doc, Report.class);
    assertThat(report.headline()).contains("\uD83D\uDE00");
    byte[] bytes = SitrepJson.strict().writeBytes(report);
    assertThat(SitrepJson.strict().read(bytes, Report.class)).isEqualTo(report);
  }

  @Test
  void anUnpairedSurrogateInAnExtensionOrItsNameIsRefused() {
    SitrepJson json = SitrepJson.tolerant();
    assertThat(refused(json, "{\"qualifier\":\"unspecified\",\"phrase\":\"a few\",\"n\":[\"\\ud800\"]}", Estimate.class).path())
        .isEqualTo("$.n[0]");
    // in a name, Jackson itself refuses a high surrogate without its pair (SYNTAX); the codecs
    // refuse what it lets through
    assertThat(refused(json, "{\"qualifier\":\"unspecified\",\"phrase\":\"a few\",\"\\ud800\":1}", Estimate.class).kind())
        .isIn(Kind.SYNTAX, Kind.INVALID_VALUE);
    assertThat(refused(json, "{\"qualifier\":\"unspecified\",\"phrase\":\"a few\",\"\\udc00\":1}", Estimate.class).kind())
        .isIn(Kind.SYNTAX, Kind.INVALID_VALUE);
    assertThat(refused(json, "{\"qualifier\":\"unspecified\",\"phrase\":\"a few\",\"n\":{\"\\udc00\":1}}", Estimate.class).kind())
        .isIn(Kind.SYNTAX, Kind.INVALID_VALUE);
  }

  // ---- 4: null for an unknown property -----------------------------------------------------

  @Test
  void nullAsTheValueOfAnUnknownPropertyIsRefused() {
    String doc = "{\"qualifier\":\"unspecified\",\"phrase\":\"a few\",\"confidence\":null}";
    SitrepJsonException tolerant = refused(SitrepJson.tolerant(), doc, Estimate.class);
    assertThat(tolerant.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(tolerant.path()).isEqualTo("$.confidence");
    assertThat(refused(SitrepJson.strict(), doc, Estimate.class).kind())
        .isEqualTo(Kind.UNKNOWN_PROPERTY);
  }

  @Test
  void aNullExtensionCannotBeBuiltEither() {
    org.sitrep.SitrepValidationException e =
        catchThrowableOfType(
            org.sitrep.SitrepValidationException.class,
            () -> Estimate.builder()
                .qualifier(org.sitrep.EstimateQualifier.UNSPECIFIED)
                .phrase("a few")
                .putExtension("confidence", "null")
                .build());
    assertThat(e.violations()).extracting(v -> v.path()).containsExactly("extensions.confidence");
  }

  // ---- 5: the report's own id --------------------------------------------------------------

  @Test
  void aPartMayReuseTheReportsOwnIdWhichNamesTheDocumentNotAPart() throws Exception {
    Report report =
        Report.builder()
            .id(org.sitrep.ReportId.of("kharkiv"))
            .addIncidents(Fixtures.incident().withId(IncidentId.of("kharkiv")))
            .build();
    String json = SitrepJson.strict().writeString(report);
    assertThat(SitrepJson.strict().read(json, Report.class)).isEqualTo(report);
  }

  // ---- 6: schema_version -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0.0", "v1.0", "01.0", "1.00", "", "2"})
  void aMalformedSchemaVersionIsAnInvalidValue(String version) {
    SitrepJsonException e =
        refused(
            SitrepJson.tolerant(),
            "{\"id\":\"r1\",\"schema_version\":\"" + version + "\"}",
            Report.class);
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.schema_version");
  }

  @Test
  void anotherMajorVersionStaysUnsupported() {
    assertThat(
            refused(SitrepJson.tolerant(), "{\"id\":\"r1\",\"schema_version\":\"2.0\"}", Report.class)
                .kind())
        .isEqualTo(Kind.UNSUPPORTED_VERSION);
  }

  // ---- 7: NDJSON with old Mac line ends ----------------------------------------------------

  @Test
  void anNdjsonFeedWithCarriageReturnsAloneIsOneLineRefusedWithTheReason() throws Exception {
    String record = SitrepJson.tolerant().writeString(Fixtures.incident());
    String feed = String.join("\r", java.util.Collections.nCopies(10, record)) + "\r";
    List<FeedError> errors = new ArrayList<>();
    List<Incident> read = readSkipping(feed, FeedFormat.NDJSON, errors);
    assertThat(read).isEmpty();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).kind()).isEqualTo(Kind.SYNTAX);
    assertThat(errors.get(0).reason())
        .startsWith("the line holds a carriage return (\\r) that does not end it")
        .contains("old Mac line ends");
  }

  @Test
  void crLfLineEndsStayAccepted() throws Exception {
    String record = SitrepJson.tolerant().writeString(Fixtures.incident());
    String feed = String.join("\r\n", java.util.Collections.nCopies(10, record)) + "\r\n";
    try (SitrepFeed<Incident> in =
        SitrepJson.tolerant()
            .readFeed(
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)),
                Incident.class,
                FeedFormat.NDJSON)) {
      assertThat(in.stream().count()).isEqualTo(10);
    }
  }

  /** Reads a feed of incidents in skip mode, tolerant, collecting the skipped records. */
  private static List<Incident> readSkipping(String feed, FeedFormat format, List<FeedError> errors)
      throws SitrepJsonException {
    List<Incident> read = new ArrayList<>();
    try (SitrepFeed<Incident> in =
        SitrepJson.tolerant()
            .readFeed(
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)),
                Incident.class,
                format,
                errors::add)) {
      in.stream().forEach(read::add);
    }
    return read;
  }
}
