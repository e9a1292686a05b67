package org.sitrep;

import java.util.List;

/**
 * The part an actor plays in an {@link Incident}, as reported: who carried it out, what or whom it
 * was aimed at, who acted with them, who stopped it.
 *
 * <p>From the seed article: "Ukrainian drones" are the {@link #PERPETRATOR} of the attempted
 * attacks, as the Kremlin attributes them; Russia's air defence, which downed them, is the {@link
 * #INTERCEPTOR}. ACLED's {@code actor1} / {@code actor2} and UCDP's {@code side_a} / {@code side_b}
 * name sides without direction: each is a party with its {@link DyadSide}, and a role where the
 * report gives one; ACLED's {@code assoc_actor_1} / {@code assoc_actor_2} are {@link #ASSOCIATED}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class PartyRole extends Vocabulary {
  private static final Terms<PartyRole> TERMS =
      new Terms<>("PartyRole", code -> new PartyRole(code, false));

  /** Who carried it out, or is said to have: "a Russian missile", "Ukrainian drones". */
  public static final PartyRole PERPETRATOR = TERMS.register(new PartyRole("perpetrator", true));

  /** Whom or what it was aimed at, or who was hit: "the port", "civilians", "a military unit". */
  public static final PartyRole TARGET = TERMS.register(new PartyRole("target", true));

  /** An actor acting with another party, or identified with it: ACLED's associated actors. */
  public static final PartyRole ASSOCIATED = TERMS.register(new PartyRole("associated", true));

  /** Who stopped the attack: "air defence forces", "electronic warfare units". */
  public static final PartyRole INTERCEPTOR = TERMS.register(new PartyRole("interceptor", true));

  /** A side of the event whose part the report does not say: ACLED's actor2 of a clash. */
  public static final PartyRole UNKNOWN = TERMS.register(new PartyRole("unknown", true));

  private PartyRole(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "perpetrator"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static PartyRole of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<PartyRole> knownValues() {
    return TERMS.values();
  }
}
