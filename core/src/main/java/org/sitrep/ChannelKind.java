package org.sitrep;

import java.util.List;

/**
 * How a {@link Claim} was made public.
 *
 * <p>From the seed article: Zelensky said it "on the Telegram messaging app" ({@link
 * #MESSAGING_APP}); Bryansk came through "the Interfax news agency" ({@link #NEWS_AGENCY}).
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class ChannelKind extends Vocabulary {
  private static final Terms<ChannelKind> TERMS = new Terms<>("ChannelKind", code -> new ChannelKind(code, false));

  /** An official statement or press release. */
  public static final ChannelKind STATEMENT = TERMS.register(new ChannelKind("statement", true));

  /** Spoken at a press conference or briefing. */
  public static final ChannelKind PRESS_CONFERENCE = TERMS.register(new ChannelKind("press_conference", true));

  /** Said in an interview. */
  public static final ChannelKind INTERVIEW = TERMS.register(new ChannelKind("interview", true));

  /** Reported by a news agency: "Interfax". */
  public static final ChannelKind NEWS_AGENCY = TERMS.register(new ChannelKind("news_agency", true));

  /** Reported by news media: "local media reported". */
  public static final ChannelKind MEDIA_REPORT = TERMS.register(new ChannelKind("media_report", true));

  /** A post on a social network: a tweet. */
  public static final ChannelKind SOCIAL_MEDIA_POST = TERMS.register(new ChannelKind("social_media_post", true));

  /** A channel on a messaging app: "on the Telegram messaging app". */
  public static final ChannelKind MESSAGING_APP = TERMS.register(new ChannelKind("messaging_app", true));

  /** Video footage: "videos on social media". */
  public static final ChannelKind VIDEO = TERMS.register(new ChannelKind("video", true));

  /** Not reported. */
  public static final ChannelKind UNKNOWN = TERMS.register(new ChannelKind("unknown", true));

  private ChannelKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "statement"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static ChannelKind of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<ChannelKind> knownValues() {
    return TERMS.values();
  }
}
