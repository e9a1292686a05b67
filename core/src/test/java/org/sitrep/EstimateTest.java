package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;
import static org.sitrep.ValidationAssertions.violationPaths;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EstimateTest {

  private static Estimate.Builder range(long low, long high) {
    return Estimate.builder().qualifier(EstimateQualifier.RANGE).low(low).high(high);
  }

  @Test
  void exactlyHasEqualBounds() {
    Estimate two = Estimate.exactly(2);

    assertThat(two.qualifier()).isEqualTo(EstimateQualifier.EXACT);
    assertThat(two.low()).hasValue(2);
    assertThat(two.best()).hasValue(2);
    assertThat(two.high()).hasValue(2);
    assertThat(two.phrase()).isEmpty();
    assertThat(two.extensions()).isEmpty();
  }

  @Test
  void factoriesSetOnlyTheirBounds() {
    assertThat(Estimate.atLeast(3).low()).hasValue(3);
    assertThat(Estimate.atLeast(3).high()).isEmpty();
    assertThat(Estimate.atLeast(3).qualifier()).isEqualTo(EstimateQualifier.AT_LEAST);

    assertThat(Estimate.upTo(17).high()).hasValue(17);
    assertThat(Estimate.upTo(17).low()).isEmpty();
    assertThat(Estimate.upTo(17).qualifier()).isEqualTo(EstimateQualifier.AT_MOST);

    assertThat(Estimate.approximately(20).best()).hasValue(20);
    assertThat(Estimate.approximately(20).qualifier()).isEqualTo(EstimateQualifier.APPROXIMATELY);

    Estimate between = Estimate.between(10, 15);
    assertThat(between.low()).hasValue(10);
    assertThat(between.best()).isEmpty();
    assertThat(between.high()).hasValue(15);
    assertThat(between.qualifier()).isEqualTo(EstimateQualifier.RANGE);

    Estimate several = Estimate.unspecified("several");
    assertThat(several.phrase()).hasValue("several");
    assertThat(several.low()).isEmpty();
    assertThat(several.best()).isEmpty();
    assertThat(several.high()).isEmpty();
  }

  @Test
  void fullBuildThroughTheBuilder() {
    Estimate estimate =
        Estimate.builder()
            .qualifier(EstimateQualifier.RANGE)
            .low(10)
            .best(12)
            .high(15)
            .phrase("between 10 and 15")
            .putExtension("confidence", "0.8")
            .build();

    assertThat(estimate.best()).hasValue(12);
    assertThat(estimate.phrase()).hasValue("between 10 and 15");
    assertThat(estimate.extensions()).containsExactly(Map.entry("confidence", "0.8"));
  }

  @Test
  void exactZeroIsZeroButOtherZerosAreNot() {
    assertThat(Estimate.exactly(0).isZero()).isTrue();
    assertThat(Estimate.exactly(1).isZero()).isFalse();
    assertThat(Estimate.atLeast(0).isZero()).isFalse();
    assertThat(Estimate.upTo(0).isZero()).isFalse();
    assertThat(Estimate.approximately(0).isZero()).isFalse();
    assertThat(Estimate.exactly(0)).isNotEqualTo(Estimate.unspecified("unknown"));
  }

  @Test
  void boundsMayBeEqual() {
    Estimate estimate =
        Estimate.builder().qualifier(EstimateQualifier.RANGE).low(5).best(5).high(5).build();

    assertThat(estimate.low()).isEqualTo(estimate.high());
  }

  @Test
  void negativeLowIsRejected() {
    assertSingleViolation(
        () -> Estimate.atLeast(-1), "low", "must not be negative (was -1)");
  }

  @Test
  void negativeBestIsRejected() {
    assertSingleViolation(
        () -> Estimate.approximately(-2), "best", "must not be negative (was -2)");
  }

  @Test
  void negativeHighIsRejected() {
    assertSingleViolation(() -> Estimate.upTo(-3), "high", "must not be negative (was -3)");
  }

  @Test
  void lowAboveBestIsRejectedAtBest() {
    assertSingleViolation(
        () -> range(5, 10).best(3).build(), "best", "low (5) must not be greater than best (3)");
  }

  @Test
  void bestAboveHighIsRejectedAtHigh() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.APPROXIMATELY).best(10).high(5).build(),
        "high",
        "best (10) must not be greater than high (5)");
  }

  @Test
  void lowAboveHighWithoutBestIsRejectedAtHigh() {
    assertSingleViolation(
        () -> Estimate.between(5, 3), "high", "low (5) must not be greater than high (3)");
  }

  @Test
  void exactNeedsAllThreeBounds() {
    SitrepValidationException e =
        invalid(() -> Estimate.builder().qualifier(EstimateQualifier.EXACT).low(3).build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly("");
    assertHasViolation(e, "", "an exact estimate needs low, best and high, all equal");
  }

  @Test
  void exactNeedsEqualBounds() {
    assertSingleViolation(
        () ->
            Estimate.builder().qualifier(EstimateQualifier.EXACT).low(1).best(2).high(3).build(),
        "",
        "an exact estimate needs low = best = high");
  }

  @Test
  void atLeastNeedsLow() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.AT_LEAST).best(4).build(),
        "low",
        "is required for an 'at least' estimate");
  }

  @Test
  void atLeastMustNotHaveHigh() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.AT_LEAST).low(3).high(9).build(),
        "high",
        "must be absent for an 'at least' estimate");
  }

  @Test
  void atMostNeedsHigh() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.AT_MOST).best(1).build(),
        "high",
        "is required for an 'at most' estimate");
  }

  @Test
  void aOneSidedEstimateHasItsOneBoundOnlyAndMayHaveABestFigure() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.AT_MOST).low(1).high(5).build(),
        "low",
        "must be absent for an 'at most' estimate");
    assertThat(Estimate.upTo(17).withBest(12).best()).hasValue(12);
    assertThat(Estimate.atLeast(3).withBest(5).best()).hasValue(5);
  }

  @Test
  void moreThanKeepsTheNumberAsSaidAsABoundThatIsExceeded() {
    Estimate overTwoDozen = Estimate.moreThan(24).withPhrase("over two dozen");
    assertThat(overTwoDozen.qualifier()).isEqualTo(EstimateQualifier.MORE_THAN);
    assertThat(overTwoDozen.low()).hasValue(24);
    assertThat(overTwoDozen.high()).isEmpty();
    assertThat(overTwoDozen).isNotEqualTo(Estimate.atLeast(25).withPhrase("over two dozen"));
    assertThat(overTwoDozen.withBest(26).best()).hasValue(26);
    assertSingleViolation(
        () -> overTwoDozen.withBest(24), "best", "must be above low (24) for a 'more than' estimate");
    assertSingleViolation(
        () -> overTwoDozen.withHigh(30), "high", "must be absent for a 'more than' estimate");
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.MORE_THAN).build(),
        "low",
        "is required for a 'more than' estimate");
  }

  @Test
  void fewerThanKeepsTheNumberAsSaidAsABoundThatIsNotReached() {
    Estimate underADozen = Estimate.fewerThan(12).withPhrase("under a dozen");
    assertThat(underADozen.high()).hasValue(12);
    assertThat(underADozen.low()).isEmpty();
    assertThat(underADozen.withBest(11).best()).hasValue(11);
    assertSingleViolation(
        () -> underADozen.withBest(12), "best", "must be below high (12) for a 'fewer than' estimate");
    assertSingleViolation(
        () -> underADozen.withLow(1), "low", "must be absent for a 'fewer than' estimate");
    assertSingleViolation(
        () -> Estimate.fewerThan(0), "high", "must be at least 1 for a 'fewer than' estimate");
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.FEWER_THAN).build(),
        "high",
        "is required for a 'fewer than' estimate");
  }

  @Test
  void approximatelyNeedsBest() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.APPROXIMATELY).low(1).build(),
        "best",
        "is required for an approximate estimate");
  }

  @Test
  void rangeNeedsLowAndHigh() {
    SitrepValidationException e =
        invalid(() -> Estimate.builder().qualifier(EstimateQualifier.RANGE).best(3).build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly("low", "high");
    assertHasViolation(e, "low", "is required for a range estimate");
    assertHasViolation(e, "high", "is required for a range estimate");
  }

  @Test
  void unspecifiedNeedsPhrase() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(EstimateQualifier.UNSPECIFIED).build(),
        "phrase",
        "is required for an unspecified estimate");
  }

  @Test
  void blankPhraseIsRejected() {
    assertSingleViolation(() -> Estimate.unspecified("  "), "phrase", "must not be blank");
  }

  @Test
  void untrimmedPhraseIsRejected() {
    assertSingleViolation(
        () -> Estimate.upTo(17).withPhrase(" up to 17"),
        "phrase",
        "must not start or end with white space");
  }

  @Test
  void extensionWithBlankValueIsRejected() {
    assertSingleViolation(
        () ->
            Estimate.builder()
                .qualifier(EstimateQualifier.AT_LEAST)
                .low(3)
                .putExtension("confidence", " ")
                .build(),
        "extensions.confidence",
        "needs a JSON value");
  }

  @Test
  void extensionWithBlankNameIsRejected() {
    assertSingleViolation(
        () -> Estimate.exactly(1).withExtensions(Map.of(" ", "true")),
        "extensions",
        "an extension needs a name");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                Estimate.builder()
                    .qualifier(EstimateQualifier.AT_LEAST)
                    .low(-1)
                    .high(-5)
                    .phrase(" at least ")
                    .build());

    assertThat(e.typeName()).isEqualTo("Estimate");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("low", "high", "high", "phrase", "high");
    assertHasViolation(e, "low", "must not be negative (was -1)");
    assertHasViolation(e, "high", "must not be negative (was -5)");
    assertHasViolation(e, "high", "low (-1) must not be greater than high (-5)");
    assertHasViolation(e, "phrase", "white space");
    assertHasViolation(e, "high", "must be absent");
    assertThat(e.getMessage()).startsWith("Invalid Estimate (5 problems): ");
  }

  @Test
  void missingQualifierIsReportedByName() {
    assertSingleViolation(() -> Estimate.builder().build(), "qualifier", "is required");

    SitrepValidationException e = invalid(() -> Estimate.builder().low(2).build());
    assertThat(e.typeName()).isEqualTo("Estimate");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("qualifier");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(
        () -> Estimate.builder().qualifier(null), "qualifier", "must not be null");
    assertSingleViolation(
        () -> Estimate.builder().phrase((String) null), "phrase", "must not be null");
    assertSingleViolation(
        () -> Estimate.exactly(1).withQualifier(null), "qualifier", "must not be null");
    assertSingleViolation(
        () -> Estimate.upTo(1).withPhrase((String) null), "phrase", "must not be null");
  }

  @Test
  void builderIsStrict() {
    assertThatThrownBy(
            () -> Estimate.builder().qualifier(EstimateQualifier.EXACT).qualifier(EstimateQualifier.RANGE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("qualifier");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Estimate built =
        Estimate.builder()
            .qualifier(EstimateQualifier.AT_MOST)
            .high(17)
            .phrase("up to 17")
            .build();
    Estimate copied = Estimate.upTo(17).withPhrase("up to 17");

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(copied).isNotEqualTo(Estimate.upTo(17));
    assertThat(Estimate.exactly(2)).isEqualTo(Estimate.exactly(2)).isNotEqualTo(Estimate.exactly(3));
    assertThat(Estimate.atLeast(3)).isNotEqualTo(Estimate.approximately(3));
  }

  @Test
  void withCopiesChangeOneAttributeAndLeaveTheOriginal() {
    Estimate upTo = Estimate.upTo(17);
    Estimate phrased = upTo.withPhrase("up to 17");

    assertThat(phrased.phrase()).hasValue("up to 17");
    assertThat(phrased.high()).hasValue(17);
    assertThat(upTo.phrase()).isEmpty();
    assertThat(phrased.withBest(OptionalLong.of(2)).best()).hasValue(2);
  }

  @Test
  void withCopiesAreRevalidated() {
    assertHasViolation(
        () -> Estimate.upTo(17).withLow(20), "high", "low (20) must not be greater than high (17)");
    assertSingleViolation(
        () -> Estimate.upTo(17).withHigh(-1), "high", "must not be negative");
    assertSingleViolation(
        () -> Estimate.atLeast(3).withHigh(9), "high", "must be absent");
    assertHasViolation(
        () -> Estimate.upTo(17).withQualifier(EstimateQualifier.EXACT), "", "needs low, best and high");
    assertHasViolation(
        () -> Estimate.between(2, 3).withBest(3).withQualifier(EstimateQualifier.EXACT),
        "",
        "low = best = high");
    assertSingleViolation(
        () -> Estimate.unspecified("several").withPhrase(java.util.Optional.empty()),
        "phrase",
        "is required for an unspecified estimate");
  }
}
