package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a value with a million broken elements keeps a hundred violations, counts the rest,
 * and its message stays a few KiB; the checks run in time linear in the value's size.
 */
class BoundedViolationsTest {
  private static final int MESSAGE_BOUND = 4096;

  private static Claim.Builder claim() {
    return Claim.builder()
        .id(ClaimId.of("kremlin"))
        .source(Actor.of("the Kremlin", ActorKind.GOVERNMENT))
        .statement("Drones were shot down")
        .kind(ClaimKind.FACTUAL_ASSERTION)
        .verification(VerificationStatus.UNVERIFIED);
  }

  @Test
  void aMillionRepeatedReferencesKeepAHundredViolationsAndCountTheRest() {
    List<IncidentId> same = Collections.nCopies(1_000_000, IncidentId.of("i"));
    SitrepValidationException e =
        catchThrowableOfType(
            SitrepValidationException.class, () -> claim().addAllAboutIncidents(same).build());
    assertThat(e.violations()).hasSize(SitrepValidationException.MAX_VIOLATIONS);
    assertThat(e.violations().get(0).path()).isEqualTo("aboutIncidents[1]");
    assertThat(e.omitted()).isEqualTo(999_999 - SitrepValidationException.MAX_VIOLATIONS);
    assertThat(e.getMessage())
        .startsWith("Invalid Claim (999999 problems): aboutIncidents[1]: repeats 'i', listed earlier;")
        .endsWith("; and 999989 more")
        .hasSizeLessThan(MESSAGE_BOUND);
  }

  @Test
  void danglingReferencesOfAReportAreCappedToo() {
    List<IncidentId> nowhere = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      nowhere.add(IncidentId.of("x" + i));
    }
    SitrepValidationException e =
        catchThrowableOfType(
            SitrepValidationException.class,
            () -> Report.builder()
                .id(ReportId.of("r"))
                .addClaims(claim().addAllAboutIncidents(nowhere).build())
                .build());
    assertThat(e.violations()).hasSize(100);
    assertThat(e.omitted()).isEqualTo(199_900);
    assertThat(e.getMessage()).hasSizeLessThan(MESSAGE_BOUND);
  }

  @Test
  void casualtyIdsOfAnIncidentAreCheckedInLinearTime() {
    List<Casualty> figures = new ArrayList<>();
    Casualty one =
        Casualty.builder()
            .id(CasualtyId.of("k"))
            .outcome(CasualtyOutcome.KILLED)
            .population(PopulationGroup.CIVILIAN)
            .count(Estimate.exactly(1))
            .build();
    for (int i = 0; i < 200_000; i++) {
      figures.add(one); // quadratic, this took minutes
    }
    SitrepValidationException e =
        catchThrowableOfType(
            SitrepValidationException.class,
            () -> Incident.builder()
                .id(IncidentId.of("i"))
                .type(IncidentType.SHELLING)
                .outcome(IncidentOutcome.IMPACT)
                .addAllCasualties(figures)
                .build());
    assertThat(e.violations().get(0).toString())
        .isEqualTo("casualties[1].id: repeats the id 'k' of casualties[0]");
    assertThat(e.violations().size() + e.omitted()).isEqualTo(199_999);
  }

  @Test
  void theExceptionKeepsAtMostTheCapOfWhatItIsGiven() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      many.add(Violation.of("p" + i, "r".repeat(10_000)));
    }
    SitrepValidationException e = new SitrepValidationException("Estimate", many, 7);
    assertThat(e.violations()).hasSize(100);
    assertThat(e.omitted()).isEqualTo(157);
    assertThat(e.getMessage()).startsWith("Invalid Estimate (257 problems): p0: rrr").hasSizeLessThan(MESSAGE_BOUND);
    assertThatThrownBy(() -> new SitrepValidationException("Estimate", many, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SitrepValidationException("Estimate", many.subList(0, 1)).omitted()).isZero();
  }

  @Test
  void allMeansTheProblemsOfTheValueBeingBuilt() {
    // repeated and dangling: the claim fails on its own rule, and the report is never built
    SitrepValidationException e =
        catchThrowableOfType(
            SitrepValidationException.class,
            () -> claim()
                .addAboutIncidents(IncidentId.of("i"), IncidentId.of("i"), IncidentId.of("nowhere"))
                .build());
    assertThat(e.typeName()).isEqualTo("Claim");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("aboutIncidents[1]");
  }

  @Test
  void unpairedSurrogatesAreNotText() {
    for (String bad : List.of("\uD800", "a\uDC00", "x\uD83D", "\uDE00\uD83D")) {
      SitrepValidationException e =
          catchThrowableOfType(
              SitrepValidationException.class,
              () -> Report.builder().id(ReportId.of("r")).headline(bad).build());
      assertThat(e.violations()).extracting(Violation::path).containsExactly("headline");
      assertThat(e.violations().get(0).reason()).contains("unpaired surrogate");
    }
    assertThat(Report.builder().id(ReportId.of("r")).headline("\uD83D\uDE00 drones").build().headline())
        .contains("\uD83D\uDE00 drones");
    assertThat(
            catchThrowableOfType(
                    SitrepValidationException.class,
                    () -> Estimate.builder()
                        .qualifier(EstimateQualifier.UNSPECIFIED)
                        .phrase("a few")
                        .putExtension("note", "\"\uD800\"")
                        .build())
                .violations())
        .extracting(Violation::path)
        .containsExactly("extensions.note");
  }

  @Test
  void aPartMayReuseTheReportsOwnId() {
    Report report =
        Report.builder()
            .id(ReportId.of("kharkiv"))
            .addIncidents(
                Incident.builder()
                    .id(IncidentId.of("kharkiv"))
                    .type(IncidentType.SHELLING)
                    .outcome(IncidentOutcome.IMPACT)
                    .build())
            .build();
    assertThat(report.incidents()).hasSize(1);
  }
}
