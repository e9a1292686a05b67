package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AidPackageTest {
  private static final AidPackageId US = AidPackageId.of("us-package");
  private static final AidPackageId UK = AidPackageId.of("uk-package");

  private static AidPackage.Builder usPackage() {
    return AidPackage.builder()
        .id(US)
        .donor(Actor.of("the US", ActorKind.STATE))
        .recipient(Actor.of("Ukraine", ActorKind.STATE))
        .category(AidCategory.MILITARY)
        .stage(AidStage.ANNOUNCED);
  }

  @Test
  void fullBuild() {
    MonetaryValue value =
        MonetaryValue.upTo(Money.of("175000000", "USD")).withEquivalents(Money.of("140000000", "GBP"));
    AidItem shells =
        AidItem.builder()
            .description("depleted uranium anti-tank shells")
            .category(ItemCategory.AMMUNITION)
            .platform("Abrams tanks")
            .build();
    ReportedTime autumn =
        ReportedTime.between(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), TimePrecision.SEASON);

    AidPackage aid =
        usPackage()
            .announcedOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
            .value(value)
            .addItem(shells)
            .expectedDelivery(autumn)
            .addRelated(UK)
            .addClaim(ClaimId.of("us-announcement"))
            .summary("US military aid package worth up to $175m")
            .build();

    assertThat(aid.id()).isEqualTo(US);
    assertThat(aid.donor().name()).isEqualTo("the US");
    assertThat(aid.recipient().name()).isEqualTo("Ukraine");
    assertThat(aid.category()).isEqualTo(AidCategory.MILITARY);
    assertThat(aid.stage()).isEqualTo(AidStage.ANNOUNCED);
    assertThat(aid.value()).hasValue(value);
    assertThat(aid.items()).containsExactly(shells);
    assertThat(aid.expectedDelivery()).hasValue(autumn);
    assertThat(aid.related()).containsExactly(UK);
    assertThat(aid.claims()).containsExactly(ClaimId.of("us-announcement"));
  }

  @Test
  void requiredAttributesAreEnough() {
    AidPackage aid = usPackage().build();

    assertThat(aid.value()).isEmpty();
    assertThat(aid.items()).isEmpty();
    assertThat(aid.related()).isEmpty();
  }

  @Test
  void packageCannotRelateToItself() {
    assertSingleViolation(
        () -> usPackage().addRelated(US).build(), "related[0]", "a package cannot relate to itself");
  }

  @Test
  void repeatedRelatedPackageIsRejected() {
    assertSingleViolation(
        () -> usPackage().addRelated(UK, UK).build(), "related[1]", "repeats 'uk-package'");
  }

  @Test
  void repeatedClaimIsRejected() {
    ClaimId claim = ClaimId.of("us-announcement");

    assertSingleViolation(
        () -> usPackage().addClaims(claim, claim).build(), "claims[1]", "repeats 'us-announcement'");
  }

  @Test
  void blankSummaryIsRejected() {
    assertSingleViolation(() -> usPackage().summary("").build(), "summary", "must not be blank");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                usPackage()
                    .addRelated(US, US)
                    .addClaims(ClaimId.of("c"), ClaimId.of("c"))
                    .summary(" ")
                    .build());

    assertThat(e.typeName()).isEqualTo("AidPackage");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("related[0]", "related[1]", "related[1]", "claims[1]", "summary");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> AidPackage.builder().summary("x").build());

    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("id", "donor", "recipient", "category", "stage");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> AidPackage.builder().id(null), "id", "must not be null");
    assertSingleViolation(() -> AidPackage.builder().donor(null), "donor", "must not be null");
    assertSingleViolation(() -> AidPackage.builder().stage(null), "stage", "must not be null");
    assertSingleViolation(
        () -> AidPackage.builder().value((MonetaryValue) null), "value", "must not be null");
    assertSingleViolation(
        () -> AidPackage.builder().addRelated((AidPackageId) null), "related", "null element");
    assertSingleViolation(() -> AidPackage.builder().addItem((AidItem) null), "items", "null element");
  }

  @Test
  void equalInputsGiveEqualValues() {
    AidPackage one = usPackage().addRelated(UK).build();
    AidPackage two = usPackage().build().withRelated(AidPackageId.of("uk-package"));

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(one.withStage(AidStage.DELIVERED));
  }

  @Test
  void withCopiesAreRevalidated() {
    AidPackage aid = usPackage().addRelated(UK).build();

    assertThat(aid.withStage(AidStage.COMMITTED).stage()).isEqualTo(AidStage.COMMITTED);
    assertSingleViolation(() -> aid.withRelated(US), "related[0]", "cannot relate to itself");
    assertSingleViolation(() -> aid.withId(UK), "related[0]", "cannot relate to itself");
    assertSingleViolation(() -> aid.withSummary(" "), "summary", "must not be blank");
  }
}
