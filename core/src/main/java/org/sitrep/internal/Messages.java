package org.sitrep.internal;

import java.util.List;
import org.sitrep.Violation;

/**
 * The bounded text of a list of violations, shared by the core's exception and the bindings'
 * read failures: whatever the number of violations and the length of their reasons, a message is
 * at most a few KiB (decision record 0008).
 */
public final class Messages {
  /** How many violations a message lists; the rest are counted. */
  public static final int LISTED = 10;

  /** The longest text of one violation in a message, in characters; longer ones are cut. */
  public static final int MAX_VIOLATION_TEXT = 256;

  private Messages() {}

  /**
   * The first {@link #LISTED} violations, each cut to {@link #MAX_VIOLATION_TEXT} characters and
   * separated by {@code "; "}, then {@code "; and N more"} for the rest.
   *
   * @param violations the violations kept, at least one
   * @param omitted how many more were found and not kept
   * @return the text
   */
  public static String list(List<Violation> violations, long omitted) {
    StringBuilder out = new StringBuilder();
    int listed = Math.min(LISTED, violations.size());
    for (int i = 0; i < listed; i++) {
      if (i > 0) {
        out.append("; ");
      }
      out.append(cut(violations.get(i).toString()));
    }
    long more = violations.size() - listed + omitted;
    if (more > 0) {
      out.append("; and ").append(more).append(" more");
    }
    return out.toString();
  }

  /**
   * @param text any text
   * @return the text, or its first {@link #MAX_VIOLATION_TEXT} characters and {@code "..."}; never
   *     ending in the first half of a surrogate pair
   */
  public static String cut(String text) {
    if (text.length() <= MAX_VIOLATION_TEXT) {
      return text;
    }
    int end = MAX_VIOLATION_TEXT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }
}
