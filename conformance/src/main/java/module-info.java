/**
 * The conformance files of the Sitrep wire format and a small API to read them ({@link
 * org.sitrep.conformance}); nothing but the JDK.
 */
module org.sitrep.conformance {
  exports org.sitrep.conformance;
}
