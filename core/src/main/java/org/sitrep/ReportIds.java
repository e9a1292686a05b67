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
 * <p>The ids are kept in the report's order with their places in two arrays, found through an
 * open-addressing table keyed by their text (or, for a few ids, by a scan): no {@code HashMap}
 * node or place object per id, and no hashing of the id's kind. A report's own id is of another
 * kind (it names the document, not a part of it) and may be reused by a part. Where
 * the report repeats an id (it will not be built), references are resolved against a set of every
 * id instead, so that they are judged exactly as before the repeat was found.
 */
final class ReportIds {
  private static final int POSTS = 0;
  private static final int INCIDENTS = 1;
  private static final int CLAIMS = 2;
  private static final int AID_PACKAGES = 3;
  private static final String[] LISTS = {"posts", "incidents", "claims", "aidPackages"};

  /** Reports with at most this many ids are searched in order, without a table. */
  private static final int SMALL = 8;

  /** By entry, in the report's order: the id. */
  private final Identifier[] ids;

  /** By entry, three ints: the id's list (one of POSTS ...), index in it, casualty index or -1. */
  private final int[] places;

  /** By table cell: 1 + the entry of the id whose text hashes there, 0 for none; or null. */
  private final int[] cells;

  private final int mask;
  private int size;

  /** Every id, where a repeat was found; null otherwise. */
  private Set<Identifier> all;

  private ReportIds(int capacity) {
    ids = new Identifier[capacity];
    places = new int[3 * capacity];
    if (capacity > SMALL) {
      int cellCount = Integer.highestOneBit(capacity * 2 - 1) << 1;
      cells = new int[cellCount];
      mask = cellCount - 1;
    } else {
      cells = null;
      mask = 0;
    }
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
    return entry >= 0 && ids[entry].getClass() == id.getClass();
  }

  private void add(Violations v, Identifier id, int list, int index, int casualty) {
    String text = id.value();
    int earlier = find(text);
    if (earlier >= 0) {
      repeat(v, id, earlier, list, index, casualty);
      return;
    }
    ids[size] = id;
    places[3 * size] = list;
    places[3 * size + 1] = index;
    places[3 * size + 2] = casualty;
    if (cells != null) {
      int cell = spread(text.hashCode()) & mask;
      while (cells[cell] != 0) {
        cell = (cell + 1) & mask;
      }
      cells[cell] = size + 1;
    }
    size++;
  }

  /** @return the entry of the id with this text, or -1 */
  private int find(String text) {
    if (cells == null) {
      for (int i = 0; i < size; i++) {
        if (ids[i].value().equals(text)) {
          return i;
        }
      }
      return -1;
    }
    int cell = spread(text.hashCode()) & mask;
    while (cells[cell] != 0) {
      int entry = cells[cell] - 1;
      if (ids[entry].value().equals(text)) {
        return entry;
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
              + place(places[3 * earlier], places[3 * earlier + 1], places[3 * earlier + 2]));
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
