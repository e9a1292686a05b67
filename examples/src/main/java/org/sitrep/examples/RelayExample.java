package org.sitrep.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.Estimate;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.Means;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.VerificationStatus;
import org.sitrep.Vocabulary;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.testing.SeedArticle;

/**
 * A relay: a producer writes reports as NDJSON (one compact JSON report per line), a consumer
 * reads them back, keeps those with civilian casualties and writes them on, and what the consumer
 * does not know (properties and vocabulary codes of a newer producer) survives unchanged.
 *
 * <p>Both sides use only {@link SitrepJson}: the producer writes one {@code writeString} per
 * report and a line end; the consumer reads line by line with a {@link BufferedReader} and one
 * {@code read} per line. The consumer reads in tolerant mode, the default, which keeps unknown
 * properties as {@code extensions()} and unknown codes of open vocabularies as terms that are not
 * {@link Vocabulary#isKnown() known}, and writes them back where they were.
 */
public final class RelayExample {
  private static final SitrepJson JSON = SitrepJson.tolerant();

  private RelayExample() {}

  /**
   * Entry point: runs the producer and the consumer in memory and prints what happened.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(output());
  }

  /**
   * What {@link #main} prints.
   *
   * @return what the producer wrote, what the consumer kept, the unknown content it carried, and
   *     the NDJSON it wrote on
   */
  public static String output() {
    try {
      StringWriter produced = new StringWriter();
      int written = produce(reports(), produced);
      StringWriter relayed = new StringWriter();
      Relayed counts = relay(
          new BufferedReader(new StringReader(produced.toString())), relayed,
          RelayExample::hasCivilianCasualties);

      StringBuilder out = new StringBuilder();
      out.append("Producer: wrote ").append(written).append(" reports as NDJSON, one per line\n");
      out.append("Consumer: read ").append(counts.read()).append(", kept ")
          .append(counts.kept().size()).append(" with civilian casualties, wrote them on:\n");
      for (Report report : counts.kept()) {
        out.append("- ").append(ReportSummary.oneLine(report)).append('\n');
        for (Incident incident : report.incidents()) {
          for (Casualty casualty : incident.casualties()) {
            if (isCivilianToll(casualty)) {
              out.append("    ").append(incident.type()).append(" at ")
                  .append(incident.location().flatMap(Location::name).orElse("an unknown place"))
                  .append(": ").append(casualty.outcome()).append(' ')
                  .append(ReportSummary.describe(casualty.count())).append('\n');
            }
          }
        }
      }
      counts.skipped().forEach(s -> out.append("Consumer: skipped ").append(s).append('\n'));
      out.append("Unknown to this version, kept and written on:\n");
      for (Report report : counts.kept()) {
        unknownContent(report).forEach(u -> out.append("  ").append(u).append('\n'));
      }
      List<String> producedLines = produced.toString().lines().toList();
      boolean unchanged = relayed.toString().lines().allMatch(producedLines::contains);
      out.append("Each line written on is the producer's line, byte for byte: ")
          .append(unchanged ? "yes" : "NO").append("\n\n");
      out.append("NDJSON written on:\n").append(relayed);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory writers do not fail
    }
  }

  /**
   * The producer: writes each report as one line of compact JSON.
   *
   * @param reports what to write
   * @param out where to; flushed, not closed
   * @return how many reports were written
   * @throws IOException if the writer fails
   */
  public static int produce(List<Report> reports, Writer out) throws IOException {
    for (Report report : reports) {
      out.write(JSON.writeString(report)); // compact JSON never contains a line end
      out.write('\n');
    }
    out.flush();
    return reports.size();
  }

  /**
   * What the consumer did: how many reports it read, the ones it kept, and each line it skipped.
   *
   * @param read reports read
   * @param kept reports written on
   * @param skipped one entry per line that was not a valid report, with its line number and the
   *     problem with its JSON path
   */
  public record Relayed(int read, List<Report> kept, List<String> skipped) {}

