package org.sitrep;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A dataset row an {@link Incident} was built from or matches, by its dataset and its own id, and
 * when the dataset last changed the row.
 *
 * <p>An ACLED event keeps its {@code event_id_cnty} when ACLED revises it, and publishes its
 * {@code timestamp}: {@code DatasetRecord.builder().scheme(DatasetScheme.ACLED).id("UKR123456")
 * .updatedAt(OffsetDateTime.parse("2023-09-12T08:14:03Z")).build()}. A UCDP GED row is {@code
 * DatasetRecord.of(DatasetScheme.UCDP_GED, "487361")}. The dataset's own columns are the
 * incident's {@link Incident#acled()} and {@link Incident#ucdp()}.
 *
 * <p>Rules: the id is 1 to 128 characters without white space or control characters.
 */
@Value.Immutable
@SitrepStyle
public abstract class DatasetRecord implements WithDatasetRecord, Extensible {
  DatasetRecord() {}

  /** @return the dataset */
  public abstract DatasetScheme scheme();

  /** @return the row's id in its dataset: ACLED's {@code event_id_cnty}, UCDP GED's {@code id} */
  public abstract String id();

  /** @return when the dataset last changed the row: ACLED's {@code timestamp} */
  public abstract Optional<OffsetDateTime> updatedAt();

  /**
   * A row by its dataset and id.
   *
   * @param scheme the dataset
   * @param id the row's id in it
   * @return the record
   */
  public static DatasetRecord of(DatasetScheme scheme, String id) {
    return builder().scheme(scheme).id(id).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DatasetRecord}; each attribute may be set once. */
  public static final class Builder extends ImmutableDatasetRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    String id = id();
    boolean token = !id.isEmpty() && id.length() <= 128;
    for (int i = 0; token && i < id.length(); i++) {
      char c = id.charAt(i);
      token = !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSurrogate(c);
    }
    v.require(
        token, "id", "must be 1 to 128 characters without white space or control characters");
    Rules.extensions(v, extensions());
    v.throwIfAny("DatasetRecord");
  }
}
