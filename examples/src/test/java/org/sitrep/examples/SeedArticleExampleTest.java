package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.Report;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.testing.SeedArticle;

class SeedArticleExampleTest {
  @Test
  void printsASummaryOfTheSeedReportThenItsJson() throws Exception {
    String out = StandardOutput.of(() -> SeedArticleExample.main(new String[0]));

    assertThat(out)
        .startsWith("The seed article (7 September 2023) as a Sitrep report "
            + "seed-2023-09-07-drones-across-russia (schema 1.0): 10 incidents, 13 claims, "
            + "2 aid packages\nvalid: ")
        .contains("- missile_strike at Kostiantynivka, UA, On Wednesday: "
            + "exact 1 (\"a Russian missile\"); outcome impact\n"
            + "    killed (unknown): at_most 17 (\"up to 17\"), provisional\n")
        .contains("- drone_attack at Enerhodar, UA: unspecified (\"several other drones\"); "
            + "outcome impact\n"
            + "    killed_or_injured (unknown): exact 0 (\"no casualties\")\n")
        .contains("- explosion at Rostov-on-Don, RU, overnight: "
            + "at_least 3 (\"at least 3 explosions\"); outcome unknown\n")
        .contains("- explosion at Rostov-on-Don, RU, overnight: "
            + "exact 3 (\"three explosions\"); outcome unknown\n"
            + "    injured (unknown): exact 1 (\"one person\")\n")
        .contains("- Volodymyr Zelensky: condemnation, unverified\n")
        .contains("- the Kremlin: factual_assertion, unverified\n")
        .contains("- United States to Ukraine: at_most 175000000 USD "
            + "(\"worth up to $175million (£140m)\")\n")
        .contains("- United Kingdom to Ukraine: value not reported\n");

    String marker = "\nJSON (wire format: docs/wire-format.md)\n";
    assertThat(out).contains(marker);
    String json = out.substring(out.indexOf(marker) + marker.length());
    assertThat(json).isEqualTo(SitrepJson.strict().writePrettyString(SeedArticle.report()));
    assertThat(SitrepJson.strict().read(json, Report.class)).isEqualTo(SeedArticle.report());
  }

  @Test
  void theSummaryListsEveryIncidentClaimAndAidPackageOnce() {
    String summary = ReportSummary.of(SeedArticle.report());
    assertThat(summary.lines().filter(l -> l.startsWith("- "))).hasSize(10 + 13 + 2);
  }
}
