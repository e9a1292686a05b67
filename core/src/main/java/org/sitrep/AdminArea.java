package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * An administrative area a place lies in: a region (first level), a district (second level) or a
 * municipality or hromada (third level),
 * with its ISO 3166-2 code where it has one.
 *
 * <p>From the seed article: "Ukraine's southern Zaporizhzhia region" is {@code
 * AdminArea.of("Zaporizhzhia region", "UA-23")}, also written "Zaporozhye region"; "the Moscow region" is {@code RU-MOS}, Rostov
 * region {@code RU-ROS}, Bryansk region {@code RU-BRY}, Donetsk region {@code UA-14}.
 *
 * <p>Rules: the name is trimmed and not blank; the code is a known country code, a hyphen and 1 to
 * 3 letters or digits. A {@link Location} also checks that the code's country is its own.
 *
 * <p>Built with {@code AdminArea.of("Donetsk region", "UA-14")} or {@code
 * AdminArea.builder().name(...).isoCode(...)} and {@code addAlternateName(PlaceName)}.
 */
@Value.Immutable
@SitrepStyle
public abstract class AdminArea implements WithAdminArea, Extensible {
  AdminArea() {}

  /** @return the area's name as reported: "Zaporizhzhia region" */
  public abstract String name();

  /** @return the ISO 3166-2 code: "UA-23" */
  public abstract Optional<String> isoCode();

  /** @return other names and spellings of the area: "Zaporozhye region" */
  public abstract List<PlaceName> alternateNames();

  /**
   * An area with its code.
   *
   * @param name the name
   * @param isoCode the ISO 3166-2 code, e.g. {@code "UA-23"}
   * @return the area
   */
  public static AdminArea of(String name, String isoCode) {
    return builder().name(name).isoCode(isoCode).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdminArea}; each attribute may be set once. */
  public static final class Builder extends ImmutableAdminArea.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "name", name());
    Optional<String> isoCode = isoCode();
    if (isoCode.isPresent() && !Rules.isSubdivision(isoCode.get())) {
      Rules.subdivision(v, "isoCode", isoCode.get());
    }
    Rules.distinct(v, "alternateNames", alternateNames());
    Rules.extensions(v, extensions());
    v.throwIfAny("AdminArea");
  }
}
