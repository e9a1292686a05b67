package org.sitrep;

/**
 * The id of a {@link Casualty} figure, unique within its {@link Report}.
 *
 * <p>A claim that states a casualty figure refers to it through this id. Example: {@code CasualtyId.of("kostiantynivka-killed")}.
 */
public final class CasualtyId extends Identifier {
  private CasualtyId(String value) {
    super("CasualtyId", value);
  }

  /**
   * An id from its text.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : ~ -}, starting with a letter or digit
   * @return the id
   * @throws SitrepValidationException if the text is not a valid id
   */
  public static CasualtyId of(String value) {
    return new CasualtyId(value);
  }
}
