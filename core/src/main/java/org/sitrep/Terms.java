package org.sitrep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The registry behind one open vocabulary: its known terms, and a way to look a code up. */
final class Terms<T extends Vocabulary> {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final String typeName;
  private final Function<String, T> unknown;
  private final Map<String, T> known = new LinkedHashMap<>();

  Terms(String typeName, Function<String, T> unknown) {
    this.typeName = typeName;
    this.unknown = unknown;
  }

  T register(T term) {
    known.put(term.code(), term);
    return term;
  }

  T of(String code) {
    if (code == null) {
      throw new SitrepValidationException(
          typeName, List.of(Violation.of("", "a code must not be null")));
    }
    T term = known.get(code);
    if (term != null) {
      return term;
    }
    if (!CODE.matcher(code).matches()) {
      throw new SitrepValidationException(
          typeName,
          List.of(
              Violation.of(
                  "",
                  "'" + code + "' is not a valid code: use 1 to 64 lowercase letters, digits or"
                      + " underscores, starting with a letter")));
    }
    return unknown.apply(code);
  }

  List<T> values() {
    return Collections.unmodifiableList(new ArrayList<>(known.values()));
  }
}
