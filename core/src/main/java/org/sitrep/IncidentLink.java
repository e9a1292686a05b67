package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A typed link from one {@link Incident} to another, in the same report or in another: the same
 * event, possibly the same, a part of it, a follow-up of it, and who says so.
 *
 * <p>The other incident is named by its id in the same report ({@link #incident()}) or, across
 * reports, by its {@link GlobalId} ({@link #globalId()}); an incident of the same report that has a
 * global id may be named by both, and the report checks that they agree. A link is someone's
 * assertion: {@link #claim()} names the claim that makes it ("Ukraine's air force said the drone was
 * one of 44 launched overnight"); with no claim, the recorder makes it. The library never decides
 * whether two incidents are the same.
 *
 * <p>Built with {@code IncidentLink.to(IncidentRelation.PART_OF, IncidentId.of("wave"))} or {@code
 * IncidentLink.builder().relation(IncidentRelation.SAME_AS).globalId(GlobalId.of("urn:acled:UKR1"))
 * .claim(ClaimId.of("c1")).build()}. Rules: an incident or a global id (or both). The report
 * refuses a link whose incident or claim is not in it, a link whose incident has another global
 * id than the link's, and an incident that links to itself.
 */
@Value.Immutable
@SitrepStyle
public abstract class IncidentLink implements WithIncidentLink, Extensible {
  IncidentLink() {}

  /** @return how the incident is related to the other */
  public abstract IncidentRelation relation();

  /** @return the other incident, in the same report */
  public abstract Optional<IncidentId> incident();

  /** @return the other incident, in another report, by its global id */
  public abstract Optional<GlobalId> globalId();

  /** @return the claim that asserts the link; none if the recorder asserts it */
  public abstract Optional<ClaimId> claim();

  /**
   * A link to an incident of the same report, asserted by the recorder.
   *
   * @param relation how the incidents are related
   * @param incident the other incident
   * @return the link
   */
  public static IncidentLink to(IncidentRelation relation, IncidentId incident) {
    return builder().relation(relation).incident(incident).build();
  }

  /**
   * A link to an incident of another report, asserted by the recorder.
   *
   * @param relation how the incidents are related
   * @param globalId the other incident's global id
   * @return the link
   */
  public static IncidentLink to(IncidentRelation relation, GlobalId globalId) {
    return builder().relation(relation).globalId(globalId).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IncidentLink}; each attribute may be set once. */
  public static final class Builder extends ImmutableIncidentLink.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(
        incident().isPresent() || globalId().isPresent(),
        "incident",
        "a link names the other incident by its incident id or its globalId");
    Rules.extensions(v, extensions());
    v.throwIfAny("IncidentLink");
  }
}
