/**
 * jqwik generators of valid Sitrep values ({@link org.sitrep.testing.jqwik.SitrepArbitraries}),
 * registered for {@code @ForAll} by {@link org.sitrep.testing.jqwik.SitrepArbitraryProvider}.
 */
module org.sitrep.testing.jqwik {
  requires transitive org.sitrep.testing;
  requires transitive net.jqwik.api;

  exports org.sitrep.testing.jqwik;

  provides net.jqwik.api.providers.ArbitraryProvider with
      org.sitrep.testing.jqwik.SitrepArbitraryProvider;
}
