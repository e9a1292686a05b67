package org.sitrep.jackson3;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.framing.CompactJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Extensions: any JSON value captured from the input as compact text, and written back from it.
 * Numbers keep their exact text, so a relay changes nothing but insignificant white space.
 * Inside them the format's rules for any JSON hold: no duplicate names, no unpaired surrogate in
 * a string or a name. (An extension's value itself is never {@code null}; its caller checks that.
 * A {@code null} inside it, as an array element, is carried as it is.)
 *
 * <p>Capturing writes the value through a generator, unless the parser reads bytes whose {@link
 * Source} is known and the value's bytes there are already its compact text (no white space, no
 * escape, well-formed UTF-8: what a generator would write again): then the value is only walked,
 * for the same checks and errors, and its text is those bytes.
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
    Source source = Source.of(p);
    if (source != null) {
      long at = p.currentTokenLocation().getByteOffset();
      if (at >= 0 && at < source.end - source.offset) {
        int from = source.offset + (int) at;
        int to =
            CompactJson.end(
                source.bytes, from, source.end, p.streamReadConstraints().getMaxStringLength());
        if (to >= 0) {
          walk(p, false);
          return new String(source.bytes, from, to - from, StandardCharsets.UTF_8);
        }
      }
    }
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
      walk(p, true);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("the extension '" + name + "' is more than one value");
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the extension '" + name + "' is not valid JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Moves the parser over the value at its position to the value's last token, with the checks of
   * {@link #copy(JsonParser, JsonGenerator)} in the same order: the parser's own, duplicate names
   * and, if asked, unpaired surrogates (which text without escapes, in well-formed UTF-8, cannot
   * hold).
   *
   * @param p a parser on a value's first token; left on its last
   * @param surrogates whether to look for unpaired surrogates in names and strings
   */
  private static void walk(JsonParser p, boolean surrogates) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        Names names = new Names();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          if (surrogates) {
            Codecs.unpairedSurrogate(p, p.currentName());
          }
          names.add(p);
          p.nextToken();
          walk(p, surrogates);
        }
        break;
      case START_ARRAY:
        while (p.nextToken() != JsonToken.END_ARRAY) {
          walk(p, surrogates);
        }
        break;
      case VALUE_STRING:
        if (surrogates) {
          Codecs.unpairedSurrogate(p, p.getString());
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        break;
      default:
        throw SitrepJsonException.at(p, Kind.SYNTAX, "unexpected " + t + " in a JSON value");
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
            throw duplicate(p);
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

  private static SitrepJsonException duplicate(JsonParser p) {
    return SitrepJsonException.at(
        p, Kind.DUPLICATE_PROPERTY, "the property appears more than once");
  }

  /**
   * Lets a parser's codecs see the bytes it reads: attached to the parser's root context as its
   * current value, which nothing else of this module sets.
   *
   * @param p a parser just created over {@code bytes[offset, offset + length)}
   * @param bytes the input
   * @param offset where the parser starts
   * @param length how many bytes it reads
   * @return {@code p}
   */
  static JsonParser withSource(JsonParser p, byte[] bytes, int offset, int length) {
    p.assignCurrentValue(new Source(bytes, offset, offset + length));
    return p;
  }

  /** The bytes a parser reads; its byte offsets count from {@link #offset}. */
  private static final class Source {
    final byte[] bytes;
    final int offset;
    final int end;

    Source(byte[] bytes, int offset, int end) {
      this.bytes = bytes;
      this.offset = offset;
      this.end = end;
    }

    /** @return the source attached to the parser's root context, or null */
    static Source of(JsonParser p) {
      TokenStreamContext context = p.streamReadContext();
      while (context.getParent() != null) {
        context = context.getParent();
      }
      Object value = context.currentValue();
      return value instanceof Source ? (Source) value : null;
    }
  }

  /** The names of one object, to refuse a duplicate; most objects have few. */
  private static final class Names {
    private String[] names;
    private int size;
    private Set<String> many;

    void add(JsonParser p) {
      String name = p.currentName();
      if (many != null) {
        if (!many.add(name)) {
          throw duplicate(p);
        }
        return;
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          throw duplicate(p);
        }
      }
      if (names == null) {
        names = new String[8];
      } else if (size == names.length) {
        many = new HashSet<>();
        for (String n : names) {
          many.add(n);
        }
        many.add(name);
        return;
      }
      names[size++] = name;
    }
  }
}
