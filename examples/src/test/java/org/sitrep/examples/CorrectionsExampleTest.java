package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectionsExampleTest {
  @Test
  void theConsumerEndsWithTheRevisedToll_TheWithdrawalApplied_AndTheMarkingsRelayed()
      throws Exception {
    String out = StandardOutput.of(() -> CorrectionsExample.main(new String[0]));
    assertThat(out)
        .isEqualTo(
            "report kharkiv-2024-05-25-hypermarket: ADDED\n"
                + "report kharkiv-2024-05-25-rumour: ADDED\n"
                + "report kharkiv-2024-05-25-hypermarket: REPLACED\n"
                + "withdrawal of kharkiv-2024-05-25-rumour: WITHDRAWN\n"
                + "Current reports: 1\n"
                + "- kharkiv-2024-05-25-hypermarket, TLP:CLEAR, licence CC-BY-4.0\n"
                + "    current figure: killed exact 17 (\"17\"), revising killed-morning\n"
                + "Withdrawn: kharkiv-2024-05-25-rumour (retracted)\n"
                + "The relay passed every line on byte for byte: yes\n");
    String produced = CorrectionsExample.producedText();
    assertThat(produced.lines())
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).startsWith("{"));
    assertThat(produced.lines().toList().get(3)).startsWith("{\"withdraws\":\"kharkiv-2024-05-25-rumour\"");
    assertThat(produced.lines().toList().get(2))
        .contains("\"tlp\":\"clear\"", "\"licence\":{\"spdx_id\":\"CC-BY-4.0\"}", "\"supersedes\":\"killed-morning\"")
        .endsWith(",\"desk\":{\"editor\":\"night\"}}");
  }
}
