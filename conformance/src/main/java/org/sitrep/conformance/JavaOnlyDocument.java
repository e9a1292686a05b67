package org.sitrep.conformance;

import java.util.Objects;

/**
 * A document of the invalid corpus that the JSON Schema accepts although Sitrep's readers refuse
 * it, as listed in {@code schema/java-only.tsv}: it breaks a rule that JSON Schema cannot express,
 * or that the schema leaves to the reader on purpose.
 *
 * @param fileName the file name of the document under {@code invalid/}, such as {@code
 *     rule-low-above-high.json}
 * @param reason why only the reader catches it
 */
public record JavaOnlyDocument(String fileName, String reason) {
  /**
   * Checks that no component is null.
   *
   * @param fileName the file name of the document under {@code invalid/}
   * @param reason why only the reader catches it
   */
  public JavaOnlyDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(reason, "reason");
  }
}
