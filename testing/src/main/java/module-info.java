/**
 * Fixtures for tests that use Sitrep ({@link org.sitrep.testing}): the seed article's report,
 * fixture builders valid by default, a value of every type with every attribute set. No jqwik:
 * its generators are in {@code org.sitrep.testing.jqwik}.
 */
module org.sitrep.testing {
  requires transitive org.sitrep.core;

  exports org.sitrep.testing;
}
