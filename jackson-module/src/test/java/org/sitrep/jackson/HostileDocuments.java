package org.sitrep.jackson;

import org.sitrep.wire.Limits;

/**
 * Documents made to exhaust a reader (issue 11), each as large as the document limit allows
 * (8 MiB), generated on the fly: never committed, since each is megabytes of repetition.
 */
final class HostileDocuments {
  private HostileDocuments() {}

  /** Some room under the limit for the closing brackets. */
  private static final int BUDGET = Limits.MAX_DOCUMENT_LENGTH - 1024;

  private static final String HEAD = "{\"id\":\"r\",\"schema_version\":\"1.0\",";

  private static final String INCIDENT =
      "{\"id\":\"i\",\"type\":\"shelling\",\"outcome\":\"impact\"}";

  private static String claimHead(int n) {
    return "{\"id\":\"c"
        + n
        + "\",\"source\":{\"name\":\"x\",\"kind\":\"person\"},\"statement\":\"s\","
        + "\"kind\":\"opinion\",\"verification\":\"unverified\",\"about_incidents\":[";
  }

  /**
   * One claim whose {@code about_incidents} repeats one incident's id about two million times:
   * far beyond the list limit.
   */
  static String repeatedReferencesInOneList() {
    StringBuilder out =
        new StringBuilder(Limits.MAX_DOCUMENT_LENGTH)
            .append(HEAD)
            .append("\"incidents\":[")
            .append(INCIDENT)
            .append("],\"claims\":[")
            .append(claimHead(0))
            .append("\"i\"");
    while (out.length() < BUDGET) {
      out.append(",\"i\"");
    }
    return out.append("]}]}").toString();
  }

  /**
   * Claims each of whose {@code about_incidents} repeats one incident's id as often as the list
   * limit allows, until the document is 8 MiB.
   */
  static String repeatedReferences() {
    StringBuilder out =
        new StringBuilder(Limits.MAX_DOCUMENT_LENGTH)
            .append(HEAD)
            .append("\"incidents\":[")
            .append(INCIDENT)
            .append("],\"claims\":[");
    for (int c = 0; out.length() < BUDGET; c++) {
      if (c > 0) {
        out.append(',');
      }
      out.append(claimHead(c)).append("\"i\"");
      for (int k = 1; k < Limits.MAX_LIST_LENGTH && out.length() < BUDGET; k++) {
        out.append(",\"i\"");
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }

  /**
   * Claims about incidents that are not in the report, each as many as the list limit allows, all
   * different, until the document is 8 MiB: about 700,000 dangling references.
   */
  static String danglingReferences() {
    StringBuilder out =
        new StringBuilder(Limits.MAX_DOCUMENT_LENGTH).append(HEAD).append("\"claims\":[");
    int id = 0;
    for (int c = 0; out.length() < BUDGET; c++) {
      if (c > 0) {
        out.append(',');
      }
      out.append(claimHead(c)).append("\"x").append(id++).append('"');
      for (int k = 1; k < Limits.MAX_LIST_LENGTH && out.length() < BUDGET; k++) {
        out.append(",\"x").append(id++).append('"');
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }

  /** How the casualty figures of {@link #casualties(int, Broken)} are broken. */
  enum Broken {
    /** Each count is "low 5, high 3". */
    BOUNDS,
    /** The figures of an incident all have the same id. */
    SAME_ID,
    /** Each refers to a claim that is not in the report. */
    DANGLING_CLAIM
  }

  /**
   * A report of incidents holding {@code n} broken casualty figures in all, a thousand each.
   *
   * @param n how many
   * @param broken how each is broken
   * @return the document
   */
  static String casualties(int n, Broken broken) {
    StringBuilder out =
        new StringBuilder(Limits.MAX_DOCUMENT_LENGTH).append(HEAD).append("\"incidents\":[");
    for (int i = 0; i < n; i++) {
      if (i % 1000 == 0) {
        out.append(i == 0 ? "" : "]},")
            .append("{\"id\":\"i")
            .append(i / 1000)
            .append("\",\"type\":\"shelling\",\"outcome\":\"impact\",\"casualties\":[");
      } else {
        out.append(',');
      }
      out.append("{\"id\":\"").append(broken == Broken.SAME_ID ? "k" + i / 1000 : "k" + i)
          .append("\",\"outcome\":\"killed\",\"population\":\"civilian\",\"count\":")
          .append(
              broken == Broken.BOUNDS
                  ? "{\"low\":5,\"high\":3,\"qualifier\":\"range\"}"
                  : "{\"low\":3,\"high\":5,\"qualifier\":\"range\"}");
      if (broken == Broken.DANGLING_CLAIM) {
        out.append(",\"claim\":\"nowhere").append(i).append('"');
      }
      out.append('}');
    }
    return out.append("]}]}").toString();
  }
}
