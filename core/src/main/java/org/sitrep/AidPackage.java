package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Support sent by one party to another: who gives, who receives, when announced, what kind, its
 * value, the items, when they should arrive, how far along it is, and related packages.
 *
 * <p>From the seed article: "the US has announced it will send depleted uranium anti-tank shells
 * to be used to arm Abrams tanks which will be delivered to the state in autumn ... part of a new
 * military aid package worth up to $175million (£140m)" is a package from the US to Ukraine of
 * category {@link AidCategory#MILITARY}, stage {@link AidStage#ANNOUNCED}, value {@code
 * MonetaryValue.upTo(Money.of("175000000", "USD"))} with the equivalent £140m, one {@link AidItem},
 * expected delivery "in autumn", related to Britain's earlier package with Challenger 2 tanks.
 *
 * <p>Rules: the summary is trimmed and not blank; a package is not related to itself; no related
 * package or claim is listed twice. References must resolve inside the {@link Report}.
 *
 * <p>Built with {@code AidPackage.builder().id(...).donor(...).recipient(...)
 * .category(AidCategory.MILITARY).stage(AidStage.ANNOUNCED).value(...)} and {@code
 * addItem(AidItem)}, {@code addRelated(AidPackageId)}, {@code addClaim(ClaimId)} for the lists.
 */
@Value.Immutable
@SitrepStyle
public abstract class AidPackage implements WithAidPackage, Extensible {
  AidPackage() {}

  /** @return the package's id within its report */
  public abstract AidPackageId id();

  /** @return who gives: the US */
  public abstract Actor donor();

  /** @return who receives: Ukraine */
  public abstract Actor recipient();

  /** @return when it was announced */
  public abstract Optional<ReportedTime> announcedOn();

  /** @return what kind of support */
  public abstract AidCategory category();

  /** @return its value as reported */
  public abstract Optional<MonetaryValue> value();

  /** @return what is sent */
  public abstract List<AidItem> items();

  /** @return when delivery is expected: "in autumn" */
  public abstract Optional<ReportedTime> expectedDelivery();

  /** @return how far along it is */
  public abstract AidStage stage();

  /** @return other packages in the same report it relates to: Britain's earlier decision */
  public abstract List<AidPackageId> related();

  /** @return the claims in the same report that it rests on: the announcement */
  public abstract List<ClaimId> claims();

  /** @return a short summary in the recorder's words */
  public abstract Optional<String> summary();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AidPackage}; each attribute may be set once. */
  public static final class Builder extends ImmutableAidPackage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    for (int i = 0; i < related().size(); i++) {
      if (related().get(i).equals(id())) {
        v.add("related[" + i + "]", "a package cannot relate to itself");
      }
    }
    Rules.distinct(v, "related", related());
    Rules.distinct(v, "claims", claims());
    Rules.text(v, "summary", summary());
    Rules.extensions(v, extensions());
    v.throwIfAny("AidPackage");
  }
}
