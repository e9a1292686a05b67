package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * The reported value of something, such as an aid package: an amount with its bound and the
 * equivalents the report gives in other currencies.
 *
 * <p>From the seed article: "worth up to $175million (£140m)" is {@code
 * MonetaryValue.upTo(Money.of("175000000", "USD")).withEquivalents(Money.of("140000000", "GBP"))
 * .withPhrase("up to $175million (£140m)")}. Equivalents are kept as reported, never computed.
 *
 * <p>Rules: the qualifier is {@code EXACT}, {@code AT_LEAST}, {@code MORE_THAN}, {@code AT_MOST},
 * {@code FEWER_THAN} or {@code APPROXIMATELY} (not a range or a word); no two of the amount and its
 * equivalents share a currency.
 *
 * <p>Built with the factories ({@code MonetaryValue.upTo(Money)}, {@code exactly}, ...) or {@code
 * MonetaryValue.builder().amount(...).qualifier(...)} and {@code addEquivalent(Money)}.
 */
@Value.Immutable
@SitrepStyle
public abstract class MonetaryValue implements WithMonetaryValue, Extensible {
  MonetaryValue() {}

  /** @return the amount as first reported, e.g. 175000000 USD */
  public abstract Money amount();

  /** @return how the amount is bounded: "up to" is {@link EstimateQualifier#AT_MOST} */
  public abstract EstimateQualifier qualifier();

  /** @return the same value in other currencies, as reported: £140m */
  public abstract List<Money> equivalents();

  /** @return the words as reported: "worth up to $175million (£140m)" */
  public abstract Optional<String> phrase();

  /**
   * An amount as stated, with no hedge.
   *
   * @param amount the amount
   * @return the value
   */
  public static MonetaryValue exactly(Money amount) {
    return builder().amount(amount).qualifier(EstimateQualifier.EXACT).build();
  }

  /**
   * A ceiling: "worth up to $175million".
   *
   * @param amount the ceiling
   * @return the value
   */
  public static MonetaryValue upTo(Money amount) {
    return builder().amount(amount).qualifier(EstimateQualifier.AT_MOST).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonetaryValue}; each attribute may be set once. */
  public static final class Builder extends ImmutableMonetaryValue.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    // Messages are built only on failure: the checks run on every value read.
    if (qualifier() == EstimateQualifier.RANGE || qualifier() == EstimateQualifier.UNSPECIFIED) {
      v.add(
          "qualifier",
          "must be exact, at_least, at_most or approximately for a monetary value (was "
              + qualifier().name().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
    // A currency repeats the amount's or an earlier equivalent's: for the usual one or two
    // equivalents a few comparisons, a set only for a long list (comparing all pairs is quadratic).
    java.util.Currency own = amount().currency();
    java.util.Set<java.util.Currency> currencies = null;
    if (equivalents().size() > 8) {
      currencies = new java.util.HashSet<>();
      currencies.add(own);
    }
    for (int i = 0; i < equivalents().size(); i++) {
      java.util.Currency c = equivalents().get(i).currency();
      boolean repeat;
      if (currencies != null) {
        repeat = !currencies.add(c);
      } else {
        repeat = c.equals(own);
        for (int j = 0; j < i && !repeat; j++) {
          repeat = equivalents().get(j).currency().equals(c);
        }
      }
      if (repeat) {
        v.add(
            "equivalents[" + i + "]",
            "repeats the currency " + c.getCurrencyCode() + "; each equivalent needs its own");
      }
    }
    Rules.text(v, "phrase", phrase());
    Rules.extensions(v, extensions());
    v.throwIfAny("MonetaryValue");
  }
}
