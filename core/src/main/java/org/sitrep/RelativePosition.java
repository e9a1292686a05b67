package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Where a {@link Location} is relative to another place, as the report puts it: "southeast of the
 * Russian capital", "20 km from the border", "near the front line".
 *
 * <p>From the seed article: Ramenskoye, "southeast of the Russian capital", is {@code
 * RelativePosition.builder().direction(CompassDirection.SOUTHEAST).reference("the Russian
 * capital").build()}; Kostiantynivka, "near the front line", is {@code
 * RelativePosition.of("the front line")}, with neither a direction nor a distance. A distance is an
 * {@link Estimate} in kilometres, so "about 20 km" and "within 25 km" keep their hedges.
 *
 * <p>Rules: the reference and the phrase are trimmed and not blank.
 */
@Value.Immutable
@SitrepStyle
public abstract class RelativePosition implements WithRelativePosition, Extensible {
  RelativePosition() {}

  /** @return the direction from the reference place, where given */
  public abstract Optional<CompassDirection> direction();

  /** @return the distance from the reference place in kilometres, where given: "20 km" */
  public abstract Optional<Estimate> distanceKm();

  /** @return the place it is relative to, as reported: "the Russian capital", "the front line" */
  public abstract String reference();

  /** @return the words as reported: "southeast of the Russian capital" */
  public abstract Optional<String> phrase();

  /**
   * Near a place, with no direction or distance: "near the front line".
   *
   * @param reference the place, as reported
   * @return the position
   */
  public static RelativePosition of(String reference) {
    return builder().reference(reference).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelativePosition}; each attribute may be set once. */
  public static final class Builder extends ImmutableRelativePosition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "reference", reference());
    Rules.text(v, "phrase", phrase());
    Rules.extensions(v, extensions());
    v.throwIfAny("RelativePosition");
  }
}
