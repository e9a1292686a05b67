/**
 * The Sitrep JSON wire format as a Jackson 2 module ({@link org.sitrep.jackson}): the facade
 * {@link org.sitrep.jackson.SitrepJson}, the streaming {@link org.sitrep.jackson.SitrepFeed}, and
 * {@link org.sitrep.jackson.SitrepModule} for a mapper of one's own, also found by {@code
 * ObjectMapper.findAndRegisterModules()}.
 */
module org.sitrep.jackson {
  requires transitive org.sitrep.core;
  requires transitive org.sitrep.wire;
  requires transitive com.fasterxml.jackson.databind;

  exports org.sitrep.jackson;

  provides com.fasterxml.jackson.databind.Module with
      org.sitrep.jackson.SitrepModule;
}
