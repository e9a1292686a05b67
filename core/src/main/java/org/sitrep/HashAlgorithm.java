package org.sitrep;

/**
 * The algorithm of a {@link ContentHash}. A closed vocabulary of the SHA-2 functions, written on
 * the wire as {@code sha_256}, {@code sha_384} and {@code sha_512}.
 */
public enum HashAlgorithm {
  /** SHA-256: 64 hexadecimal digits. */
  SHA_256(64),
  /** SHA-384: 96 hexadecimal digits. */
  SHA_384(96),
  /** SHA-512: 128 hexadecimal digits. */
  SHA_512(128);

  private final int hexLength;

  HashAlgorithm(int hexLength) {
    this.hexLength = hexLength;
  }

  /** @return how many hexadecimal digits a digest of this algorithm has */
  public int hexLength() {
    return hexLength;
  }
}
