package org.sitrep;

import java.util.List;
import java.util.Optional;

/**
 * How far along an {@link AidPackage} is, in the stages the trackers of aid tell apart.
 *
 * <p>From the seed article: "the US has announced it will send" is {@link #ANNOUNCED}; "Britain's
 * decision to send" is {@link #COMMITTED}. The Kiel Ukraine Support Tracker counts <em>commitments</em>
 * and <em>allocations</em> (aid delivered or earmarked for delivery); IATI's transaction types tell an
 * outgoing pledge (12), an outgoing commitment (2), a disbursement (3) and an expenditure (4) apart.
 * Each stage says what it is in those terms ({@link #kielMeasure()}, {@link #iatiTransactionType()}):
 *
 * <table>
 *   <caption>Stages and the trackers' terms</caption>
 *   <tr><th>stage</th><th>Kiel tracker</th><th>IATI transaction type</th></tr>
 *   <tr><td>{@code announced}</td><td>-</td><td>-</td></tr>
 *   <tr><td>{@code pledged}</td><td>-</td><td>12 Outgoing Pledge</td></tr>
 *   <tr><td>{@code committed}</td><td>commitment</td><td>2 Outgoing Commitment</td></tr>
 *   <tr><td>{@code allocated}</td><td>allocation</td><td>-</td></tr>
 *   <tr><td>{@code disbursed}</td><td>allocation</td><td>3 Disbursement</td></tr>
 *   <tr><td>{@code delivered}</td><td>allocation</td><td>-</td></tr>
 *   <tr><td>{@code expended}</td><td>-</td><td>4 Expenditure</td></tr>
 * </table>
 *
 * <p>An open vocabulary since schema 1.0's second draft (it was a closed one of three stages):
 * {@link #of(String)} accepts codes this version does not know (see {@link Vocabulary}), so a
 * tracker's own stage survives a relay. The three earlier codes are unchanged on the wire.
 */
public final class AidStage extends Vocabulary {
  private static final Terms<AidStage> TERMS =
      new Terms<>("AidStage", code -> new AidStage(code, false, null, null));

  /** Said publicly, not yet formally pledged or committed: "has announced it will send". */
  public static final AidStage ANNOUNCED = known("announced", null, null);

  /** Promised formally but not yet binding: a pledge at a donors' conference (IATI 12). */
  public static final AidStage PLEDGED = known("pledged", null, "12");

  /** Formally decided or contracted: "Britain's decision to send" (Kiel commitment, IATI 2). */
  public static final AidStage COMMITTED = known("committed", "commitment", "2");

  /** Earmarked for delivery, delivered or not yet: the Kiel tracker's allocation. */
  public static final AidStage ALLOCATED = known("allocated", "allocation", null);

  /** Money paid out to the recipient (IATI 3 Disbursement; a Kiel allocation). */
  public static final AidStage DISBURSED = known("disbursed", "allocation", "3");

  /** Goods handed over (a Kiel allocation). */
  public static final AidStage DELIVERED = known("delivered", "allocation", null);

  /** Money spent on goods and services for the recipient (IATI 4 Expenditure). */
  public static final AidStage EXPENDED = known("expended", null, "4");

  private final String kielMeasure;
  private final String iatiTransactionType;

  private AidStage(String code, boolean known, String kielMeasure, String iatiTransactionType) {
    super(code, known);
    this.kielMeasure = kielMeasure;
    this.iatiTransactionType = iatiTransactionType;
  }

  private static AidStage known(String code, String kiel, String iati) {
    return TERMS.register(new AidStage(code, true, kiel, iati));
  }

  /**
   * @return what the Kiel Ukraine Support Tracker counts this stage as, {@code "commitment"} or
   *     {@code "allocation"}; none where it counts neither
   */
  public Optional<String> kielMeasure() {
    return Optional.ofNullable(kielMeasure);
  }

  /**
   * @return the IATI transaction type code of this stage, such as {@code "2"} (Outgoing
   *     Commitment); none where IATI has no transaction of it
   */
  public Optional<String> iatiTransactionType() {
    return Optional.ofNullable(iatiTransactionType);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "committed"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static AidStage of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<AidStage> knownValues() {
    return TERMS.values();
  }
}
