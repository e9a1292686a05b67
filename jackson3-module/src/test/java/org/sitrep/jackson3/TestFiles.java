package org.sitrep.jackson3;

import org.sitrep.conformance.Corpus;

/**
 * The conformance corpus of the wire format (golden files, the invalid corpus, relay documents),
 * from {@code sitrep-conformance}: the same files sitrep-jackson's tests read, never copies.
 */
final class TestFiles {
  /** The corpus of the schema version this module writes. */
  static final Corpus CORPUS = Corpus.v1_0();

  private TestFiles() {}

  /** @return the text of a file of the corpus, UTF-8, such as {@code golden/actor.json} */
  static String text(String path) {
    return CORPUS.text(path);
  }

  /** @return the bytes of a file of the corpus */
  static byte[] bytes(String path) {
    return CORPUS.bytes(path);
  }
}
