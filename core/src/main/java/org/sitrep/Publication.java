package org.sitrep;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Another outlet that ran the same story as a {@link Report}: who, where, when, under which
 * headline. GDELT links one event to its many mentions; this links one report to the other
 * publications of its story.
 *
 * <p>Rules: the headline is trimmed and not blank; the URL is absolute http(s).
 */
@Value.Immutable
@SitrepStyle
public abstract class Publication implements WithPublication, Extensible {
  Publication() {}

  /** @return the outlet */
  public abstract Actor publisher();

  /** @return where it ran */
  public abstract Optional<URI> url();

  /** @return when it ran */
  public abstract Optional<OffsetDateTime> publishedAt();

  /** @return its headline there */
  public abstract Optional<String> headline();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}; each attribute may be set once. */
  public static final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.httpUrl(v, "url", url());
    Rules.text(v, "headline", headline());
    Rules.extensions(v, extensions());
    v.throwIfAny("Publication");
  }
}
