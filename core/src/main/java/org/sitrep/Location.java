package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Where something happened: a named place with its other spellings, the country it belongs to de
 * jure, its administrative areas, optional coordinates, how precisely it is known, and, kept apart
 * from the country, who controls it in fact.
 *
 * <p>From the seed article: Enerhodar, "a city in the Russian-controlled part of Ukraine's southern
 * Zaporizhzhia region", is {@code Location.builder().name("Enerhodar")
 * .addAlternateName(PlaceName.of("Energodar", "ru-Latn")).country("UA")
 * .admin1(AdminArea.of("Zaporizhzhia region", "UA-23")).precision(GeoPrecision.TOWN)
 * .control(...Russia...).build()}.
 *
 * <p>Rules: a name, a description or a point says which place it is; the name is trimmed and not
 * blank; the country is an ISO 3166-1 alpha-2 code; an
 * administrative area's ISO 3166-2 code starts with the location's country (Enerhodar's region is
 * {@code UA-23} because the country is Ukraine de jure, whoever controls it); no alternate name or
 * gazetteer id is listed twice; a place of precision {@code INTERNATIONAL} ("over the Black Sea")
 * has no country and no administrative area.
 *
 * <p>Built with {@code Location.builder().name(...).country("UA").admin1(...).precision(...)} and
 * {@code addAlternateName(PlaceName)}, {@code addGazetteerId(GazetteerRef)} for the lists; {@code
 * relativeTo(RelativePosition)} for "southeast of the capital".
 */
@Value.Immutable
@SitrepStyle
public abstract class Location implements WithLocation, Extensible {
  Location() {}

  /**
   * @return the place's primary name as reported: "Kostiantynivka"; absent for a place the report
   *     does not name ("a village in the region", which must not borrow the region's name: it is
   *     the {@link #description()} with the region as {@link #admin1()})
   */
  public abstract Optional<String> name();

  /** @return other names, spellings and transliterations: "Konstantinovka" */
  public abstract List<PlaceName> alternateNames();

  /** @return the country it belongs to de jure, ISO 3166-1 alpha-2: "UA" */
  public abstract Optional<String> country();

  /** @return the first-level administrative area: "Donetsk region" (UA-14) */
  public abstract Optional<AdminArea> admin1();

  /** @return the second-level administrative area: a district */
  public abstract Optional<AdminArea> admin2();

  /** @return the third-level administrative area: a hromada, a municipality (ACLED's admin3) */
  public abstract Optional<AdminArea> admin3();

  /** @return coordinates, where known */
  public abstract Optional<GeoPoint> point();

  /** @return how precisely the place is known */
  public abstract GeoPrecision precision();

  /** @return who controls it in fact, as reported, where the report says */
  public abstract Optional<DeFactoControl> control();

  /** @return ids in gazetteers: GeoNames, P-codes */
  public abstract List<GazetteerRef> gazetteerIds();

  /**
   * @return where it is relative to another place: "southeast of the Russian capital", "near the
   *     front line", "20 km from the border"
   */
  public abstract Optional<RelativePosition> relativeTo();

  /**
   * @return what the report says of the place where no attribute says it: "a village", "a
   *     western Russian city"
   */
  public abstract Optional<String> description();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; each attribute may be set once. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Optional<String> name = name();
    Rules.text(v, "name", name);
    Optional<String> description = description();
    v.require(
        name.isPresent() || description.isPresent() || point().isPresent(),
        "name",
        "is required unless a description or a point says which place it is");
    Rules.country(v, "country", country());
    checkArea(v, "admin1", admin1());
    checkArea(v, "admin2", admin2());
    checkArea(v, "admin3", admin3());
    Rules.distinct(v, "alternateNames", alternateNames());
    Rules.distinct(v, "gazetteerIds", gazetteerIds());
    Rules.text(v, "description", description);
    if (precision() == GeoPrecision.INTERNATIONAL) {
      v.require(
          country().isEmpty(), "country", "must be absent for a place outside any country");
      v.require(
          admin1().isEmpty(), "admin1", "must be absent for a place outside any country");
      v.require(
          admin2().isEmpty(), "admin2", "must be absent for a place outside any country");
      v.require(
          admin3().isEmpty(), "admin3", "must be absent for a place outside any country");
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Location");
  }

  private void checkArea(Violations v, String path, Optional<AdminArea> area) {
    if (area.isEmpty()) {
      return;
    }
    Optional<String> isoCode = area.get().isoCode();
    if (isoCode.isEmpty()) {
      return;
    }
    String code = isoCode.get();
    Optional<String> country = country();
    if (country.isEmpty()) {
      v.add(path + ".isoCode", "needs the location's country to be set");
      return;
    }
    String c = country.get();
    // code.startsWith(c + "-"), without building c + "-" for every area.
    boolean inCountry = code.length() > c.length() && code.startsWith(c)
        && code.charAt(c.length()) == '-';
    if (!inCountry) {
      v.add(path + ".isoCode", "'" + code + "' is not in the location's country (" + c + ")");
    }
  }
}
