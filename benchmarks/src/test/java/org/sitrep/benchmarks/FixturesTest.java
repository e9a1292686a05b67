package org.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.Identifier;
import org.sitrep.Report;
import org.sitrep.testing.SeedArticle;

class FixturesTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void theSeedReportJsonHoldsTheSeedArticlesIdsInOrder() throws IOException {
    Report seed = SeedArticle.report();
    JsonNode json = TREES.readTree(Fixtures.seedReportJson());

    assertThat(json.get("id").asText()).isEqualTo(seed.id().value());
    assertThat(json.get("schema_version").asText()).isEqualTo(Report.CURRENT_SCHEMA_VERSION);
    assertThat(ids(json.get("posts"))).isEqualTo(values(seed.posts().stream().map(p -> p.id()).toList()));
    assertThat(ids(json.get("incidents"))).isEqualTo(values(seed.incidents().stream().map(i -> i.id()).toList()));
    assertThat(ids(json.get("claims"))).isEqualTo(values(seed.claims().stream().map(c -> c.id()).toList()));
    assertThat(ids(json.get("aid_packages"))).isEqualTo(values(seed.aidPackages().stream().map(a -> a.id()).toList()));
  }

  @Test
  void theSeedReportJsonIsCompact() {
    String json = new String(Fixtures.seedReportJson(), StandardCharsets.UTF_8);

    assertThat(json).doesNotContain("\n  ").startsWith("{\"id\":").contains("sleep\uD83D\uDD25");
  }

  @Test
  void theFeedHasOneIncidentPerLineEachWithItsOwnIds() throws IOException {
    String[] lines = new String(Fixtures.incidentFeed(Fixtures.FEED_INCIDENTS), StandardCharsets.UTF_8).split("\n");

    assertThat(lines).hasSize(Fixtures.FEED_INCIDENTS);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      JsonNode incident = TREES.readTree(line);
      assertThat(ids.add(incident.get("id").asText())).as("unique id in %s", line).isTrue();
      for (JsonNode casualty : incident.path("casualties")) {
        assertThat(ids.add(casualty.get("id").asText())).as("unique id in %s", line).isTrue();
      }
    }
    assertThat(TREES.readTree(lines[8]).get("id").asText()).isEqualTo("kostiantynivka-strike-00008");
  }

  @Test
  void theFeedIsTheSameEveryTime() {
    assertThat(Fixtures.incidentFeed(100)).isEqualTo(Fixtures.incidentFeed(100));
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  private static List<String> values(List<? extends Identifier> ids) {
    return ids.stream().map(Identifier::value).toList();
  }
}
