package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.Identifier;
import org.sitrep.Report;
import org.sitrep.SitrepValidationException;
import org.sitrep.Vocabulary;
import org.sitrep.jackson.SitrepJsonException.Kind;
import org.sitrep.wire.WireValues;

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

  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /** A money amount: a decimal string such as {@code "175000000"} or {@code "12.50"}. */
  static final Codec<BigDecimal> DECIMAL_STRING =
      text(
          "a decimal amount as a string of at most "
              + SitrepJson.MAX_NUMBER_LENGTH
              + " characters, digits with an optional '.' and fraction, e.g. \"175000000\"",
          s -> {
            if (s.length() > SitrepJson.MAX_NUMBER_LENGTH || !DECIMAL.matcher(s).matches()) {
              throw new IllegalArgumentException();
            }
            return new BigDecimal(s);
          },
          BigDecimal::toPlainString);

  /** An ISO 4217 currency code. */
  static final Codec<Currency> CURRENCY =
      text(
          "an ISO 4217 currency code such as USD",
          s -> {
            if (!s.matches("[A-Z]{3}")) {
              throw new IllegalArgumentException();
            }
            return Currency.getInstance(s);
          },
          Currency::getCurrencyCode);

  /** An absolute or relative URI; the core decides which are allowed where. */
  static final Codec<URI> URL = text("a URI", URI::new, URI::toString);

  /** An ISO-8601 calendar date. */
  static final Codec<LocalDate> DATE =
      text("an ISO-8601 date such as 2023-09-07", WireValues.DATE::parse, WireValues.DATE::format);

  /** An ISO-8601 date and time with its UTC offset, kept as written. */
  static final Codec<OffsetDateTime> DATE_TIME =
      text(
          "an ISO-8601 date and time with an offset, such as 2023-09-07T06:30:00+03:00",
          WireValues.DATE_TIME::parse,
          WireValues.DATE_TIME::format);

  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");
  private static final String MAJOR = Report.CURRENT_SCHEMA_VERSION.split("\\.")[0];

  /**
   * A report's schema version. A different major version is refused as soon as it is read, before
   * the rest of the document is interpreted; a newer minor version is read and kept.
   */
  static final Codec<String> SCHEMA_VERSION =
      new Codec<>() {
        @Override
        public String read(JsonParser p, ReadMode mode) throws IOException {
          String version = TEXT.read(p, mode);
          Matcher m = VERSION.matcher(version);
          if (m.matches() && !m.group(1).equals(MAJOR)) {
            throw SitrepJsonException.at(
                p,
                Kind.UNSUPPORTED_VERSION,
                "schema version "
                    + version
                    + " is not supported: this library reads schema "
                    + MAJOR
                    + ".x (current "
                    + Report.CURRENT_SCHEMA_VERSION
                    + "); a document of another major version needs a matching Sitrep release");
          }
          return version;
        }

        @Override
        public void write(String value, JsonGenerator g) throws IOException {
          g.writeString(value);
        }
      };

  /** Parses a string into a value; any exception means the text is not a valid value. */
  @FunctionalInterface
  interface TextParser<T> {
    T parse(String text) throws Exception;
  }

  /**
   * A value written as a JSON string.
   *
   * @param what what a valid value looks like, for messages: "an ISO-8601 date ..."
   * @param parse from text; a {@link SitrepValidationException} keeps its own reason
   * @param format to text
   */
  static <T> Codec<T> text(String what, TextParser<T> parse, Function<T, String> format) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p, ReadMode mode) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw wrongType(p, "a string");
        }
        String text = p.getText();
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
   * An id, written as its text.
   *
   * @param of the id type's factory, which validates
   */
  static <I extends Identifier> Codec<I> id(Function<String, I> of) {
    return text("an id", of::apply, Identifier::value);
  }

  /**
   * A term of an open vocabulary, written as its code. Unknown codes are carried in tolerant mode
   * and refused in strict mode.
   *
   * @param typeName the vocabulary's name, for messages
   * @param of the vocabulary's factory
   */
  static <V extends Vocabulary> Codec<V> open(String typeName, Function<String, V> of) {
    Codec<V> plain = text("a code", of::apply, Vocabulary::code);
    return new Codec<>() {
      @Override
      public V read(JsonParser p, ReadMode mode) throws IOException {
        V term = plain.read(p, mode);
        if (mode == ReadMode.STRICT && !term.isKnown()) {
          throw SitrepJsonException.at(
              p,
              Kind.UNKNOWN_VALUE,
              SitrepJsonException.quote(term.code())
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
   * @param type the enum
   */
  static <E extends Enum<E>> Codec<E> closed(Class<E> type) {
    Map<String, E> byCode = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      byCode.put(e.name().toLowerCase(Locale.ROOT), e);
    }
    String allowed = byCode.keySet().stream().collect(Collectors.joining(", "));
    return new Codec<>() {
      @Override
      public E read(JsonParser p, ReadMode mode) throws IOException {
        String code = TEXT.read(p, mode);
        E value = byCode.get(code);
        if (value == null) {
          throw SitrepJsonException.at(
              p,
              Kind.UNKNOWN_VALUE,
              SitrepJsonException.quote(code)
                  + " is not a value of "
                  + type.getSimpleName()
                  + " (one of: "
                  + allowed
                  + ")");
        }
        return value;
      }

      @Override
      public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(value.name().toLowerCase(Locale.ROOT));
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
