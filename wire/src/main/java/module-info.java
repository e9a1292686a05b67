/**
 * The one definition of the Sitrep wire format ({@link org.sitrep.wire.WireTypes}), its framing
 * ({@link org.sitrep.wire.framing}) and its JSON Schema ({@link org.sitrep.schema.SitrepSchema}),
 * with no JSON library in it.
 */
module org.sitrep.wire {
  requires transitive org.sitrep.core;

  exports org.sitrep.wire;
  exports org.sitrep.wire.framing;
  exports org.sitrep.schema;
}
