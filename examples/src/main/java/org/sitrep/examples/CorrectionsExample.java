package org.sitrep.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.Estimate;
import org.sitrep.FeedEntry;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.LedgerChange;
import org.sitrep.Licence;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportLedger;
import org.sitrep.ReportedTime;
import org.sitrep.Tlp;
import org.sitrep.VerificationStatus;
import org.sitrep.Withdrawal;
import org.sitrep.WithdrawalKind;
import org.sitrep.jackson.SitrepFeed;
import org.sitrep.jackson.SitrepFeedWriter;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.wire.FeedFormat;

/**
 * Corrections through a relay: a producer sends a report, its corrected revision (the toll revised
 * from "at least 12" to 17 by the same governor) and a withdrawal of another report; a relay
 * passes the feed on unchanged (tolerant: the markings, licence and an unknown property survive);
 * a consumer applies it to a {@link ReportLedger} and ends with the current state.
 */
public final class CorrectionsExample {
  private static final OffsetDateTime MORNING = OffsetDateTime.parse("2024-05-25T12:00:00+03:00");

  private CorrectionsExample() {}

  /**
   * Entry point: runs producer, relay and consumer in memory and prints what happened.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(output());
  }

  /**
   * What the producer sends, in order.
   *
   * @return the first report, the second report, the revision of the first, the withdrawal of the
   *     second
   */
  public static List<FeedEntry> entries() {
    Report first = kharkiv(MORNING, false);
    Report revision = kharkiv(MORNING.plusHours(6), true);
    Report other =
        Report.builder()
            .id(ReportId.of("kharkiv-2024-05-25-rumour"))
            .headline("Second strike reported in Kharkiv")
            .publishedAt(MORNING.plusHours(1))
            .build();
    Withdrawal withdrawal =
        Withdrawal.builder()
            .withdraws(other.id())
            .kind(WithdrawalKind.RETRACTED)
            .withdrawnAt(MORNING.plusHours(3))
            .by(Actor.of("Kharkiv Desk", ActorKind.MEDIA))
            .reason("no second strike took place")
            .build();
    return List.of(
        FeedEntry.of(first), FeedEntry.of(other), FeedEntry.of(revision), FeedEntry.of(withdrawal));
  }

  /** The report of the strike, as first published or as revised in the evening. */
  private static Report kharkiv(OffsetDateTime modified, boolean revised) {
    ClaimId morning = ClaimId.of("governor-morning");
    ClaimId evening = ClaimId.of("governor-evening");
    Actor governor = Actor.builder().name("Oleh Syniehubov").kind(ActorKind.PERSON).role("Kharkiv governor").build();
    Casualty atLeast12 =
        Casualty.builder()
            .id(CasualtyId.of("killed-morning"))
            .outcome(CasualtyOutcome.KILLED)
            .population(PopulationGroup.CIVILIAN)
            .count(Estimate.atLeast(12).withPhrase("at least 12"))
            .asOf(ReportedTime.around(MORNING))
            .claim(morning)
            .build();
    Incident.Builder strike =
        Incident.builder()
            .id(IncidentId.of("hypermarket-strike"))
            .type(IncidentType.AIR_STRIKE)
            .outcome(IncidentOutcome.IMPACT)
            .addCasualty(atLeast12);
    Report.Builder report =
        Report.builder()
            .id(ReportId.of("kharkiv-2024-05-25-hypermarket"))
            .headline("Strike on a Kharkiv hypermarket")
            .publishedAt(MORNING)
            .modifiedAt(modified)
            .tlp(Tlp.CLEAR)
            .licence(Licence.spdx("CC-BY-4.0"))
            .addClaim(claim(morning, governor, "At least 12 people were killed."));
    if (revised) {
      strike.addCasualty(
          Casualty.builder()
              .id(CasualtyId.of("killed-evening"))
              .outcome(CasualtyOutcome.KILLED)
              .population(PopulationGroup.CIVILIAN)
              .count(Estimate.exactly(17).withPhrase("17"))
              .asOf(ReportedTime.around(modified))
              .supersedes(atLeast12.id())
              .claim(evening)
              .build());
      report.addClaim(claim(evening, governor, "The death toll has risen to 17."));
    }
    return report.addIncident(strike.build()).putExtension("desk", "{\"editor\":\"night\"}").build();
  }

  private static Claim claim(ClaimId id, Actor source, String statement) {
    return Claim.builder()
        .id(id)
        .source(source)
        .statement(statement)
        .kind(ClaimKind.CASUALTY_FIGURE)
        .verification(VerificationStatus.UNVERIFIED)
        .build();
  }

  /**
   * What {@link #main} prints.
   *
   * @return each entry as the consumer applied it, the state it ended with, and whether the relay
   *     passed every line on byte for byte
   */
  public static String output() {
    try {
      byte[] produced = write(entries());
      byte[] relayed = write(read(produced));
      StringBuilder out = new StringBuilder();
      ReportLedger ledger = new ReportLedger();
      for (FeedEntry entry : read(relayed)) {
        LedgerChange change = ledger.apply(entry);
        out.append(entry.withdrawal().isPresent() ? "withdrawal of " : "report ")
            .append(entry.reportId())
            .append(": ")
            .append(change)
            .append('\n');
      }
      out.append("Current reports: ").append(ledger.reports().size()).append('\n');
      for (Report report : ledger.reports()) {
        out.append("- ").append(report.id()).append(", ").append(report.tlp().map(Tlp::label).orElse("unmarked"))
            .append(", licence ").append(report.licence().flatMap(Licence::spdxId).orElse("none")).append('\n');
        for (Casualty c : report.currentFigures()) {
          out.append("    current figure: ").append(c.outcome()).append(' ')
              .append(ReportSummary.describe(c.count()))
              .append(c.supersedes().map(s -> ", revising " + s).orElse(""))
              .append('\n');
        }
      }
      out.append("Withdrawn: ");
      ledger.withdrawals().forEach(w -> out.append(w.withdraws()).append(" (").append(w.kind()).append(")"));
      out.append('\n');
      out.append("The relay passed every line on byte for byte: ")
          .append(java.util.Arrays.equals(produced, relayed) ? "yes" : "NO")
          .append('\n');
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory streams do not fail
    }
  }

  private static byte[] write(List<FeedEntry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SitrepFeedWriter<FeedEntry> writer =
        SitrepJson.tolerant().writeFeed(out, FeedEntry.class, FeedFormat.NDJSON)) {
      for (FeedEntry entry : entries) {
        writer.write(entry);
      }
    }
    return out.toByteArray();
  }

  private static List<FeedEntry> read(byte[] ndjson) {
    List<FeedEntry> entries = new ArrayList<>();
    try (SitrepFeed<FeedEntry> feed =
        SitrepJson.tolerant()
            .readFeed(new ByteArrayInputStream(ndjson), FeedEntry.class, FeedFormat.NDJSON)) {
      feed.stream().forEach(entries::add);
    }
    return entries;
  }

  /** @return the NDJSON the producer writes, as text */
  static String producedText() throws IOException {
    return new String(write(entries()), StandardCharsets.UTF_8);
  }
}
