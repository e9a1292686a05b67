package org.sitrep;

/**
 * The id of a {@link Claim}, unique within its {@link Report}.
 *
 * <p>Incidents, casualty figures and aid packages refer to the claims behind them through it. Example: {@code ClaimId.of("zelensky-telegram-toll")}.
 */
public final class ClaimId extends Identifier {
  private ClaimId(String value) {
    super("ClaimId", value);
  }

  /**
   * An id from its text.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : ~ -}, starting with a letter or digit
   * @return the id
   * @throws SitrepValidationException if the text is not a valid id
   */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }
}
