package org.sitrep.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources: golden files and the invalid corpus. */
final class TestFiles {
  /**
   * Set {@code -Dsitrep.golden.update=true} to rewrite the golden files from the current output,
   * on purpose only; review the diff before committing.
   */
  static final boolean UPDATE_GOLDEN = Boolean.getBoolean("sitrep.golden.update");

  private TestFiles() {}

  /** @return the text of a test resource, UTF-8 */
  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  /** @return the bytes of a test resource */
  static byte[] bytes(String resource) {
    try (InputStream in = TestFiles.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The golden text of a sample; with {@link #UPDATE_GOLDEN}, first rewrites it in the source
   * tree from {@code actual}.
   */
  static String golden(String name, String actual) {
    String resource = "golden/" + name + ".json";
    if (UPDATE_GOLDEN) {
      try {
        Path file = Path.of("src/test/resources").resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    return text(resource);
  }
}
