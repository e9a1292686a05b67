package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.SitrepValidationException;
import org.sitrep.Vocabulary;
import org.sitrep.internal.Rules;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.SchemaVersions;
import org.sitrep.wire.WireValue;

/** The codecs of single values: text, numbers, dates, URLs, codes and ids. */
final class Codecs {
  private Codecs() {}

  /** Free text. */
  static final Codec<String> TEXT = text("a string", s -> s, s -> s);

  /** A boolean. */
  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(JsonParser p, ReadMode mode) throws IOException {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw wrongType(p, "true or false");
          }
          return t == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(Boolean value, JsonGenerator g) throws IOException {
          g.writeBoolean(value);
        }
      };

  /** A whole number that fits a Java {@code long}. */
  static final Codec<Long> INTEGER =
      new Codec<>() {
        @Override
        public Long read(JsonParser p, ReadMode mode) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, "a whole number");
          }
          if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw SitrepJsonException.at(
                p, Kind.INVALID_VALUE, p.getText() + " is too large for a count");
          }
          return p.getLongValue();
        }

        @Override
        public void write(Long value, JsonGenerator g) throws IOException {
          if (numbersAsStrings(g)) {
            g.writeRawValue(Long.toString(value));
          } else {
            g.writeNumber(value);
          }
        }
      };

  /** A decimal degree: any JSON number. */
  static final Codec<Double> DEGREES =
      new Codec<>() {
        @Override
        public Double read(JsonParser p, ReadMode mode) throws IOException {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(p, "a number");
          }
          return p.getDoubleValue();
        }

        @Override
        public void write(Double value, JsonGenerator g) throws IOException {
          if (g instanceof TokenBuffer) {
            g.writeNumber(value); // a typed number for convertValue() and valueToTree()
          } else {
            number(g, Double.toString(value)); // the JDK's text, whatever the generator's settings
          }
        }
      };

  /**
   * A report's schema version. A different major version is refused as soon as it is read, before
   * the rest of the document is interpreted; a newer minor version is read and kept.
   */
  static final Codec<String> SCHEMA_VERSION =
      new Codec<>() {
        @Override
        public String read(JsonParser p, ReadMode mode) throws IOException {
          String version = TEXT.read(p, mode);
          Optional<String> malformed = SchemaVersions.malformed(version);
          if (malformed.isPresent()) {
            throw SitrepJsonException.at(p, Kind.INVALID_VALUE, malformed.get());
          }
          Optional<String> unsupported = SchemaVersions.unsupported(version);
          if (unsupported.isPresent()) {
            throw SitrepJsonException.at(p, Kind.UNSUPPORTED_VERSION, unsupported.get());
          }
          return version;
        }

        @Override
        public void write(String value, JsonGenerator g) throws IOException {
          g.writeString(value);
        }
      };

  /**
   * The codec of a value of the wire definition, by its kind; object types are the caller's
   * ({@link CodecTable}).
   *
   * @param value a value of the wire definition that is not an object type
   * @return its codec
   */
  @SuppressWarnings("unchecked")
  static <V> Codec<V> of(WireValue<V> value) {
    switch (value.kind()) {
      case TEXT:
        if (value.javaType() == String.class) {
          return (Codec<V>) TEXT; // the core checks what the text must be
        }
        return text(value.expected(), value.parser(), value.formatter());
      case SCHEMA_VERSION:
        return (Codec<V>) SCHEMA_VERSION;
      case OPEN_CODE:
        return open(value);
      case CLOSED_CODE:
        return closed(value);
      case BOOLEAN:
        return (Codec<V>) BOOLEAN;
      case INTEGER:
        return (Codec<V>) INTEGER;
      case NUMBER:
        return (Codec<V>) DEGREES;
      default:
        throw new IllegalArgumentException("not a single value: " + value);
    }
  }

  /**
   * Refuses a string holding an unpaired surrogate ({@code "\ud800"} escaped, or its bytes): it
   * is not Unicode text, cannot be written as UTF-8, and so could not be read back equal.
   *
   * @param p the parser, for the path
   * @param text a string or property name read
   * @throws SitrepJsonException ({@code INVALID_VALUE}) if it holds one
   */
  static void unpairedSurrogate(JsonParser p, String text) throws SitrepJsonException {
    int at = Rules.firstUnpairedSurrogate(text);
    if (at >= 0) {
      throw SitrepJsonException.at(
          p,
          Kind.INVALID_VALUE,
          String.format(
              "holds the unpaired surrogate U+%04X at index %d: not Unicode text, and not"
                  + " encodable as UTF-8",
              (int) text.charAt(at), at));
    }
  }

  /**
   * A value written as a JSON string.
   *
   * @param what what a valid value looks like, for messages: "an ISO-8601 date ..."
   * @param parse from text; a {@link SitrepValidationException} keeps its own reason
   * @param format to text
   */
  static <T> Codec<T> text(String what, WireValue.Parser<T> parse, Function<T, String> format) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p, ReadMode mode) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw wrongType(p, "a string");
        }
        String text = p.getText();
        unpairedSurrogate(p, text);
        try {
          return parse.parse(text);
        } catch (SitrepValidationException e) {
          throw SitrepJsonException.rules(p, Kind.INVALID_VALUE, e);
        } catch (Exception e) {
          throw SitrepJsonException.at(
              p, Kind.INVALID_VALUE, SitrepJsonException.quote(text) + " is not " + what);
        }
      }

      @Override
      public void write(T value, JsonGenerator g) throws IOException {
        g.writeString(format.apply(value));
      }
    };
  }

  /**
   * A term of an open vocabulary, written as its code. Unknown codes are carried in tolerant mode
   * and refused in strict mode.
   *
   * @param vocabulary the vocabulary's wire value
   */
  private static <V> Codec<V> open(WireValue<V> vocabulary) {
    Codec<V> plain = text(vocabulary.expected(), vocabulary.parser(), vocabulary.formatter());
    String typeName = vocabulary.schemaName();
    return new Codec<>() {
      @Override
      public V read(JsonParser p, ReadMode mode) throws IOException {
        V term = plain.read(p, mode);
        if (mode == ReadMode.STRICT && !((Vocabulary) term).isKnown()) {
          throw SitrepJsonException.at(
              p,
              Kind.UNKNOWN_VALUE,
              SitrepJsonException.quote(((Vocabulary) term).code())
                  + " is not a code of "
                  + typeName
                  + " known to this version (strict mode)");
        }
        return term;
      }

      @Override
      public void write(V value, JsonGenerator g) throws IOException {
        plain.write(value, g);
      }
    };
  }

  /**
   * A constant of a closed vocabulary, written as its lower-case name. An unknown value is always
   * an error: a closed vocabulary has nowhere to carry it.
   *
   * @param vocabulary the vocabulary's wire value
   */
  private static <E> Codec<E> closed(WireValue<E> vocabulary) {
    String typeName = vocabulary.schemaName();
    String allowed = String.join(", ", vocabulary.codes());
    Function<E, String> codeOf = vocabulary.formatter();
    return new Codec<>() {
      @Override
      public E read(JsonParser p, ReadMode mode) throws IOException {
        String code = TEXT.read(p, mode);
        E value = vocabulary.constant(code);
        if (value == null) {
          throw SitrepJsonException.at(
              p,
              Kind.UNKNOWN_VALUE,
              SitrepJsonException.quote(code)
                  + " is not a value of "
                  + typeName
                  + " (one of: "
                  + allowed
                  + ")");
        }
        return value;
      }

      @Override
      public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(codeOf.apply(value));
      }
    };
  }

  /**
   * Writes a number from its JSON text, as a number even where the generator would quote numbers.
   */
  static void number(JsonGenerator g, String json) throws IOException {
    if (numbersAsStrings(g)) {
      g.writeRawValue(json);
    } else {
      g.writeNumber(json);
    }
  }

  private static boolean numbersAsStrings(JsonGenerator g) {
    return g.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature());
  }

  /** The error for a token of the wrong JSON type. */
  static SitrepJsonException wrongType(JsonParser p, String expected) {
    return SitrepJsonException.at(
        p, Kind.WRONG_TYPE, "expected " + expected + ", found " + describe(p.currentToken()));
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }
}
