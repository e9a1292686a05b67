package org.sitrep;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * An amount of money: a decimal amount in an ISO 4217 currency, never a floating-point number.
 *
 * <p>From the seed article: "$175million" is {@code Money.of("175000000", "USD")} and "£140m" is
 * {@code Money.of("140000000", "GBP")}. Amounts are kept as written, so {@code 175000000} and
 * {@code 175000000.00} are different values.
 *
 * <p>Rules: the amount is not negative and has no negative scale (write {@code 175000000}, not
 * {@code 1.75E+8}).
 */
@Value.Immutable
@SitrepStyle
public abstract class Money implements WithMoney, Extensible {
  Money() {}

  /** @return the amount, e.g. 175000000 */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** @return the currency, e.g. USD */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Money from its decimal text and currency code.
   *
   * @param amount a plain decimal number, e.g. {@code "175000000"} or {@code "12.50"}
   * @param currencyCode an ISO 4217 code, e.g. {@code "USD"}
   * @return the money
   * @throws SitrepValidationException if the amount is not a decimal number or the code is not a
   *     currency the JDK knows
   */
  public static Money of(String amount, String currencyCode) {
    Violations v = new Violations();
    BigDecimal value = null;
    Currency currency = null;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException | NullPointerException e) {
      v.add("amount", "'" + amount + "' is not a decimal number");
    }
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException | NullPointerException e) {
      v.add("currency", "'" + currencyCode + "' is not an ISO 4217 currency code");
    }
    v.throwIfAny("Money");
    return of(value, currency);
  }

  /**
   * Money from an amount and a currency.
   *
   * @param amount the amount, not negative
   * @param currency the currency
   * @return the money
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /** @return e.g. {@code 175000000 USD} */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    // Messages are built only on failure: the checks run on every value read.
    if (amount().signum() < 0) {
      v.add("amount", "must not be negative (was " + amount() + ")");
    }
    if (amount().scale() < 0) {
      v.add(
          "amount",
          "must be written without an exponent: "
              + amount().toPlainString()
              + ", not "
              + amount());
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Money");
  }

}
