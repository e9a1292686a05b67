package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import org.sitrep.wire.WireNames;
import org.sitrep.wire.WirePaths;

/**
 * JSON paths ({@code $.incidents[1].casualties[0].count.low}) from the parser's position, and the
 * one mapping from Java attribute names to wire names that every property follows.
 */
final class JsonPaths {
  private JsonPaths() {}

  /**
   * The wire name of a Java attribute: snake_case, e.g. {@code aboutIncidents -> about_incidents},
   * {@code isoCode -> iso_code}, {@code admin1 -> admin1}.
   *
   * @param javaName an accessor's name
   * @return its property name on the wire
   */
  static String snake(String javaName) {
    return WireNames.snake(javaName);
  }

  /**
   * The path of the value at the parser's position: the field or array element being read, or,
   * just after an object or array closed, that object or array.
   *
   * @param p a parser
   * @return a JSON path starting with {@code $}
   */
  static String of(JsonParser p) {
    StringBuilder out = new StringBuilder("$");
    append(out, p.getParsingContext());
    return out.toString();
  }

  /**
   * The path of the object or array the parser is in, without the current property or element:
   * for problems with a property name itself, where the name is not known.
   *
   * @param p a parser
   * @return a JSON path starting with {@code $}
   */
  static String container(JsonParser p) {
    StringBuilder out = new StringBuilder("$");
    JsonStreamContext context = p.getParsingContext();
    if (context != null && !context.inRoot()) {
      append(out, context.getParent());
    }
    return out.toString();
  }

  private static void append(StringBuilder out, JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return;
    }
    append(out, context.getParent());
    if (context.inArray()) {
      if (context.hasCurrentIndex()) {
        out.append('[').append(context.getCurrentIndex()).append(']');
      }
    } else if (context.getCurrentName() != null) {
      name(out, context.getCurrentName());
    }
  }

  /**
   * A core violation path (Java names, relative) as a relative JSON path suffix, as {@link
   * WirePaths#ofViolation(String)}.
   *
   * @param javaPath a path from a {@link org.sitrep.Violation}
   * @return the suffix to append to the JSON path of the value that was built
   */
  static String wire(String javaPath) {
    return WirePaths.ofViolation(javaPath);
  }

  /** Appends a property step, as {@link WirePaths#appendName(StringBuilder, String)}. */
  static void name(StringBuilder out, String name) {
    WirePaths.appendName(out, name);
  }

  /**
   * @param name a property name
   * @return the relative path step for it, e.g. {@code .low}
   */
  static String step(String name) {
    return WirePaths.step(name);
  }
}
