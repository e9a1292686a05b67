package org.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.Casualty;
import org.sitrep.Incident;
import org.sitrep.Party;
import org.sitrep.Report;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.testing.SeedArticle;

class BenchmarkInputsTest {
  @Test
  void theSeedReportJsonIsCompactAndReadsBackAsTheSeedReport() throws Exception {
    byte[] json = BenchmarkInputs.seedReportJson();

    assertThat(new String(json, StandardCharsets.UTF_8))
        .startsWith("{\"id\":")
        .doesNotContain("\n  ");
    assertThat(SitrepJson.strict().read(json, Report.class)).isEqualTo(SeedArticle.report());
  }

  @Test
  void theFeedHasOneValidIncidentPerLineEachWithItsOwnIds() throws Exception {
    byte[] feed = BenchmarkInputs.incidentFeed(BenchmarkInputs.FEED_INCIDENTS);
    String[] lines = new String(feed, StandardCharsets.UTF_8).split("\n");

    assertThat(lines).hasSize(BenchmarkInputs.FEED_INCIDENTS);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      Incident incident = SitrepJson.strict().read(line, Incident.class);
      assertThat(ids.add(incident.id().value())).as("unique id in %s", line).isTrue();
      for (Casualty casualty : incident.casualties()) {
        assertThat(ids.add(casualty.id().value())).as("unique id in %s", line).isTrue();
      }
    }
    Incident ninth = SitrepJson.strict().read(lines[8], Incident.class);
    Incident strike =
        SeedArticle.report().incident(SeedArticle.KOSTIANTYNIVKA_STRIKE).orElseThrow();
    assertThat(ninth.id().value()).isEqualTo("kostiantynivka-strike-00008");
    assertThat(ninth.withId(strike.id()).withCasualties(strike.casualties())).isEqualTo(strike);
  }

  @Test
  void theStreamingReaderReadsTheWholeFeed() throws Exception {
    byte[] feed = BenchmarkInputs.incidentFeed(100);
    List<Incident> read = new ArrayList<>();

    assertThat(SitrepSide.streamIncidents(feed, read::add)).isEqualTo(100);
    assertThat(read.get(8).id().value()).isEqualTo("kostiantynivka-strike-00008");
    assertThat(read.get(99).id().value())
        .isEqualTo(SeedArticle.report().incidents().get(9).id().value() + "-00099");
  }

  @Test
  void theFeedWithExtensionsIsTheFeedWithUnknownPropertiesKeptAsExtensions() throws Exception {
    String[] plain =
        new String(BenchmarkInputs.incidentFeed(100), StandardCharsets.UTF_8).split("\n");
    String[] extended =
        new String(BenchmarkInputs.incidentFeedWithExtensions(100), StandardCharsets.UTF_8)
            .split("\n");

    assertThat(extended).hasSize(100);
    int casualties = 0;
    int parties = 0;
    for (int n = 0; n < extended.length; n++) {
      String line = extended[n];
      assertThatThrownBy(() -> SitrepJson.strict().read(line, Incident.class))
          .isInstanceOf(SitrepJsonException.class)
          .hasMessageContaining("strict mode");
      Incident incident = SitrepJson.tolerant().read(line, Incident.class);
      assertThat(incident.extensions()).isEqualTo(BenchmarkInputs.INCIDENT_EXTENSIONS);
      assertThat(incident.location().orElseThrow().extensions())
          .isEqualTo(BenchmarkInputs.LOCATION_EXTENSIONS);
      for (Casualty casualty : incident.casualties()) {
        assertThat(casualty.extensions()).isEqualTo(BenchmarkInputs.CASUALTY_EXTENSIONS);
        casualties++;
      }
      for (Party party : incident.parties()) {
        assertThat(party.extensions()).isEqualTo(BenchmarkInputs.PARTY_EXTENSIONS);
        parties++;
      }
      assertThat(strip(incident)).isEqualTo(SitrepJson.strict().read(plain[n], Incident.class));
    }
    assertThat(casualties).isPositive();
    assertThat(parties).isPositive();
  }

  private static Incident strip(Incident incident) {
    List<Casualty> casualties = new ArrayList<>();
    for (Casualty casualty : incident.casualties()) {
      casualties.add(casualty.withExtensions(Map.of()));
    }
    List<Party> parties = new ArrayList<>();
    for (Party party : incident.parties()) {
      parties.add(party.withExtensions(Map.of()));
    }
    return incident
        .withExtensions(Map.of())
        .withLocation(incident.location().map(l -> l.withExtensions(Map.of())))
        .withCasualties(casualties)
        .withParties(parties);
  }

  @Test
  void theFeedIsTheSameEveryTime() {
    assertThat(BenchmarkInputs.incidentFeed(100)).isEqualTo(BenchmarkInputs.incidentFeed(100));
  }
}
