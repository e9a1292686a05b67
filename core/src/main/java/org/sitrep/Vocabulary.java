package org.sitrep;

/**
 * A term of an open vocabulary: a lowercase code such as {@code "drone"} or {@code "telegram"}.
 *
 * <p>Open vocabularies (as STIX 2.1's {@code -ov} vocabularies) have well-known constants, but
 * accept codes this version does not know, so that a value written by a newer producer survives a
 * relay through an older one. {@link #isKnown()} tells the two apart. Codes are 1 to 64 characters
 * of lowercase ASCII letters, digits and underscores, starting with a letter. Two terms are equal
 * when they are of the same vocabulary and have the same code.
 */
public abstract class Vocabulary {
  private final String code;
  private final boolean known;

  Vocabulary(String code, boolean known) {
    this.code = code;
    this.known = known;
  }

  /** @return the term's code, as written on the wire, e.g. {@code "drone_intercepted"} */
  public final String code() {
    return code;
  }

  /** @return whether this version of Sitrep defines the term (rather than only carrying it) */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((Vocabulary) other).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  /** @return the code */
  @Override
  public final String toString() {
    return code;
  }
}
