package org.sitrep.jackson3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.Extensible;
import org.sitrep.SitrepValidationException;
import org.sitrep.Violation;
import org.sitrep.wire.Cardinality;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.WirePaths;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The reader and writer of one Sitrep object type: the base of the codecs generated from the wire
 * definition ({@link BoundCodecs}), holding what they share: the type's property names and the
 * steps every object read or written takes.
 *
 * <p>Writing emits the properties in their declared order, omits empty optionals and empty lists,
 * and writes the extensions last, sorted by name. Reading tracks which properties were seen
 * (refusing duplicates), turns unknown properties into extensions (tolerant) or errors (strict),
 * checks that required properties are present, then builds the value through the core's builder,
 * so that every rule of the model is checked in one place and its violations surface with JSON
 * paths.
 *
 * @param <T> the value type
 */
abstract class ObjectCodec<T extends Extensible> implements Codec<T> {
  private final String typeName;

  /** The wire names in wire order, interned like the parser's field names. */
  private final String[] names;

  /**
   * The instance of each name last found in {@link #byName}, for an identity match next time.
   * Written without synchronisation: a stale or lost entry only costs a map look-up, and a {@code
   * String} is safely published.
   */
  private final String[] lastNames;

  private final boolean[] required;
  private final Map<String, Integer> byName;
  private final long requiredMask;

  /**
   * @param type the type's definition
   */
  ObjectCodec(WireType<T, ?> type) {
    this.typeName = type.name();
    List<? extends WireProperty<T, ?, ?>> properties = type.properties();
    int n = properties.size();
    this.names = new String[n];
    this.lastNames = new String[n];
    this.required = new boolean[n];
    Map<String, Integer> map = new HashMap<>();
    long mask = 0;
    for (WireProperty<T, ?, ?> p : properties) {
      names[p.index()] = p.wireName().intern();
      required[p.index()] = p.cardinality() == Cardinality.REQUIRED;
      if (required[p.index()]) {
        mask |= 1L << p.index();
      }
      map.put(p.wireName(), p.index());
    }
    this.byName = Map.copyOf(map);
    this.requiredMask = mask;
  }

  /** @return the type's simple name */
  final String typeName() {
    return typeName;
  }

  /** @return the wire names of the properties, in wire order */
  final List<String> propertyNames() {
    return List.of(names);
  }

