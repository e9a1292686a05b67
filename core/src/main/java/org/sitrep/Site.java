package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A place that was hit or targeted in an {@link Incident}: "a market", "a railway station
 * building", "the Southern Military District headquarters".
 *
 * <p>From the seed article: {@code Site.of(SiteKind.MARKET)}; {@code
 * Site.of(SiteKind.MILITARY_FACILITY, "Southern Military District headquarters")}. "Aimed at a fuel
 * depot, it fell on a school" is {@code Site.of(SiteKind.ENERGY_INFRASTRUCTURE, "a fuel depot")
 * .withRole(SiteRole.TARGET)} and {@code Site.of(SiteKind.SCHOOL, "a school")
 * .withRole(SiteRole.HIT)}.
 */
@Value.Immutable
@SitrepStyle
public abstract class Site implements WithSite, Extensible {
  Site() {}

  /** @return what kind of place */
  public abstract SiteKind kind();

  /**
   * @return the part it played, where the report says: what the attack was aimed at ({@link
   *     SiteRole#TARGET}), what it hit ({@link SiteRole#HIT}), where debris fell ({@link
   *     SiteRole#DEBRIS})
   */
  public abstract Optional<SiteRole> role();

  /** @return the place as reported: "the headquarters of the Southern Military District" */
  public abstract Optional<String> description();

  /**
   * A site of a kind.
   *
   * @param kind what kind of place
   * @return the site
   */
  public static Site of(SiteKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * A site of a kind, as described.
   *
   * @param kind what kind of place
   * @param description the place as reported
   * @return the site
   */
  public static Site of(SiteKind kind, String description) {
    return builder().kind(kind).description(description).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Site}; each attribute may be set once. */
  public static final class Builder extends ImmutableSite.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "description", description());
    Rules.extensions(v, extensions());
    v.throwIfAny("Site");
  }
}
