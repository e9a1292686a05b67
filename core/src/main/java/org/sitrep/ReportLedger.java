package org.sitrep;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current state of a feed of reports, for a consumer: apply each {@link FeedEntry} in feed
 * order, and the ledger holds the latest version of every report that has not been withdrawn or
 * superseded.
 *
 * <ul>
 *   <li>A report whose id the ledger holds replaces the held version, unless it is older: its
 *       version time ({@link Report#modifiedAt()}, else {@link Report#publishedAt()}) is before the
 *       held one's. Where either has no version time, the later entry wins. The same version sent
 *       twice (Kafka's at-least-once delivery) replaces itself and changes nothing.
 *   <li>A report takes out the reports it {@link Report#supersedes()}, and those are ignored if they
 *       arrive later.
 *   <li>A {@link Withdrawal} takes its report out; the report is ignored if it arrives again,
 *       unless its version time is after the withdrawal's.
 * </ul>
 *
 * <p>Every {@link #apply(FeedEntry)} returns what it did ({@link LedgerChange}). A ledger is a
 * mutable accumulator, like a {@link StringBuilder}: not thread-safe, and not a value; what it
 * returns are immutable copies.
 */
public final class ReportLedger {
  private final Map<ReportId, Report> reports = new LinkedHashMap<>();
  private final Map<ReportId, Withdrawal> withdrawals = new LinkedHashMap<>();
  private final Map<ReportId, ReportId> supersededBy = new HashMap<>();

  /** An empty ledger. */
  public ReportLedger() {}

  /**
   * Applies one feed entry.
   *
   * @param entry the next entry of the feed
   * @return what the entry changed
   * @throws SitrepValidationException if the entry is null
   */
  public LedgerChange apply(FeedEntry entry) {
    if (entry == null) {
      throw new SitrepValidationException(
          "ReportLedger", List.of(Violation.of("entry", "must not be null")));
    }
    return entry.report().isPresent()
        ? applyReport(entry.report().get())
        : applyWithdrawal(entry.withdrawal().orElseThrow());
  }

  private LedgerChange applyReport(Report report) {
    ReportId id = report.id();
    if (supersededBy.containsKey(id)) {
      return LedgerChange.IGNORED_SUPERSEDED;
    }
    Withdrawal withdrawal = withdrawals.get(id);
    if (withdrawal != null) {
      Optional<OffsetDateTime> version = versionTime(report);
      if (version.isEmpty() || !version.get().isAfter(withdrawal.withdrawnAt())) {
        return LedgerChange.IGNORED_WITHDRAWN;
      }
      withdrawals.remove(id);
    }
    Report held = reports.get(id);
    if (held != null) {
      Optional<OffsetDateTime> heldAt = versionTime(held);
      Optional<OffsetDateTime> newAt = versionTime(report);
      if (heldAt.isPresent() && newAt.isPresent() && newAt.get().isBefore(heldAt.get())) {
        return LedgerChange.IGNORED_OLDER;
      }
    }
    boolean replaced = held != null;
    for (ReportId old : report.supersedes()) {
      supersededBy.put(old, id);
      replaced |= reports.remove(old) != null;
    }
    reports.put(id, report);
    return replaced ? LedgerChange.REPLACED : LedgerChange.ADDED;
  }

  private LedgerChange applyWithdrawal(Withdrawal withdrawal) {
    reports.remove(withdrawal.withdraws());
    withdrawals.put(withdrawal.withdraws(), withdrawal);
    return LedgerChange.WITHDRAWN;
  }

  private static Optional<OffsetDateTime> versionTime(Report report) {
    return report.modifiedAt().or(report::publishedAt);
  }

  /** @return the current reports, in the order they first arrived */
  public List<Report> reports() {
    return List.copyOf(reports.values());
  }

  /**
   * @param id a report id
   * @return the current version of the report, if the ledger holds it
   */
  public Optional<Report> report(ReportId id) {
    return Optional.ofNullable(reports.get(id));
  }

  /** @return the withdrawals in force, in the order they arrived */
  public List<Withdrawal> withdrawals() {
    return List.copyOf(withdrawals.values());
  }

  /**
   * The current casualty figures of all current reports: each report's {@link
   * Report#currentFigures()}, superseded figures left out.
   *
   * @return the figures, report by report
   */
  public List<Casualty> currentFigures() {
    List<Casualty> figures = new ArrayList<>();
    reports.values().forEach(r -> figures.addAll(r.currentFigures()));
    return List.copyOf(figures);
  }
}
