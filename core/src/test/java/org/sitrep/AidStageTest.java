package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Aid stages as the Kiel tracker and IATI tell them apart. */
class AidStageTest {
  @Test
  void eachStageSaysWhatTheTrackersCallIt() {
    assertThat(AidStage.COMMITTED.kielMeasure()).contains("commitment");
    assertThat(AidStage.COMMITTED.iatiTransactionType()).contains("2");
    assertThat(AidStage.DISBURSED.iatiTransactionType()).contains("3");
    assertThat(AidStage.EXPENDED.iatiTransactionType()).contains("4");
    assertThat(AidStage.PLEDGED.iatiTransactionType()).contains("12");
    assertThat(AidStage.DELIVERED.kielMeasure()).contains("allocation");
    assertThat(AidStage.ALLOCATED.kielMeasure()).contains("allocation");
    assertThat(AidStage.ANNOUNCED.kielMeasure()).isEmpty();
    assertThat(AidStage.ANNOUNCED.iatiTransactionType()).isEmpty();
  }

  @Test
  void aTrackersOwnStageSurvivesAsAnUnknownCode() {
    AidStage earmarked = AidStage.of("earmarked");
    assertThat(earmarked.isKnown()).isFalse();
    assertThat(earmarked.kielMeasure()).isEmpty();
    assertThat(AidStage.of("committed")).isSameAs(AidStage.COMMITTED);
  }
}
