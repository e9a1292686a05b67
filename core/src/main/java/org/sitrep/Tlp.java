package org.sitrep;

/**
 * A Traffic Light Protocol 2.0 marking: who a report or record may be shared with. As STIX 2.1's
 * TLP marking definitions and FIRST's standard define them; the wire codes are {@code clear},
 * {@code green}, {@code amber}, {@code amber_strict} and {@code red}. A closed vocabulary: the
 * library carries the marking and never enforces it.
 */
public enum Tlp {
  /** TLP:CLEAR: may be shared without restriction. */
  CLEAR,
  /** TLP:GREEN: may be shared within the community, not published. */
  GREEN,
  /** TLP:AMBER: may be shared within the recipient's organisation and its clients, as needed. */
  AMBER,
  /** TLP:AMBER+STRICT: may be shared within the recipient's organisation only. */
  AMBER_STRICT,
  /** TLP:RED: for the named recipients only. */
  RED;

  /** @return the marking as FIRST writes it: {@code "TLP:AMBER+STRICT"} */
  public String label() {
    return "TLP:" + name().replace('_', '+');
  }
}
