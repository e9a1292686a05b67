package org.sitrep.wire;

/**
 * The one mapping from Java attribute names to wire names: snake_case, mechanically.
 *
 * <p>Each capital letter becomes {@code _} and its lower-case letter: {@code aboutIncidents ->
 * about_incidents}, {@code isoCode -> iso_code}, {@code admin1 -> admin1}. Violation paths of the
 * core ({@code incidents[1].casualties[0].asOf}) become JSON paths by the same function.
 */
public final class WireNames {
  private WireNames() {}

  /**
   * The wire name of a Java attribute.
   *
   * @param javaName an accessor's name, e.g. {@code "asOf"}
   * @return its property name on the wire, e.g. {@code "as_of"}
   */
  public static String snake(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append('_').append((char) (c - 'A' + 'a'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
