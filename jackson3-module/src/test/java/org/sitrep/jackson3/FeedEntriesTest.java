package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.FeedEntry;
import org.sitrep.LedgerChange;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportLedger;
import org.sitrep.Withdrawal;
import org.sitrep.WithdrawalKind;
import org.sitrep.testing.EveryAttribute;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.ReadFailure;

/**
 * Feeds of reports and withdrawals through sitrep-jackson3, as through sitrep-jackson: a report,
 * its corrected revision and a withdrawal, read by a
 * consumer that ends with the right state.
 */
class FeedEntriesTest {
  private static final OffsetDateTime MORNING = OffsetDateTime.parse("2023-09-07T09:00:00Z");

  private static Report report(String id, OffsetDateTime modified, long killed) {
    Casualty toll =
        Casualty.builder()
            .id(CasualtyId.of("toll"))
            .outcome(CasualtyOutcome.KILLED)
            .population(PopulationGroup.CIVILIAN)
            .count(Estimate.exactly(killed))
            .build();
    return Report.builder()
        .id(ReportId.of(id))
        .headline("Missile strike on a market")
        .publishedAt(MORNING)
        .modifiedAt(modified)
        .addIncident(
            org.sitrep.Incident.builder()
                .id(org.sitrep.IncidentId.of("strike"))
                .type(org.sitrep.IncidentType.MISSILE_STRIKE)
                .outcome(org.sitrep.IncidentOutcome.IMPACT)
                .addCasualty(toll)
                .build())
        .build();
  }

  private static final Report FIRST = report("r1", MORNING, 12);
  private static final Report CORRECTED = report("r1", MORNING.plusHours(6), 17);
  private static final Report OTHER = report("r2", MORNING, 3);
  private static final Withdrawal WITHDRAWN =
      Withdrawal.builder()
          .withdraws(ReportId.of("r2"))
          .kind(WithdrawalKind.RETRACTED)
          .withdrawnAt(MORNING.plusHours(7))
          .reason("published in error")
          .build();

  private static List<FeedEntry> entries() {
    return List.of(
        FeedEntry.of(FIRST),
        FeedEntry.of(OTHER),
        FeedEntry.of(CORRECTED),
        FeedEntry.of(WITHDRAWN),
        FeedEntry.of(FIRST),
        FeedEntry.of(OTHER));
  }

