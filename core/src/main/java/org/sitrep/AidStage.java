package org.sitrep;

/**
 * How far along an {@link AidPackage} is, as the Kiel Ukraine Support Tracker and IATI tell them
 * apart.
 *
 * <p>From the seed article: "the US has announced it will send" is {@link #ANNOUNCED};
 * "Britain's decision to send" is {@link #COMMITTED}. A closed vocabulary.
 */
public enum AidStage {
  /** Said publicly, not yet formally committed: "has announced it will send". */
  ANNOUNCED,
  /** Formally decided or contracted: "Britain's decision to send". */
  COMMITTED,
  /** Handed over. */
  DELIVERED
}
