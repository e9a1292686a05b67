package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import org.junit.jupiter.api.Test;

class LocationTest {
  private static final AdminArea ZAPORIZHZHIA = AdminArea.of("Zaporizhzhia region", "UA-23");

  private static DeFactoControl russianControl() {
    return DeFactoControl.builder()
        .controller(Actor.of("Russia", ActorKind.STATE))
        .phrase("the Russian-controlled part of Ukraine's southern Zaporizhzhia region")
        .build();
  }

  private static Location.Builder enerhodar() {
    return Location.builder()
        .name("Enerhodar")
        .addAlternateName(PlaceName.of("Energodar", "ru-Latn"))
        .country("UA")
        .admin1(ZAPORIZHZHIA)
        .precision(GeoPrecision.TOWN);
  }

  private static Location.Builder town(String name) {
    return Location.builder().name(name).precision(GeoPrecision.TOWN);
  }

  @Test
  void fullBuild() {
    Location location =
        enerhodar()
            .admin2(AdminArea.of("Vasylivka district", "UA-23"))
            .point(GeoPoint.of(47.4989, 34.6558))
            .control(russianControl())
            .addGazetteerId(GazetteerRef.of(GazetteerScheme.GEONAMES, "708730"))
            .description("on the Kakhovka reservoir")
            .build();

    assertThat(location.name()).contains("Enerhodar");
    assertThat(location.alternateNames()).containsExactly(PlaceName.of("Energodar", "ru-Latn"));
    assertThat(location.country()).hasValue("UA");
    assertThat(location.admin1()).hasValue(ZAPORIZHZHIA);
    assertThat(location.admin2()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Vasylivka district"));
    assertThat(location.point()).hasValue(GeoPoint.of(47.4989, 34.6558));
    assertThat(location.precision()).isEqualTo(GeoPrecision.TOWN);
    assertThat(location.control()).hasValue(russianControl());
    assertThat(location.gazetteerIds()).hasSize(1);
    assertThat(location.description()).hasValue("on the Kakhovka reservoir");
  }

  @Test
  void deJureCountryIsKeptApartFromDeFactoControl() {
    Location location = enerhodar().control(russianControl()).build();

    assertThat(location.country()).hasValue("UA");
    assertThat(location.control().map(c -> c.controller().name())).hasValue("Russia");
  }

  @Test
  void nameAndPrecisionAreEnough() {
    Location location = Location.builder().name("Russia").precision(GeoPrecision.COUNTRY).build();

    assertThat(location.country()).isEmpty();
    assertThat(location.alternateNames()).isEmpty();
    assertThat(location.gazetteerIds()).isEmpty();
  }

  @Test
  void areasWithoutCodeNeedNoCountry() {
    Location location = town("Ramenskoye").admin1(AdminArea.builder().name("Moscow region").build()).build();

    assertThat(location.admin1()).isPresent();
  }

  @Test
  void blankNameIsRejected() {
    assertSingleViolation(() -> town(" ").build(), "name", "must not be blank");
  }

  @Test
  void countryMustBeAnIsoAlpha2Code() {
    assertSingleViolation(
        () -> town("Kostiantynivka").country("UKR").build(),
        "country",
        "'UKR' is not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void admin1CodeMustBeInTheLocationsCountry() {
    assertSingleViolation(
        () -> town("Enerhodar").country("RU").admin1(ZAPORIZHZHIA).build(),
        "admin1.isoCode",
        "'UA-23' is not in the location's country (RU)");
  }

  @Test
  void admin2CodeMustBeInTheLocationsCountry() {
    assertSingleViolation(
        () -> enerhodar().admin2(AdminArea.of("Moscow region", "RU-MOS")).build(),
        "admin2.isoCode",
        "'RU-MOS' is not in the location's country (UA)");
  }

  @Test
  void areaCodeNeedsACountry() {
    assertSingleViolation(
        () -> town("Enerhodar").admin1(ZAPORIZHZHIA).build(),
        "admin1.isoCode",
        "needs the location's country to be set");
  }

  @Test
  void alternateNameMustNotRepeat() {
    assertSingleViolation(
        () -> enerhodar().addAlternateName(PlaceName.of("Energodar", "ru-Latn")).build(),
        "alternateNames[1]",
        "repeats");
  }

  @Test
  void gazetteerIdMustNotRepeat() {
    GazetteerRef geonames = GazetteerRef.of(GazetteerScheme.GEONAMES, "708730");

    assertSingleViolation(
        () -> enerhodar().addGazetteerId(geonames).addGazetteerId(geonames).build(),
        "gazetteerIds[1]",
        "listed earlier");
  }

  @Test
  void blankDescriptionIsRejected() {
    assertSingleViolation(
        () -> town("Kostiantynivka").description("near the front line ").build(),
        "description",
        "must not start or end with white space");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                Location.builder()
                    .name("")
                    .country("ua")
                    .admin1(ZAPORIZHZHIA)
                    .admin2(ZAPORIZHZHIA)
                    .addAlternateName(PlaceName.of("Energodar"))
                    .addAlternateName(PlaceName.of("Energodar"))
                    .precision(GeoPrecision.TOWN)
                    .description(" ")
                    .build());

    assertThat(e.typeName()).isEqualTo("Location");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly(
            "name", "country", "admin1.isoCode", "admin2.isoCode", "alternateNames[1]", "description");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> Location.builder().country("UA").build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly("precision");
    assertSingleViolation(
        () -> Location.builder().country("UA").precision(GeoPrecision.COUNTRY).build(),
        "name",
        "is required unless a description or a point says which place it is");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Location.builder().name((String) null), "name", "must not be null");
    assertSingleViolation(() -> Location.builder().precision(null), "precision", "must not be null");
    assertSingleViolation(
        () -> Location.builder().admin1((AdminArea) null), "admin1", "must not be null");
    assertSingleViolation(
        () -> Location.builder().control((DeFactoControl) null), "control", "must not be null");
    assertSingleViolation(
        () -> Location.builder().addAlternateName(null), "alternateNames", "null element");
    assertSingleViolation(
        () -> Location.builder().addGazetteerId(null), "gazetteerIds", "null element");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Location one = enerhodar().build();
    Location two = enerhodar().build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one.withControl(russianControl())).isNotEqualTo(one);
  }

  @Test
  void withCopiesAreRevalidated() {
    Location location = enerhodar().build();

    assertThat(location.withControl(russianControl()).control()).isPresent();
    assertThat(location.control()).isEmpty();
    assertSingleViolation(
        () -> location.withCountry("RU"), "admin1.isoCode", "not in the location's country (RU)");
    assertHasViolation(
        () -> location.withAlternateNames(PlaceName.of("Energodar"), PlaceName.of("Energodar")),
        "alternateNames[1]",
        "repeats");
    assertSingleViolation(() -> location.withName(""), "name", "must not be blank");
  }

  @Test
  void aPlaceOutsideAnyCountryHasNoCountryAndNoAdministrativeArea() {
    Location blackSea =
        Location.builder().name("Black Sea").precision(GeoPrecision.INTERNATIONAL).build();
    assertThat(blackSea.country()).isEmpty();
    assertSingleViolation(
        () ->
            Location.builder()
                .name("Black Sea")
                .country("UA")
                .precision(GeoPrecision.INTERNATIONAL)
                .build(),
        "country",
        "must be absent for a place outside any country");
  }

  @Test
  void anUnnamedPlaceDoesNotBorrowItsRegionsName() {
    Location village =
        Location.builder()
            .description("a village")
            .country("UA")
            .admin1(AdminArea.of("Kharkiv region", "UA-63"))
            .precision(GeoPrecision.REGION)
            .build();
    assertThat(village.name()).isEmpty();
    assertThat(village.admin1().map(AdminArea::name)).contains("Kharkiv region");
  }

  @Test
  void aPlaceHasAThirdAdministrativeLevelAndAPositionRelativeToAnother() {
    Location ramenskoye =
        Location.builder()
            .name("Ramenskoye")
            .country("RU")
            .admin1(AdminArea.of("Moscow region", "RU-MOS"))
            .admin3(AdminArea.builder().name("Ramensky urban okrug").build())
            .relativeTo(
                RelativePosition.builder()
                    .direction(CompassDirection.SOUTHEAST)
                    .distanceKm(Estimate.approximately(45))
                    .reference("the Russian capital")
                    .build())
            .precision(GeoPrecision.TOWN)
            .build();
    assertThat(ramenskoye.admin3().map(AdminArea::name)).contains("Ramensky urban okrug");
    assertThat(ramenskoye.relativeTo().flatMap(RelativePosition::direction))
        .contains(CompassDirection.SOUTHEAST);
    assertSingleViolation(
        () -> RelativePosition.of(" "), "reference", "must not be blank");
    assertSingleViolation(
        () ->
            ramenskoye.withAdmin3(AdminArea.of("Somewhere", "UA-14")),
        "admin3.isoCode",
        "'UA-14' is not in the location's country (RU)");
  }
}
