package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.IdArbitraries.claimIds;
import static org.sitrep.testing.jqwik.MeasureArbitraries.geoPoints;
import static org.sitrep.testing.jqwik.MeasureArbitraries.reportedTimes;
import static org.sitrep.testing.jqwik.SourceArbitraries.actors;
import static org.sitrep.testing.jqwik.TextArbitraries.countries;
import static org.sitrep.testing.jqwik.TextArbitraries.languageTags;
import static org.sitrep.testing.jqwik.TextArbitraries.names;
import static org.sitrep.testing.jqwik.TextArbitraries.subdivisionSuffixes;
import static org.sitrep.testing.jqwik.TextArbitraries.texts;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.frequencyOf;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.unknownCodes;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.sitrep.AdminArea;
import org.sitrep.DeFactoControl;
import org.sitrep.GazetteerRef;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPoint;
import org.sitrep.GeoPrecision;
import org.sitrep.Location;
import org.sitrep.PlaceName;
import org.sitrep.testing.Fixtures;

/**
 * Generators of places: place names, administrative areas, gazetteer references, de facto control
 * and locations.
 */
final class PlaceArbitraries {
  private PlaceArbitraries() {}

  static Arbitrary<PlaceName> placeNames() {
    return withEdgeCases(
        Combinators.combine(names(), languageTags().optional())
            .as((name, tag) -> PlaceName.builder().name(name).language(tag).build()),
        PlaceName.of("Костянтинівка", "uk-Cyrl"),
        PlaceName.of("🔥"));
  }

  static Arbitrary<AdminArea> adminAreas() {
    return withEdgeCases(
        Combinators.combine(countries().optional(), areaDrafts()).as((c, area) -> area.in(c)),
        AdminArea.of("Zaporizhzhia region", "UA-23"),
        AdminArea.of("Запорізька область", "UA-23"),
        AdminArea.builder().name("x").build());
  }

  /** An administrative area before its country is known: the code's part after the hyphen. */
  private record AreaDraft(String name, Optional<String> codeSuffix, List<PlaceName> alternates) {
    /**
     * @return the area, with an ISO 3166-2 code in {@code country} if both are present
     */
    AdminArea in(Optional<String> country) {
      return AdminArea.builder()
          .name(name)
          .isoCode(country.flatMap(c -> codeSuffix.map(suffix -> c + "-" + suffix)))
          .addAllAlternateNames(alternates)
          .build();
    }
  }

  private static Arbitrary<AreaDraft> areaDrafts() {
    return Combinators.combine(
            names(),
            subdivisionSuffixes().optional(0.7),
            placeNames().list().ofMaxSize(2).uniqueElements())
        .as(AreaDraft::new);
  }

  static Arbitrary<GazetteerRef> gazetteerRefs() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<GazetteerRef> geonames =
        digits.map(d -> GazetteerRef.of(GazetteerScheme.GEONAMES, d));
    Arbitrary<GazetteerRef> pcodes =
        Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMaxLength(20))
            .as((a, b) -> GazetteerRef.of(GazetteerScheme.PCODE, a + b));
    Arbitrary<GazetteerRef> wikidata =
        Combinators.combine(
                Arbitraries.integers().between(1, 9),
                Arbitraries.strings().numeric().ofMaxLength(12))
            .as((a, b) -> GazetteerRef.of(GazetteerScheme.WIKIDATA, "Q" + a + b));
    Arbitrary<GazetteerRef> osm =
        Combinators.combine(
                Arbitraries.of("node", "way", "relation"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(15))
            .as((kind, n) -> GazetteerRef.of(GazetteerScheme.OSM, kind + "/" + n));
    Arbitrary<GazetteerRef> other =
        Combinators.combine(
                unknownCodes(GazetteerScheme.knownValues()).map(GazetteerScheme::of),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(128))
            .as(GazetteerRef::of);
    return withEdgeCases(
        frequencyOf(
            List.of(
                Tuple.of(3, geonames),
                Tuple.of(2, pcodes),
                Tuple.of(2, wikidata),
                Tuple.of(2, osm),
                Tuple.of(1, other))),
        GazetteerRef.of(GazetteerScheme.GEONAMES, "704147"));
  }

  static Arbitrary<DeFactoControl> deFactoControls() {
    return withEdgeCases(
        Builders.withBuilder(DeFactoControl::builder)
            .use(actors())
            .in(DeFactoControl.Builder::controller)
            .use(reportedTimes().optional())
            .in(DeFactoControl.Builder::asOf)
            .use(claimIds().optional())
            .in(DeFactoControl.Builder::claim)
            .use(texts().optional())
            .in(DeFactoControl.Builder::phrase)
            .build(DeFactoControl.Builder::build),
        Fixtures.deFactoControl());
  }

  static Arbitrary<Location> locations() {
    Arbitrary<Location> placed =
        Combinators.combine(
                locationsWithoutCountry(),
                countries().optional(0.8),
                areaDrafts().optional(),
                areaDrafts().optional(0.3))
            .as(
                (location, country, admin1, admin2) ->
                    location.precision() == GeoPrecision.INTERNATIONAL
                        ? location
                        : location
                            .withCountry(country)
                            .withAdmin1(admin1.map(a -> a.in(country)))
                            .withAdmin2(admin2.map(a -> a.in(country))));
    return withEdgeCases(
        placed,
        Fixtures.location(),
        Fixtures.location()
            .withName("Енергодар")
            .withPoint(GeoPoint.of(90, 180))
            .withControl(Fixtures.deFactoControl()),
        Location.builder()
            .name("🔥")
            .point(GeoPoint.of(-90, -180))
            .precision(GeoPrecision.COUNTRY)
            .build());
  }

  static Arbitrary<org.sitrep.RelativePosition> relativePositions() {
    return Combinators.combine(
            Arbitraries.of(org.sitrep.CompassDirection.class).optional(0.6),
            MeasureArbitraries.estimates().optional(0.3),
            names(),
            texts().optional(0.3))
        .as(
            (direction, distance, reference, phrase) ->
                org.sitrep.RelativePosition.builder()
                    .direction(direction)
                    .distanceKm(distance)
                    .reference(reference)
                    .phrase(phrase)
                    .build());
  }

  private static Arbitrary<Location> locationsWithoutCountry() {
    return Builders.withBuilder(Location::builder)
        .use(names())
        .in(Location.Builder::name)
        .use(placeNames().list().ofMaxSize(3).uniqueElements())
        .in(Location.Builder::addAllAlternateNames)
        .use(geoPoints().optional())
        .in(Location.Builder::point)
        .use(Arbitraries.of(GeoPrecision.class))
        .in(Location.Builder::precision)
        .use(deFactoControls().optional(0.2))
        .in(Location.Builder::control)
        .use(gazetteerRefs().list().ofMaxSize(2).uniqueElements())
        .in(Location.Builder::addAllGazetteerIds)
        .use(relativePositions().optional(0.2))
        .in(Location.Builder::relativeTo)
        .use(texts().optional(0.3))
        .in(Location.Builder::description)
        .build(Location.Builder::build)
        .map(PlaceArbitraries::sometimesUnnamed);
  }

  /** About 1 in 7 places with a description lose their name: "a village in the region". */
  private static Location sometimesUnnamed(Location l) {
    boolean drop = l.description().isPresent() && l.name().orElse("").hashCode() % 7 == 0;
    return drop ? l.withName(java.util.Optional.empty()) : l;
  }
}
