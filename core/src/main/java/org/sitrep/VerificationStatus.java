package org.sitrep;

/**
 * Where a {@link Claim} stands with respect to verification, as reported or as assessed by the
 * recorder.
 *
 * <p>The library never decides who is right: it records what the status is said to be. From the
 * seed article: "While unconfirmed, local media reported that three explosions took place" is
 * {@link #UNVERIFIED}. A closed vocabulary, after schema.org ClaimReview's common ratings.
 */
public enum VerificationStatus {
  /** Not verified or reported as unconfirmed: "While unconfirmed, local media reported". */
  UNVERIFIED,
  /** Confirmed by an independent source. */
  CONFIRMED,
  /** Contested by another source, without outright denial. */
  DISPUTED,
  /** Denied by a party to it. */
  DENIED,
  /** Shown to be false. */
  FALSE
}
