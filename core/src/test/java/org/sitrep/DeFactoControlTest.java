package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeFactoControlTest {
  private static final String PHRASE =
      "the Russian-controlled part of Ukraine's southern Zaporizhzhia region";

  private static Actor russia() {
    return Actor.of("Russia", ActorKind.STATE);
  }

  private static DeFactoControl.Builder russianControl() {
    return DeFactoControl.builder().controller(russia());
  }

  @Test
  void fullBuild() {
    ReportedTime asOf = ReportedTime.on(LocalDate.of(2023, 9, 7));
    DeFactoControl control =
        russianControl()
            .asOf(asOf)
            .claim(ClaimId.of("balitsky-enerhodar"))
            .phrase(PHRASE)
            .build();

    assertThat(control.controller()).isEqualTo(russia());
    assertThat(control.asOf()).hasValue(asOf);
    assertThat(control.claim()).hasValue(ClaimId.of("balitsky-enerhodar"));
    assertThat(control.phrase()).hasValue(PHRASE);
  }

  @Test
  void controllerAloneIsEnough() {
    DeFactoControl control = russianControl().build();

    assertThat(control.asOf()).isEmpty();
    assertThat(control.claim()).isEmpty();
    assertThat(control.phrase()).isEmpty();
  }

  @Test
  void blankPhraseIsRejected() {
    assertSingleViolation(() -> russianControl().phrase(" ").build(), "phrase", "must not be blank");
    assertSingleViolation(
        () -> russianControl().phrase(PHRASE + " ").build(),
        "phrase",
        "must not start or end with white space");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(() -> russianControl().phrase("").putExtension("since", "").build());

    assertThat(e.typeName()).isEqualTo("DeFactoControl");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("phrase", "extensions.since");
  }

  @Test
  void missingControllerIsReportedByName() {
    assertSingleViolation(
        () -> DeFactoControl.builder().phrase(PHRASE).build(),
        "controller",
        "is required but was not set");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(
        () -> DeFactoControl.builder().controller(null), "controller", "must not be null");
    assertSingleViolation(
        () -> DeFactoControl.builder().claim((ClaimId) null), "claim", "must not be null");
    assertSingleViolation(
        () -> DeFactoControl.builder().asOf((ReportedTime) null), "asOf", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    DeFactoControl built = russianControl().phrase(PHRASE).build();
    DeFactoControl copied = russianControl().build().withPhrase(PHRASE);

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(copied).isNotEqualTo(russianControl().build());
  }

  @Test
  void withCopiesAreRevalidated() {
    DeFactoControl control = russianControl().build();

    assertThat(control.withClaim(ClaimId.of("c1")).claim()).hasValue(ClaimId.of("c1"));
    assertSingleViolation(() -> control.withPhrase("\n"), "phrase", "must not be blank");
  }
}
