package org.sitrep;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A person, organisation, state, armed force or media outlet: a source of claims, a perpetrator, a
 * donor, an author.
 *
 * <p>From the seed article: {@code Actor.builder().name("Sergei Sobyanin").kind(ActorKind.PERSON)
 * .role("Moscow mayor").country("RU").build()}; the Interfax news agency is an actor of kind
 * {@link ActorKind#MEDIA}; "@maria_drutska" is a {@link ActorKind#SOCIAL_MEDIA_ACCOUNT} with that
 * handle.
 *
 * <p>Rules: text is trimmed and not blank; the country is an ISO 3166-1 alpha-2 code; a handle has
 * no white space; a URL is absolute http(s).
 */
@Value.Immutable
@SitrepStyle
public abstract class Actor implements WithActor, Extensible {
  Actor() {}

  /** @return the name as reported: "Sergei Sobyanin", "the Kremlin", "local media" */
  public abstract String name();

  /** @return what kind of actor this is */
  public abstract ActorKind kind();

  /** @return the role or title as reported: "Moscow mayor", "Russian-appointed governor" */
  public abstract Optional<String> role();

  /** @return the country the actor belongs to or acts for, ISO 3166-1 alpha-2: "RU" */
  public abstract Optional<String> country();

  /** @return a side or group the actor is affiliated with, where not a country: "Wagner Group" */
  public abstract Optional<String> affiliation();

  /** @return an account handle: "@maria_drutska" */
  public abstract Optional<String> handle();

  /** @return a page about or by the actor */
  public abstract Optional<URI> url();

  /**
   * An actor with a name and kind only.
   *
   * @param name the name as reported
   * @param kind what kind of actor
   * @return the actor
   */
  public static Actor of(String name, ActorKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}; each attribute may be set once. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "name", name());
    Rules.text(v, "role", role());
    Rules.country(v, "country", country());
    Rules.text(v, "affiliation", affiliation());
    Optional<String> handle = handle();
    if (handle.isPresent() && !isHandle(handle.get())) {
      v.add("handle", "must not be empty or contain white space");
    }
    Rules.httpUrl(v, "url", url());
    Rules.extensions(v, extensions());
    v.throwIfAny("Actor");
  }

  /** Not empty, and no char is white space ({@code chars().noneMatch(isWhitespace)}, as a loop). */
  private static boolean isHandle(String h) {
    if (h.isEmpty()) {
      return false;
    }
    for (int i = 0; i < h.length(); i++) {
      if (Character.isWhitespace(h.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
