package org.sitrep.examples;

/** Placeholder: builds the seed article's report once the examples issue lands. */
public final class SeedArticleExample {
  private SeedArticleExample() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Sitrep examples: the seed article example is not written yet.");
  }
}
