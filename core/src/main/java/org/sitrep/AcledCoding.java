package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * What an ACLED row says of an event beyond what the rest of the model holds: {@code
 * disorder_type}, {@code civilian_targeting}, {@code source_scale}, {@code tags}, the types of the
 * two main actors ({@code inter1}, {@code inter2}), ACLED's {@code region} and {@code country}
 * names, and the {@code event_date} where the incident's time does not give it back. The event
 * and sub-event type are the incident's {@link IncidentType}, the actors its {@link Party
 * parties}, the dates and places its time and location, the fatalities its casualty figures.
 *
 * <p>Built with {@code AcledCoding.builder().addDisorderType(DisorderType.POLITICAL_VIOLENCE)
 * .civilianTargeting(true).sourceScale("National").addTag("women targeted: girls").build()}.
 *
 * <p>Rules: no disorder type or tag is listed twice; the source scale, tags, region and country
 * are trimmed and not blank; an {@code inter2} needs an {@code inter1}. The incident checks that
 * the event date lies within its time.
 */
@Value.Immutable
@SitrepStyle
public abstract class AcledCoding implements WithAcledCoding, Extensible {
  AcledCoding() {}

  /** @return ACLED's {@code disorder_type}, one or two of them */
  public abstract List<DisorderType> disorderTypes();

  /**
   * Whether ACLED marks the event as targeting civilians ({@code civilian_targeting} is "Civilian
   * targeting"). False unless set.
   *
   * @return whether civilians were targeted
   */
  @Value.Default
  public boolean civilianTargeting() {
    return false;
  }

  /** @return ACLED's {@code source_scale}, as written: "National", "Subnational-National" */
  public abstract Optional<String> sourceScale();

  /** @return ACLED's {@code tags}, one by one: "crowd size=no report" */
  public abstract List<String> tags();

  /** @return ACLED's {@code inter1}: the type of the main actor on side A */
  public abstract Optional<AcledActorType> inter1();

  /** @return ACLED's {@code inter2}: the type of the main actor on side B */
  public abstract Optional<AcledActorType> inter2();

  /** @return ACLED's {@code region}, as written: "Europe", "Middle East" */
  public abstract Optional<String> region();

  /**
   * @return ACLED's {@code country}, as written: "Ukraine", "Democratic Republic of Congo" (the
   *     location's country is the ISO code)
   */
  public abstract Optional<String> country();

  /**
   * ACLED's {@code event_date} where the incident's time does not give it back: a time of month
   * precision spans the calendar month, and this is the day ACLED wrote (ACLED uses the middle of
   * the month). Absent for a day or a week, whose date is the span's first or middle day.
   *
   * @return the date ACLED wrote
   */
  public abstract Optional<java.time.LocalDate> eventDate();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AcledCoding}; each attribute may be set once. */
  public static final class Builder extends ImmutableAcledCoding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.distinct(v, "disorderTypes", disorderTypes());
    Rules.text(v, "sourceScale", sourceScale());
    Rules.texts(v, "tags", tags());
    Rules.distinct(v, "tags", tags());
    Rules.text(v, "region", region());
    Rules.text(v, "country", country());
    v.require(inter2().isEmpty() || inter1().isPresent(), "inter2", "needs an inter1");
    Rules.extensions(v, extensions());
    v.throwIfAny("AcledCoding");
  }
}
