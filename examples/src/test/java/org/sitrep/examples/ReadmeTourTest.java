package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.FeedEntry;
import org.sitrep.EstimateQualifier;
import org.sitrep.Incident;
import org.sitrep.IncidentType;
import org.sitrep.Money;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportLedger;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;
import org.sitrep.jackson.SitrepFeed;
import org.sitrep.jackson.SitrepFeedWriter;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.ReadFailure;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's 60-second tour, compiled and run: every line of its Java blocks appears in this
 * file, and the values its comments show are asserted here.
 */
class ReadmeTourTest {
  private static final Path README = Path.of("../README.md");

  @Test
  void buildTheSeedReportAndYourOwnValues() {
    Report report = SeedArticle.report();          // the seed article, built with the builders
    Incident strike = report.incident(SeedArticle.KOSTIANTYNIVKA_STRIKE).orElseThrow();
    Estimate killed = strike.casualties().get(0).count();   // "up to 17": AT_MOST, high 17
    Money value = Money.of("175000000", "USD");              // decimal, never a double

    Casualty kharkiv = Casualty.builder()
        .id(CasualtyId.of("kharkiv-killed"))
        .outcome(CasualtyOutcome.KILLED)
        .population(PopulationGroup.CIVILIAN)
        .count(Estimate.atLeast(12).withPhrase("at least 12"))
        .build();                                  // validated here, or SitrepValidationException

    assertThat(killed.qualifier()).isEqualTo(EstimateQualifier.AT_MOST);
    assertThat(killed.high()).hasValue(17);
    assertThat(killed).isEqualTo(Estimate.upTo(17).withPhrase("up to 17"));
    assertThat(kharkiv.count().low()).hasValue(12);
    assertThat(value.amount()).isEqualByComparingTo("175000000");
  }

  @Test
  void writeAndReadJson() throws Exception {
    Report report = SeedArticle.report();
    String json = SitrepJson.tolerant().writeString(report);     // compact; writePrettyString too
    Report same = SitrepJson.strict().read(json, Report.class);  // validated again: equal

    assertThat(same).isEqualTo(report);
  }

  @Test
  void validate() {
    try {
      Estimate.builder().qualifier(EstimateQualifier.RANGE).low(5).high(3).build();
      fail("built");
    } catch (SitrepValidationException e) {
      List<Violation> problems = e.violations();
      // [high: low (5) must not be greater than high (3)]
      assertThat(problems).extracting(Violation::toString)
          .containsExactly("high: low (5) must not be greater than high (3)");
    }

    String bad = """
        {"id": "r", "schema_version": "1.0", "incidents": [{"id": "i", "type": "shelling",
          "outcome": "impact", "casualties": [{"id": "c", "outcome": "killed",
          "population": "civilian", "count": {"low": 5, "high": 3, "qualifier": "range"}}]}]}""";
    try {
      SitrepJson.strict().read(bad, Report.class);
      fail("read");
    } catch (SitrepJsonException e) {
      e.kind();     // RULE_VIOLATION
      e.path();     // $.incidents[0].casualties[0].count.high
      e.reason();   // low (5) must not be greater than high (3)
      assertThat(e.kind()).isEqualTo(ReadFailure.Kind.RULE_VIOLATION);
      assertThat(e.path()).isEqualTo("$.incidents[0].casualties[0].count.high");
      assertThat(e.reason()).isEqualTo("low (5) must not be greater than high (3)");
    }
  }

  @Test
  void useFixturesInATest() {
    Incident shelling = Fixtures.incident().withType(IncidentType.SHELLING);
    Report report = Fixtures.report().withIncidents(3).build();    // references resolve
    assertThat(report.incidents()).hasSize(3);

    assertThat(shelling.type()).isEqualTo(IncidentType.SHELLING);
  }

