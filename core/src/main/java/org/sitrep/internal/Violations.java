package org.sitrep.internal;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;

/** Collects the violations of one value under construction, then throws them all at once. */
public final class Violations {
  /** Null until the first violation: most values have none. */
  private List<Violation> found;

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
   * Records a violation unconditionally.
   *
   * @param path where, relative to the value being checked
   * @param reason what is wrong
   * @return this collector
   */
  public Violations add(String path, String reason) {
    found().add(Violation.of(path, reason));
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
      found().add(v.under(prefix));
    }
    return this;
  }

  /** @return whether nothing was found */
  public boolean isEmpty() {
    return found == null;
  }

  /** @return what was found so far */
  public List<Violation> list() {
    return found == null ? List.of() : List.copyOf(found);
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
      throw new SitrepValidationException(typeName, found);
    }
  }
}