  /**
   * The consumer: reads one report per line, writes on those that {@code keep} accepts, and skips
   * (and records) the lines that are not valid reports. Blank lines are ignored.
   *
   * @param in NDJSON; not closed
   * @param out where to write the kept reports, one per line; flushed, not closed
   * @param keep which reports to write on
   * @return what it did
   * @throws IOException if reading or writing fails
   */
  public static Relayed relay(BufferedReader in, Writer out, Predicate<Report> keep)
      throws IOException {
    int read = 0;
    List<Report> kept = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Report report;
      try {
        report = JSON.read(line, Report.class);
      } catch (SitrepJsonException e) {
        skipped.add("line " + number + ": " + e.getOriginalMessage());
        continue;
      }
      read++;
      if (keep.test(report)) {
        out.write(JSON.writeString(report));
        out.write('\n');
        kept.add(report);
      }
    }
    out.flush();
    return new Relayed(read, List.copyOf(kept), List.copyOf(skipped));
  }

  /**
   * The consumer's filter.
   *
   * @param report a report
   * @return whether an incident in it has a casualty figure of civilians that is not zero
   */
  public static boolean hasCivilianCasualties(Report report) {
    return report.incidents().stream()
        .flatMap(i -> i.casualties().stream())
        .anyMatch(RelayExample::isCivilianToll);
  }

  private static boolean isCivilianToll(Casualty casualty) {
    return casualty.population().equals(PopulationGroup.CIVILIAN) && !casualty.count().isZero();
  }

  /** The unknown properties and codes on a report and its incidents, for people. */
  private static List<String> unknownContent(Report report) {
    List<String> found = new ArrayList<>();
    String at = "report " + report.id();
    report.extensions().forEach((name, json) -> found.add(at + ": \"" + name + "\": " + json));
    for (Incident incident : report.incidents()) {
      String in = "incident " + incident.id();
      incident.extensions().forEach((name, json) -> found.add(in + ": \"" + name + "\": " + json));
      if (!incident.type().isKnown()) {
        found.add(in + ": type \"" + incident.type() + "\" (an unknown code)");
      }
      incident.means().stream().filter(m -> !m.isKnown())
          .forEach(m -> found.add(in + ": means \"" + m + "\" (an unknown code)"));
    }
    return found;
  }

  /**
   * What the producer writes: two reports with civilian casualties, one of them from a newer
   * producer with properties and a code this version does not know; one report whose civilian
   * toll is zero; and the seed article, whose casualty figures do not say who was hit.
   *
   * @return the reports, in the order written
   */
  public static List<Report> reports() {
    LocalDate may25 = LocalDate.of(2024, 5, 25);
    Report kharkiv = oneIncident("kharkiv-2024-05-25-hypermarket", may25, "Kharkiv",
        IncidentType.AIR_STRIKE, Means.AIRCRAFT, CasualtyOutcome.KILLED,
        Estimate.atLeast(12).withPhrase("at least 12"),
        Actor.builder().name("Oleh Syniehubov").kind(ActorKind.PERSON)
            .role("governor of the Kharkiv region").country("UA").build(),
        "At least 12 people were killed when two guided bombs hit a hypermarket.");
    // A newer producer: an incident property, a report property and a means code that this
    // version of Sitrep does not define. Built here as extensions; on the wire they are plain
    // properties, as a producer on a newer schema would write them.
    Incident strike = kharkiv.incidents().get(0);
    kharkiv = kharkiv
        .withIncidents(strike
            .withMeans(Means.AIRCRAFT, Means.of("guided_bomb"))
            .withExtensions(Map.of("confidence", "0.9")))
        .withExtensions(Map.of("desk", "{\"city\":\"Kyiv\",\"editor\":\"night\"}"));

    LocalDate jun1 = LocalDate.of(2024, 6, 1);
    Report pokrovsk = oneIncident("pokrovsk-2024-06-01-shelling", jun1, "Pokrovsk",
        IncidentType.SHELLING, Means.ARTILLERY, CasualtyOutcome.INJURED,
        Estimate.between(3, 5).withPhrase("three to five"),
        Actor.of("the regional military administration", ActorKind.GOVERNMENT),
        "Between three and five civilians were injured by shelling.");

    Report odesa = oneIncident("odesa-2024-06-02-drones", LocalDate.of(2024, 6, 2), "Odesa",
        IncidentType.DRONE_ATTACK, Means.DRONE, CasualtyOutcome.KILLED_OR_INJURED,
        Estimate.exactly(0).withPhrase("no casualties"),
        Actor.of("the Southern Defence Forces", ActorKind.ARMED_FORCES),
        "Drones hit port infrastructure; there were no casualties.");

    return List.of(kharkiv, SeedArticle.report(), odesa, pokrovsk);
  }

  /** A report of one incident with one civilian casualty figure, and the claim it rests on. */
  private static Report oneIncident(String id, LocalDate day, String town, IncidentType type,
      Means means, CasualtyOutcome outcome, Estimate count, Actor source, String statement) {
    IncidentId incident = IncidentId.of(id + "-incident");
    CasualtyId casualty = CasualtyId.of(id + "-casualties");
    ClaimId claim = ClaimId.of(id + "-claim");
    return Report.builder()
        .id(ReportId.of(id))
        .language("en")
        .addIncident(Incident.builder()
            .id(incident)
            .type(type)
            .time(ReportedTime.on(day))
            .location(Location.builder().name(town).country("UA").precision(GeoPrecision.TOWN)
                .build())
            .addMeans(means)
            .outcome(IncidentOutcome.IMPACT)
            .addCasualty(Casualty.builder()
                .id(casualty)
                .outcome(outcome)
                .population(PopulationGroup.CIVILIAN)
                .count(count)
                .provisional(true)
                .claim(claim)
                .build())
            .addClaims(claim)
            .build())
        .addClaim(Claim.builder()
            .id(claim)
            .source(source)
            .statement(statement)
            .kind(ClaimKind.CASUALTY_FIGURE)
            .verification(VerificationStatus.UNVERIFIED)
            .addAboutIncidents(incident)
            .addAboutCasualties(casualty)
            .build())
        .build();
  }
}
