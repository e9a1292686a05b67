package org.sitrep.jackson3;

/** How a reader treats content that this version of Sitrep does not know. */
enum ReadMode {
  /** Unknown properties become extensions; unknown codes of open vocabularies are carried. */
  TOLERANT,
  /** Unknown properties and unknown codes of open vocabularies are errors. */
  STRICT
}
