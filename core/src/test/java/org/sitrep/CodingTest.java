package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Who or what coded a record, and how confident they were: separate from verification. */
class CodingTest {
  @Test
  void aClassifiersLabelHasItsModelAndProbability() {
    Coding viina =
        Coding.builder()
            .method(CodingMethod.MACHINE)
            .model("viina-bert-2.1")
            .probability(0.87)
            .codedAt(OffsetDateTime.parse("2023-09-07T03:00:00Z"))
            .confidence(Confidence.of(ConfidenceLevel.HIGH))
            .build();
    assertThat(viina.probability()).contains(0.87);
    assertThat(viina.confidence().flatMap(Confidence::level)).contains(ConfidenceLevel.HIGH);
    assertThat(CodingMethod.of("crowd").isKnown()).isFalse();
  }

  @Test
  void aPersonsCodingHasNoModelOrProbability() {
    assertSingleViolation(
        () -> Coding.builder().method(CodingMethod.HUMAN).model("gpt").build(),
        "model",
        "a coding by a person has no model");
    assertSingleViolation(
        () -> Coding.builder().method(CodingMethod.HUMAN).probability(0.5).build(),
        "probability",
        "a coding by a person has no probability");
    assertThat(Coding.builder().method(CodingMethod.HUMAN).coder(Actor.of("ACLED", ActorKind.ORGANISATION)).build().coder())
        .isPresent();
  }

  @Test
  void aProbabilityIsFromZeroToOne() {
    assertSingleViolation(
        () -> Coding.builder().method(CodingMethod.MACHINE).probability(1.5).build(),
        "probability",
        "must be from 0 to 1, not 1.5");
    assertSingleViolation(
        () -> Coding.builder().method(CodingMethod.MACHINE).probability(Double.NaN).build(),
        "probability",
        "must be from 0 to 1, not NaN");
    assertThat(Coding.builder().method(CodingMethod.MACHINE).probability(0.0).build().probability()).contains(0.0);
  }

  @Test
  void aConfidenceIsAScoreALevelOrBothInAgreement() {
    assertThat(Confidence.ofScore(85).level()).isEmpty();
    assertThat(Confidence.builder().score(85).level(ConfidenceLevel.HIGH).build().score()).hasValue(85);
    assertSingleViolation(
        () -> Confidence.builder().build(), "score", "a confidence needs a score or a level");
    assertSingleViolation(() -> Confidence.ofScore(101), "score", "must be from 0 to 100, not 101");
    assertSingleViolation(() -> Confidence.ofScore(-1), "score", "must be from 0 to 100, not -1");
    assertSingleViolation(
        () -> Confidence.builder().score(29).level(ConfidenceLevel.MEDIUM).build(),
        "level",
        "a score of 29 is low, not medium (30 to 69)");
    assertThat(ConfidenceLevel.ofScore(0)).isEqualTo(ConfidenceLevel.NONE);
    assertThat(ConfidenceLevel.ofScore(30)).isEqualTo(ConfidenceLevel.MEDIUM);
    assertThat(ConfidenceLevel.ofScore(100)).isEqualTo(ConfidenceLevel.HIGH);
  }
}
