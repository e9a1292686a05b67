package org.sitrep.benchmarks;

import java.util.function.Consumer;
import org.sitrep.Incident;
import org.sitrep.Report;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;

/**
 * Sitrep's side of every comparison, in one place: the calls into the JSON module that the
 * benchmarks measure. A hook whose API is not on main yet throws {@link
 * UnsupportedOperationException} naming what it waits for; the smoke test lists those hooks as
 * pending and fails once one of them works, so that it is measured from then on.
 */
public final class SitrepSide {
  private SitrepSide() {}

  /** The default reader and writer, the one users get: tolerant of what this version does not know. */
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
   */
  public static int streamIncidents(byte[] ndjson, Consumer<Incident> sink) {
    throw new UnsupportedOperationException(
        "TODO(streaming-api): the streaming reader of sitrep-jackson is not on main yet");
  }
}
