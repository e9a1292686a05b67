package org.sitrep.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of the corpus: its path inside the corpus of its schema version and its content.
 * Immutable; {@link #bytes()} returns a copy.
 */
public final class Document {
  private final String path;
  private final byte[] content;

  Document(String path, byte[] content) {
    this.path = Objects.requireNonNull(path, "path");
    this.content = content.clone();
  }

  /**
   * The path of the file relative to the corpus of its version, such as {@code
   * golden/seed-report.json}.
   *
   * @return the relative path, with {@code /} as separator
   */
  public String path() {
    return path;
  }

  /**
   * The file name without directory and without the {@code .json} extension, such as {@code
   * seed-report}.
   *
   * @return the name
   */
  public String name() {
    String file = fileName();
    return file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
  }

  /**
   * The file name without directory, such as {@code seed-report.json}.
   *
   * @return the file name
   */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The content, byte for byte.
   *
   * @return a copy of the bytes of the file
   */
  public byte[] bytes() {
    return content.clone();
  }

  /**
   * The content decoded as UTF-8 (malformed input is replaced, not refused: some documents of the
   * invalid corpus may be invalid on purpose).
   *
   * @return the text of the file
   */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /** @return the path */
  @Override
  public String toString() {
    return path;
  }
}
