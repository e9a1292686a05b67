package org.sitrep.wire;

/** How many values a property holds, and what a reader and a writer do when it has none. */
public enum Cardinality {
  /** Exactly one value; always written; a reader reports it missing when absent. */
  REQUIRED,
  /** Exactly one value with a default in the model; always written; may be absent when read. */
  DEFAULTED,
  /** Zero or one value; omitted when empty. */
  OPTIONAL,
  /** Zero or more values in order; omitted when empty; an empty array reads as empty. */
  LIST
}
