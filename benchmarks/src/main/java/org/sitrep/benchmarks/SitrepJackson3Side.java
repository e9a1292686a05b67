package org.sitrep.benchmarks;

import org.sitrep.Report;
import org.sitrep.jackson3.SitrepJson;
import org.sitrep.jackson3.SitrepJsonException;

/**
 * Sitrep's side through the Jackson 3 binding (sitrep-jackson3), beside {@link SitrepSide}'s
 * Jackson 2 one: the same calls on the default (tolerant) facade of the same name.
 */
public final class SitrepJackson3Side {
  private SitrepJackson3Side() {}

  /** The default reader and writer of sitrep-jackson3. */
  private static final SitrepJson JSON = SitrepJson.tolerant();

  /**
   * Reads and validates a report with Jackson 3.
   *
   * @param json the report's JSON
   * @return the report
   * @throws SitrepJsonException (unchecked) if the bytes are not a valid report
   */
  public static Report readReport(byte[] json) {
    return JSON.read(json, Report.class);
  }

  /**
   * Writes a Sitrep value as compact JSON with Jackson 3: the same bytes as {@link
   * SitrepSide#write(Object)}.
   *
   * @param value a Sitrep value
   * @return UTF-8 bytes
   */
  public static byte[] write(Object value) {
    return JSON.writeBytes(value);
  }
}
