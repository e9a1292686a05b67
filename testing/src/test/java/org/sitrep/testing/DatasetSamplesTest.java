package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetSamplesTest {
  @Test
  void theAcledSampleIsAHeaderAndNineRowsWithLfLineEnds() {
    String acled = DatasetSamples.acled();
    assertThat(acled).startsWith("event_id_cnty,event_date,year,time_precision,").endsWith("\n")
        .doesNotContain("\r");
    assertThat(acled.lines().filter(l -> l.matches("^[A-Z]{3}[0-9]+,.*"))).hasSize(9);
  }

  @Test
  void theUcdpSampleIsAHeaderAndEightRows() {
    String ucdp = DatasetSamples.ucdp();
    assertThat(ucdp).startsWith("id,relid,year,active_year,");
    assertThat(ucdp.lines().filter(l -> l.matches("^[0-9]+,.*"))).hasSize(8);
  }
}
