package org.sitrep;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A casualty figure: what happened to people (killed, injured, missing, captured), who they were,
 * how many, as of when, whether the figure may still change, and the claim it comes from.
 *
 * <p>From the seed article: "up to 17 people were killed ... the death toll could increase" is
 * {@code Casualty.builder().id(CasualtyId.of("kostiantynivka-killed")).outcome(CasualtyOutcome.KILLED)
 * .population(PopulationGroup.CIVILIAN).count(Estimate.upTo(17)).provisional(true).build()}. "there
 * were no casualties" is a figure of {@link CasualtyOutcome#KILLED_OR_INJURED} with {@code
 * Estimate.exactly(0)}: a known zero. An unknown toll is no figure at all.
 *
 * <p>Detail: "five dead, two of them children" is a figure of {@code Estimate.exactly(5)} with
 * {@code addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2)))}: a group is a part
 * of the count, never added to it. The condition ("in a critical condition"), the causes ("injured
 * by falling debris"), the place where it differs from the incident's ("in a nearby village") and
 * the side of the dead (UCDP's {@code deaths_a} / {@code deaths_b}) are optional.
 *
 * <p>Rules: no demographic group is listed twice in the breakdown; a group's count cannot exceed
 * the figure's: where the group's lower bound and the figure's upper bound are both known (a {@code
 * 'more than'} floor is one above its number, a {@code 'fewer than'} ceiling one below), the first
 * is not above the second; no cause is listed twice; a figure does not supersede itself (the
 * incident checks that it supersedes one of its figures).
 */
@Value.Immutable
@SitrepStyle
public abstract class Casualty implements WithCasualty, Extensible {
  Casualty() {}

  /** @return the figure's id, so that claims can refer to it */
  public abstract CasualtyId id();

  /**
   * The figure's name across reports: several reports (and a report's revisions) that give the
   * same figure can say so by giving it the same global id. A revised figure in a later report has
   * its own global id and {@link #supersedes()} only within its report.
   *
   * @return the global id, if the recorder gives one
   */
  public abstract Optional<GlobalId> globalId();

  /** @return what happened to the people counted */
  public abstract CasualtyOutcome outcome();

  /** @return who they were: civilians, military, unknown */
  public abstract PopulationGroup population();

  /**
   * The side of the event the people counted were on, where a dataset codes it: UCDP GED's {@code
   * deaths_a} are a figure of {@link DyadSide#SIDE_A}, {@code deaths_b} of {@link DyadSide#SIDE_B}
   * (its {@code deaths_civilians} and {@code deaths_unknown} have no side: their population says
   * civilian or unknown).
   *
   * @return the side, if coded
   */
  public abstract Optional<DyadSide> side();

  /** @return how many, in all */
  public abstract Estimate count();

  /**
   * Parts of the count: "two of them children". Each group counts some of the people of {@link
   * #count()}, never people besides them; groups may overlap.
   *
   * @return the groups, each demographic at most once
   */
  public abstract List<CasualtyGroup> breakdown();

  /** @return the condition or severity of the people counted: "in a critical condition" */
  public abstract Optional<CasualtyCondition> condition();

  /** @return what caused the harm, as reported: debris, glass, fragments, blast, fire */
  public abstract List<InjuryCause> causes();

  /**
   * Where the people were harmed, when it is not the incident's place: "in a nearby settlement".
   * Absent means the incident's location.
   *
   * @return the place, if different
   */
  public abstract Optional<Location> location();

  /** @return when the figure was given or held */
  public abstract Optional<ReportedTime> asOf();

  /**
   * Whether the figure is said to be provisional: "the death toll could increase". False unless
   * set.
   *
   * @return whether it may change
   */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /**
   * The figure of the same incident that this one revises: "the death toll rose to 17" supersedes
   * the earlier "at least 12". Both are kept, each with its claim and {@link #asOf()}; the
   * incident's {@link Incident#currentCasualties()} leaves the superseded one out, so a revision
   * never adds to what it revises.
   *
   * @return the superseded figure's id, in the same incident
   */
  public abstract Optional<CasualtyId> supersedes();

  /** @return the claim in the same report that gives this figure */
  public abstract Optional<ClaimId> claim();

  /** @return who or what coded the figure, and how confident they were */
  public abstract Optional<Coding> coding();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Casualty}; each attribute may be set once. */
  public static final class Builder extends ImmutableCasualty.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    checkBreakdown(v);
    Rules.distinct(v, "causes", causes());
    Optional<CasualtyId> old = supersedes();
    if (old.isPresent() && old.get().equals(id())) {
      v.add("supersedes", "a figure does not supersede itself ('" + id() + "')");
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Casualty");
  }

  private void checkBreakdown(Violations v) {
    List<CasualtyGroup> groups = breakdown();
    if (groups.isEmpty()) {
      return;
    }
    OptionalLong most = count().mostPossible();
    Set<Demographic> seen = new HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      CasualtyGroup g = groups.get(i);
      if (!seen.add(g.group())) {
        if (v.keeps()) {
          v.add("breakdown[" + i + "].group", "repeats '" + g.group() + "', listed earlier");
        } else {
          v.omit();
        }
      }
      OptionalLong least = g.count().leastPossible();
      if (most.isPresent() && least.isPresent() && least.getAsLong() > most.getAsLong()) {
        if (v.keeps()) {
          v.add(
              "breakdown[" + i + "].count",
              "a part of the figure cannot be larger than the figure: at least "
                  + least.getAsLong() + " of at most " + most.getAsLong());
        } else {
          v.omit();
        }
      }
    }
  }
}
