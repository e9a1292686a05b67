package org.sitrep.datasets;

import java.io.OutputStream;
import java.util.Objects;

/**
 * Incidents for map tools (QGIS, Leaflet, kepler.gl, OSINT maps): one RFC 7946 GeoJSON
 * FeatureCollection, UTF-8, written one feature at a time in constant memory. {@code
 * docs/datasets.md} ("GeoJSON") lists every property.
 *
 * <pre>{@code
 * try (DatasetReader rows = Acled.reader(Path.of("acled.csv"));
 *     DatasetWriter map = GeoJson.writer(Files.newOutputStream(Path.of("acled.geojson")))) {
 *   for (Report report : rows) {
 *     map.write(report);
 *   }
 * }
 * }</pre>
 *
 * <p>Each incident of a report is one Feature. Its geometry is a Point, {@code [longitude,
 * latitude]} in RFC 7946's order, for an incident whose location has coordinates, and {@code null}
 * for one without (RFC 7946, section 3.2): such an incident is written, not skipped, so that the
 * collection holds every incident; a map draws only the located ones, a table tool (QGIS's
 * attribute table) shows all. Its {@code id} is the incident's global id, else the report's id and
 * the incident's joined by {@code /} ({@code seed-report/kostiantynivka-strike}). Its properties
 * are flat and snake_case: ids, type (Sitrep's code and ACLED's labels), time and its precision,
 * place and its precision, casualty figures by outcome with their bounds ({@code killed}, {@code
 * killed_low}, {@code killed_best}, {@code killed_high}, {@code killed_qualifier}, {@code
 * killed_figures}), the claims' ids and sources, dataset records and the summary. An absent value
 * is {@code null}, never an invented one.
 */
public final class GeoJson {
  private GeoJson() {}

  /**
   * A writer of one FeatureCollection. Closing it ends the collection (an empty one when no report
   * was written) and closes the output; writing after that throws {@link IllegalStateException}.
   * GeoJSON can hold every incident, so the writer never throws {@link DatasetException}.
   *
   * @param out where the UTF-8 bytes go; closed with the writer
   * @return the writer
   */
  public static DatasetWriter writer(OutputStream out) {
    return new GeoJsonWriter(Objects.requireNonNull(out, "out"));
  }
}
