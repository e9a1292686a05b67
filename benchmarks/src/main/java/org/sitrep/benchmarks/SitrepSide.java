package org.sitrep.benchmarks;

import java.util.function.Consumer;
import org.sitrep.Incident;
import org.sitrep.Report;

/**
 * Sitrep's side of every comparison, in one place: the calls into the JSON module that the
 * benchmarks measure. A hook whose API is not on main yet throws {@link
 * UnsupportedOperationException} naming what it waits for; the smoke test lists those hooks as
 * pending and fails once one of them works, so that it is measured from then on.
 */
public final class SitrepSide {
  private SitrepSide() {}

  /**
   * Reads and validates a report: JSON bytes to a built (so checked) {@link Report}.
   *
   * @param json the report's JSON
   * @return the report
   */
  public static Report readReport(byte[] json) {
    throw new UnsupportedOperationException(
        "TODO(sitrep-jackson): SitrepJson.read(bytes, Report) is not on main yet");
  }

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @return UTF-8 bytes
   */
  public static byte[] writeReport(Report report) {
    throw new UnsupportedOperationException(
        "TODO(sitrep-jackson): SitrepJson.write(Report) is not on main yet");
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
