package org.sitrep.wire;

/**
 * How the values of a feed are laid out. Both are UTF-8 JSON and carry each value in its wire
 * form; they differ in how a reader recovers from a bad record. Every binding reads and writes
 * both the same way.
 */
public enum FeedFormat {
  /**
   * Newline-delimited JSON (media type {@code application/x-ndjson}, also called JSON Lines): one
   * compact value per line, each line ending in {@code \n} ({@code \r\n} is read too). Blank lines
   * are ignored. A bad line, even one that is not JSON at all, costs only that line.
   */
  NDJSON,

  /**
   * One JSON array holding the values ({@code application/json}). Written with one value per
   * line; read whatever its white space. A value that is JSON but not a valid Sitrep value costs
   * only that value; a syntax error ends the reading, since nothing after it can be trusted.
   */
  JSON_ARRAY
}
