package org.sitrep;

import java.util.Map;

/**
 * A value that can carry properties this version of Sitrep does not know, so that nothing is lost
 * when a document written by a newer producer passes through an older service.
 *
 * <p>Each extension maps a property name, as written on the wire, to its value as compact JSON
 * text, for example {@code "confidence" -> "0.8"} or {@code "tags" -> "[\"verified-by-geo\"]"}.
 * The core model never reads them; the JSON module fills them when reading in tolerant mode and
 * writes them back unchanged. Built by hand they are rarely needed: a property that matters
 * belongs in the model.
 */
public interface Extensible {
  /** @return unknown properties by wire name, each value as compact JSON text; usually empty */
  Map<String, String> extensions();
}
