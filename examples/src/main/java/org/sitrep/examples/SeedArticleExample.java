package org.sitrep.examples;

import java.util.Locale;
import org.sitrep.Casualty;
import org.sitrep.Claim;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.Report;
import org.sitrep.testing.SeedArticle;

/**
 * The README's first command: builds the seed article's report (validated on build) and prints a
 * short summary of it. The JSON output follows with the JSON wire-format module.
 */
public final class SeedArticleExample {
  private SeedArticleExample() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(summary(SeedArticle.report()));
  }

  /**
   * A human summary of a report: incidents by type and place, casualty figures with their
   * qualifiers, claims with their status.
   *
   * @param report the report
   * @return the summary, one line per item
   */
  public static String summary(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("Report ").append(report.id()).append(" (schema ").append(report.schemaVersion())
        .append("): ").append(report.incidents().size()).append(" incidents, ")
        .append(report.claims().size()).append(" claims, ")
        .append(report.aidPackages().size()).append(" aid packages\n");
    for (Incident incident : report.incidents()) {
      out.append("- ").append(incident.type()).append(" at ")
          .append(incident.location().map(l -> l.name()).orElse("an unknown place"))
          .append(" (").append(incident.outcome()).append(")\n");
      for (Casualty casualty : incident.casualties()) {
        out.append("    ").append(casualty.outcome()).append(": ").append(describe(casualty.count()))
            .append(casualty.provisional() ? ", provisional" : "").append('\n');
      }
    }
    for (Claim claim : report.claims()) {
      out.append("- claim by ").append(claim.source().name()).append(": ").append(claim.kind())
          .append(", ").append(claim.verification().name().toLowerCase(Locale.ROOT)).append('\n');
    }
    report.aidPackages().forEach(aid -> out.append("- aid from ").append(aid.donor().name())
        .append(": ").append(aid.value().map(v -> v.qualifier().name().toLowerCase(Locale.ROOT)
            + " " + v.amount()).orElse("value not reported")).append('\n'));
    return out.toString();
  }

  private static String describe(Estimate count) {
    String bounds = count.qualifier().name().toLowerCase(Locale.ROOT) + " "
        + count.best().orElse(count.high().orElse(count.low().orElse(-1)));
    return count.phrase().map(p -> bounds + " (\"" + p + "\")").orElse(bounds);
  }
}
