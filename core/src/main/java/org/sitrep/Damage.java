package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * What was damaged in an {@link Incident}, how, by what and how many.
 *
 * <p>From the seed article (Bryansk): debris "shattered windows in a railway station building and
 * damaged cars nearby" is two damages: {@code Damage.builder().kind(DamageKind.SHATTERED)
 * .object("windows of a railway station building").cause("drone debris").build()} and one of kind
 * {@link DamageKind#DAMAGED} for "cars nearby".
 */
@Value.Immutable
@SitrepStyle
public abstract class Damage implements WithDamage, Extensible {
  Damage() {}

  /** @return how it was damaged */
  public abstract DamageKind kind();

  /** @return what was damaged, as reported: "windows in a railway station building" */
  public abstract String object();

  /** @return how many, where counted: "several cars" */
  public abstract Optional<Estimate> count();

  /** @return what caused it, as reported: "drone debris" */
  public abstract Optional<String> cause();

  /**
   * @return what caused it, typed: {@link DamageCause#DEBRIS}; {@link DamageCause#NOT_STATED} when
   *     the report gives no cause, which is not the same as no value (not recorded)
   */
  public abstract Optional<DamageCause> causeType();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Damage}; each attribute may be set once. */
  public static final class Builder extends ImmutableDamage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "object", object());
    Rules.text(v, "cause", cause());
    Rules.extensions(v, extensions());
    v.throwIfAny("Damage");
  }
}
