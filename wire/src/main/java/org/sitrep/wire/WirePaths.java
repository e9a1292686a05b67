package org.sitrep.wire;

import java.util.regex.Pattern;

/**
 * The steps of the JSON paths that bindings report ({@code $.incidents[1].casualties[0].count.low}),
 * built the same way by every binding: property steps in wire names, and the core's violation paths
 * (relative, in Java names) turned into JSON path suffixes. Only the text; where the reader is in
 * the document is the binding's to know.
 */
public final class WirePaths {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String EXTENSIONS = "extensions";

  private WirePaths() {}

  /**
   * Appends a property step: {@code .name}, or {@code ['odd name']} (with {@code \} and {@code '}
   * escaped) for a name that is not a plain identifier.
   *
   * @param out the path so far
   * @param name a property name
   */
  public static void appendName(StringBuilder out, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      out.append('.').append(name);
    } else {
      out.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }

  /**
   * The relative path step of a property.
   *
   * @param name a property name
   * @return the step, e.g. {@code .low}
   */
  public static String step(String name) {
    StringBuilder out = new StringBuilder();
    appendName(out, name);
    return out.toString();
  }

  /**
   * A core violation path (Java names, relative) as a relative JSON path suffix: {@code
   * aboutIncidents[0]} becomes {@code .about_incidents[0]}; the empty path stays empty; {@code
   * extensions.x} becomes {@code .x}, since extensions are properties of the object on the wire.
   *
   * @param javaPath a path from a {@link org.sitrep.Violation}
   * @return the suffix to append to the JSON path of the value that was built
   */
  public static String ofViolation(String javaPath) {
    if (javaPath.isEmpty() || javaPath.equals(EXTENSIONS)) {
      return "";
    }
    if (javaPath.startsWith(EXTENSIONS + ".")) {
      return step(javaPath.substring(EXTENSIONS.length() + 1));
    }
    return (javaPath.startsWith("[") ? "" : ".") + WireNames.snake(javaPath);
  }
}
