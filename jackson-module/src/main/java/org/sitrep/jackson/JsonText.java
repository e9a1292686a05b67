package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * Extensions: any JSON value captured from the input as compact text, and written back from it.
 * Numbers keep their exact text, so a relay changes nothing but insignificant white space.
 * Inside them the format's rules for any JSON hold: no duplicate names, no unpaired surrogate in
 * a string or a name. (An extension's value itself is never {@code null}; its caller checks that.
 * A {@code null} inside it, as an array element, is carried as it is.)
 */
final class JsonText {
  /** Only for the small, already-checked texts of extensions; never reads user input directly. */
  private static final JsonFactory TEXT = JsonFactory.builder().build();

  private JsonText() {}

  /**
   * Reads the value at the parser's position as compact JSON text, refusing duplicate names in its
   * objects.
   *
   * @param p a parser on a value's first token; left on its last
   * @return the value as JSON text
   */
  static String capture(JsonParser p) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = TEXT.createGenerator(out)) {
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
   * @throws IOException from the generator
   */
  static void replay(String name, String json, JsonGenerator g) throws IOException {
    check(name, json);
    try (JsonParser p = TEXT.createParser(json)) {
      p.nextToken();
      copy(p, g);
    }
  }

  private static void check(String name, String json) {
    try (JsonParser p = TEXT.createParser(json)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException("the extension '" + name + "' has no JSON value");
      }
      capture(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("the extension '" + name + "' is more than one value");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the extension '" + name + "' is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static void copy(JsonParser p, JsonGenerator g) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        g.writeStartObject();
        Set<String> names = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          Codecs.unpairedSurrogate(p, name);
          if (!names.add(name)) {
            throw SitrepJsonException.at(
                p, Kind.DUPLICATE_PROPERTY, "the property appears more than once");
          }
          g.writeFieldName(name);
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
        Codecs.unpairedSurrogate(p, p.getText());
        g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        Codecs.number(g, p.getText());
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
