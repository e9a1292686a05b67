package org.sitrep;

import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A point on the earth in WGS84 decimal degrees.
 *
 * <p>From the seed article's places: Kostiantynivka lies at about {@code GeoPoint.of(48.5277,
 * 37.7058)}. Rules: latitude within [-90, 90], longitude within [-180, 180], both finite.
 */
@Value.Immutable
@SitrepStyle
public abstract class GeoPoint implements WithGeoPoint, Extensible {
  GeoPoint() {}

  /** @return degrees north of the equator, -90 to 90 */
  @Value.Parameter
  public abstract double latitude();

  /** @return degrees east of Greenwich, -180 to 180 */
  @Value.Parameter
  public abstract double longitude();

  /**
   * A point.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the point
   */
  public static GeoPoint of(double latitude, double longitude) {
    // + 0.0 turns -0.0 into 0.0, so that the equator and the prime meridian have one value each.
    return ImmutableGeoPoint.of(latitude + 0.0, longitude + 0.0);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    // Messages are built only on failure: the checks run on every value read.
    if (!(latitude() >= -90 && latitude() <= 90)) {
      v.add("latitude", "must be within -90 and 90 degrees (was " + latitude() + ")");
    }
    if (!(longitude() >= -180 && longitude() <= 180)) {
      v.add("longitude", "must be within -180 and 180 degrees (was " + longitude() + ")");
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("GeoPoint");
  }
}
