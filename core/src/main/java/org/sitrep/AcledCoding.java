package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * What an ACLED row says of an event beyond what the rest of the model holds, in the columns users
 * filter on: {@code disorder_type}, {@code civilian_targeting}, {@code source_scale} and {@code
 * tags}. The event and sub-event type are the incident's {@link IncidentType}, the actors its
 * {@link Party parties}, the dates and places its time and location.
 *
 * <p>Built with {@code AcledCoding.builder().addDisorderType(DisorderType.POLITICAL_VIOLENCE)
 * .civilianTargeting(true).sourceScale("National").addTag("women targeted: girls").build()}.
 *
 * <p>Rules: no disorder type or tag is listed twice; the source scale and tags are trimmed and not
 * blank.
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
    Rules.extensions(v, extensions());
    v.throwIfAny("AcledCoding");
  }
}
