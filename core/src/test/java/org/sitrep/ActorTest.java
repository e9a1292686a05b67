package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ActorTest {
  private static Actor.Builder sobyanin() {
    return Actor.builder().name("Sergei Sobyanin").kind(ActorKind.PERSON);
  }

  @Test
  void fullBuild() {
    Actor actor =
        sobyanin()
            .role("Moscow mayor")
            .country("RU")
            .affiliation("United Russia")
            .handle("@MosSobyanin")
            .url(URI.create("https://www.mos.ru/mayor/"))
            .build();

    assertThat(actor.name()).isEqualTo("Sergei Sobyanin");
    assertThat(actor.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(actor.role()).hasValue("Moscow mayor");
    assertThat(actor.country()).hasValue("RU");
    assertThat(actor.affiliation()).hasValue("United Russia");
    assertThat(actor.handle()).hasValue("@MosSobyanin");
    assertThat(actor.url()).hasValue(URI.create("https://www.mos.ru/mayor/"));
  }

  @Test
  void ofNeedsOnlyNameAndKind() {
    Actor kremlin = Actor.of("the Kremlin", ActorKind.GOVERNMENT);

    assertThat(kremlin.name()).isEqualTo("the Kremlin");
    assertThat(kremlin.role()).isEmpty();
    assertThat(kremlin.country()).isEmpty();
    assertThat(kremlin.url()).isEmpty();
  }

  @Test
  void blankNameIsRejected() {
    assertSingleViolation(() -> Actor.of(" ", ActorKind.MEDIA), "name", "must not be blank");
    assertSingleViolation(
        () -> Actor.of("Interfax ", ActorKind.MEDIA),
        "name",
        "must not start or end with white space");
  }

  @Test
  void blankRoleIsRejected() {
    assertSingleViolation(() -> sobyanin().role("").build(), "role", "must not be blank");
  }

  @Test
  void countryMustBeAnIsoAlpha2Code() {
    assertSingleViolation(
        () -> sobyanin().country("ru").build(),
        "country",
        "'ru' is not an ISO 3166-1 alpha-2 country code");
    assertSingleViolation(() -> sobyanin().country("RUS").build(), "country", "'RUS'");
    assertSingleViolation(() -> sobyanin().country("XX").build(), "country", "'XX'");
  }

  @Test
  void blankAffiliationIsRejected() {
    assertSingleViolation(
        () -> sobyanin().affiliation("  ").build(), "affiliation", "must not be blank");
  }

  @Test
  void handleMustNotContainWhiteSpace() {
    assertSingleViolation(
        () -> sobyanin().handle("@maria drutska").build(),
        "handle",
        "must not be empty or contain white space");
    assertSingleViolation(() -> sobyanin().handle("").build(), "handle", "must not be empty");
  }

  @Test
  void urlMustBeAbsoluteHttp() {
    assertSingleViolation(
        () -> sobyanin().url(URI.create("ftp://mos.ru/mayor")).build(),
        "url",
        "'ftp://mos.ru/mayor' is not an absolute http(s) URL with a host");
    assertSingleViolation(
        () -> sobyanin().url(URI.create("/mayor")).build(), "url", "absolute http(s) URL");
    assertSingleViolation(
        () -> sobyanin().url(URI.create("https:///mayor")).build(), "url", "with a host");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                Actor.builder()
                    .name("")
                    .kind(ActorKind.PERSON)
                    .role(" Moscow mayor")
                    .country("Russia")
                    .affiliation(" ")
                    .handle("a b")
                    .url(URI.create("mailto:mayor@mos.ru"))
                    .build());

    assertThat(e.typeName()).isEqualTo("Actor");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("name", "role", "country", "affiliation", "handle", "url");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> Actor.builder().build());
    assertThat(e.typeName()).isEqualTo("Actor");
    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("name", "kind");

    assertSingleViolation(
        () -> Actor.builder().name("the Kremlin").build(), "kind", "is required but was not set");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Actor.builder().name(null), "name", "must not be null");
    assertSingleViolation(() -> Actor.builder().kind(null), "kind", "must not be null");
    assertSingleViolation(() -> Actor.builder().role((String) null), "role", "must not be null");
    assertSingleViolation(
        () -> Actor.builder().country((String) null), "country", "must not be null");
    assertSingleViolation(() -> Actor.builder().url((URI) null), "url", "must not be null");
    assertSingleViolation(
        () -> Actor.of("the Kremlin", ActorKind.GOVERNMENT).withName(null), "name", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Actor built = sobyanin().role("Moscow mayor").build();
    Actor copied = Actor.of("Sergei Sobyanin", ActorKind.PERSON).withRole("Moscow mayor");

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(copied).isNotEqualTo(Actor.of("Sergei Sobyanin", ActorKind.PERSON));
    assertThat(Actor.of("Interfax", ActorKind.MEDIA))
        .isNotEqualTo(Actor.of("Interfax", ActorKind.ORGANISATION));
  }

  @Test
  void withCopiesAreRevalidated() {
    Actor actor = sobyanin().build();

    assertThat(actor.withCountry("RU").country()).hasValue("RU");
    assertThat(actor.country()).isEmpty();
    assertSingleViolation(() -> actor.withRole(" "), "role", "must not be blank");
    assertSingleViolation(() -> actor.withCountry("SU"), "country", "'SU'");
    assertSingleViolation(() -> actor.withHandle("@a b"), "handle", "white space");
  }
}
