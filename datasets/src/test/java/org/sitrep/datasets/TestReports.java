package org.sitrep.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.Estimate;
import org.sitrep.GeoPoint;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.VerificationStatus;
import org.sitrep.testing.jqwik.SitrepArbitraries;

/** Reports built for the GeoJSON and HXL tests, and the writers' output as bytes and text. */
final class TestReports {
  /** The seed of the generated reports written for the CI's GeoJSON check. */
  static final long SEED = 13L;

  private TestReports() {}

  static Incident.Builder incident(String id) {
    return Incident.builder()
        .id(IncidentId.of(id))
        .type(IncidentType.DRONE_ATTACK)
        .outcome(IncidentOutcome.UNKNOWN);
  }

  /** An incident at a point in Kyiv: latitude 50.4501, longitude 30.5234. */
  static Incident located(String id) {
    return incident(id)
        .time(ReportedTime.on(LocalDate.of(2023, 9, 7)))
        .location(Location.builder().name("Kyiv").country("UA")
            .point(GeoPoint.of(50.4501, 30.5234)).precision(GeoPrecision.TOWN).build())
        .build();
  }

  /** An incident in a named place without coordinates. */
  static Incident unlocated(String id) {
    return incident(id)
        .location(Location.builder().name("a village near Bakhmut").country("UA")
            .precision(GeoPrecision.NEAR).build())
        .build();
  }

  static Casualty figure(String id, CasualtyOutcome outcome, Estimate count) {
    return Casualty.builder().id(CasualtyId.of(id)).outcome(outcome)
        .population(PopulationGroup.UNKNOWN).count(count).build();
  }

  static Claim claim(String id, String source, IncidentId about) {
    return Claim.builder().id(ClaimId.of(id)).source(Actor.of(source, ActorKind.UNKNOWN))
        .kind(ClaimKind.FACTUAL_ASSERTION).verification(VerificationStatus.UNVERIFIED)
        .statement("said so").addAboutIncidents(about).build();
  }

  static Report report(String id, Incident... incidents) {
    return Report.builder().id(ReportId.of(id)).addIncidents(incidents).build();
  }

  /** @return reports sitrep-testing generates, the same for the same seed */
  static List<Report> generated(int count, long seed) {
    Arbitrary<Report> reports = SitrepArbitraries.reports();
    RandomGenerator<Report> generator = reports.generator(count);
    java.util.Random random = new java.util.Random(seed);
    List<Report> out = new java.util.ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(generator.next(random).value());
    }
    return out;
  }

  static byte[] geoJson(List<Report> reports) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter w = GeoJson.writer(out)) {
      for (Report r : reports) {
        w.write(r);
      }
    }
    return out.toByteArray();
  }
}
