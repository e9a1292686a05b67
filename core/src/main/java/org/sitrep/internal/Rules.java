package org.sitrep.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The shared field rules of the model: text, codes, URLs. Each adds to a {@link Violations}. */
public final class Rules {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** {@link #COUNTRIES} as a table of [A-Z][A-Z], for codes read out of a longer string. */
  private static final boolean[] COUNTRY_PAIRS = new boolean[26 * 26];

  static {
    for (String c : COUNTRIES) {
      if (c.length() == 2 && isUpper(c.charAt(0)) && isUpper(c.charAt(1))) {
        COUNTRY_PAIRS[(c.charAt(0) - 'A') * 26 + (c.charAt(1) - 'A')] = true;
      }
    }
  }

  /**
   * Tags found valid, so that a feed of reports in a few languages parses each tag once (a new
   * {@code Locale.Builder} per tag cost 4% of a read). Bounded: once full, further tags are checked
   * every time.
   */
  private static final java.util.Map<String, Boolean> VALID_TAGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_CACHED_TAGS = 1024;

  private Rules() {}

  /**
   * A schema version: {@code MAJOR.MINOR}, of the major version this library reads.
   *
   * @param v where to record a problem
   * @param path the field
   * @param version the value
   * @param current the version this library writes, e.g. "1.0"
   */
  public static void schemaVersion(Violations v, String path, String version, String current) {
    int dot = version.indexOf('.');
    if (dot < 0 || !isVersionNumber(version, 0, dot)
        || !isVersionNumber(version, dot + 1, version.length())) {
      v.add(path, "'" + version + "' is not a MAJOR.MINOR version such as 1.0");
      return;
    }
    int currentDot = current.indexOf('.');
    if (dot != currentDot || !version.regionMatches(0, current, 0, dot)) {
      v.add(
          path,
          "major version "
              + version.substring(0, dot)
              + " is not supported by this library, which reads schema "
              + current.substring(0, currentDot)
              + ".x");
    }
  }

  /**
   * Whether {@code s[from, to)} is {@code 0|[1-9][0-9]{0,3}}: a loop, not a regular expression,
   * as every report's version is checked.
   */
  private static boolean isVersionNumber(String s, int from, int to) {
    int n = to - from;
    if (n < 1 || n > 4 || (s.charAt(from) == '0' && n > 1)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }


  /**
   * Free text: not blank, no leading or trailing white space, no control characters but line
   * feeds and tabs, no unpaired surrogate (a string that is not Unicode text and cannot be
   * encoded as UTF-8).
   *
   * @param v where to record a problem
   * @param path the field
   * @param text the value
   */
  public static void text(Violations v, String path, String text) {
    if (isPlainText(text)) {
      return;
    }
    if (text.isBlank()) {
      v.add(path, "must not be blank");
    } else if (!text.strip().equals(text)) {
      v.add(path, "must not start or end with white space");
    }
    int surrogate = firstUnpairedSurrogate(text);
    if (surrogate >= 0) {
      v.add(path, unpaired(text, surrogate));
    }
    int control = firstControl(text);
    if (control >= 0) {
      v.add(
          path,
          String.format(
              "must not contain the control character U+%04X (only line feeds and tabs"
                  + " are allowed)",
              control));
    }
  }

  /**
   * The common case in one pass: no white space at either end, no control character but line feeds
   * and tabs, no unpaired surrogate. Text that fails it takes the full checks, which say what is
   * wrong, if anything is. Printable ASCII is told apart by one comparison per character; a
   * surrogate pair (an emoji) is plain text too, so that a post with an emoji is scanned once, not
   * four times.
   */
  private static boolean isPlainText(String text) {
    int n = text.length();
    if (n == 0 || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((char) (c - 0x20) < 0x5F) {
        continue; // U+0020 to U+007E
      }
      if (c < 0x20) {
        if (c != '\n' && c != '\t') {
          return false;
        }
      } else if (c <= 0x9F) {
        return false; // U+007F to U+009F, control characters
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The first control character other than a line feed or a tab. Every ISO control character is
   * in the Basic Multilingual Plane and no surrogate is one, so scanning chars finds the same
   * character as scanning code points.
   *
   * @return the character, or -1 if there is none
   */
  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        return c;
      }
    }
    return -1;
  }

  /**
   * The first unpaired surrogate of a string: a high surrogate not followed by a low one, or a
   * low surrogate not preceded by a high one. Such a string is not Unicode text: it cannot be
   * encoded as UTF-8, so it would not survive a round trip through bytes.
   *
   * @param text any string
   * @return the index of the first unpaired surrogate, or -1 if there is none
   */
  public static int firstUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String unpaired(String text, int at) {
    return String.format(
        "must not contain the unpaired surrogate U+%04X (at index %d): it is not Unicode text"
            + " and cannot be encoded as UTF-8",
        (int) text.charAt(at), at);
  }

  /**
   * Optional free text: where present, as {@link #text(Violations, String, String)}.
   *
   * @param v where to record a problem
   * @param path the field
   * @param text the value
   */
  public static void text(Violations v, String path, Optional<String> text) {
    if (text.isPresent()) {
      text(v, path, text.get());
    }
  }

  /**
   * A list of free texts, each as {@link #text(Violations, String, String)}.
   *
   * @param v where to record a problem
   * @param path the list field
   * @param texts the values
   */
  public static void texts(Violations v, String path, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      // The path is built only for an element that fails (every tag of every ACLED row is text).
      if (!isPlainText(texts.get(i))) {
        text(v, path + "[" + i + "]", texts.get(i));
      }
    }
  }

