package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Dataset rows, by dataset and id, and the ACLED and UCDP columns that have no other home. */
class DatasetRecordTest {
  private static Incident.Builder strike() {
    return Incident.builder()
        .id(IncidentId.of("strike"))
        .type(IncidentType.SHELLING_OR_MISSILE_ATTACK)
        .outcome(IncidentOutcome.IMPACT);
  }

  @Test
  void anAcledRowKeepsItsStableIdAndItsTimestamp() {
    DatasetRecord row =
        DatasetRecord.builder()
            .scheme(DatasetScheme.ACLED)
            .id("UKR123456")
            .updatedAt(OffsetDateTime.parse("2023-09-12T08:14:03Z"))
            .build();
    assertThat(row.scheme().isKnown()).isTrue();
    assertThat(row.updatedAt()).contains(OffsetDateTime.parse("2023-09-12T08:14:03Z"));
    assertThat(DatasetRecord.of(DatasetScheme.of("liveuamap"), "123").scheme().isKnown()).isFalse();
  }

  @Test
  void anIdIsATokenOfAtMost128Characters() {
    String reason = "must be 1 to 128 characters without white space or control characters";
    assertSingleViolation(() -> DatasetRecord.of(DatasetScheme.ACLED, ""), "id", reason);
    assertSingleViolation(() -> DatasetRecord.of(DatasetScheme.ACLED, "UKR 1"), "id", reason);
    assertSingleViolation(() -> DatasetRecord.of(DatasetScheme.ACLED, "x".repeat(129)), "id", reason);
    assertThat(DatasetRecord.of(DatasetScheme.UCDP_GED, "x".repeat(128)).id()).hasSize(128);
  }

  @Test
  void theSameRowIsNotListedTwiceAndDatasetColumnsNeedARecordOfTheirDataset() {
    DatasetRecord acled = DatasetRecord.of(DatasetScheme.ACLED, "UKR123456");
    assertSingleViolation(
        () -> strike().addRecord(acled).addRecord(acled.withUpdatedAt(OffsetDateTime.parse("2023-09-13T00:00:00Z"))).build(),
        "records[1]",
        "names the same row as records[0] (acled UKR123456)");
    assertThat(
            strike()
                .addRecord(acled)
                .addRecord(DatasetRecord.of(DatasetScheme.UCDP_GED, "UKR123456"))
                .build()
                .records())
        .hasSize(2);
    AcledCoding coding =
        AcledCoding.builder()
            .addDisorderType(DisorderType.POLITICAL_VIOLENCE)
            .civilianTargeting(true)
            .build();
    assertThat(strike().addRecord(acled).acled(coding).build().acled()).contains(coding);
    assertSingleViolation(
        () -> strike().acled(coding).build(),
        "acled",
        "needs a record of scheme acled among the records it comes from");
    assertSingleViolation(
        () -> strike().addRecord(acled).ucdp(UcdpCoding.builder().conflictId(13243).build()).build(),
        "ucdp",
        "needs a record of scheme ucdp_ged among the records it comes from");
  }

  @Test
  void acledColumnsAreCheckedAndMapToAcledsWording() {
    assertHasViolation(
        () ->
            AcledCoding.builder()
                .addDisorderType(DisorderType.DEMONSTRATIONS)
                .addDisorderType(DisorderType.DEMONSTRATIONS)
                .build(),
        "disorderTypes[1]",
        "repeats");
    assertSingleViolation(() -> AcledCoding.builder().addTag(" ").build(), "tags[0]", "must not be blank");
    for (DisorderType t : DisorderType.values()) {
      assertThat(DisorderType.fromAcledLabel(t.acledLabel())).isEqualTo(t);
    }
    assertThat(DisorderType.fromAcledLabel("Political violence"))
        .isEqualTo(DisorderType.POLITICAL_VIOLENCE);
    assertThatThrownBy(() -> DisorderType.fromAcledLabel("Riots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Riots' is not an ACLED disorder_type");
  }

  @Test
  void ucdpColumnsAreNotNegativeAndEventClarityMapsBothWays() {
    assertSingleViolation(
        () -> UcdpCoding.builder().conflictId(-1).build(), "conflictId", "must not be negative");
    assertSingleViolation(
        () -> UcdpCoding.builder().numberOfSources(-2).build(),
        "numberOfSources",
        "must not be negative");
    for (int code = 1; code <= 2; code++) {
      assertThat(EventClarity.fromUcdpEventClarity(code).ucdpCode()).isEqualTo(code);
    }
    assertThatThrownBy(() -> EventClarity.fromUcdpEventClarity(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UCDP event_clarity is 1 or 2, not 3");
  }
}
