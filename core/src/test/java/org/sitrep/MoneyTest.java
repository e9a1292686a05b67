package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency GBP = Currency.getInstance("GBP");

  private static Money usd175m() {
    return Money.of("175000000", "USD");
  }

  @Test
  void parsesDecimalTextAndCurrencyCode() {
    Money money = usd175m();

    assertThat(money.amount()).isEqualTo(new BigDecimal("175000000"));
    assertThat(money.currency()).isEqualTo(USD);
    assertThat(money.extensions()).isEmpty();
    assertThat(money.toString()).isEqualTo("175000000 USD");
    assertThat(Money.of("12.50", "GBP").toString()).isEqualTo("12.50 GBP");
    assertThat(Money.of("0", "EUR").amount()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void equalInputsGiveEqualValues() {
    Money fromObjects = Money.of(new BigDecimal("175000000"), USD);

    assertThat(usd175m()).isEqualTo(fromObjects).hasSameHashCodeAs(fromObjects);
    assertThat(usd175m()).isNotEqualTo(Money.of("175000000", "GBP"));
  }

  @Test
  void amountsAreKeptAsWritten() {
    assertThat(usd175m()).isNotEqualTo(Money.of("175000000.00", "USD"));
    assertThat(Money.of("175000000.00", "USD").toString()).isEqualTo("175000000.00 USD");
  }

  @Test
  void negativeAmountIsRejected() {
    assertSingleViolation(() -> Money.of("-1", "USD"), "amount", "must not be negative (was -1)");
  }

  @Test
  void exponentIsRejected() {
    assertSingleViolation(
        () -> Money.of("1.75E+8", "USD"),
        "amount",
        "must be written without an exponent: 175000000, not 1.75E+8");
  }

  @Test
  void textThatIsNotANumberIsRejected() {
    assertSingleViolation(
        () -> Money.of("175m", "USD"), "amount", "'175m' is not a decimal number");
  }

  @Test
  void unknownCurrencyIsRejected() {
    assertSingleViolation(
        () -> Money.of("1", "usd"), "currency", "'usd' is not an ISO 4217 currency code");
    assertSingleViolation(
        () -> Money.of("1", "DOLLAR"), "currency", "is not an ISO 4217 currency code");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException bothTexts = invalid(() -> Money.of("lots", "XXXX"));
    assertThat(bothTexts.typeName()).isEqualTo("Money");
    assertThat(bothTexts.violations())
        .extracting(Violation::path)
        .containsExactly("amount", "currency");

    SitrepValidationException negativeExponent = invalid(() -> Money.of("-1E+3", "USD"));
    assertThat(negativeExponent.violations())
        .extracting(Violation::path)
        .containsExactly("amount", "amount");
    assertHasViolation(negativeExponent, "amount", "must not be negative");
    assertHasViolation(negativeExponent, "amount", "without an exponent");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Money.of(null, "USD"), "amount", "is not a decimal number");
    assertSingleViolation(
        () -> Money.of("1", null), "currency", "is not an ISO 4217 currency code");
    assertSingleViolation(() -> Money.of((BigDecimal) null, USD), "amount", "must not be null");
    assertSingleViolation(() -> Money.of(BigDecimal.ONE, null), "currency", "must not be null");
    assertSingleViolation(() -> usd175m().withCurrency(null), "currency", "must not be null");
  }

  @Test
  void withCopiesAreRevalidated() {
    assertThat(usd175m().withCurrency(GBP)).isEqualTo(Money.of("175000000", "GBP"));
    assertThat(usd175m()).isEqualTo(Money.of("175000000", "USD"));

    assertSingleViolation(
        () -> usd175m().withAmount(new BigDecimal("-5")), "amount", "must not be negative");
    assertSingleViolation(
        () -> usd175m().withExtensions(Map.of("note", " ")),
        "extensions.note",
        "needs a JSON value");
  }
}
