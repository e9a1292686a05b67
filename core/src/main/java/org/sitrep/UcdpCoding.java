package org.sitrep;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * What a UCDP GED row says of an event beyond what the rest of the model holds, in the columns
 * users filter on: the conflict and dyad it belongs to ({@code conflict_new_id}, {@code
 * dyad_new_id}), {@code event_clarity}, {@code code_status} and {@code number_of_sources}. The type
 * of violence is the incident's {@link ViolenceType}, the sides its {@link Party parties}, the
 * deaths its casualty figures.
 *
 * <p>Built with {@code UcdpCoding.builder().conflictId(13243).dyadId(15839)
 * .eventClarity(EventClarity.HIGH).codeStatus("Clear").numberOfSources(2).build()}.
 *
 * <p>Rules: ids and the number of sources are not negative; the code status is trimmed and not
 * blank.
 */
@Value.Immutable
@SitrepStyle
public abstract class UcdpCoding implements WithUcdpCoding, Extensible {
  UcdpCoding() {}

  /** @return UCDP's {@code conflict_new_id}: the conflict the event belongs to */
  public abstract OptionalLong conflictId();

  /** @return UCDP's {@code dyad_new_id}: the pair of sides */
  public abstract OptionalLong dyadId();

  /** @return UCDP's {@code event_clarity} */
  public abstract Optional<EventClarity> eventClarity();

  /** @return UCDP's {@code code_status}, as written: "Clear", "Check dyad" */
  public abstract Optional<String> codeStatus();

  /** @return UCDP's {@code number_of_sources} */
  public abstract OptionalLong numberOfSources();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UcdpCoding}; each attribute may be set once. */
  public static final class Builder extends ImmutableUcdpCoding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    nonNegative(v, "conflictId", conflictId());
    nonNegative(v, "dyadId", dyadId());
    nonNegative(v, "numberOfSources", numberOfSources());
    Rules.text(v, "codeStatus", codeStatus());
    Rules.extensions(v, extensions());
    v.throwIfAny("UcdpCoding");
  }

  private static void nonNegative(Violations v, String path, OptionalLong value) {
    if (value.isPresent() && value.getAsLong() < 0) {
      v.add(path, "must not be negative (was " + value.getAsLong() + ")");
    }
  }
}