  @Test
  void readAndWriteFeeds() throws Exception {
    List<Incident> incidents = SeedArticle.report().incidents();
    java.io.ByteArrayOutputStream os = new java.io.ByteArrayOutputStream();
    List<Incident> stored = new ArrayList<>();

    try (SitrepFeedWriter<Incident> out = SitrepJson.tolerant().writeFeed(os, Incident.class, FeedFormat.NDJSON)) {
      for (Incident i : incidents) out.write(i);
    }
    java.io.InputStream in = new java.io.ByteArrayInputStream(os.toByteArray());
    List<FeedError> skipped = new ArrayList<>();
    try (SitrepFeed<Incident> feed =
        SitrepJson.tolerant().readFeed(in, Incident.class, FeedFormat.NDJSON, skipped::add)) {
      feed.stream().forEach(stored::add);           // bad lines are reported in `skipped`, with line and path
    }

    assertThat(stored).isEqualTo(incidents);
    assertThat(skipped).isEmpty();
  }

  @Test
  void applyAFeedOfReportsAndWithdrawals() throws Exception {
    java.io.ByteArrayOutputStream os = new java.io.ByteArrayOutputStream();
    try (SitrepFeedWriter<FeedEntry> out =
        SitrepJson.tolerant().writeFeed(os, FeedEntry.class, FeedFormat.NDJSON)) {
      for (FeedEntry e : CorrectionsExample.entries()) out.write(e);
    }
    java.io.InputStream in = new java.io.ByteArrayInputStream(os.toByteArray());

    ReportLedger ledger = new ReportLedger();
    try (SitrepFeed<FeedEntry> feed = SitrepJson.tolerant().readFeed(in, FeedEntry.class, FeedFormat.NDJSON)) {
      feed.stream().forEach(ledger::apply);        // ADDED, REPLACED, WITHDRAWN, IGNORED_OLDER, ...
    }
    List<Casualty> now = ledger.currentFigures();  // superseded figures and withdrawn reports left out

    assertThat(ledger.reports()).hasSize(1);
    assertThat(now).singleElement().satisfies(c -> assertThat(c.count().best()).hasValue(17));
  }

  @Property(tries = 50)
  void everyReportSurvivesMyExport(@ForAll Report report) throws Exception {
    String json = SitrepJson.tolerant().writeString(report);   // your code here
    assertThat(SitrepJson.tolerant().read(json, Report.class)).isEqualTo(report);
  }

  @Test
  void aJackson3MapperFindsTheModule() {
    Report report = SeedArticle.report();
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = mapper.writeValueAsString(report);        // the bytes SitrepJson writes
    Report again = mapper.readValue(json, Report.class);    // SitrepJsonException with a JSON path

    assertThat(json).isEqualTo(SitrepJson.tolerant().writeString(report));
    assertThat(again).isEqualTo(report);
  }

  /**
   * Every line of the README's Java blocks is a line of this file or, for its Kafka section, of
   * {@link ReadmeKafkaTest} (white space aside).
   */
  @Test
  void theReadmeShowsOnlyCodeFromThisTest() throws Exception {
    List<String> mine = new ArrayList<>();
    for (String test : List.of("ReadmeTourTest.java", "ReadmeKafkaTest.java", "ReadmeDatasetsTest.java")) {
      Files.readAllLines(Path.of("src/test/java/org/sitrep/examples/" + test),
              StandardCharsets.UTF_8)
          .stream().map(ReadmeTourTest::squeeze).forEach(mine::add);
    }
    List<String> shown = javaBlockLines(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(shown).hasSizeGreaterThan(20);
    assertThat(shown).allSatisfy(line -> assertThat(mine).contains(line));
  }

  private static List<String> javaBlockLines(String markdown) {
    List<String> lines = new ArrayList<>();
    boolean inJava = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        inJava = line.equals("```java");
      } else if (inJava && !line.isBlank()) {
        lines.add(squeeze(line));
      }
    }
    return lines;
  }

  private static String squeeze(String line) {
    return line.strip().replaceAll("\\s+", " ");
  }
}
