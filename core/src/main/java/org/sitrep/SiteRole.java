package org.sitrep;

import java.util.List;

/**
 * What part a {@link Site} played in an {@link Incident}: what the attack was aimed at, what it hit,
 * where debris fell. "Aimed at a fuel depot, it fell on a school" is two sites: the depot of role
 * {@link #TARGET} and the school of role {@link #HIT}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class SiteRole extends Vocabulary {
  private static final Terms<SiteRole> TERMS =
      new Terms<>("SiteRole", code -> new SiteRole(code, false));

  /** What the attack was aimed at, as reported: "aimed at a fuel depot". */
  public static final SiteRole TARGET = TERMS.register(new SiteRole("target", true));

  /** What it struck: "it fell on a school". */
  public static final SiteRole HIT = TERMS.register(new SiteRole("hit", true));

  /** Where debris of a downed weapon fell: "debris fell on a house". */
  public static final SiteRole DEBRIS = TERMS.register(new SiteRole("debris", true));

  private SiteRole(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "target"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static SiteRole of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<SiteRole> knownValues() {
    return TERMS.values();
  }
}
