/**
 * Fixtures and jqwik arbitraries for tests that use Sitrep ({@link org.sitrep.testing}).
 */
module org.sitrep.testing {
  requires transitive org.sitrep.core;
  requires transitive net.jqwik.api;

  exports org.sitrep.testing;

  provides net.jqwik.api.providers.ArbitraryProvider with
      org.sitrep.testing.SitrepArbitraryProvider;
}
