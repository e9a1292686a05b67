package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedArticleExampleTest {
  @Test
  void printsTheSeedReportsIncidentsCasualtiesClaimsAndAid() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      SeedArticleExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .startsWith("Report seed-2023-09-07-drones-across-russia (schema 1.0): 10 incidents, 13 claims, 2 aid packages")
        .contains("- missile_strike at Kostiantynivka (impact)")
        .contains("killed: at_most 17 (\"up to 17\"), provisional")
        .contains("killed_or_injured: exact 0 (\"no casualties\")")
        .contains("- claim by Volodymyr Zelensky: condemnation, unverified")
        .contains("- aid from United States: at_most 175000000 USD");
  }
}
