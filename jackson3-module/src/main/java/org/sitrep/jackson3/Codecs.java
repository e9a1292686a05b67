package org.sitrep.jackson3;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.SitrepValidationException;
import org.sitrep.Vocabulary;
import org.sitrep.internal.Rules;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.SchemaVersions;
import org.sitrep.wire.WireValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The codecs of single values with Jackson 3: text, numbers, dates, URLs, codes and ids. Which
 * value of the wire definition gets which is {@link CodecTable}'s choice, by its kind.
 */
final class Codecs {
  private Codecs() {}

  /** Free text. */
  static final Codec<String> TEXT = text("a string", s -> s, s -> s);

  /** A boolean. */
  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(JsonParser p, ReadMode mode) {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw wrongType(p, "true or false");
          }
          return t == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(Boolean value, JsonGenerator g) {
          g.writeBoolean(value);
        }
      };

  /** A whole number that fits a Java {@code long}. */
  static final Codec<Long> INTEGER =
      new Codec<>() {
        @Override
        public Long read(JsonParser p, ReadMode mode) {
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, "a whole number");
          }
          if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw SitrepJsonException.at(
                p, Kind.INVALID_VALUE, p.getString() + " is too large for a count");
          }
          return p.getLongValue();
        }

        @Override
        public void write(Long value, JsonGenerator g) {
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
        public Double read(JsonParser p, ReadMode mode) {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(p, "a number");
          }
          return p.getDoubleValue();
        }

        @Override
        public void write(Double value, JsonGenerator g) {
          if (formatsNumbers(g)) {
            number(g, Double.toString(value)); // the JDK's text, whatever the generator's settings
          } else {
            g.writeNumber(value); // a typed number for convertValue() and valueToTree()
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
        public String read(JsonParser p, ReadMode mode) {
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
        public void write(String value, JsonGenerator g) {
          g.writeString(value);
        }
      };

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
      public T read(JsonParser p, ReadMode mode) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw wrongType(p, "a string");
        }
        String text = p.getString();
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
      public void write(T value, JsonGenerator g) {
        g.writeString(format.apply(value));
      }
    };
  }

  /**
   * The codec of a value of the wire definition, by its kind: the one per-kind dispatch of this
   * module; object types are {@link BoundCodecs}'.
   *
   * @param value a value of the wire definition that is not an object type
   * @return a new codec for it
   */
  @SuppressWarnings("unchecked")
  static <V> Codec<V> of(WireValue<V> value) {
    return switch (value.kind()) {
      case OBJECT -> throw new IllegalArgumentException("not a single value: " + value);
      case TEXT -> value.javaType() == String.class
          ? (Codec<V>) TEXT // the core checks what the text must be
          : text(value.expected(), value.parser(), value.formatter());
      case SCHEMA_VERSION -> (Codec<V>) SCHEMA_VERSION;
      case OPEN_CODE -> open(value);
      case CLOSED_CODE -> closed(value);
      case BOOLEAN -> (Codec<V>) BOOLEAN;
      case INTEGER -> (Codec<V>) INTEGER;
      case NUMBER -> (Codec<V>) DEGREES;
    };
  }

  /**
   * A term of an open vocabulary, written as its code. Unknown codes are carried in tolerant mode
   * and refused in strict mode.
   *
   * @param vocabulary the vocabulary's wire value
   */
  static <V> Codec<V> open(WireValue<V> vocabulary) {
    Codec<V> plain = text(vocabulary.expected(), vocabulary.parser(), vocabulary.formatter());
    String typeName = vocabulary.schemaName();
    return new Codec<>() {
      @Override
      public V read(JsonParser p, ReadMode mode) {
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
      public void write(V value, JsonGenerator g) {
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
  static <E> Codec<E> closed(WireValue<E> vocabulary) {
    String typeName = vocabulary.schemaName();
    String allowed = String.join(", ", vocabulary.codes());
    Function<E, String> codeOf = vocabulary.formatter();
    return new Codec<>() {
      @Override
      public E read(JsonParser p, ReadMode mode) {
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
      public void write(E value, JsonGenerator g) {
        g.writeString(codeOf.apply(value));
      }
    };
  }

  /**
   * Writes a number from its JSON text, as a number even where the generator would quote numbers;
   * to a generator that takes only typed numbers (a tree), as a {@code BigInteger} or {@code
   * BigDecimal} of that text.
   */
  static void number(JsonGenerator g, String json) {
    if (formatsNumbers(g)) {
      if (numbersAsStrings(g)) {
        g.writeRawValue(json);
      } else {
        g.writeNumber(json);
      }
    } else if (g instanceof TokenBuffer) {
      g.writeNumber(json); // convertValue(): the buffer keeps the exact text
    } else if (json.indexOf('.') < 0 && json.indexOf('e') < 0 && json.indexOf('E') < 0) {
      g.writeNumber(new BigInteger(json)); // valueToTree(): a tree takes typed numbers only
    } else {
      g.writeNumber(new BigDecimal(json));
    }
  }

  /**
   * @return whether the generator writes numbers from their text (a JSON generator does; Jackson
   *     3's token buffer and tree builder take typed numbers)
   */
  private static boolean formatsNumbers(JsonGenerator g) {
    return g.streamWriteCapabilities().isEnabled(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS);
  }

  private static boolean numbersAsStrings(JsonGenerator g) {
    return g instanceof JsonGeneratorBase
        && ((JsonGeneratorBase) g).isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS);
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
      case PROPERTY_NAME:
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
