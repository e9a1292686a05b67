package org.sitrep.jackson;

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
 * Every valid value, including unknown vocabulary codes, emoji and Cyrillic text from the
 * testing module's generators, reads back equal from what was written, and writing is stable.
 */
class RoundTripPropertiesTest {

  @Property(tries = 1000)
  void reportsRoundTrip(@ForAll("reports") Report report) throws Exception {
    assertRoundTrip(report, Report.class);
  }

  @Property(tries = 300)
  void estimatesRoundTrip(@ForAll("estimates") Estimate estimate) throws Exception {
    assertRoundTrip(estimate, Estimate.class);
  }

  @Property(tries = 200)
  void locationsRoundTrip(@ForAll("locations") Location location) throws Exception {
    assertRoundTrip(location, Location.class);
  }

  @Property(tries = 200)
  void claimsRoundTrip(@ForAll("claims") Claim claim) throws Exception {
    assertRoundTrip(claim, Claim.class);
  }

  @Property(tries = 200)
  void aidPackagesRoundTrip(@ForAll("aidPackages") AidPackage aid) throws Exception {
    assertRoundTrip(aid, AidPackage.class);
  }

  private static <T> void assertRoundTrip(T value, Class<T> type) throws Exception {
    SitrepJson json = SitrepJson.tolerant();
    String compact = json.writeString(value);
    T read = json.read(compact, type);
    assertThat(read).isEqualTo(value);
    assertThat(json.writeString(read)).isEqualTo(compact);
    assertThat(json.read(json.writePrettyString(value), type)).isEqualTo(value);
    assertThat(json.read(json.writeBytes(value), type)).isEqualTo(value);
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
