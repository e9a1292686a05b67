package org.sitrep.jackson3;

import org.sitrep.wire.WirePaths;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * JSON paths ({@code $.incidents[1].casualties[0].count.low}) from the Jackson 3 parser's position;
 * the steps themselves are {@link WirePaths}', shared with every binding.
 */
final class JsonPaths {
  private JsonPaths() {}

  /**
   * The path of the value at the parser's position: the property or array element being read, or,
   * just after an object or array closed, that object or array.
   *
   * @param p a parser
   * @return a JSON path starting with {@code $}
   */
  static String of(JsonParser p) {
    StringBuilder out = new StringBuilder("$");
    append(out, p.streamReadContext());
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
    TokenStreamContext context = p.streamReadContext();
    if (context != null && !context.inRoot()) {
      append(out, context.getParent());
    }
    return out.toString();
  }

  private static void append(StringBuilder out, TokenStreamContext context) {
    if (context == null || context.inRoot()) {
      return;
    }
    append(out, context.getParent());
    if (context.inArray()) {
      if (context.hasCurrentIndex()) {
        out.append('[').append(context.getCurrentIndex()).append(']');
      }
    } else if (context.currentName() != null) {
      WirePaths.appendName(out, context.currentName());
    }
  }
}
