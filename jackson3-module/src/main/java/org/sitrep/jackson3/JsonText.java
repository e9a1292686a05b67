package org.sitrep.jackson3;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.wire.ReadFailure.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Extensions: any JSON value captured from the input as compact text, and written back from it.
 * Numbers keep their exact text, so a relay changes nothing but insignificant white space.
 * Inside them the format's rules for any JSON hold: no duplicate names, no unpaired surrogate in
 * a string or a name. (An extension's value itself is never {@code null}; its caller checks that.
 * A {@code null} inside it, as an array element, is carried as it is.)
 */
final class JsonText {
  /** Only for the small, already-checked texts of extensions; never reads user input directly. */
  private static final JsonFactory TEXT =
      JsonFactory.builder()
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private JsonText() {}

  /**
   * Reads the value at the parser's position as compact JSON text, refusing duplicate names in its
   * objects.
   *
   * @param p a parser on a value's first token; left on its last
   * @return the value as JSON text
   */
  static String capture(JsonParser p) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = TEXT.createGenerator(ObjectWriteContext.empty(), out)) {
      copy(p, g);
    }
    return out.toString();
  }

  /**
   * Writes an extension's value.
   *
   * @param name the extension's name, for the message
   * @param json the value as JSON text
   * @param g where to
   * @throws IllegalArgumentException if the text is not exactly one JSON value
   */
  static void replay(String name, String json, JsonGenerator g) {
    check(name, json);
    try (JsonParser p = TEXT.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      copy(p, g);
    }
  }

  private static void check(String name, String json) {
    try (JsonParser p = TEXT.createParser(ObjectReadContext.empty(), json)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException("the extension '" + name + "' has no JSON value");
      }
      capture(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("the extension '" + name + "' is more than one value");
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the extension '" + name + "' is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static void copy(JsonParser p, JsonGenerator g) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        g.writeStartObject();
        Set<String> names = new HashSet<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          Codecs.unpairedSurrogate(p, name);
          if (!names.add(name)) {
            throw SitrepJsonException.at(
                p, Kind.DUPLICATE_PROPERTY, "the property appears more than once");
          }
          g.writeName(name);
          p.nextToken();
          copy(p, g);
        }
        g.writeEndObject();
        break;
      case START_ARRAY:
        g.writeStartArray();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          copy(p, g);
        }
        g.writeEndArray();
        break;
      case VALUE_STRING:
        Codecs.unpairedSurrogate(p, p.getString());
        g.writeString(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        Codecs.number(g, p.getString());
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        g.writeBoolean(t == JsonToken.VALUE_TRUE);
        break;
      case VALUE_NULL:
        g.writeNull();
        break;
      default:
        throw SitrepJsonException.at(p, Kind.SYNTAX, "unexpected " + t + " in a JSON value");
    }
  }
}
