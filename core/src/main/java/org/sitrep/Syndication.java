package org.sitrep;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Agency copy: the news agency whose story a {@link Report} republishes, with the agency's own
 * address and time and the byline as printed.
 *
 * <p>An AP story run by a local paper is a report whose publisher is the paper and whose syndication
 * is {@code Syndication.builder().agency(Actor.of("The Associated Press", ActorKind.MEDIA))
 * .byline("By Hanna Arhirova, AP")}. The report's authors are the people the byline names.
 *
 * <p>Rules: the byline is trimmed and not blank; the URL is absolute http(s).
 */
@Value.Immutable
@SitrepStyle
public abstract class Syndication implements WithSyndication, Extensible {
  Syndication() {}

  /** @return the agency: AP, AFP, Reuters */
  public abstract Actor agency();

  /** @return the agency's own copy of the story */
  public abstract Optional<URI> url();

  /** @return when the agency published it */
  public abstract Optional<OffsetDateTime> publishedAt();

  /** @return the byline as printed: "By Hanna Arhirova, AP" */
  public abstract Optional<String> byline();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Syndication}; each attribute may be set once. */
  public static final class Builder extends ImmutableSyndication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.httpUrl(v, "url", url());
    Rules.text(v, "byline", byline());
    Rules.extensions(v, extensions());
    v.throwIfAny("Syndication");
  }
}
