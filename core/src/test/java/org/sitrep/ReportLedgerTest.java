package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A consumer's state: a report, its corrected revision, a withdrawal, replays of each, applied in
 * feed order.
 */
class ReportLedgerTest {
  private static final OffsetDateTime MORNING = OffsetDateTime.parse("2023-09-07T09:00:00Z");

  private static Report report(String id, OffsetDateTime modified, long killed) {
    return Report.builder()
        .id(ReportId.of(id))
        .publishedAt(MORNING)
        .modifiedAt(modified)
        .addIncident(
            Incident.builder()
                .id(IncidentId.of("strike"))
                .type(IncidentType.MISSILE_STRIKE)
                .outcome(IncidentOutcome.IMPACT)
                .addCasualty(
                    Casualty.builder()
                        .id(CasualtyId.of("killed"))
                        .outcome(CasualtyOutcome.KILLED)
                        .population(PopulationGroup.CIVILIAN)
                        .count(Estimate.exactly(killed))
                        .build())
                .build())
        .build();
  }

  private static Withdrawal withdrawal(String id, OffsetDateTime at) {
    return Withdrawal.builder().withdraws(ReportId.of(id)).kind(WithdrawalKind.RETRACTED).withdrawnAt(at).build();
  }

  @Test
  void aReportThenItsRevisionThenAWithdrawalEndInTheRightState() {
    ReportLedger ledger = new ReportLedger();
    Report first = report("r1", MORNING, 12);
    Report corrected = report("r1", MORNING.plusHours(6), 17);
    Report other = report("r2", MORNING, 3);
    assertThat(ledger.apply(FeedEntry.of(first))).isEqualTo(LedgerChange.ADDED);
    assertThat(ledger.apply(FeedEntry.of(other))).isEqualTo(LedgerChange.ADDED);
    assertThat(ledger.apply(FeedEntry.of(corrected))).isEqualTo(LedgerChange.REPLACED);
    assertThat(ledger.currentFigures()).extracting(c -> c.count().best().getAsLong()).containsExactly(17L, 3L);
    // A late copy of the first version is older than the one held: ignored, and said so.
    assertThat(ledger.apply(FeedEntry.of(first))).isEqualTo(LedgerChange.IGNORED_OLDER);
    // At-least-once delivery: the same version again changes nothing.
    assertThat(ledger.apply(FeedEntry.of(corrected))).isEqualTo(LedgerChange.REPLACED);
    assertThat(ledger.reports()).containsExactly(corrected, other);

    assertThat(ledger.apply(FeedEntry.of(withdrawal("r2", MORNING.plusHours(7)))))
        .isEqualTo(LedgerChange.WITHDRAWN);
    assertThat(ledger.apply(FeedEntry.of(other))).isEqualTo(LedgerChange.IGNORED_WITHDRAWN);
    assertThat(ledger.reports()).containsExactly(corrected);
    assertThat(ledger.withdrawals()).extracting(Withdrawal::withdraws).containsExactly(ReportId.of("r2"));
    assertThat(ledger.currentFigures()).extracting(c -> c.count().best().getAsLong()).containsExactly(17L);

    // Republished after the withdrawal, with a later version time: back in.
    Report republished = report("r2", MORNING.plusHours(8), 4);
    assertThat(ledger.apply(FeedEntry.of(republished))).isEqualTo(LedgerChange.ADDED);
    assertThat(ledger.report(ReportId.of("r2"))).contains(republished);
    assertThat(ledger.withdrawals()).isEmpty();
  }

  @Test
  void aReportUnderANewIdTakesOutTheOneItSupersedes() {
    ReportLedger ledger = new ReportLedger();
    Report first = report("r1", MORNING, 12);
    Report replacement = report("r1-corrected", MORNING.plusHours(1), 17).withSupersedes(ReportId.of("r1"));
    ledger.apply(FeedEntry.of(first));
    assertThat(ledger.apply(FeedEntry.of(replacement))).isEqualTo(LedgerChange.REPLACED);
    assertThat(ledger.apply(FeedEntry.of(first))).isEqualTo(LedgerChange.IGNORED_SUPERSEDED);
    assertThat(ledger.reports()).containsExactly(replacement);
  }

  @Test
  void aWithdrawalOfAReportNotYetSeenKeepsItOut() {
    ReportLedger ledger = new ReportLedger();
    assertThat(ledger.apply(FeedEntry.of(withdrawal("r1", MORNING.plusHours(1))))).isEqualTo(LedgerChange.WITHDRAWN);
    assertThat(ledger.apply(FeedEntry.of(report("r1", MORNING, 12)))).isEqualTo(LedgerChange.IGNORED_WITHDRAWN);
    assertThat(ledger.reports()).isEmpty();
  }

  @Test
  void aWithdrawalFollowsTheRulesOfARecord() {
    Withdrawal w = withdrawal("r1", MORNING);
    assertThat(w.schemaVersion()).isEqualTo(Report.CURRENT_SCHEMA_VERSION);
    assertSingleViolation(
        () -> w.withReplacedBy(ReportId.of("r1")), "replacedBy", "a report is not replaced by itself ('r1')");
    assertSingleViolation(
        () -> w.withSchemaVersion("2.0"), "schemaVersion", "major version 2 is not supported");
    assertSingleViolation(() -> w.withReason(""), "reason", "must not be blank");
    assertSingleViolation(() -> FeedEntry.of((Report) null), "report", "must not be null");
    assertThat(FeedEntry.of(w).reportId()).isEqualTo(ReportId.of("r1"));
    assertThat(FeedEntry.of(w).report()).isEmpty();
    assertThat(FeedEntry.of(w)).isEqualTo(FeedEntry.of(withdrawal("r1", MORNING)));
  }
}
