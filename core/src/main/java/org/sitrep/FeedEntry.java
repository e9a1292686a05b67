package org.sitrep;

import java.util.Objects;
import java.util.Optional;

/**
 * One record of a feed of reports: a {@link Report} (new, or a revision of one already sent) or a
 * {@link Withdrawal} of one. Exactly one of {@link #report()} and {@link #withdrawal()} is present.
 *
 * <p>A consumer applies entries in feed order to a {@link ReportLedger}, which ends with the
 * current reports.
 */
public final class FeedEntry {
  private final Report report;
  private final Withdrawal withdrawal;

  private FeedEntry(Report report, Withdrawal withdrawal) {
    this.report = report;
    this.withdrawal = withdrawal;
  }

  /**
   * @param report a report
   * @return the entry
   * @throws SitrepValidationException if the report is null
   */
  public static FeedEntry of(Report report) {
    if (report == null) {
      throw new SitrepValidationException(
          "FeedEntry", java.util.List.of(Violation.of("report", "must not be null")));
    }
    return new FeedEntry(report, null);
  }

  /**
   * @param withdrawal a withdrawal
   * @return the entry
   * @throws SitrepValidationException if the withdrawal is null
   */
  public static FeedEntry of(Withdrawal withdrawal) {
    if (withdrawal == null) {
      throw new SitrepValidationException(
          "FeedEntry", java.util.List.of(Violation.of("withdrawal", "must not be null")));
    }
    return new FeedEntry(null, withdrawal);
  }

  /** @return the report, if the entry is one */
  public Optional<Report> report() {
    return Optional.ofNullable(report);
  }

  /** @return the withdrawal, if the entry is one */
  public Optional<Withdrawal> withdrawal() {
    return Optional.ofNullable(withdrawal);
  }

  /** @return the id of the report the entry carries or withdraws */
  public ReportId reportId() {
    return report != null ? report.id() : withdrawal.withdraws();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeedEntry
        && Objects.equals(((FeedEntry) other).report, report)
        && Objects.equals(((FeedEntry) other).withdrawal, withdrawal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, withdrawal);
  }

  @Override
  public String toString() {
    return report != null ? "FeedEntry{report=" + report.id() + "}" : "FeedEntry{" + withdrawal + "}";
  }
}
