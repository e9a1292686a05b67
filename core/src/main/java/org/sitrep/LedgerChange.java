package org.sitrep;

/**
 * What {@link ReportLedger#apply(FeedEntry)} did with an entry. Nothing is ignored silently: an
 * entry that changes nothing says why.
 */
public enum LedgerChange {
  /** A report the ledger did not hold was added. */
  ADDED,
  /** A report replaced the version the ledger held (or the reports it supersedes). */
  REPLACED,
  /** A withdrawal took a report out, or recorded that it must not come in. */
  WITHDRAWN,
  /** A report older than the version held (by {@link Report#modifiedAt()}) was ignored. */
  IGNORED_OLDER,
  /** A report that was withdrawn, and not republished since, was ignored. */
  IGNORED_WITHDRAWN,
  /** A report that a report held supersedes was ignored. */
  IGNORED_SUPERSEDED
}
