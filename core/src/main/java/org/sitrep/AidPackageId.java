package org.sitrep;

/**
 * The id of an {@link AidPackage}, unique within its {@link Report}.
 *
 * <p>Related packages and claims refer to a package through it. Example: {@code AidPackageId.of("us-aid-2023-09")}.
 */
public final class AidPackageId extends Identifier {
  private AidPackageId(String value) {
    super("AidPackageId", value);
  }

  /**
   * An id from its text.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : ~ -}, starting with a letter or digit
   * @return the id
   * @throws SitrepValidationException if the text is not a valid id
   */
  public static AidPackageId of(String value) {
    return new AidPackageId(value);
  }
}
