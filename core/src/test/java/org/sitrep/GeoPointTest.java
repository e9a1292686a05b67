package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoPointTest {
  private static GeoPoint kostiantynivka() {
    return GeoPoint.of(48.5277, 37.7058);
  }

  @Test
  void validPoint() {
    GeoPoint point = kostiantynivka();

    assertThat(point.latitude()).isEqualTo(48.5277);
    assertThat(point.longitude()).isEqualTo(37.7058);
    assertThat(point.extensions()).isEmpty();
  }

  @Test
  void boundsAreInclusive() {
    assertThat(GeoPoint.of(90, 180).latitude()).isEqualTo(90);
    assertThat(GeoPoint.of(-90, -180).longitude()).isEqualTo(-180);
    assertThat(GeoPoint.of(0, 0).latitude()).isZero();
  }

  @Test
  void latitudeOutOfRangeIsRejected() {
    assertSingleViolation(
        () -> GeoPoint.of(90.0001, 0),
        "latitude",
        "must be within -90 and 90 degrees (was 90.0001)");
    assertSingleViolation(() -> GeoPoint.of(-91, 0), "latitude", "(was -91.0)");
  }

  @Test
  void longitudeOutOfRangeIsRejected() {
    assertSingleViolation(
        () -> GeoPoint.of(0, 180.5),
        "longitude",
        "must be within -180 and 180 degrees (was 180.5)");
    assertSingleViolation(() -> GeoPoint.of(0, -181), "longitude", "(was -181.0)");
  }

  @Test
  void nonFiniteCoordinatesAreRejected() {
    assertSingleViolation(() -> GeoPoint.of(Double.NaN, 0), "latitude", "(was NaN)");
    assertSingleViolation(
        () -> GeoPoint.of(0, Double.POSITIVE_INFINITY), "longitude", "(was Infinity)");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e = invalid(() -> GeoPoint.of(37.7058 + 100, 48.5277 - 300));

    assertThat(e.typeName()).isEqualTo("GeoPoint");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("latitude", "longitude");
  }

  @Test
  void equalInputsGiveEqualValues() {
    assertThat(kostiantynivka())
        .isEqualTo(GeoPoint.of(48.5277, 37.7058))
        .hasSameHashCodeAs(GeoPoint.of(48.5277, 37.7058))
        .isNotEqualTo(GeoPoint.of(37.7058, 48.5277));
  }

  @Test
  void withCopiesAreRevalidated() {
    assertThat(kostiantynivka().withLongitude(37.7)).isEqualTo(GeoPoint.of(48.5277, 37.7));
    assertSingleViolation(() -> kostiantynivka().withLatitude(91), "latitude", "(was 91.0)");
    assertSingleViolation(
        () -> kostiantynivka().withExtensions(Map.of("elevation", "")),
        "extensions.elevation",
        "needs a JSON value");
  }

  @Test
  void negativeZeroIsTheSamePointAsZero() {
    assertThat(GeoPoint.of(-0.0, -0.0)).isEqualTo(GeoPoint.of(0.0, 0.0));
    assertThat(GeoPoint.of(-0.0, -0.0).hashCode()).isEqualTo(GeoPoint.of(0.0, 0.0).hashCode());
  }
}
