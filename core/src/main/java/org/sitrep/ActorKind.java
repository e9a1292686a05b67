package org.sitrep;

import java.util.List;

/**
 * What kind of actor a source, perpetrator, donor or author is.
 *
 * <p>From the seed article: the Kremlin is a {@link #GOVERNMENT}, Interfax a {@link #MEDIA}
 * outlet, Sergei Sobyanin a {@link #PERSON}, @maria_drutska a {@link #SOCIAL_MEDIA_ACCOUNT}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class ActorKind extends Vocabulary {
  private static final Terms<ActorKind> TERMS = new Terms<>("ActorKind", code -> new ActorKind(code, false));

  /** A named individual: "Moscow mayor Sergei Sobyanin". */
  public static final ActorKind PERSON = TERMS.register(new ActorKind("person", true));

  /** A government or one of its offices: "the Kremlin". */
  public static final ActorKind GOVERNMENT = TERMS.register(new ActorKind("government", true));

  /** A state as a party: "Russia", "the US". */
  public static final ActorKind STATE = TERMS.register(new ActorKind("state", true));

  /** A state's military or one of its units. */
  public static final ActorKind ARMED_FORCES = TERMS.register(new ActorKind("armed_forces", true));

  /** A non-state armed group: "Wagner". */
  public static final ActorKind ARMED_GROUP = TERMS.register(new ActorKind("armed_group", true));

  /** Any other organisation: an NGO, a company, an international body. */
  public static final ActorKind ORGANISATION = TERMS.register(new ActorKind("organisation", true));

  /** A news organisation or news agency: "the Interfax news agency", "local media". */
  public static final ActorKind MEDIA = TERMS.register(new ActorKind("media", true));

  /** An account on a social network: "@maria_drutska". */
  public static final ActorKind SOCIAL_MEDIA_ACCOUNT = TERMS.register(new ActorKind("social_media_account", true));

  /** Not identified: "residents", "a source". */
  public static final ActorKind UNKNOWN = TERMS.register(new ActorKind("unknown", true));

  private ActorKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "person"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static ActorKind of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<ActorKind> knownValues() {
    return TERMS.values();
  }
}
