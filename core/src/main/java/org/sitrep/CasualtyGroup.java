package org.sitrep;

import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A part of a {@link Casualty} figure: how many of the people it counts were of one {@link
 * Demographic group}. A part is never added to its figure's count: "five dead, two of them
 * children" is a figure of {@code Estimate.exactly(5)} with the group {@code
 * CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2))}, five people in all.
 *
 * <p>Groups of one figure may overlap (a girl is a child and a woman), so their counts need not
 * add up to the figure's; each is at most the figure (a rule of {@link Casualty}).
 */
@Value.Immutable
@SitrepStyle
public abstract class CasualtyGroup implements WithCasualtyGroup, Extensible {
  CasualtyGroup() {}

  /** @return who they were: children, women, rescuers */
  public abstract Demographic group();

  /** @return how many of the figure's people were of the group */
  public abstract Estimate count();

  /**
   * A part of a figure.
   *
   * @param group who they were
   * @param count how many
   * @return the group
   */
  public static CasualtyGroup of(Demographic group, Estimate count) {
    return builder().group(group).count(count).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CasualtyGroup}; each attribute may be set once. */
  public static final class Builder extends ImmutableCasualtyGroup.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.extensions(v, extensions());
    v.throwIfAny("CasualtyGroup");
  }
}
