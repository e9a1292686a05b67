package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import org.junit.jupiter.api.Test;

class MonetaryValueTest {
  private static Money usd() {
    return Money.of("175000000", "USD");
  }

  private static Money gbp() {
    return Money.of("140000000", "GBP");
  }

  private static MonetaryValue.Builder upTo() {
    return MonetaryValue.builder().amount(usd()).qualifier(EstimateQualifier.AT_MOST);
  }

  @Test
  void seedArticleValue() {
    MonetaryValue value =
        MonetaryValue.upTo(usd()).withEquivalents(gbp()).withPhrase("up to $175million (£140m)");

    assertThat(value.amount()).isEqualTo(usd());
    assertThat(value.qualifier()).isEqualTo(EstimateQualifier.AT_MOST);
    assertThat(value.equivalents()).containsExactly(gbp());
    assertThat(value.phrase()).hasValue("up to $175million (£140m)");
  }

  @Test
  void exactlyHasNoHedge() {
    MonetaryValue value = MonetaryValue.exactly(usd());

    assertThat(value.qualifier()).isEqualTo(EstimateQualifier.EXACT);
    assertThat(value.equivalents()).isEmpty();
    assertThat(value.phrase()).isEmpty();
  }

  @Test
  void atLeastAndApproximatelyAreAllowed() {
    assertThat(MonetaryValue.builder().amount(usd()).qualifier(EstimateQualifier.AT_LEAST).build()
            .qualifier())
        .isEqualTo(EstimateQualifier.AT_LEAST);
    assertThat(MonetaryValue.builder().amount(usd()).qualifier(EstimateQualifier.APPROXIMATELY)
            .build().qualifier())
        .isEqualTo(EstimateQualifier.APPROXIMATELY);
  }

  @Test
  void rangeQualifierIsRejected() {
    assertSingleViolation(
        () -> MonetaryValue.builder().amount(usd()).qualifier(EstimateQualifier.RANGE).build(),
        "qualifier",
        "must be exact, at_least, at_most or approximately for a monetary value (was range)");
  }

  @Test
  void unspecifiedQualifierIsRejected() {
    assertSingleViolation(
        () ->
            MonetaryValue.builder().amount(usd()).qualifier(EstimateQualifier.UNSPECIFIED).build(),
        "qualifier",
        "(was unspecified)");
  }

  @Test
  void equivalentInTheAmountsCurrencyIsRejected() {
    assertSingleViolation(
        () -> upTo().addEquivalent(Money.of("175000000.00", "USD")).build(),
        "equivalents[0]",
        "repeats the currency USD");
  }

  @Test
  void twoEquivalentsInOneCurrencyAreRejected() {
    assertSingleViolation(
        () -> upTo().addEquivalent(gbp()).addEquivalent(Money.of("139000000", "GBP")).build(),
        "equivalents[1]",
        "repeats the currency GBP; each equivalent needs its own");
  }

  @Test
  void blankPhraseIsRejected() {
    assertSingleViolation(() -> upTo().phrase("\t").build(), "phrase", "must not be blank");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                MonetaryValue.builder()
                    .amount(usd())
                    .qualifier(EstimateQualifier.RANGE)
                    .addEquivalent(usd())
                    .phrase(" worth ")
                    .build());

    assertThat(e.typeName()).isEqualTo("MonetaryValue");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("qualifier", "equivalents[0]", "phrase");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> MonetaryValue.builder().build());

    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("amount", "qualifier");
    assertSingleViolation(
        () -> MonetaryValue.builder().amount(usd()).build(), "qualifier", "is required");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> MonetaryValue.builder().amount(null), "amount", "must not be null");
    assertSingleViolation(
        () -> MonetaryValue.builder().qualifier(null), "qualifier", "must not be null");
    assertSingleViolation(
        () -> MonetaryValue.builder().phrase((String) null), "phrase", "must not be null");
    assertSingleViolation(
        () -> MonetaryValue.builder().addEquivalent(null), "equivalents", "null element");
  }

  @Test
  void equalInputsGiveEqualValues() {
    MonetaryValue built = upTo().addEquivalent(gbp()).build();
    MonetaryValue copied = MonetaryValue.upTo(usd()).withEquivalents(gbp());

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(copied).isNotEqualTo(MonetaryValue.upTo(usd()));
    assertThat(MonetaryValue.exactly(usd())).isNotEqualTo(MonetaryValue.upTo(usd()));
  }

  @Test
  void withCopiesAreRevalidated() {
    MonetaryValue value = MonetaryValue.upTo(usd());

    assertThat(value.withQualifier(EstimateQualifier.APPROXIMATELY).qualifier())
        .isEqualTo(EstimateQualifier.APPROXIMATELY);
    assertSingleViolation(
        () -> value.withQualifier(EstimateQualifier.RANGE), "qualifier", "(was range)");
    assertSingleViolation(
        () -> value.withEquivalents(gbp(), gbp()), "equivalents[1]", "repeats the currency GBP");
    assertSingleViolation(
        () -> value.withEquivalents(gbp()).withAmount(Money.of("1", "GBP")),
        "equivalents[0]",
        "repeats the currency GBP");
  }
}