  /**
   * Moves past the object's start.
   *
   * @param p a parser on the object's first token, or on its first property name
   * @return the first property's name, or null if the object is empty; the read loop then moves
   *     on with {@code p.nextName()}
   * @throws SitrepJsonException if the value is not an object
   */
  final String start(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
      throw Codecs.wrongType(p, "an object (" + typeName + ")");
    }
    return t == JsonToken.PROPERTY_NAME ? p.currentName() : null;
  }

  /**
   * Finds a property by its wire name, looking first at the expected one and those after it, by
   * identity: a document written in table order (as Sitrep writes it, absent properties left out)
   * then needs no hashing and no string comparison. The names compared are the table's, interned
   * as a Jackson 2 parser interns field names by default (a Jackson 3 parser does not), and the last name instance each property
   * was found by in the per-type map: parsers that canonicalize without interning hand out the
   * same instance for a name again and again. Anything else (another order, a new instance, an
   * unknown name) is found, or not, in the map.
   *
   * @param name the field name read
   * @param next the index of the property expected next
   * @return the property's index, or -1 if the name is not one
   */
  final int find(String name, int next) {
    String[] table = names;
    String[] last = lastNames;
    for (int i = next; i < table.length; i++) {
      if (table[i] == name || last[i] == name) {
        return i;
      }
    }
    Integer index = byName.get(name);
    if (index == null) {
      return -1;
    }
    last[index] = name;
    return index;
  }

  /**
   * Marks a property as seen.
   *
   * @param p the parser, on the property's name
   * @param seen the properties seen so far, a bit each
   * @param index the property's index
   * @return {@code seen} with the property's bit
   * @throws SitrepJsonException ({@code DUPLICATE_PROPERTY}) if it was seen before
   */
  static long see(JsonParser p, long seen, int index) throws SitrepJsonException {
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw duplicate(p);
    }
    return seen | bit;
  }

  /**
   * Reads a property this version does not know: an error in strict mode, an extension kept as
   * its JSON text in tolerant mode.
   *
   * @param p the parser, on the property's name
   * @param mode the read mode
   * @param name the property's name
   * @param extensions the extensions read so far, or null if none
   * @return the extensions with this one
   */
  final Map<String, String> extension(
      JsonParser p, ReadMode mode, String name, Map<String, String> extensions)
      {
    if (mode == ReadMode.STRICT) {
      throw SitrepJsonException.at(
          p, Kind.UNKNOWN_PROPERTY, "is not a property of " + typeName + " (strict mode)");
    }
    Codecs.unpairedSurrogate(p, name);
    Map<String, String> map = extensions;
    if (map == null) {
      map = new LinkedHashMap<>();
    } else if (map.containsKey(name)) {
      throw duplicate(p);
    }
    if (p.nextToken() == JsonToken.VALUE_NULL) {
      throw SitrepJsonException.at(
          p,
          Kind.WRONG_TYPE,
          "null is never valid, also for a property this version does not know: omit it");
    }
    map.put(name, JsonText.capture(p));
    return map;
  }

  /**
   * Checks that the list's array starts here.
   *
   * @param p the parser, on the property's value
   * @throws SitrepJsonException ({@code WRONG_TYPE}) if it is not an array
   */
  static void startList(JsonParser p) throws SitrepJsonException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Codecs.wrongType(p, "an array");
    }
  }

  /**
   * Moves to the next element of a list.
   *
   * @param p the parser
   * @param count the elements read so far
   * @return whether there is one (false at the array's end)
   * @throws SitrepJsonException ({@code LIMIT_EXCEEDED}) past {@link Limits#MAX_LIST_LENGTH}
   */
  static boolean nextElement(JsonParser p, int count) {
    if (p.nextToken() == JsonToken.END_ARRAY) {
      return false;
    }
    if (count == Limits.MAX_LIST_LENGTH) {
      throw SitrepJsonException.at(
          p,
          Kind.LIMIT_EXCEEDED,
          "the array has more than the "
              + Limits.MAX_LIST_LENGTH
              + " elements allowed in a list");
    }
    return true;
  }

  /**
   * Checks that every required property was read.
   *
   * @param p the parser, at the object's end
   * @param seen the properties seen
   * @throws SitrepJsonException ({@code MISSING_PROPERTY}) naming each one missing
   */
  final void requireAll(JsonParser p, long seen) throws SitrepJsonException {
    if ((seen & requiredMask) == requiredMask) {
      return;
    }
    List<Violation> absent = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (required[i] && (seen & (1L << i)) == 0) {
        absent.add(
            Violation.of(
                WirePaths.step(names[i]), "is required in " + typeName + " but is missing"));
      }
    }
    throw SitrepJsonException.at(p, Kind.MISSING_PROPERTY, absent);
  }

  /**
   * The error for a value the core refused.
   *
   * @param p the parser, at the object's end
   * @param e the core's violations
   * @return the exception to throw
   */
  static SitrepJsonException refused(JsonParser p, SitrepValidationException e) {
    return SitrepJsonException.rules(p, Kind.RULE_VIOLATION, e);
  }

  /**
   * Writes a value's extensions, sorted by name.
   *
   * @param extensions the value's extensions
   * @param g where to
   * @throws IllegalArgumentException if one is named like a property of the type
   */
  final void writeExtensions(Map<String, String> extensions, JsonGenerator g) {
    if (extensions.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> e : new TreeMap<>(extensions).entrySet()) {
      if (byName.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "an extension of "
                + typeName
                + " may not be named like one of its properties: '"
                + e.getKey()
                + "'");
      }
      g.writeName(e.getKey());
      JsonText.replay(e.getKey(), e.getValue(), g);
    }
  }

  /**
   * Puts a value on the holder of a type built from parameters rather than a public builder
   * (Money, GeoPoint, GazetteerRef), through the definition.
   *
   * @param type the type
   * @param index the property's index
   * @param holder what the type's {@link WireType#newBuilder()} gave
   * @param value the value read
   */
  @SuppressWarnings("unchecked")
  static <B> void set(WireType<?, B> type, int index, Object holder, Object value) {
    ((WireProperty<?, B, Object>) type.properties().get(index)).set((B) holder, value);
  }

  /**
   * Builds a value of a type built from parameters ({@link #set}), through the definition.
   *
   * @param type the type
   * @param holder what the type's {@link WireType#newBuilder()} gave, with the values put on it
   * @param extensions the extensions read, or null if none
   * @return the value, checked by the core
   */
  @SuppressWarnings("unchecked")
  static <T extends Extensible, B> T build(
      WireType<T, B> type, Object holder, Map<String, String> extensions) {
    if (extensions != null) {
      type.putExtensions((B) holder, extensions);
    }
    return type.build((B) holder);
  }

  private static SitrepJsonException duplicate(JsonParser p) {
    return SitrepJsonException.at(
        p, Kind.DUPLICATE_PROPERTY, "the property appears more than once");
  }
}
