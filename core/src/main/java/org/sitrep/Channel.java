package org.sitrep;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * How and where a {@link Claim} was made public: a statement, a news agency, a Telegram channel, a
 * social-media post with its URL.
 *
 * <p>From the seed article: Zelensky "said on the Telegram messaging app" is {@code
 * Channel.builder().kind(ChannelKind.MESSAGING_APP).name("Telegram").build()}; "the Interfax news
 * agency reported" is kind {@link ChannelKind#NEWS_AGENCY} named "Interfax".
 */
@Value.Immutable
@SitrepStyle
public abstract class Channel implements WithChannel, Extensible {
  Channel() {}

  /** @return what kind of channel */
  public abstract ChannelKind kind();

  /** @return its name: "Telegram", "Interfax" */
  public abstract Optional<String> name();

  /** @return where the statement can be found */
  public abstract Optional<URI> url();

  /**
   * A channel of a kind, with its name.
   *
   * @param kind what kind of channel
   * @param name its name, e.g. "Telegram"
   * @return the channel
   */
  public static Channel of(ChannelKind kind, String name) {
    return builder().kind(kind).name(name).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Channel}; each attribute may be set once. */
  public static final class Builder extends ImmutableChannel.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.text(v, "name", name());
    Rules.httpUrl(v, "url", url());
    Rules.extensions(v, extensions());
    v.throwIfAny("Channel");
  }
}
