package org.sitrep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.internal.Violations;

/**
 * The ids of one report under check, for {@link Report}'s two rules on them: every id of a part
 * (post, incident, casualty figure, claim, aid package) is used once, whatever its kind, and every
 * reference resolves to a part of its kind. Package-private.
 *
 * <p>One open-addressing table keyed by the ids' text holds each id's kind and place, in three
 * arrays: no {@code HashMap} node or place object per id, and no hashing of the id's kind. Where
 * the report repeats an id (it will not be built), references are resolved against a set of every
 * id instead, so that they are judged exactly as before the repeat was found.
 */
final class ReportIds {
  private static final int POSTS = 0;
  private static final int INCIDENTS = 1;
  private static final int CLAIMS = 2;
  private static final int AID_PACKAGES = 3;
  private static final String[] LISTS = {"posts", "incidents", "claims", "aidPackages"};

  /** The ids' texts by table cell, null for an empty cell. */
  private final String[] cells;

  /** By table cell: the entry the id's text was added as. */
  private final int[] entries;

  private final int mask;

  /** By entry: the id's kind, its list (one of POSTS ...), index in it, casualty index or -1. */
  private final Class<?>[] kinds;

  private final int[] lists;
  private final int[] indexes;
  private final int[] casualties;
  private int size;

  /** Every id, where a repeat was found; null otherwise. */
  private Set<Identifier> all;

  private ReportIds(int capacity) {
    int cellCount = Integer.highestOneBit(Math.max(capacity, 2) * 2 - 1) << 1;
    cells = new String[cellCount];
    entries = new int[cellCount];
    mask = cellCount - 1;
    kinds = new Class<?>[capacity];
    lists = new int[capacity];
    indexes = new int[capacity];
    casualties = new int[capacity];
  }

  /**
   * Indexes the report's ids, recording each repeat ({@code incidents[3].id}: "repeats the id
   * 'x' already used at posts[0].id"), in the report's order: posts, incidents each with its
   * casualty figures, claims, aid packages.
   *
   * @param report the report being checked
   * @param v where to record a repeat
   * @return the index, for {@link #contains(Identifier)}
   */
  static ReportIds index(Report report, Violations v) {
    List<EmbeddedPost> posts = report.posts();
    List<Incident> incidents = report.incidents();
    List<Claim> claims = report.claims();
    List<AidPackage> aidPackages = report.aidPackages();
    int capacity = posts.size() + incidents.size() + claims.size() + aidPackages.size();
    for (int i = 0; i < incidents.size(); i++) {
      capacity += incidents.get(i).casualties().size();
    }
    ReportIds ids = new ReportIds(capacity);
    for (int i = 0; i < posts.size(); i++) {
      ids.add(v, posts.get(i).id(), POSTS, i, -1);
    }
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      ids.add(v, incident.id(), INCIDENTS, i, -1);
      List<Casualty> figures = incident.casualties();
      for (int k = 0; k < figures.size(); k++) {
        ids.add(v, figures.get(k).id(), INCIDENTS, i, k);
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      ids.add(v, claims.get(i).id(), CLAIMS, i, -1);
    }
    for (int i = 0; i < aidPackages.size(); i++) {
      ids.add(v, aidPackages.get(i).id(), AID_PACKAGES, i, -1);
    }
    if (ids.all != null) {
      ids.collectAll(report);
    }
    return ids;
  }

  /**
   * @param id a reference
   * @return whether the report has a part of the reference's kind with that id
   */
  boolean contains(Identifier id) {
    if (all != null) {
      return all.contains(id);
    }
    int entry = find(id.value());
    return entry >= 0 && kinds[entry] == id.getClass();
  }

  private void add(Violations v, Identifier id, int list, int index, int casualty) {
    String text = id.value();
    int cell = spread(text.hashCode()) & mask;
    while (cells[cell] != null) {
      if (cells[cell].equals(text)) {
        repeat(v, id, entries[cell], list, index, casualty);
        return;
      }
      cell = (cell + 1) & mask;
    }
    cells[cell] = text;
    entries[cell] = size;
    kinds[size] = id.getClass();
    lists[size] = list;
    indexes[size] = index;
    casualties[size] = casualty;
    size++;
  }

  private int find(String text) {
    int cell = spread(text.hashCode()) & mask;
    while (cells[cell] != null) {
      if (cells[cell].equals(text)) {
        return entries[cell];
      }
      cell = (cell + 1) & mask;
    }
    return -1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void repeat(
      Violations v, Identifier id, int earlier, int list, int index, int casualty) {
    all = Set.of();
    if (v.keeps()) {
      v.add(
          place(list, index, casualty),
          "repeats the id '" + id + "' already used at "
              + place(lists[earlier], indexes[earlier], casualties[earlier]));
    } else {
      v.omit();
    }
  }

  /** {@code list[i].id}, or {@code incidents[i].casualties[k].id}. */
  private static String place(int list, int index, int casualty) {
    return LISTS[list] + "[" + index + "]" + (casualty < 0 ? "" : ".casualties[" + casualty + "]")
        + ".id";
  }

  private void collectAll(Report report) {
    Set<Identifier> known = new HashSet<>();
    report.posts().forEach(p -> known.add(p.id()));
    report.incidents()
        .forEach(
            i -> {
              known.add(i.id());
              i.casualties().forEach(c -> known.add(c.id()));
            });
    report.claims().forEach(c -> known.add(c.id()));
    report.aidPackages().forEach(p -> known.add(p.id()));
    all = known;
  }
}
