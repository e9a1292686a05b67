package org.sitrep;

import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A digest of a file's content, so that a copy can be checked against the evidence that was seen:
 * {@code ContentHash.of(HashAlgorithm.SHA_256, "9f86d081...")}.
 *
 * <p>Rules: the digest is lowercase hexadecimal, of the algorithm's length (64 digits for SHA-256).
 */
@Value.Immutable
@SitrepStyle
public abstract class ContentHash implements WithContentHash, Extensible {
  ContentHash() {}

  /** @return the hash function */
  public abstract HashAlgorithm algorithm();

  /** @return the digest, in lowercase hexadecimal */
  public abstract String hex();

  /**
   * @param algorithm the hash function
   * @param hex the digest in lowercase hexadecimal
   * @return the hash
   */
  public static ContentHash of(HashAlgorithm algorithm, String hex) {
    return builder().algorithm(algorithm).hex(hex).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContentHash}; each attribute may be set once. */
  public static final class Builder extends ImmutableContentHash.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    String hex = hex();
    boolean ok = hex.length() == algorithm().hexLength();
    for (int i = 0; ok && i < hex.length(); i++) {
      char c = hex.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
    if (!ok) {
      v.add(
          "hex",
          "must be " + algorithm().hexLength() + " lowercase hexadecimal digits for "
              + algorithm().name().replace('_', '-'));
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("ContentHash");
  }
}
