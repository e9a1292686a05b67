package org.sitrep;

/**
 * A coder's confidence in words, on STIX 2.1's "None / Low / Med / High" scale, whose levels map to
 * ranges of its 0-100 confidence score: none is 0, low 1 to 29, medium 30 to 69, high 70 to 100.
 * A closed vocabulary.
 */
public enum ConfidenceLevel {
  /** No confidence: a score of 0. */
  NONE(0, 0),
  /** Low: a score of 1 to 29. */
  LOW(1, 29),
  /** Medium: a score of 30 to 69. */
  MEDIUM(30, 69),
  /** High: a score of 70 to 100. */
  HIGH(70, 100);

  private final int lowestScore;
  private final int highestScore;

  ConfidenceLevel(int lowestScore, int highestScore) {
    this.lowestScore = lowestScore;
    this.highestScore = highestScore;
  }

  /** @return the lowest score of the level */
  public int lowestScore() {
    return lowestScore;
  }

  /** @return the highest score of the level */
  public int highestScore() {
    return highestScore;
  }

  /**
   * @param score a score from 0 to 100
   * @return the level whose range holds it
   * @throws IllegalArgumentException if the score is not from 0 to 100
   */
  public static ConfidenceLevel ofScore(long score) {
    for (ConfidenceLevel level : values()) {
      if (score >= level.lowestScore && score <= level.highestScore) {
        return level;
      }
    }
    throw new IllegalArgumentException("a confidence score is from 0 to 100, not " + score);
  }
}
