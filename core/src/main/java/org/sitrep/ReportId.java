package org.sitrep;

/**
 * The id of a {@link Report}, chosen by whoever records it (a URL slug, a database key).
 *
 * <p>Example: {@code ReportId.of("seed-2023-09-07-drones")}.
 */
public final class ReportId extends Identifier {
  private ReportId(String value) {
    super("ReportId", value);
  }

  /**
   * An id from its text.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : ~ -}, starting with a letter or digit
   * @return the id
   * @throws SitrepValidationException if the text is not a valid id
   */
  public static ReportId of(String value) {
    return new ReportId(value);
  }
}
