/**
 * The conformance corpus of the Sitrep JSON wire format, by schema version, read from the
 * classpath: golden documents of every type, the invalid corpus with the kind of error and the JSON
 * path each document must give, relay documents of a newer minor version, and the value cases of
 * the JSON Schema. Every binding of the wire format tests against these same files; start with
 * {@link org.sitrep.conformance.Corpus#v1_0()}.
 */
package org.sitrep.conformance;
