package org.sitrep;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A social-media post quoted inside a {@link Report}, kept with its author, time, text and links.
 *
 * <p>From the seed article: the tweet "Rostov doesn't sleep🔥 ... Explosions rang out near the
 * headquarters of the Southern Military District." by Maria Drutska (@maria_drutska) of September
 * 7, 2023, with its link {@code https://pic.twitter.com/0yC7aX1orB}.
 *
 * <p>Built with {@code EmbeddedPost.builder().id(...).author(...).platform("Twitter").text(...)} and
 * {@code addLink(URI)} for the links it shows.
 */
@Value.Immutable
@SitrepStyle
public abstract class EmbeddedPost implements WithEmbeddedPost, Extensible {
  EmbeddedPost() {}

  /** @return the post's id within the report */
  public abstract PostId id();

  /** @return who posted it */
  public abstract Actor author();

  /** @return the network: "Twitter", "Telegram" */
  public abstract String platform();

  /** @return the post's own address, where known */
  public abstract Optional<URI> url();

  /** @return when it was posted, as shown: September 7, 2023 */
  public abstract Optional<ReportedTime> postedOn();

  /** @return the text as embedded, verbatim but for white space at either end */
  public abstract Optional<String> text();

  /** @return links shown in the post: pictures, videos, other pages */
  public abstract List<URI> links();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EmbeddedPost}; each attribute may be set once. */
  public static final class Builder extends ImmutableEmbeddedPost.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "platform", platform());
    Rules.httpUrl(v, "url", url());
    Rules.text(v, "text", text());
    for (int i = 0; i < links().size(); i++) {
      // The path is built only for a link that fails.
      if (!Rules.isPlainHttpUrl(links().get(i))) {
        Rules.httpUrl(v, "links[" + i + "]", links().get(i));
      }
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("EmbeddedPost");
  }
}
