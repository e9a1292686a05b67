package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * One line of an {@link AidPackage}: what is sent, what kind of item, how many, and the platform
 * it is for.
 *
 * <p>From the seed article: "depleted uranium anti-tank shells to be used to arm Abrams tanks" is
 * {@code AidItem.builder().description("depleted uranium anti-tank shells")
 * .category(ItemCategory.AMMUNITION).platform("Abrams tanks").build()}.
 */
@Value.Immutable
@SitrepStyle
public abstract class AidItem implements WithAidItem, Extensible {
  AidItem() {}

  /** @return what is sent, as reported: "depleted uranium anti-tank shells" */
  public abstract String description();

  /** @return what kind of item */
  public abstract ItemCategory category();

  /** @return how many, where reported */
  public abstract Optional<Estimate> quantity();

  /** @return the weapon system it is for: "Abrams tanks" */
  public abstract Optional<String> platform();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AidItem}; each attribute may be set once. */
  public static final class Builder extends ImmutableAidItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "description", description());
    Rules.text(v, "platform", platform());
    Rules.extensions(v, extensions());
    v.throwIfAny("AidItem");
  }
}
