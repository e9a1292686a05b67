package org.sitrep;

import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Another name or spelling of a place, with its language and script where known.
 *
 * <p>From the seed article: Kostiantynivka is also written "Konstantinovka", the Russian name in
 * Latin letters: {@code PlaceName.of("Konstantinovka", "ru-Latn")}. Enerhodar / Energodar and
 * Zaporizhzhia / Zaporozhye are the same kind of pair.
 *
 * <p>Rules: the name is trimmed and not blank; the language is a well-formed BCP 47 tag.
 */
@Value.Immutable
@SitrepStyle
public abstract class PlaceName implements WithPlaceName, Extensible {
  PlaceName() {}

  /** @return the name: "Konstantinovka" */
  public abstract String name();

  /** @return the BCP 47 tag of its language and script: "ru-Latn", "uk-Cyrl" */
  public abstract Optional<String> language();

  /**
   * A name in a language.
   *
   * @param name the name
   * @param languageTag a BCP 47 tag, e.g. {@code "ru-Latn"}
   * @return the place name
   */
  public static PlaceName of(String name, String languageTag) {
    return builder().name(name).language(languageTag).build();
  }

  /**
   * A name whose language is not stated.
   *
   * @param name the name
   * @return the place name
   */
  public static PlaceName of(String name) {
    return builder().name(name).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlaceName}; each attribute may be set once. */
  public static final class Builder extends ImmutablePlaceName.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "name", name());
    Rules.languageTag(v, "language", language());
    Rules.extensions(v, extensions());
    v.throwIfAny("PlaceName");
  }
}
