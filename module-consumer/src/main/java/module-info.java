/**
 * A user's application on the module path: it reads the Sitrep modules it uses by name, and
 * nothing else.
 */
module org.sitrep.consumer {
  requires org.sitrep.jackson;
  requires org.sitrep.jackson3;
  requires org.sitrep.conformance;
  requires org.sitrep.datasets;
  requires org.sitrep.testing;
}
