package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitrepValidationExceptionTest {
  private static final Violation LOW = Violation.of("low", "must not be negative (was -1)");
  private static final Violation HIGH =
      Violation.of("high", "low (5) must not be greater than high (3)");
  private static final Violation WHOLE = Violation.of("", "an exact estimate needs low = best = high");

  @Test
  void messageListsEveryViolation() {
    SitrepValidationException e = new SitrepValidationException("Estimate", List.of(LOW, HIGH, WHOLE));

    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid Estimate (3 problems): low: must not be negative (was -1); "
                + "high: low (5) must not be greater than high (3); "
                + "an exact estimate needs low = best = high");
    assertThat(e.typeName()).isEqualTo("Estimate");
    assertThat(e.violations()).containsExactly(LOW, HIGH, WHOLE);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void singleViolationIsOneProblem() {
    assertThat(new SitrepValidationException("Estimate", List.of(HIGH)).getMessage())
        .isEqualTo("Invalid Estimate (1 problem): high: low (5) must not be greater than high (3)");
  }

  @Test
  void unknownTypeNameSaysInvalidValue() {
    assertThat(new SitrepValidationException("", List.of(LOW)).getMessage())
        .startsWith("Invalid value (1 problem): low: ");
  }

  @Test
  void violationsAreACopyThatCannotChange() {
    List<Violation> found = new ArrayList<>(List.of(LOW));
    SitrepValidationException e = new SitrepValidationException("Estimate", found);
    found.add(HIGH);

    assertThat(e.violations()).containsExactly(LOW);
    assertThatThrownBy(() -> e.violations().add(HIGH)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anExceptionNeedsAViolation() {
    assertThatThrownBy(() -> new SitrepValidationException("Estimate", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(SitrepValidationException.class)
        .hasMessageContaining("at least one violation");
  }

  @Test
  void missingAttributesFromTheBuilderBecomeOneViolationEach() {
    SitrepValidationException e =
        new SitrepValidationException(
            "Cannot build Casualty, some of required attributes are not set [id, outcome, count]");

    assertThat(e.typeName()).isEqualTo("Casualty");
    assertThat(e.violations())
        .containsExactly(
            Violation.of("id", "is required but was not set"),
            Violation.of("outcome", "is required but was not set"),
            Violation.of("count", "is required but was not set"));
    assertThat(e.getMessage()).startsWith("Invalid Casualty (3 problems): id: is required");
  }

  @Test
  void nullAttributeFromTheBuilderIsNamed() {
    SitrepValidationException e = new SitrepValidationException("qualifier");

    assertThat(e.typeName()).isEmpty();
    assertThat(e.violations()).containsExactly(Violation.of("qualifier", "must not be null"));
  }

  @Test
  void nullElementsAndEntriesAreReportedAtTheirAttribute() {
    assertThat(new SitrepValidationException("means element").violations())
        .containsExactly(Violation.of("means", "must not contain a null element"));
    assertThat(new SitrepValidationException("extensions key").violations())
        .containsExactly(Violation.of("extensions", "must not contain a null key"));
    assertThat(new SitrepValidationException("extensions value for key: confidence").violations())
        .containsExactly(Violation.of("extensions.confidence", "must not be null"));
  }

  @Test
  void nestedBuilderFailuresNameTheAttribute() {
    assertThat(catchViolations(() -> Incident.builder().addMeans((Means) null)))
        .containsExactly(Violation.of("means", "must not contain a null element"));
    assertThat(catchViolations(() -> Estimate.builder().putExtension("confidence", null)))
        .containsExactly(Violation.of("extensions.confidence", "must not be null"));
  }

  private static List<Violation> catchViolations(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return ValidationAssertions.invalid(call).violations();
  }

  // --- Violation ------------------------------------------------------------------------------

  @Test
  void underJoinsPathsWithADot() {
    assertThat(Violation.of("count", "r").under("casualties[0]").path()).isEqualTo("casualties[0].count");
    assertThat(Violation.of("count", "r").under("casualties[0]").under("incidents[1]").path())
        .isEqualTo("incidents[1].casualties[0].count");
  }

  @Test
  void underJoinsAnIndexWithoutADot() {
    assertThat(Violation.of("[2]", "r").under("claims").path()).isEqualTo("claims[2]");
    assertThat(Violation.of("[0].id", "r").under("incidents").path()).isEqualTo("incidents[0].id");
  }

  @Test
  void underOfTheWholeValueIsThePrefix() {
    assertThat(Violation.of("", "r").under("admin1").path()).isEqualTo("admin1");
  }

  @Test
  void underAnEmptyPrefixIsUnchanged() {
    Violation v = Violation.of("low", "r");

    assertThat(v.under("")).isEqualTo(v);
  }

  @Test
  void underKeepsTheReason() {
    assertThat(HIGH.under("count").reason()).isEqualTo(HIGH.reason());
  }

  @Test
  void violationEqualityAndText() {
    assertThat(Violation.of("low", "x"))
        .isEqualTo(Violation.of("low", "x"))
        .hasSameHashCodeAs(Violation.of("low", "x"))
        .isNotEqualTo(Violation.of("low", "y"))
        .isNotEqualTo(Violation.of("high", "x"));
    assertThat(LOW.toString()).isEqualTo("low: must not be negative (was -1)");
    assertThat(WHOLE.toString()).isEqualTo("an exact estimate needs low = best = high");
  }

  @Test
  void violationNeedsPathAndReason() {
    assertThatThrownBy(() -> Violation.of(null, "r")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Violation.of("p", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void violationsSurviveJavaSerialization() throws Exception {
    SitrepValidationException original =
        new SitrepValidationException("Estimate", List.of(Violation.of("high", "too low")));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    Object copy;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }
    assertThat(copy).isInstanceOf(SitrepValidationException.class);
    assertThat(((SitrepValidationException) copy).violations())
        .containsExactly(Violation.of("high", "too low"));
    assertThat(((SitrepValidationException) copy).getMessage()).isEqualTo(original.getMessage());
  }
}
