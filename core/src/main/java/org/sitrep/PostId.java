package org.sitrep;

/**
 * The id of an {@link EmbeddedPost}, such as a tweet quoted in a report, unique within its {@link Report}.
 *
 * <p>A claim made in a post refers to the post through it. Example: {@code PostId.of("drutska-2023-09-07")}.
 */
public final class PostId extends Identifier {
  private PostId(String value) {
    super("PostId", value);
  }

  /**
   * An id from its text.
   *
   * @param value 1 to 128 letters, digits or {@code . _ : ~ -}, starting with a letter or digit
   * @return the id
   * @throws SitrepValidationException if the text is not a valid id
   */
  public static PostId of(String value) {
    return new PostId(value);
  }
}