  private static byte[] written(FeedFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SitrepFeedWriter<FeedEntry> writer =
        SitrepJson.tolerant().writeFeed(out, FeedEntry.class, format)) {
      for (FeedEntry entry : entries()) {
        writer.write(entry);
      }
    }
    return out.toByteArray();
  }

  /** Reads a feed of entries in tolerant mode, passing bad records to {@code skipped}. */
  private static List<FeedEntry> readSkipping(String feed, FeedFormat format, List<FeedError> skipped) {
    try (SitrepFeed<FeedEntry> entries =
        SitrepJson.tolerant()
            .readFeed(
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)),
                FeedEntry.class,
                format,
                skipped::add)) {
      return entries.stream().collect(java.util.stream.Collectors.toList());
    }
  }

  @Test
  void aConsumerAppliesAReportItsRevisionAndAWithdrawalInBothFormats() throws Exception {
    for (FeedFormat format : FeedFormat.values()) {
      ReportLedger ledger = new ReportLedger();
      List<LedgerChange> changes = new ArrayList<>();
      try (SitrepFeed<FeedEntry> feed =
          SitrepJson.strict()
              .readFeed(new ByteArrayInputStream(written(format)), FeedEntry.class, format)) {
        feed.stream().forEach(e -> changes.add(ledger.apply(e)));
      }
      assertThat(changes)
          .as(format.name())
          .containsExactly(
              LedgerChange.ADDED,
              LedgerChange.ADDED,
              LedgerChange.REPLACED,
              LedgerChange.WITHDRAWN,
              LedgerChange.IGNORED_OLDER,
              LedgerChange.IGNORED_WITHDRAWN);
      assertThat(ledger.reports()).containsExactly(CORRECTED);
      assertThat(ledger.currentFigures()).extracting(c -> c.count().best().getAsLong()).containsExactly(17L);
      assertThat(ledger.withdrawals()).containsExactly(WITHDRAWN);
    }
  }

  @Test
  void aWithdrawalIsToldByItsWithdrawsPropertyWhereverItComes() throws Exception {
    String withdrawalLast =
        "{\"schema_version\":\"1.0\",\"kind\":\"retracted\","
            + "\"withdrawn_at\":\"2023-09-07T16:00:00Z\",\"withdraws\":\"r2\"}";
    FeedEntry entry = SitrepJson.strict().read(withdrawalLast, FeedEntry.class);
    assertThat(entry.withdrawal().map(Withdrawal::withdraws)).contains(ReportId.of("r2"));
    // A report with a nested "withdraws" extension is still a report: only the top level counts.
    String report =
        SitrepJson.tolerant().writeString(OTHER).replaceFirst("\\{", "{\"x\":{\"withdraws\":\"r9\"},");
    assertThat(SitrepJson.tolerant().read(report, FeedEntry.class).report()).isPresent();
    // The golden report and withdrawal read as entries equal to their values.
    assertThat(SitrepJson.tolerant().read(SitrepJson.tolerant().writeString(EveryAttribute.withdrawal()), FeedEntry.class))
        .isEqualTo(FeedEntry.of(EveryAttribute.withdrawal()));
    assertThat(SitrepJson.tolerant().writeString(FeedEntry.of(EveryAttribute.report())))
        .isEqualTo(SitrepJson.tolerant().writeString(EveryAttribute.report()));
  }

  @Test
  void aBadEntryIsReportedWithItsPathAndTheFeedGoesOn() throws Exception {
    String feed =
        String.join(
            "\n",
            SitrepJson.tolerant().writeString(FIRST),
            "{\"withdraws\":\"r1\",\"schema_version\":\"1.0\",\"kind\":\"retracted\","
                + "\"withdrawn_at\":\"2023-09-07T16:00:00Z\",\"replaced_by\":\"r1\"}",
            "{\"withdraws\":\"r1\",\"schema_version\":\"2.0\",\"kind\":\"retracted\","
                + "\"withdrawn_at\":\"2023-09-07T16:00:00Z\"}",
            "[1]",
            SitrepJson.tolerant().writeString(WITHDRAWN),
            "");
    List<FeedError> skipped = new ArrayList<>();
    List<FeedEntry> read = readSkipping(feed, FeedFormat.NDJSON, skipped);
    assertThat(read).containsExactly(FeedEntry.of(FIRST), FeedEntry.of(WITHDRAWN));
    assertThat(skipped).extracting(FeedError::line).containsExactly(2L, 3L, 4L);
    assertThat(skipped).extracting(FeedError::kind)
        .containsExactly(ReadFailure.Kind.RULE_VIOLATION, ReadFailure.Kind.UNSUPPORTED_VERSION, ReadFailure.Kind.WRONG_TYPE);
    assertThat(skipped).extracting(FeedError::path).containsExactly("$.replaced_by", "$.schema_version", "$");
  }

  @Test
  void inAJsonArrayAnEntrysPathsStartAtItsElement() throws Exception {
    String feed =
        "[" + SitrepJson.tolerant().writeString(FIRST) + ",\n"
            + "{\"withdraws\":\"r1\",\"schema_version\":\"1.0\",\"kind\":\"retracted\","
            + "\"withdrawn_at\":\"2023-09-07T16:00:00Z\",\"replaced_by\":\"r1\"},\n"
            + SitrepJson.tolerant().writeString(WITHDRAWN) + "]\n";
    List<FeedError> skipped = new ArrayList<>();
    List<FeedEntry> read = readSkipping(feed, FeedFormat.JSON_ARRAY, skipped);
    assertThat(read).containsExactly(FeedEntry.of(FIRST), FeedEntry.of(WITHDRAWN));
    assertThat(skipped).extracting(FeedError::path).containsExactly("$[1].replaced_by");
    assertThat(skipped.get(0).exception().getMessage()).contains("line 2");
  }

  @Test
  void strictModeRefusesWhatItDoesNotKnowInsideAWithdrawal() throws Exception {
    String unknown =
        "{\"withdraws\":\"r1\",\"schema_version\":\"1.0\",\"kind\":\"retracted\","
            + "\"withdrawn_at\":\"2023-09-07T16:00:00Z\",\"note\":\"x\"}";
    assertThatThrownBy(() -> SitrepJson.strict().read(unknown, FeedEntry.class))
        .isInstanceOfSatisfying(
            SitrepJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ReadFailure.Kind.UNKNOWN_PROPERTY);
              assertThat(e.path()).isEqualTo("$.note");
            });
    assertThat(SitrepJson.tolerant().read(unknown, FeedEntry.class).withdrawal().orElseThrow().extensions())
        .containsEntry("note", "\"x\"");
  }
}
