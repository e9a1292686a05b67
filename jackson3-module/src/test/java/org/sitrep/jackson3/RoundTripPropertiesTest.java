package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.AidPackage;
import org.sitrep.Claim;
import org.sitrep.Estimate;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.testing.jqwik.SitrepArbitraries;

/**
 * Every valid value from the testing module's generators (unknown vocabulary codes, emoji,
 * Cyrillic text) reads back equal from what Jackson 3 wrote, writing is stable, and the bytes are
 * sitrep-jackson's: each binding reads what the other wrote. Fewer tries than sitrep-jackson's
 * own round trip, which covers the format itself; these cover the second binding.
 */
class RoundTripPropertiesTest {

  @Property(tries = 300)
  void reportsRoundTrip(@ForAll("reports") Report report) {
    assertRoundTrip(report, Report.class);
  }

  @Property(tries = 100)
  void estimatesRoundTrip(@ForAll("estimates") Estimate estimate) {
    assertRoundTrip(estimate, Estimate.class);
  }

  @Property(tries = 100)
  void locationsRoundTrip(@ForAll("locations") Location location) {
    assertRoundTrip(location, Location.class);
  }

  @Property(tries = 100)
  void claimsRoundTrip(@ForAll("claims") Claim claim) {
    assertRoundTrip(claim, Claim.class);
  }

  @Property(tries = 100)
  void aidPackagesRoundTrip(@ForAll("aidPackages") AidPackage aid) {
    assertRoundTrip(aid, AidPackage.class);
  }

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    SitrepJson json = SitrepJson.tolerant();
    String compact = json.writeString(value);
    T read = json.read(compact, type);
    assertThat(read).isEqualTo(value);
    assertThat(json.writeString(read)).isEqualTo(compact);
    assertThat(json.read(json.writePrettyString(value), type)).isEqualTo(value);
    byte[] bytes = json.writeBytes(value);
    assertThat(json.read(bytes, type)).isEqualTo(value);
    org.sitrep.jackson.SitrepJson jackson2 = org.sitrep.jackson.SitrepJson.tolerant();
    assertThat(bytes).isEqualTo(jackson2.writeBytes(value));
    try {
      assertThat(jackson2.read(bytes, type)).isEqualTo(value);
    } catch (org.sitrep.jackson.SitrepJsonException e) {
      throw new AssertionError("sitrep-jackson cannot read what sitrep-jackson3 wrote", e);
    }
  }

  @Provide
  Arbitrary<Report> reports() {
    return SitrepArbitraries.reports();
  }

  @Provide
  Arbitrary<Estimate> estimates() {
    return SitrepArbitraries.estimates();
  }

  @Provide
  Arbitrary<Location> locations() {
    return SitrepArbitraries.locations();
  }

  @Provide
  Arbitrary<Claim> claims() {
    return SitrepArbitraries.claims();
  }

  @Provide
  Arbitrary<AidPackage> aidPackages() {
    return SitrepArbitraries.aidPackages();
  }
}
