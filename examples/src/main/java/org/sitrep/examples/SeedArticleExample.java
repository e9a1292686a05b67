package org.sitrep.examples;

import org.sitrep.Report;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.testing.SeedArticle;

/**
 * The README's first command: builds the seed article's report, validates it, and prints a short
 * summary of it followed by its JSON.
 *
 * <p>The report comes from {@code sitrep-testing}'s {@link SeedArticle}, the construction the
 * project's own tests use. Building a report validates it (a value that breaks a rule cannot
 * exist); the example then checks the JSON as a consumer would, by reading it back in strict mode.
 */
public final class SeedArticleExample {
  private SeedArticleExample() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(output());
  }

  /**
   * What {@link #main} prints.
   *
   * @return the summary, a blank line, then the report as indented JSON
   * @throws IllegalStateException if the JSON does not read back as the same report
   */
  public static String output() {
    Report report = SeedArticle.report(); // built and validated by the core
    String json = SitrepJson.strict().writePrettyString(report);
    try {
      Report again = SitrepJson.strict().read(json, Report.class); // validated again, from JSON
      if (!again.equals(report)) {
        throw new IllegalStateException("the JSON did not read back as the same report");
      }
    } catch (SitrepJsonException e) {
      throw new IllegalStateException("the JSON did not read back: " + e.getMessage(), e);
    }
    return "The seed article (7 September 2023) as a Sitrep "
        + ReportSummary.oneLine(report) + "\n"
        + "valid: built by the core, and its JSON reads back (strict) as an equal report\n\n"
        + ReportSummary.of(report)
        + "\nJSON (wire format: docs/wire-format.md)\n"
        + json;
  }
}
