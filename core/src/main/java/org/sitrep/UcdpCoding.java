package org.sitrep;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * What a UCDP GED row says of an event beyond what the rest of the model holds: the conflict,
 * dyad and sides it belongs to, by UCDP's ids and names, {@code relid}, {@code active_year},
 * {@code event_clarity}, {@code code_status}, the sources as UCDP lists them, the country and
 * region as UCDP names and numbers them, and the {@code low} and {@code high} totals of deaths. The
 * type of violence is the incident's {@link ViolenceType}, the sides' names its {@link Party
 * parties}, the deaths by side its casualty figures (which add up to UCDP's {@code best}), the
 * dates and the place its time and location.
 *
 * <p>UCDP's source columns are free text whose parts are not reliably aligned, so they are kept as
 * written, not split into claims.
 *
 * <p>Built with {@code UcdpCoding.builder().conflictId(13243).dyadId(15839)
 * .eventClarity(EventClarity.HIGH).codeStatus("Clear").numberOfSources(2).build()}.
 *
 * <p>Rules: ids, counts and totals are not negative; the texts are trimmed and not blank; the
 * low total is at most the high one.
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

  /** @return UCDP's {@code relid}: the row's id among UCDP's releases, "UKR-2022-1-1234-56" */
  public abstract Optional<String> relid();

  /**
   * @return UCDP's {@code active_year}: whether the event belongs to a dyad's year with at least 25
   *     deaths
   */
  public abstract Optional<Boolean> activeYear();

  /** @return UCDP's {@code conflict_dset_id}: the conflict's id in UCDP's conflict datasets */
  public abstract OptionalLong conflictDatasetId();

  /** @return UCDP's {@code conflict_name}: "Russia - Ukraine" */
  public abstract Optional<String> conflictName();

  /** @return UCDP's {@code dyad_dset_id}: the dyad's id in UCDP's dyadic datasets */
  public abstract OptionalLong dyadDatasetId();

  /** @return UCDP's {@code dyad_name}: "Government of Russia (Soviet Union) - Government of Ukraine" */
  public abstract Optional<String> dyadName();

  /** @return UCDP's {@code side_a_new_id}: side A's actor id */
  public abstract OptionalLong sideAId();

  /** @return UCDP's {@code side_a_dset_id}: side A's id in UCDP's actor datasets */
  public abstract OptionalLong sideADatasetId();

  /** @return UCDP's {@code side_b_new_id}: side B's actor id */
  public abstract OptionalLong sideBId();

  /** @return UCDP's {@code side_b_dset_id}: side B's id in UCDP's actor datasets */
  public abstract OptionalLong sideBDatasetId();

  /** @return UCDP's {@code gwnoa}: side A's Gleditsch-Ward country codes, as written: "365" */
  public abstract Optional<String> gwnoA();

  /** @return UCDP's {@code gwnob}: side B's Gleditsch-Ward country codes, as written */
  public abstract Optional<String> gwnoB();

  /** @return UCDP's {@code source_article}: the articles the event is coded from, as written */
  public abstract Optional<String> sourceArticle();

  /** @return UCDP's {@code source_office}: the agencies or outlets, as written */
  public abstract Optional<String> sourceOffice();

  /** @return UCDP's {@code source_date}: the articles' dates, as written */
  public abstract Optional<String> sourceDate();

  /** @return UCDP's {@code source_headline}: the articles' headlines, as written */
  public abstract Optional<String> sourceHeadline();

  /** @return UCDP's {@code source_original}: who the articles cite, as written */
  public abstract Optional<String> sourceOriginal();

  /** @return UCDP's {@code country}, as written: "Russia (Soviet Union)" */
  public abstract Optional<String> country();

  /** @return UCDP's {@code country_id}: the country's Gleditsch-Ward code, 365 for Russia */
  public abstract OptionalLong countryId();

  /** @return UCDP's {@code region}, as written: "Europe" */
  public abstract Optional<String> region();

  /**
   * @return UCDP's {@code low}: the lowest total of deaths the sources support, not split by side
   */
  public abstract OptionalLong deathsLow();

  /**
   * @return UCDP's {@code high}: the highest total of deaths the sources support, not split by side
   */
  public abstract OptionalLong deathsHigh();

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
    nonNegative(v, "conflictDatasetId", conflictDatasetId());
    nonNegative(v, "dyadDatasetId", dyadDatasetId());
    nonNegative(v, "sideAId", sideAId());
    nonNegative(v, "sideADatasetId", sideADatasetId());
    nonNegative(v, "sideBId", sideBId());
    nonNegative(v, "sideBDatasetId", sideBDatasetId());
    nonNegative(v, "countryId", countryId());
    nonNegative(v, "deathsLow", deathsLow());
    nonNegative(v, "deathsHigh", deathsHigh());
    if (deathsLow().isPresent() && deathsHigh().isPresent()
        && deathsLow().getAsLong() > deathsHigh().getAsLong()) {
      v.add("deathsLow", "must be at most deathsHigh (" + deathsHigh().getAsLong() + "), was "
          + deathsLow().getAsLong());
    }
    Rules.text(v, "codeStatus", codeStatus());
    Rules.text(v, "relid", relid());
    Rules.text(v, "conflictName", conflictName());
    Rules.text(v, "dyadName", dyadName());
    Rules.text(v, "gwnoA", gwnoA());
    Rules.text(v, "gwnoB", gwnoB());
    Rules.text(v, "sourceArticle", sourceArticle());
    Rules.text(v, "sourceOffice", sourceOffice());
    Rules.text(v, "sourceDate", sourceDate());
    Rules.text(v, "sourceHeadline", sourceHeadline());
    Rules.text(v, "sourceOriginal", sourceOriginal());
    Rules.text(v, "country", country());
    Rules.text(v, "region", region());
    Rules.extensions(v, extensions());
    v.throwIfAny("UcdpCoding");
  }

  private static void nonNegative(Violations v, String path, OptionalLong value) {
    if (value.isPresent() && value.getAsLong() < 0) {
      v.add(path, "must not be negative (was " + value.getAsLong() + ")");
    }
  }
}
