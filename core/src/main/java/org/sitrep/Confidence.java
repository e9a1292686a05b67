package org.sitrep;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * How confident the coder of a record is in it: a score from 0 to 100 (STIX 2.1's {@code
 * confidence}), a level in words, or both. Separate from verification: a claim can be unverified
 * and coded with high confidence that it was made.
 *
 * <p>Built with {@code Confidence.ofScore(85)}, {@code Confidence.of(ConfidenceLevel.HIGH)} or the
 * builder. Rules: a score or a level (or both); the score is from 0 to 100; with both, the score is
 * in the level's range on STIX's "None / Low / Med / High" scale ({@link ConfidenceLevel}).
 */
@Value.Immutable
@SitrepStyle
public abstract class Confidence implements WithConfidence, Extensible {
  Confidence() {}

  /** @return the score, from 0 (none) to 100 (certain) */
  public abstract OptionalLong score();

  /** @return the confidence in words */
  public abstract Optional<ConfidenceLevel> level();

  /**
   * @param score from 0 to 100
   * @return a confidence of that score
   */
  public static Confidence ofScore(long score) {
    return builder().score(score).build();
  }

  /**
   * @param level the level
   * @return a confidence of that level
   */
  public static Confidence of(ConfidenceLevel level) {
    return builder().level(level).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Confidence}; each attribute may be set once. */
  public static final class Builder extends ImmutableConfidence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(
        score().isPresent() || level().isPresent(), "score", "a confidence needs a score or a level");
    if (score().isPresent()) {
      long s = score().getAsLong();
      if (s < 0 || s > 100) {
        v.add("score", "must be from 0 to 100, not " + s);
      } else if (level().isPresent() && ConfidenceLevel.ofScore(s) != level().get()) {
        ConfidenceLevel l = level().get();
        v.add(
            "level",
            "a score of " + s + " is " + ConfidenceLevel.ofScore(s).name().toLowerCase(java.util.Locale.ROOT)
                + ", not " + l.name().toLowerCase(java.util.Locale.ROOT) + " (" + l.lowestScore()
                + " to " + l.highestScore() + ")");
      }
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Confidence");
  }
}
