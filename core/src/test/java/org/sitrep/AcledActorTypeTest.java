package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AcledActorTypeTest {
  @Test
  void everyCodeAndLabelReadsBackAsItsValue() {
    for (AcledActorType t : AcledActorType.values()) {
      assertThat(AcledActorType.fromAcledCode(t.acledCode())).isSameAs(t);
      assertThat(AcledActorType.fromAcledLabel(t.acledLabel())).isSameAs(t);
    }
    assertThat(AcledActorType.values()).extracting(AcledActorType::acledCode)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThatThrownBy(() -> AcledActorType.fromAcledCode(9)).hasMessageContaining("1 to 8");
    assertThatThrownBy(() -> AcledActorType.fromAcledLabel("Soldiers")).hasMessageContaining("Soldiers");
  }

  @Test
  void theInteractionPutsTheLowerCodeFirstAndAZeroAfterALoneActor() {
    assertThat(AcledActorType.interaction(AcledActorType.CIVILIANS, AcledActorType.STATE_FORCES)).isEqualTo(17);
    assertThat(AcledActorType.interaction(AcledActorType.STATE_FORCES, AcledActorType.CIVILIANS)).isEqualTo(17);
    assertThat(AcledActorType.interaction(AcledActorType.STATE_FORCES, AcledActorType.STATE_FORCES)).isEqualTo(11);
    assertThat(AcledActorType.interaction(AcledActorType.PROTESTERS, null)).isEqualTo(60);
  }

  @Test
  void anAcledEventDateOutsideTheIncidentsTimeIsRefusedWithItsPath() {
    Incident.Builder b =
        Incident.builder()
            .id(IncidentId.of("acled-UKR1"))
            .type(IncidentType.ARMED_CLASH)
            .outcome(IncidentOutcome.UNKNOWN)
            .time(ReportedTime.month(java.time.YearMonth.of(2023, 8)))
            .addRecord(DatasetRecord.of(DatasetScheme.ACLED, "UKR1"));
    assertThat(b.acled(AcledCoding.builder().eventDate(java.time.LocalDate.of(2023, 8, 1)).build())
            .build().acled().orElseThrow().eventDate())
        .hasValue(java.time.LocalDate.of(2023, 8, 1));
    Incident.Builder outside =
        Incident.builder()
            .id(IncidentId.of("acled-UKR1"))
            .type(IncidentType.ARMED_CLASH)
            .outcome(IncidentOutcome.UNKNOWN)
            .time(ReportedTime.month(java.time.YearMonth.of(2023, 8)))
            .addRecord(DatasetRecord.of(DatasetScheme.ACLED, "UKR1"))
            .acled(AcledCoding.builder().eventDate(java.time.LocalDate.of(2023, 9, 1)).build());
    assertThatThrownBy(outside::build)
        .isInstanceOf(SitrepValidationException.class)
        .hasMessageContaining("acled.eventDate")
        .hasMessageContaining("must lie within the incident's time (2023-08-01 to 2023-08-31)");
  }

  @Test
  void ucdpsLowTotalIsAtMostItsHighOne() {
    assertThatThrownBy(() -> UcdpCoding.builder().deathsLow(20).deathsHigh(17).build())
        .isInstanceOf(SitrepValidationException.class)
        .hasMessageContaining("deathsLow");
    assertThat(UcdpCoding.builder().deathsLow(17).deathsHigh(17).build().deathsHigh()).hasValue(17);
  }
}
