package org.sitrep;

/**
 * The id of an {@link Incident}, unique within its {@link Report}.
 *
 * <p>Claims and other values refer to an incident through it. Example: {@code IncidentId.of("kostiantynivka-market-strike")}.
 */
public final class IncidentId extends Identifier {
  private IncidentId(String value) {
    super("IncidentId", value);
  }

  /**
   * An id from its text.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : ~ -}, starting with a letter or digit
   * @return the id
   * @throws SitrepValidationException if the text is not a valid id
   */
  public static IncidentId of(String value) {
    return new IncidentId(value);
  }
}
