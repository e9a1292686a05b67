package org.sitrep.wire;

/**
 * The limits every Sitrep reader sets, whatever binding it is, so that bad or hostile input is
 * refused promptly rather than exhausting memory (decision record 0004). A document or record over
 * a limit is refused with {@link ReadFailure.Kind#LIMIT_EXCEEDED}.
 */
public final class Limits {
  private Limits() {}

  /** The longest document, in bytes (or chars): 8 MiB. The seed report is 15 kB. */
  public static final int MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;

  /** The deepest nesting of objects and arrays: 64. A report needs 7. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string, in characters: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** The longest number, in characters, and so the longest money amount: 100. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest property name, in characters: 256. */
  public static final int MAX_NAME_LENGTH = 256;

  /**
   * The most elements of one array of a Sitrep property (a report's incidents, a claim's
   * references, an incident's casualty figures, ...): 10,000. Reading the 10,001st is refused at
   * its path, so that a document of a few MiB cannot make a reader build and check millions of
   * elements. The seed report's longest list has 10.
   */
  public static final int MAX_LIST_LENGTH = 10_000;

  /** The longest record of a feed, in bytes: as a document, 8 MiB; a feed has no length limit. */
  public static final int MAX_RECORD_LENGTH = MAX_DOCUMENT_LENGTH;
}
