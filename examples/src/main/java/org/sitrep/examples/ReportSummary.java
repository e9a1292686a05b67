package org.sitrep.examples;

import java.util.Locale;
import org.sitrep.Casualty;
import org.sitrep.Claim;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.ReportedTime;

/** Plain-text summaries of a report, for people: what the examples print before any JSON. */
public final class ReportSummary {
  private ReportSummary() {}

  /**
   * One line: the report's id, schema version and how many incidents, claims and aid packages it
   * holds.
   *
   * @param report the report
   * @return e.g. {@code report r-1 (schema 1.0): 2 incidents, 3 claims, 0 aid packages}
   */
  public static String oneLine(Report report) {
    return "report " + report.id() + " (schema " + report.schemaVersion() + "): "
        + count(report.incidents().size(), "incident") + ", "
        + count(report.claims().size(), "claim") + ", "
        + count(report.aidPackages().size(), "aid package");
  }

  /**
   * A short summary: incidents by type and place with their casualty figures and qualifiers,
   * claims with who made them and their verification status, aid packages with their value.
   *
   * @param report the report
   * @return the summary, one line per item, each line ending in {@code \n}
   */
  public static String of(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("Incidents\n");
    for (Incident incident : report.incidents()) {
      out.append("- ").append(incident.type()).append(" at ")
          .append(incident.location().map(ReportSummary::place).orElse("an unknown place"));
      incident.time().flatMap(ReportedTime::phrase).ifPresent(p -> out.append(", ").append(p));
      incident.quantity().ifPresent(q -> out.append(": ").append(describe(q)));
      out.append("; outcome ").append(incident.outcome()).append('\n');
      for (Casualty casualty : incident.casualties()) {
        out.append("    ").append(casualty.outcome()).append(" (").append(casualty.population())
            .append("): ").append(describe(casualty.count()))
            .append(casualty.provisional() ? ", provisional" : "").append('\n');
      }
    }
    out.append("Claims\n");
    for (Claim claim : report.claims()) {
      out.append("- ").append(claim.source().name()).append(": ").append(claim.kind())
          .append(", ").append(lower(claim.verification())).append('\n');
    }
    out.append("Aid\n");
    report.aidPackages().forEach(aid -> out.append("- ").append(aid.donor().name())
        .append(" to ").append(aid.recipient().name()).append(": ")
        .append(aid.value().map(v -> lower(v.qualifier()) + " " + v.amount()
            + v.phrase().map(p -> " (\"" + p + "\")").orElse(""))
            .orElse("value not reported"))
        .append('\n'));
    return out.toString();
  }

  /**
   * An estimate as its qualifier and bounds, then the words it was reported in.
   *
   * @param count the estimate
   * @return e.g. {@code at_most 17 ("up to 17")}, {@code range 5..10}, {@code exact 0}
   */
  static String describe(Estimate count) {
    String bounds;
    if (count.low().isPresent() && count.high().isPresent()
        && count.low().getAsLong() != count.high().getAsLong()) {
      bounds = " " + count.low().getAsLong() + ".." + count.high().getAsLong();
    } else if (count.best().isPresent()) {
      bounds = " " + count.best().getAsLong();
    } else if (count.high().isPresent()) {
      bounds = " " + count.high().getAsLong();
    } else if (count.low().isPresent()) {
      bounds = " " + count.low().getAsLong();
    } else {
      bounds = "";
    }
    String text = lower(count.qualifier()) + bounds;
    return count.phrase().map(p -> text + " (\"" + p + "\")").orElse(text);
  }

  private static String place(Location location) {
    return location.name().or(location::description).orElse("an unnamed place")
        + location.country().map(c -> ", " + c).orElse("");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
