package org.sitrep.internal;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;

/**
 * Collects the violations of one value under construction, then throws them all at once.
 *
 * <p>At most {@link SitrepValidationException#MAX_VIOLATIONS} are kept, in the order found; the
 * rest are only counted ({@link SitrepValidationException#omitted()}), so that a value with
 * millions of broken elements costs memory for a hundred. Checks that loop over large lists ask
 * {@link #keeps()} before building a path or a reason, and {@link #omit()} otherwise.
 */
public final class Violations {
  /** Null until the first violation: most values have none. */
  private List<Violation> found;

  /** Violations found beyond the cap and not kept. */
  private long omitted;

  /**
   * Records a violation unless {@code ok} holds.
   *
   * @param ok whether the rule holds
   * @param path where, relative to the value being checked
   * @param reason what is wrong
   * @return this collector
   */
  public Violations require(boolean ok, String path, String reason) {
    if (!ok) {
      add(path, reason);
    }
    return this;
  }

  /**
   * Records a violation unconditionally (or only counts it, once the cap is reached).
   *
   * @param path where, relative to the value being checked
   * @param reason what is wrong
   * @return this collector
   */
  public Violations add(String path, String reason) {
    if (keeps()) {
      found().add(Violation.of(path, reason));
    } else {
      omitted++;
    }
    return this;
  }

  /**
   * Whether another violation would be kept: callers that would build its path or reason only to
   * have it dropped call {@link #omit()} instead.
   *
   * @return whether fewer than {@link SitrepValidationException#MAX_VIOLATIONS} are kept
   */
  public boolean keeps() {
    return found == null || found.size() < SitrepValidationException.MAX_VIOLATIONS;
  }

  /**
   * Counts a violation without keeping it: for a caller that saw {@link #keeps()} false.
   *
   * @return this collector
   */
  public Violations omit() {
    if (keeps()) {
      throw new IllegalStateException("a violation may be omitted only once the cap is reached");
    }
    omitted++;
    return this;
  }

  /**
   * Records the violations of a nested check under a path prefix.
   *
   * @param prefix the nested value's path, e.g. {@code admin1}
   * @param nested the violations of the nested value
   * @return this collector
   */
  public Violations addAll(String prefix, List<Violation> nested) {
    for (Violation v : nested) {
      if (keeps()) {
        found().add(v.under(prefix));
      } else {
        omitted++;
      }
    }
    return this;
  }

  /** @return whether nothing was found */
  public boolean isEmpty() {
    return found == null;
  }

  /** @return what was kept so far (at most the cap) */
  public List<Violation> list() {
    return found == null ? List.of() : List.copyOf(found);
  }

  /** @return how many were found beyond the cap and not kept */
  public long omitted() {
    return omitted;
  }

  private List<Violation> found() {
    if (found == null) {
      found = new ArrayList<>();
    }
    return found;
  }

  /**
   * Throws everything found, if anything.
   *
   * @param typeName the simple name of the type being checked
   * @throws SitrepValidationException if any violation was recorded
   */
  public void throwIfAny(String typeName) {
    if (found != null) {
      throw new SitrepValidationException(typeName, found, omitted);
    }
  }
}
