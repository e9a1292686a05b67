package org.sitrep.jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.conformance.Corpus;

/**
 * The conformance corpus of the wire format (golden files, the invalid corpus, relay documents,
 * schema value cases), from {@code sitrep-conformance}.
 */
final class TestFiles {
  /** The corpus of the schema version this module writes. */
  static final Corpus CORPUS = Corpus.v1_0();

  /**
   * Set {@code -Dsitrep.golden.update=true} to rewrite the golden files from the current output,
   * on purpose only; review the diff before committing.
   */
  static final boolean UPDATE_GOLDEN = Boolean.getBoolean("sitrep.golden.update");

  private TestFiles() {}

  /** @return the text of a file of the corpus, UTF-8, such as {@code golden/actor.json} */
  static String text(String path) {
    return CORPUS.text(path);
  }

  /** @return the bytes of a file of the corpus */
  static byte[] bytes(String path) {
    return CORPUS.bytes(path);
  }

  /**
   * The golden text of a sample; with {@link #UPDATE_GOLDEN}, first rewrites it in the source
   * tree of the corpus ({@code conformance/src/main/resources/...}) from {@code actual}.
   */
  static String golden(String name, String actual) {
    String path = "golden/" + name + ".json";
    if (UPDATE_GOLDEN) {
      writeSource(path, actual);
      return actual;
    }
    return text(path);
  }

  /** Writes a file of the corpus in its source tree, for {@code -Dsitrep.*.update=true}. */
  static void writeSource(String path, String content) {
    Path dir =
        CORPUS
            .sourceDirectory()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "cannot find the source directory of the conformance corpus; set -D"
                            + Corpus.SOURCE_DIRECTORY_PROPERTY
                            + "=.../conformance/src/main/resources/org/sitrep/conformance"));
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
