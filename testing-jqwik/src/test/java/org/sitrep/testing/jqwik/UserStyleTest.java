package org.sitrep.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sitrep.Claim;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentType;
import org.sitrep.Report;
import org.sitrep.testing.Fixtures;

/**
 * How a user of Sitrep tests their own code with sitrep-testing: a JUnit test takes a fixture in
 * one line, a jqwik property takes generated values in one line. JUnit Jupiter and jqwik run side
 * by side, in one class if you like.
 */
class UserStyleTest {

  @Test
  void aFixture_inOneLine() {
    Incident shelling = Fixtures.incident().withType(IncidentType.SHELLING);

    assertThat(shelling.type().acledSubEventType()).hasValue("Shelling/artillery/missile attack");
  }

  @Test
  void aWholeReport_inOneLine() {
    Report report = Fixtures.report().withIncidents(3).build();

    assertThat(report.incidents())
        .allSatisfy(incident -> assertThat(report.claimsAbout(incident.id())).isNotEmpty());
  }

  @Property
  void anArbitrary_inOneLine(@ForAll Report report) {
    for (Claim claim : report.claims()) {
      for (IncidentId about : claim.aboutIncidents()) {
        assertThat(report.claimsAbout(about)).contains(claim);
      }
    }
  }

  @Property
  void aNarrowedArbitrary(@ForAll("shelling") Incident incident, @ForAll Estimate count) {
    Incident counted = incident.withQuantity(count);

    assertThat(counted.type()).isEqualTo(IncidentType.SHELLING);
    assertThat(counted.quantity()).hasValue(count);
  }

  @Provide
  Arbitrary<Incident> shelling() {
    return SitrepArbitraries.incidents().map(i -> i.withType(IncidentType.SHELLING));
  }
}