  /**
   * @param code a candidate code
   * @return whether it is an ISO 3166-1 alpha-2 country code the JDK knows
   */
  public static boolean isCountry(String code) {
    if (code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1))) {
      return COUNTRY_PAIRS[(code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A')];
    }
    return COUNTRIES.contains(code);
  }

  /**
   * An ISO 3166-1 alpha-2 country code, upper case: {@code UA}, {@code RU}.
   *
   * @param v where to record a problem
   * @param path the field
   * @param code the value
   */
  public static void country(Violations v, String path, Optional<String> code) {
    if (code.isPresent() && !isCountry(code.get())) {
      v.add(
          path,
          "'" + code.get() + "' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. UA)");
    }
  }

  /**
   * An ISO 3166-2 subdivision code: a known country code, a hyphen, 1 to 3 letters or digits
   * ({@code UA-14}, {@code RU-MOS}).
   *
   * @param v where to record a problem
   * @param path the field
   * @param code the value
   * @return the code's country prefix, where the code is well formed
   */
  public static Optional<String> subdivision(Violations v, String path, String code) {
    if (!isSubdivision(code)) {
      v.add(
          path,
          "'" + code + "' is not an ISO 3166-2 subdivision code (a country code, '-', then 1 to 3"
              + " letters or digits, e.g. UA-14)");
      return Optional.empty();
    }
    return Optional.of(code.substring(0, 2));
  }

  /**
   * Whether the code is {@code ([A-Z]{2})-[A-Z0-9]{1,3}} with a known country before the hyphen:
   * a loop over at most six characters, not a regular expression (a {@code Matcher} and its
   * groups were allocated for every administrative area built).
   *
   * @param code a candidate code
   * @return whether it is an ISO 3166-2 subdivision code
   */
  public static boolean isSubdivision(String code) {
    int n = code.length();
    if (n < 4 || n > 6 || code.charAt(2) != '-' || !isUpper(code.charAt(0))
        || !isUpper(code.charAt(1))) {
      return false;
    }
    for (int i = 3; i < n; i++) {
      char c = code.charAt(i);
      if (!isUpper(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return COUNTRY_PAIRS[(code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A')];
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }


  /**
   * A well-formed BCP 47 language tag: {@code en}, {@code en-GB}, {@code ru-Latn}.
   *
   * @param v where to record a problem
   * @param path the field
   * @param tag the value
   */
  public static void languageTag(Violations v, String path, String tag) {
    if (VALID_TAGS.containsKey(tag)) {
      return;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("und")) {
        v.add(
            path,
            "'" + tag + "' must name a language (a private-use or undetermined tag does not)");
      } else if (VALID_TAGS.size() < MAX_CACHED_TAGS) {
        VALID_TAGS.put(tag, Boolean.TRUE);
      }
    } catch (IllformedLocaleException e) {
      v.add(path, "'" + tag + "' is not a well-formed BCP 47 language tag (e.g. en-GB, ru-Latn)");
    }
  }

  /**
   * An optional BCP 47 language tag, as {@link #languageTag(Violations, String, String)}.
   *
   * @param v where to record a problem
   * @param path the field
   * @param tag the value
   */
  public static void languageTag(Violations v, String path, Optional<String> tag) {
    if (tag.isPresent()) {
      languageTag(v, path, tag.get());
    }
  }

  /**
   * An absolute http or https URL with a host.
   *
   * @param v where to record a problem
   * @param path the field
   * @param url the value
   */
  public static void httpUrl(Violations v, String path, URI url) {
    if (!isHttpUrl(url)) {
      v.add(path, "'" + url + "' is not an absolute http(s) URL with a host");
    }
    int surrogate = firstUnpairedSurrogate(url.toString());
    if (surrogate >= 0) {
      v.add(path, unpaired(url.toString(), surrogate));
    }
  }

  /**
   * Whether {@link #httpUrl(Violations, String, URI)} would find nothing wrong with the URL, for a
   * caller that builds the path only for a URL that fails.
   *
   * @param url a URL
   * @return whether it is an absolute http(s) URL with a host, without an unpaired surrogate
   */
  public static boolean isPlainHttpUrl(URI url) {
    return isHttpUrl(url) && firstUnpairedSurrogate(url.toString()) < 0;
  }

  private static boolean isHttpUrl(URI url) {
    String scheme = url.getScheme();
    String host = url.getHost();
    return url.isAbsolute()
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        && host != null
        && !host.isEmpty();
  }

  /**
   * An optional URL, as {@link #httpUrl(Violations, String, URI)}.
   *
   * @param v where to record a problem
   * @param path the field
   * @param url the value
   */
  public static void httpUrl(Violations v, String path, Optional<URI> url) {
    if (url.isPresent()) {
      httpUrl(v, path, url.get());
    }
  }

  /**
   * Records each element of a list that equals an earlier one, in time linear in the list's
   * length; past the cap of {@link Violations} the repeats are only counted.
   *
   * @param v where to record a problem
   * @param path the list field
   * @param values the list
   */
  public static void distinct(Violations v, String path, List<?> values) {
    if (values.size() < 2) {
      return;
    }
    if (values.size() <= SMALL) {
      distinctSmall(v, path, values);
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        if (v.keeps()) {
          v.add(path + "[" + i + "]", "repeats '" + values.get(i) + "', listed earlier");
        } else {
          v.omit();
        }
      }
    }
  }

  /**
   * Lists at most this long are checked for repeats by comparing each element with the earlier
   * ones, without a hash set: most lists of a report hold one to a few elements, and a set (its
   * table and a node per element) cost more than the few comparisons.
   */
  private static final int SMALL = 8;

  /** {@link #distinct} for a short list: the same repeats, found in the same order. */
  private static void distinctSmall(Violations v, String path, List<?> values) {
    for (int i = 1; i < values.size(); i++) {
      Object value = values.get(i);
      for (int j = 0; j < i; j++) {
        if (values.get(j).equals(value)) {
          if (v.keeps()) {
            v.add(path + "[" + i + "]", "repeats '" + value + "', listed earlier");
          } else {
            v.omit();
          }
          break;
        }
      }
    }
  }

  /**
   * Extensions: names not blank, values not blank and not {@code null}, neither holding an
   * unpaired surrogate.
   *
   * @param v where to record a problem
   * @param extensions the unknown properties carried by a value
   */
  public static void extensions(Violations v, java.util.Map<String, String> extensions) {
    for (java.util.Map.Entry<String, String> e : extensions.entrySet()) {
      v.require(!e.getKey().isBlank(), "extensions", "an extension needs a name");
      int inName = firstUnpairedSurrogate(e.getKey());
      if (inName >= 0) {
        v.add("extensions", "the name of an extension " + unpaired(e.getKey(), inName));
      }
      String value = e.getValue().strip();
      if (value.isEmpty()) {
        v.add("extensions." + e.getKey(), "needs a JSON value");
      } else if (value.equals("null")) {
        v.add("extensions." + e.getKey(), "must not be null (null is never valid): omit it");
      }
      int inValue = firstUnpairedSurrogate(e.getValue());
      if (inValue >= 0) {
        v.add("extensions." + e.getKey(), unpaired(e.getValue(), inValue));
      }
    }
  }
}
