package org.sitrep.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.Party;
import org.sitrep.testing.SeedArticle;

/**
 * The bytes every benchmark reads, made once per trial in {@code @Setup} by Sitrep's own writer:
 * the seed report's JSON and a feed of incidents derived from it. Everything here is
 * deterministic.
 */
public final class BenchmarkInputs {
  private BenchmarkInputs() {}

  /** How many incidents the NDJSON feed holds. */
  public static final int FEED_INCIDENTS = 10_000;

  /**
   * The seed report ({@code SeedArticle.report()}) as Sitrep writes it: compact JSON.
   *
   * @return UTF-8 bytes, a fresh copy
   */
  public static byte[] seedReportJson() {
    return SitrepSide.write(SeedArticle.report());
  }

  /**
   * A feed of {@code count} incidents as Sitrep's feed writer writes NDJSON, one compact object
   * per line: the seed report's incidents in turn, each copy with its own incident id and
   * casualty ids ({@code kostiantynivka-strike-00008}).
   *
   * @param count how many incidents
   * @return UTF-8 bytes, each line ending in {@code \n}
   */
  public static byte[] incidentFeed(int count) {
    return SitrepSide.writeIncidentFeed(incidents(count));
  }

  /**
   * The unknown properties each incident of {@link #incidentFeedWithExtensions(int)} carries: a
   * string, a number, an object with an array inside, an array of mixed values.
   */
  static final Map<String, String> INCIDENT_EXTENSIONS =
      Map.of(
          "x_source_ref", "\"ingest-7/2023-09-07T04:12:00Z\"",
          "x_score", "0.875",
          "x_provenance",
              "{\"agent\":\"ingest\",\"version\":3,\"tags\":[\"osint\",\"verified\"],"
                  + "\"reviewed\":true}",
          "x_aliases", "[\"Kostiantynivka\",\"Konstantinovka\",12,false,null]");

  /** The unknown property each incident's location carries: a nested object. */
  static final Map<String, String> LOCATION_EXTENSIONS =
      Map.of(
          "x_geo",
          "{\"radius_m\":250,\"source\":{\"name\":\"gazetteer\",\"id\":\"UA-14-1234\"}}");

  /** The unknown properties each casualty carries: a string and an array of numbers. */
  static final Map<String, String> CASUALTY_EXTENSIONS =
      Map.of("x_note", "\"named by the regional hospital\"", "x_ages", "[34,41,67]");

  /** The unknown property each party carries: a number. */
  static final Map<String, String> PARTY_EXTENSIONS = Map.of("x_weight", "-1.5e3");

  /**
   * The feed of {@link #incidentFeed(int)} with unknown properties added, as a newer writer
   * might: {@link #INCIDENT_EXTENSIONS} on each incident, {@link #LOCATION_EXTENSIONS} on its
   * location, {@link #CASUALTY_EXTENSIONS} on each casualty, {@link #PARTY_EXTENSIONS} on each
   * party. A tolerant reader keeps them as extensions.
   *
   * @param count how many incidents
   * @return UTF-8 bytes, each line ending in {@code \n}
   */
  public static byte[] incidentFeedWithExtensions(int count) {
    List<Incident> feed = new ArrayList<>(count);
    for (Incident incident : incidents(count)) {
      List<Casualty> casualties = new ArrayList<>();
      for (Casualty casualty : incident.casualties()) {
        casualties.add(casualty.withExtensions(CASUALTY_EXTENSIONS));
      }
      List<Party> parties = new ArrayList<>();
      for (Party party : incident.parties()) {
        parties.add(party.withExtensions(PARTY_EXTENSIONS));
      }
      feed.add(
          incident
              .withExtensions(INCIDENT_EXTENSIONS)
              .withLocation(incident.location().map(l -> l.withExtensions(LOCATION_EXTENSIONS)))
              .withCasualties(casualties)
              .withParties(parties));
    }
    return SitrepSide.writeIncidentFeed(feed);
  }

  private static List<Incident> incidents(int count) {
    List<Incident> seed = SeedArticle.report().incidents();
    List<Incident> feed = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      String suffix = String.format(Locale.ROOT, "-%05d", n);
      Incident incident = seed.get(n % seed.size());
      List<Casualty> casualties = new ArrayList<>();
      for (Casualty casualty : incident.casualties()) {
        casualties.add(casualty.withId(CasualtyId.of(casualty.id().value() + suffix)));
      }
      feed.add(
          incident
              .withId(IncidentId.of(incident.id().value() + suffix))
              .withCasualties(casualties));
    }
    return feed;
  }
}
