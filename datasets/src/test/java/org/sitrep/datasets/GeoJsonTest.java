package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.datasets.JsonTree.array;
import static org.sitrep.datasets.JsonTree.object;
import static org.sitrep.datasets.TestReports.claim;
import static org.sitrep.datasets.TestReports.figure;
import static org.sitrep.datasets.TestReports.geoJson;
import static org.sitrep.datasets.TestReports.incident;
import static org.sitrep.datasets.TestReports.located;
import static org.sitrep.datasets.TestReports.report;
import static org.sitrep.datasets.TestReports.unlocated;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;
import org.sitrep.AdminArea;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.GeoPoint;
import org.sitrep.GeoPrecision;
import org.sitrep.GlobalId;
import org.sitrep.Incident;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.ReportedTime;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;

class GeoJsonTest {
  /** Where the CI's independent GeoJSON check (geojson-check/) finds the files these tests write. */
  static final Path CI_FILES = Path.of("target/geojson");

  static Map<String, Object> collection(byte[] json) throws IOException {
    return object(JsonTree.parse(json));
  }

  static List<Map<String, Object>> features(byte[] json) throws IOException {
    Map<String, Object> fc = collection(json);
    assertThat(fc.keySet()).containsExactly("type", "features");
    assertThat(fc.get("type")).isEqualTo("FeatureCollection");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object f : array(fc.get("features"))) {
      Map<String, Object> feature = object(f);
      assertThat(feature.keySet()).containsExactly("type", "id", "geometry", "properties");
      assertThat(feature.get("type")).isEqualTo("Feature");
      out.add(feature);
    }
    return out;
  }

  static Map<String, Object> properties(Map<String, Object> feature) {
    return object(feature.get("properties"));
  }

  static List<Report> acledSample() throws IOException {
    try (DatasetReader rows = Acled.reader(new StringReader(AcledTest.sample()))) {
      return rows.stream().collect(Collectors.toList());
    }
  }

  @Test
  void theAcledSampleIsOneFeaturePerRowWithItsPointInLongitudeLatitudeOrder() throws IOException {
    List<Report> reports = acledSample();
    List<Map<String, Object>> features = features(geoJson(reports));
    assertThat(features).hasSize(reports.size()).hasSize(9);
    List<List<String>> rows = AcledTest.rows(AcledTest.sample());
    int lat = Acled.COLUMNS.indexOf("latitude");
    int lon = Acled.COLUMNS.indexOf("longitude");
    for (int i = 0; i < features.size(); i++) {
      Map<String, Object> geometry = object(features.get(i).get("geometry"));
      assertThat(geometry.keySet()).containsExactly("type", "coordinates");
      assertThat(geometry.get("type")).isEqualTo("Point");
      // RFC 7946: [longitude, latitude], each the decimal the table wrote.
      assertThat(array(geometry.get("coordinates")))
          .as("row %d", i + 1)
          .containsExactly(new BigDecimal(rows.get(i + 1).get(lon)), new BigDecimal(rows.get(i + 1).get(lat)));
    }
    Map<String, Object> first = features.get(0);
    assertThat(first.get("id")).isEqualTo("UKR123456/UKR123456");
    assertThat(array(object(first.get("geometry")).get("coordinates")))
        .containsExactly(new BigDecimal("37.7069"), new BigDecimal("48.5277"));
    Map<String, Object> p = properties(first);
    Map<String, Object> expected = new java.util.LinkedHashMap<>();
    expected.put("report_id", "UKR123456");
    expected.put("incident_id", "UKR123456");
    expected.put("global_id", null);
    expected.put("type", "shelling_or_missile_attack");
    expected.put("acled_event_type", "Explosions/Remote violence");
    expected.put("acled_sub_event_type", "Shelling/artillery/missile attack");
    expected.put("outcome", "unknown");
    expected.put("time_start", "2023-09-06");
    expected.put("time_end", "2023-09-06");
    expected.put("time_precision", "day");
    expected.put("time_instant", null);
    expected.put("location_name", "Kostiantynivka");
    expected.put("country", "UA");
    expected.put("country_name", "Ukraine");
    expected.put("admin1", "Donetsk");
    expected.put("admin1_code", null);
    expected.put("admin2", "Kramatorskyi");
    expected.put("admin2_code", null);
    expected.put("admin3", "Kostiantynivska");
    expected.put("admin3_code", null);
    expected.put("geo_precision", "town");
    expected.put("killed", new BigDecimal(17));
    expected.put("killed_low", new BigDecimal(17));
    expected.put("killed_best", null);
    expected.put("killed_high", null);
    expected.put("killed_qualifier", "at_least");
    expected.put("killed_figures", new BigDecimal(1));
    expected.put("claims_count", new BigDecimal(2));
    expected.put("claim_ids", List.of("UKR123456-source-1", "UKR123456-source-2"));
    expected.put("claim_sources", List.of("Ukrinform", "Suspilne"));
    expected.put("records", List.of("acled:UKR123456"));
    expected.put("summary", reports.get(0).incidents().get(0).summary().orElseThrow());
    assertThat(p).containsExactlyEntriesOf(expected);

    // ACLED's "0 fatalities" is no figure: no killed properties, not an exact zero.
    Map<String, Object> protest = properties(features.get(1));
    assertThat(protest).doesNotContainKeys("killed", "killed_low", "killed_qualifier");
    assertThat(protest.get("type")).isEqualTo("peaceful_protest");
    // A week: the seven days around ACLED's date.
    Map<String, Object> week = properties(features.get(2));
    assertThat(week).containsEntry("time_start", "2023-09-02").containsEntry("time_end", "2023-09-08")
        .containsEntry("time_precision", "week").containsEntry("geo_precision", "near");
    // ACLED's Kosovo: no ISO country, ACLED's name kept.
    Map<String, Object> kosovo = properties(features.get(5));
    assertThat(kosovo).containsEntry("country", null).containsEntry("country_name", "Kosovo");
  }

  @Test
  void anIncidentWithoutCoordinatesIsAFeatureWithNullGeometryNotSkipped() throws IOException {
    Report report = report("r1", located("kyiv"), unlocated("village"), incident("nowhere").build());
    List<Map<String, Object>> features = features(geoJson(List.of(report)));
    assertThat(features).extracting(f -> f.get("id"))
        .containsExactly("r1/kyiv", "r1/village", "r1/nowhere");
    assertThat(object(features.get(0).get("geometry")).get("coordinates"))
        .isEqualTo(List.of(new BigDecimal("30.5234"), new BigDecimal("50.4501")));
    assertThat(features.get(1)).containsKey("geometry").containsEntry("geometry", null);
    assertThat(properties(features.get(1))).containsEntry("location_name", "a village near Bakhmut")
        .containsEntry("geo_precision", "near");
    assertThat(features.get(2)).containsEntry("geometry", null);
    assertThat(properties(features.get(2))).containsEntry("location_name", null)
        .containsEntry("geo_precision", null).containsEntry("time_start", null)
        .containsEntry("time_precision", null);

    // The seed article gives no coordinates: every one of its incidents is a feature all the same.
    Report seed = SeedArticle.report();
    List<Map<String, Object>> seedFeatures = features(geoJson(List.of(seed)));
    assertThat(seedFeatures).hasSize(seed.incidents().size());
    assertThat(seedFeatures).allSatisfy(f -> assertThat(f.get("geometry")).isNull());
  }

  @Test
  void theIdIsTheGlobalIdWhereThereIsOne() throws IOException {
    Incident named = incident("a").globalId(GlobalId.of("urn:acled:UKR123456")).build();
    List<Map<String, Object>> features =
        features(geoJson(List.of(report("r", named, incident("b").build()))));
    assertThat(features.get(0).get("id")).isEqualTo("urn:acled:UKR123456");
    assertThat(properties(features.get(0))).containsEntry("global_id", "urn:acled:UKR123456");
    assertThat(features.get(1).get("id")).isEqualTo("r/b");
  }

  @Test
  void currentFiguresOfAnOutcomeAddUpWithInclusiveBoundsAndUnknownOutcomesAreKept() throws IOException {
    Incident i =
        incident("strike")
            .addCasualty(figure("early", CasualtyOutcome.KILLED, Estimate.atLeast(5)))
            .addCasualty(Casualty.builder().id(CasualtyId.of("civilians"))
                .outcome(CasualtyOutcome.KILLED).population(org.sitrep.PopulationGroup.CIVILIAN)
                .count(Estimate.exactly(12)).supersedes(CasualtyId.of("early")).build())
            .addCasualty(figure("soldiers", CasualtyOutcome.KILLED, Estimate.moreThan(2)))
            .addCasualty(figure("hurt", CasualtyOutcome.INJURED, Estimate.fewerThan(30)))
            .addCasualty(figure("gone", CasualtyOutcome.MISSING, Estimate.between(3, 8)))
            .addCasualty(figure("gone-too", CasualtyOutcome.MISSING, Estimate.exactly(1)))
            .addCasualty(figure("none", CasualtyOutcome.KILLED_OR_INJURED, Estimate.exactly(0)))
            .addCasualty(figure("fled", CasualtyOutcome.of("displaced"), Estimate.approximately(200)))
            .build();
    Map<String, Object> p = properties(features(geoJson(List.of(report("r", i)))).get(0));
    // 12 civilians (the revision replaces "at least 5") and more than 2 soldiers: at least 15.
    assertThat(p).containsEntry("killed", new BigDecimal(15)).containsEntry("killed_low", new BigDecimal(15))
        .containsEntry("killed_best", null).containsEntry("killed_high", null)
        .containsEntry("killed_qualifier", "at_least").containsEntry("killed_figures", new BigDecimal(2));
    // "fewer than 30": at most 29, no figure to show.
    assertThat(p).containsEntry("injured", null).containsEntry("injured_low", null)
        .containsEntry("injured_high", new BigDecimal(29)).containsEntry("injured_qualifier", "fewer_than")
        .containsEntry("injured_figures", new BigDecimal(1));
    // 3 to 8 and exactly 1: 4 to 9, no best; the figure is the floors and bests added up.
    assertThat(p).containsEntry("missing", new BigDecimal(4)).containsEntry("missing_low", new BigDecimal(4))
        .containsEntry("missing_best", null).containsEntry("missing_high", new BigDecimal(9))
        .containsEntry("missing_qualifier", "range");
    // A known zero stays an exact zero.
    assertThat(p).containsEntry("killed_or_injured", new BigDecimal(0))
        .containsEntry("killed_or_injured_best", new BigDecimal(0))
        .containsEntry("killed_or_injured_qualifier", "exact");
    // An outcome this version does not know: kept in other_casualties, not dropped.
    assertThat(p).doesNotContainKeys("displaced", "captured");
    Map<String, Object> displaced = new java.util.LinkedHashMap<>();
    displaced.put("outcome", "displaced");
    displaced.put("figure", new BigDecimal(200));
    displaced.put("low", null);
    displaced.put("best", new BigDecimal(200));
    displaced.put("high", null);
    displaced.put("qualifier", "approximately");
    displaced.put("figures", new BigDecimal(1));
    assertThat(array(p.get("other_casualties"))).hasSize(1);
    assertThat(object(array(p.get("other_casualties")).get(0))).containsExactlyEntriesOf(displaced);
  }

  @Test
  void sumsBeyondALongAreWrittenExactly() throws IOException {
    Incident i =
        incident("big")
            .addCasualty(figure("a", CasualtyOutcome.KILLED, Estimate.exactly(Long.MAX_VALUE)))
            .addCasualty(figure("b", CasualtyOutcome.KILLED, Estimate.moreThan(Long.MAX_VALUE)))
            .build();
    Map<String, Object> p = properties(features(geoJson(List.of(report("r", i)))).get(0));
    BigDecimal max = new BigDecimal(Long.MAX_VALUE);
    assertThat(p).containsEntry("killed_low", max.add(max).add(BigDecimal.ONE))
        .containsEntry("killed_qualifier", "at_least");
  }

  @Test
  void theTimeAndThePlaceKeepTheirPrecisionAndCodes() throws IOException {
    OffsetDateTime at = OffsetDateTime.parse("2023-09-07T04:30:00+03:00");
    Incident i =
        Incident.builder().id(org.sitrep.IncidentId.of("moment"))
            .type(IncidentType.DRONE_INTERCEPTED).outcome(org.sitrep.IncidentOutcome.INTERCEPTED)
            .time(ReportedTime.at(at))
            .location(Location.builder().name("Ramenskoye").country("RU")
                .admin1(AdminArea.of("Moscow region", "RU-MOS"))
                .point(GeoPoint.of(55.5667, 38.2167)).precision(GeoPrecision.TOWN).build())
            .build();
    Map<String, Object> p = properties(features(geoJson(List.of(report("r", i)))).get(0));
    assertThat(p).containsEntry("time_instant", "2023-09-07T04:30:00+03:00")
        .containsEntry("time_precision", "exact_time").containsEntry("time_start", "2023-09-07")
        .containsEntry("admin1", "Moscow region").containsEntry("admin1_code", "RU-MOS")
        .containsEntry("country", "RU").containsEntry("country_name", "Russia")
        .containsEntry("type", "drone_intercepted")
        .containsEntry("acled_event_type", IncidentType.DRONE_INTERCEPTED.acledEventType().orElse(null));
  }

  @Test
  void claimsAboutTheIncidentGiveItsCountIdsAndSources() throws IOException {
    Incident a = incident("a").addClaims(org.sitrep.ClaimId.of("listed")).build();
    Report r = Report.builder().id(org.sitrep.ReportId.of("r")).addIncidents(a, incident("b").build())
        .addClaims(claim("about-b", "Interfax", org.sitrep.IncidentId.of("b")),
            claim("listed", "Kremlin", org.sitrep.IncidentId.of("b")),
            claim("about-a", "Sobyanin", org.sitrep.IncidentId.of("a")),
            claim("again", "Sobyanin", org.sitrep.IncidentId.of("a")))
        .build();
    List<Map<String, Object>> f = features(geoJson(List.of(r)));
    assertThat(properties(f.get(0))).containsEntry("claims_count", new BigDecimal(3))
        .containsEntry("claim_ids", List.of("listed", "about-a", "again"))
        .containsEntry("claim_sources", List.of("Kremlin", "Sobyanin", "Sobyanin"));
    assertThat(properties(f.get(1))).containsEntry("claims_count", new BigDecimal(2))
        .containsEntry("claim_ids", List.of("about-b", "listed"));
  }

  @Test
  void textIsEscapedAndWrittenAsUtf8() throws IOException, CharacterCodingException {
    String summary = "\"Quoted\" \\ back\\slash, tab\there,\nnew line, Київ, 🚀, </script>, \u2028 end";
    Incident i = incident("text").summary(summary)
        .location(Location.builder().name("Kostiantynivka \"market\"").precision(GeoPrecision.EXACT_SITE)
            .point(GeoPoint.of(-0.5, 180)).build())
        .build();
    byte[] bytes = geoJson(List.of(report("r", i)));
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("Київ").contains("🚀").contains("\\\"Quoted\\\"").contains("\\n");
    Map<String, Object> feature = features(bytes).get(0);
    assertThat(properties(feature)).containsEntry("summary", summary)
        .containsEntry("location_name", "Kostiantynivka \"market\"");
    assertThat(object(feature.get("geometry")).get("coordinates"))
        .isEqualTo(List.of(new BigDecimal("180"), new BigDecimal("-0.5")));
  }

  @Test
  void anEmptyCollectionIsWrittenAndTheClosedWriterRefusesMore() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetWriter w = GeoJson.writer(out);
    w.close();
    w.close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    assertThatThrownBy(() -> w.write(report("r", located("a"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  /**
   * 100,000 incidents streamed to an output that keeps no bytes: it parses them as they arrive,
   * with jackson-core's non-blocking parser, and counts the features it has seen whole. After
   * each report the writer has handed on all but a bounded buffer: the features seen lag the
   * features written by a few dozen at most, so the document is never held in memory.
   */
  @Test
  void manyReportsAreStreamedThroughABoundedBuffer() throws IOException {
    FeatureCounter counter = new FeatureCounter();
    int reports = 10_000;
    int perReport = 10;
    int maxLag = 0;
    try (DatasetWriter w = GeoJson.writer(counter)) {
      for (int r = 0; r < reports; r++) {
        Incident[] incidents = new Incident[perReport];
        for (int i = 0; i < perReport; i++) {
          int n = r * perReport + i;
          incidents[i] = incident("i" + i)
              .location(Location.builder().name("place " + n).precision(GeoPrecision.TOWN)
                  .point(GeoPoint.of(-89 + (n % 179), -179 + (n % 359))).build())
              .summary("incident number " + n)
              .build();
        }
        w.write(report("report-" + r, incidents));
        long written = (long) (r + 1) * perReport;
        maxLag = (int) Math.max(maxLag, written - counter.features);
      }
    }
    assertThat(counter.features).isEqualTo(100_000);
    assertThat(counter.ended).isTrue();
    assertThat(counter.bytes).isGreaterThan(20_000_000L);
    assertThat(maxLag).isLessThan(64);
  }

  /** An output stream that parses the GeoJSON it is given and keeps none of it. */
  static final class FeatureCounter extends OutputStream {
    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    long bytes;
    long features;
    boolean ended;
    private int depth;

    FeatureCounter() throws IOException {
      this.parser = new JsonFactory().createNonBlockingByteArrayParser();
      this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      bytes += len;
      feeder.feedInput(Arrays.copyOfRange(b, off, off + len), 0, len);
      for (JsonToken t = parser.nextToken(); t != JsonToken.NOT_AVAILABLE && t != null;
          t = parser.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          if (t == JsonToken.END_OBJECT && depth == 2) {
            features++;
          } else if (depth == 0) {
            ended = true;
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      feeder.endOfInput();
      assertThat(parser.nextToken()).isNull();
    }
  }

  /**
   * The files the CI's independent validator checks ({@code geojson-check/}, run by .ci/run after
   * the build): the ACLED sample, the seed article, a fixture report, and reports sitrep-testing
   * generates. Each is parsed back here too: a feature per incident.
   */
  @Example
  void writesTheFilesTheCiValidatorChecks() throws IOException {
    Map<String, List<Report>> files = new java.util.LinkedHashMap<>();
    files.put("acled-sample.geojson", acledSample());
    files.put("seed-article.geojson", List.of(SeedArticle.report()));
    files.put("fixture.geojson", List.of(Fixtures.report().withIncidents(3).build()));
    files.put("generated.geojson", TestReports.generated(300, TestReports.SEED));
    files.put("empty.geojson", List.of());
    Files.createDirectories(CI_FILES);
    Map<String, Integer> points = new HashMap<>();
    for (Map.Entry<String, List<Report>> file : files.entrySet()) {
      byte[] bytes = geoJson(file.getValue());
      Files.write(CI_FILES.resolve(file.getKey()), bytes);
      long incidents = file.getValue().stream().mapToLong(r -> r.incidents().size()).sum();
      List<Map<String, Object>> features = features(Files.readAllBytes(CI_FILES.resolve(file.getKey())));
      assertThat(features).as(file.getKey()).hasSize((int) incidents);
      points.put(file.getKey(), (int) features.stream().filter(f -> f.get("geometry") != null).count());
    }
    assertThat(points.get("acled-sample.geojson")).isEqualTo(9);
    assertThat(points.get("generated.geojson")).isPositive();
    assertThat(Files.list(CI_FILES).filter(p -> p.toString().endsWith(".geojson")).count())
        .isGreaterThanOrEqualTo(files.size());
  }

  @Example
  void aGeneratedReportsPointsAreWrittenAsItsLocationsGiveThem() throws IOException {
    List<Report> reports = TestReports.generated(200, TestReports.SEED + 1);
    List<Map<String, Object>> features = features(geoJson(reports));
    int i = 0;
    int located = 0;
    for (Report r : reports) {
      for (Incident incident : r.incidents()) {
        Map<String, Object> f = features.get(i++);
        assertThat(properties(f)).containsEntry("report_id", r.id().value())
            .containsEntry("incident_id", incident.id().value())
            .containsEntry("type", incident.type().code());
        java.util.Optional<GeoPoint> p = incident.location().flatMap(Location::point);
        if (p.isPresent()) {
          located++;
          assertThat(object(f.get("geometry")).get("coordinates")).isEqualTo(List.of(
              new BigDecimal(Fields.decimal(p.get().longitude())),
              new BigDecimal(Fields.decimal(p.get().latitude()))));
          assertThat(((BigDecimal) array(object(f.get("geometry")).get("coordinates")).get(0)).doubleValue())
              .isEqualTo(p.get().longitude());
        } else {
          assertThat(f.get("geometry")).isNull();
        }
      }
    }
    assertThat(i).isEqualTo(features.size());
    assertThat(located).isPositive();
  }
}
