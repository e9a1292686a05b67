package org.sitrep;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A feed record that takes a report out: "record X is withdrawn", as ACLED's list of deleted events
 * and STIX 2.1's {@code revoked} say it. A consumer that applies it (see {@link ReportLedger}) drops
 * the report and ignores it if it arrives again.
 *
 * <p>Built with {@code Withdrawal.builder().withdraws(ReportId.of("r1")).kind(WithdrawalKind.RETRACTED)
 * .withdrawnAt(OffsetDateTime.parse("2023-09-08T09:00:00Z")).reason("published in error")}. On the
 * wire it is an object with a {@code withdraws} property, which a report never has; an NDJSON feed
 * of {@link FeedEntry feed entries} mixes reports and withdrawals.
 *
 * <p>Rules: the schema version is {@code MAJOR.MINOR} of the major version this library reads (as
 * a report's); the reason is trimmed and not blank; a report is not replaced by itself.
 */
@Value.Immutable
@SitrepStyle
public abstract class Withdrawal implements WithWithdrawal, Extensible {
  Withdrawal() {}

  /** @return the report withdrawn */
  public abstract ReportId withdraws();

  /**
   * The version of the Sitrep schema the record follows; defaults to {@link
   * Report#CURRENT_SCHEMA_VERSION}.
   *
   * @return the schema version, e.g. "1.0"
   */
  @Value.Default
  public String schemaVersion() {
    return Report.CURRENT_SCHEMA_VERSION;
  }

  /** @return why it is withdrawn */
  public abstract WithdrawalKind kind();

  /** @return when it was withdrawn */
  public abstract OffsetDateTime withdrawnAt();

  /** @return who withdrew it: the publisher, the dataset, the recorder */
  public abstract Optional<Actor> by();

  /** @return the reason, in their words: "published in error" */
  public abstract Optional<String> reason();

  /** @return the report that replaces it, if one does */
  public abstract Optional<ReportId> replacedBy();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Withdrawal}; each attribute may be set once. */
  public static final class Builder extends ImmutableWithdrawal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.schemaVersion(v, "schemaVersion", schemaVersion(), Report.CURRENT_SCHEMA_VERSION);
    Rules.text(v, "reason", reason());
    if (replacedBy().equals(Optional.of(withdraws()))) {
      v.add("replacedBy", "a report is not replaced by itself ('" + withdraws() + "')");
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Withdrawal");
  }
}
