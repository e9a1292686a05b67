package org.sitrep.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.sitrep.Incident;
import org.sitrep.Report;
import org.sitrep.jackson.SitrepFeed;
import org.sitrep.jackson.SitrepFeedWriter;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.wire.FeedFormat;

/**
 * Sitrep's side of every comparison, in one place: the calls into the JSON module that the
 * benchmarks measure, through the default (tolerant) {@link SitrepJson}.
 */
public final class SitrepSide {
  private SitrepSide() {}

  /** The default reader and writer, the one users get: tolerant of what it does not know. */
  private static final SitrepJson JSON = SitrepJson.tolerant();

  /**
   * Reads and validates a report: JSON bytes to a built (so checked) {@link Report}.
   *
   * @param json the report's JSON
   * @return the report
   * @throws SitrepJsonException if the bytes are not a valid report
   */
  public static Report readReport(byte[] json) throws SitrepJsonException {
    return JSON.read(json, Report.class);
  }

  /**
   * Reads and validates a report in strict mode: unknown properties and codes refused.
   *
   * @param json the report's JSON
   * @return the report
   * @throws SitrepJsonException if the bytes are not a valid report for this version
   */
  public static Report readReportStrict(byte[] json) throws SitrepJsonException {
    return SitrepJson.strict().read(json, Report.class);
  }

  /**
   * Writes a Sitrep value (a report, an incident) as compact JSON.
   *
   * @param value a Sitrep value
   * @return UTF-8 bytes
   */
  public static byte[] write(Object value) {
    return JSON.writeBytes(value);
  }

  /**
   * Reads a feed of incidents through the streaming API, one validated {@link Incident} at a
   * time, handing each to {@code sink}.
   *
   * @param ndjson one incident per line
   * @param sink receives each incident
   * @return how many incidents were read
   * @throws SitrepJsonException at the first invalid incident
   */
  public static int streamIncidents(byte[] ndjson, Consumer<Incident> sink)
      throws SitrepJsonException {
    int n = 0;
    try (SitrepFeed<Incident> feed =
        JSON.readFeed(new ByteArrayInputStream(ndjson), Incident.class, FeedFormat.NDJSON)) {
      for (Incident incident = feed.read(); incident != null; incident = feed.read()) {
        sink.accept(incident);
        n++;
      }
    }
    return n;
  }

  /**
   * Writes incidents as an NDJSON feed with the streaming writer; for set-up, not measured.
   *
   * @param incidents the incidents, in order
   * @return UTF-8 bytes, one incident per line
   */
  public static byte[] writeIncidentFeed(Iterable<Incident> incidents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SitrepFeedWriter<Incident> feed = JSON.writeFeed(out, Incident.class, FeedFormat.NDJSON)) {
      for (Incident incident : incidents) {
        feed.write(incident);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
