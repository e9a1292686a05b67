package org.sitrep.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
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
    return SitrepSide.writeIncidentFeed(feed);
  }
}
