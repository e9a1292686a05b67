package org.sitrep.examples;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.sitrep.AdminArea;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.Report;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.kafka.SitrepHeaders;
import org.sitrep.testing.Fixtures;

/** The reports and bad records the table tests send, and the table they must give. */
final class CasualtyReports {
  private CasualtyReports() {}

  static final AdminArea KHARKIV = AdminArea.of("Kharkiv region", "UA-63");
  static final AdminArea DONETSK = AdminArea.of("Donetsk region", "UA-14");

  /** A report of one incident in {@code area} with one casualty figure. */
  static Report report(String id, AdminArea area, CasualtyOutcome outcome, Estimate count) {
    return Fixtures.report().withId(id).withIncidents(1).withAidPackages(0).withPosts(0)
        .withEachIncident(i -> i
            .withLocation(i.location().orElseThrow().withAdmin1(area))
            .withCasualties(i.casualties().get(0).withOutcome(outcome).withCount(count)))
        .build();
  }

  /** In order: three reports, then the first one again, moved to another area and revised. */
  static List<Report> reports() {
    return List.of(
        report("kharkiv-strike", KHARKIV, CasualtyOutcome.KILLED, Estimate.atLeast(12)),
        report("donetsk-shelling", DONETSK, CasualtyOutcome.INJURED, Estimate.between(3, 5)),
        report("donetsk-strike", DONETSK, CasualtyOutcome.KILLED, Estimate.exactly(4)),
        report("kharkiv-strike", DONETSK, CasualtyOutcome.KILLED, Estimate.atLeast(15)));
  }

  /**
   * What the table must hold after {@link #reports()}: the revision replaced the first, so the
   * Kharkiv region (UA-63) has no figures left and is not in the table.
   */
  static final CasualtyFigures DONETSK_FIGURES = new CasualtyFigures(19, 3, 3);

  /** A bad record: its bytes, its headers and the kind of error it must be dead-lettered with. */
  record Bad(String key, byte[] value, RecordHeaders headers, String kind) {}

  static List<Bad> bad() {
    String good = SitrepJson.tolerant().writeString(reports().get(0));
    RecordHeaders major = new RecordHeaders();
    major.add(SitrepHeaders.SCHEMA_VERSION, "2.0".getBytes(StandardCharsets.UTF_8));
    return List.of(
        new Bad("cut", good.substring(0, 50).getBytes(StandardCharsets.UTF_8),
            new RecordHeaders(), "SYNTAX"),
        new Bad("rule", good.replace("\"low\":12", "\"low\":12,\"high\":2")
            .getBytes(StandardCharsets.UTF_8), new RecordHeaders(), "RULE_VIOLATION"),
        new Bad("major", good.getBytes(StandardCharsets.UTF_8), major, "UNSUPPORTED_VERSION"));
  }
}
