package org.sitrep.conformance;

import java.util.Objects;

/**
 * A document of the invalid corpus with what reading it must report, as listed in {@code
 * invalid/expectations.tsv}: the type it is read as, the mode, the kind of error and the JSON path
 * of the error.
 *
 * @param document the document (under {@code invalid/})
 * @param type the simple name of the model type it is read as, in package {@code org.sitrep}, such
 *     as {@code Estimate}
 * @param strict whether it is read in strict mode ({@code false}: tolerant)
 * @param kind the name of the kind of error reading must report, such as {@code WRONG_TYPE} (the
 *     names of {@code org.sitrep.wire.ReadFailure.Kind})
 * @param jsonPath the JSON path of the error, such as {@code $.incidents[0].type}
 */
public record InvalidDocument(
    Document document, String type, boolean strict, String kind, String jsonPath) {
  /**
   * Checks that no component is null.
   *
   * @param document the document (under {@code invalid/})
   * @param type the simple name of the model type it is read as
   * @param strict whether it is read in strict mode
   * @param kind the name of the kind of error reading must report
   * @param jsonPath the JSON path of the error
   */
  public InvalidDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(jsonPath, "jsonPath");
  }

  /**
   * The file name, such as {@code syntax-nan.json}.
   *
   * @return the file name of the document
   */
  public String fileName() {
    return document.fileName();
  }

  /**
   * The fully qualified name of the type the document is read as.
   *
   * @return {@code org.sitrep.} followed by {@link #type()}
   */
  public String typeName() {
    return "org.sitrep." + type;
  }

  /**
   * The mode, as written in {@code expectations.tsv}.
   *
   * @return {@code strict} or {@code tolerant}
   */
  public String mode() {
    return strict ? "strict" : "tolerant";
  }

  /** @return the file name, so that parameterized tests are named after the document */
  @Override
  public String toString() {
    return fileName();
  }
}
