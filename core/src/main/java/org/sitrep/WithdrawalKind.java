package org.sitrep;

import java.util.List;

/**
 * Why a {@link Withdrawal} takes a report out of a feed.
 *
 * <p>A publisher that retracts an article is {@link #RETRACTED}; a dataset that deletes a record (ACLED
 * publishes a list of deleted event ids) is {@link #DELETED}; a record merged into another is a
 * {@link #DUPLICATE}; one replaced by a record with another id is {@link #REPLACED}.
 *
 * <p>An open vocabulary: {@link #of(String)} accepts codes this version does not know (see
 * {@link Vocabulary}).
 */
public final class WithdrawalKind extends Vocabulary {
  private static final Terms<WithdrawalKind> TERMS = new Terms<>("WithdrawalKind", code -> new WithdrawalKind(code, false));

  /** Withdrawn by its publisher: the report should not have been published. */
  public static final WithdrawalKind RETRACTED = TERMS.register(new WithdrawalKind("retracted", true));

  /** Deleted by the dataset or recorder that kept it. */
  public static final WithdrawalKind DELETED = TERMS.register(new WithdrawalKind("deleted", true));

  /** A duplicate of another record, which is kept. */
  public static final WithdrawalKind DUPLICATE = TERMS.register(new WithdrawalKind("duplicate", true));

  /** Replaced by a record with another id. */
  public static final WithdrawalKind REPLACED = TERMS.register(new WithdrawalKind("replaced", true));

  private WithdrawalKind(String code, boolean known) {
    super(code, known);
  }

  /**
   * The term with this code, known or not.
   *
   * @param code a lowercase code, e.g. {@code "retracted"}
   * @return the well-known constant where there is one, otherwise a new unknown term
   * @throws SitrepValidationException if the code is not a valid code
   */
  public static WithdrawalKind of(String code) {
    return TERMS.of(code);
  }

  /** @return the terms this version defines, in declaration order */
  public static List<WithdrawalKind> knownValues() {
    return TERMS.values();
  }
}
