package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;
import org.sitrep.examples.RelayExample.Relayed;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;

class RelayExampleTest {
  @Test
  void printsWhatWasKeptAndTheUnknownContentThatSurvived() {
    String out = StandardOutput.of(() -> RelayExample.main(new String[0]));
    assertThat(out)
        .startsWith("Producer: wrote 4 reports as NDJSON, one per line\n"
            + "Consumer: read 4, kept 2 with civilian casualties, wrote them on:\n"
            + "- report kharkiv-2024-05-25-hypermarket (schema 1.0): 1 incident, 1 claim, "
            + "0 aid packages\n"
            + "    air_strike at Kharkiv: killed at_least 12 (\"at least 12\")\n"
            + "- report pokrovsk-2024-06-01-shelling (schema 1.0): 1 incident, 1 claim, "
            + "0 aid packages\n"
            + "    shelling at Pokrovsk: injured range 3..5 (\"three to five\")\n"
            + "Unknown to this version, kept and written on:\n"
            + "  report kharkiv-2024-05-25-hypermarket: \"desk\": "
            + "{\"city\":\"Kyiv\",\"editor\":\"night\"}\n"
            + "  incident kharkiv-2024-05-25-hypermarket-incident: \"confidence\": 0.9\n"
            + "  incident kharkiv-2024-05-25-hypermarket-incident: means \"guided_bomb\" "
            + "(an unknown code)\n"
            + "Each line written on is the producer's line, byte for byte: yes\n\n"
            + "NDJSON written on:\n");

    List<String> lines = out.substring(out.indexOf("NDJSON written on:\n") + 19).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("{\"id\":\"kharkiv-2024-05-25-hypermarket\",")
        .contains("\"means\":[\"aircraft\",\"guided_bomb\"]")
        .contains("\"confidence\":0.9}]")
        .endsWith(",\"desk\":{\"city\":\"Kyiv\",\"editor\":\"night\"}}");
    assertThat(lines.get(1)).startsWith("{\"id\":\"pokrovsk-2024-06-01-shelling\",");
    List<Report> produced = RelayExample.reports();
    assertThat(lines).containsExactly(
        SitrepJson.tolerant().writeString(produced.get(0)),
        SitrepJson.tolerant().writeString(produced.get(3)));
  }

  @Test
  void theFilterKeepsOnlyCivilianTollsAboveZero() {
    List<Report> reports = RelayExample.reports();
    assertThat(reports).extracting(RelayExample::hasCivilianCasualties)
        .containsExactly(true, false, false, true);
    assertThat(RelayExample.hasCivilianCasualties(SeedArticle.report())).isFalse();
  }

  /**
   * A line from some other producer on a newer minor version, with properties at two levels that
   * this version does not know, comes out unchanged (it is written as Sitrep writes: compact, the
   * unknown properties after the known ones); a broken line is skipped with its path.
   */
  @Test
  void aForeignNewerLineSurvivesAndABrokenLineIsSkipped() throws Exception {
    String foreign = SitrepJson.tolerant().writeString(
            Fixtures.report().withIncidents(1).build())
        .replace("\"schema_version\":\"1.0\"", "\"schema_version\":\"1.4\"")
        .replace("\"claim\":\"claim-incident-1\"}",
            "\"claim\":\"claim-incident-1\",\"age_group\":\"adults\"}")
        .replaceFirst("}$", ",\"x_feed\":[1,2.50,{\"a\":null}]}");
    assertThat(foreign).contains("\"age_group\"").contains("\"x_feed\"");
    String broken = "{\"id\":\"r\",\"schema_version\":\"1.0\","
        + "\"incidents\":[{\"id\":\"i\",\"type\":\"fire\"}]}";
    String in = foreign + "\n\n" + broken + "\n";

    StringWriter out = new StringWriter();
    Relayed relayed = RelayExample.relay(
        new BufferedReader(new StringReader(in)), out, report -> true);

    assertThat(relayed.read()).isEqualTo(1);
    assertThat(out.toString()).isEqualTo(foreign + "\n");
    assertThat(relayed.skipped())
        .containsExactly("line 3: $.incidents[0].outcome: is required in Incident but is missing");
  }
}
