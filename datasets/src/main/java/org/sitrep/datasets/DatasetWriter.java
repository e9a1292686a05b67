package org.sitrep.datasets;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import org.sitrep.Report;

/**
 * Writes Sitrep reports as rows or features of a dataset format, one report at a time, streamed:
 * an ACLED or UCDP GED table ({@code Acled.writer}, {@code Ucdp.writer}), a GeoJSON
 * FeatureCollection ({@code GeoJson.writer}) or an HXL-tagged table ({@code Hxl.writer}). Each
 * incident of a report becomes one row or feature.
 *
 * <p>Closing the writer finishes the document (a FeatureCollection's closing brackets) and
 * flushes; the output itself is closed only where the writer opened it.
 */
public interface DatasetWriter extends Closeable, Flushable {
  /**
   * Writes the report's incidents.
   *
   * @param report the report
   * @throws IOException if the output fails
   * @throws DatasetException if the format cannot hold a value the report needs written (the
   *     message names the incident and the field)
   */
  void write(Report report) throws IOException;
}
