/**
 * The Sitrep JSON wire format as a Jackson 3 ({@code tools.jackson}) module ({@link
 * org.sitrep.jackson3}): the facade {@link org.sitrep.jackson3.SitrepJson}, the streaming {@link
 * org.sitrep.jackson3.SitrepFeed}, and {@link org.sitrep.jackson3.SitrepModule} for a mapper of
 * one's own, also found by {@code JsonMapper.builder().findAndAddModules()}.
 */
@SuppressWarnings("module") // "jackson3 should avoid terminal digits": named as its package, on purpose
module org.sitrep.jackson3 {
  requires transitive org.sitrep.core;
  requires transitive org.sitrep.wire;
  requires transitive tools.jackson.databind;

  exports org.sitrep.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.sitrep.jackson3.SitrepModule;
}
