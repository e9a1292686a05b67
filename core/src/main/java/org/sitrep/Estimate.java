package org.sitrep;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A reported count that may be uncertain: how many drones, explosions, people killed.
 *
 * <p>It carries low, best and high bounds (any of which may be unknown), a {@link
 * EstimateQualifier qualifier} and the phrase as reported. UCDP GED's low/best/high is the
 * precedent. From the seed article: "up to 17 people were killed" is {@code
 * Estimate.upTo(17).withPhrase("up to 17")}; "no casualties" is {@code Estimate.exactly(0)}, an
 * exact zero, which is not the same as an unknown figure (no estimate at all).
 *
 * <p>Rules: every bound is at least zero; low &le; best &le; high where present; {@code EXACT}
 * means all three are present and equal; {@code AT_LEAST} needs low and has no high; {@code
 * MORE_THAN} needs low, has no high, and a best above low; {@code AT_MOST} needs high and has no
 * low; {@code FEWER_THAN} needs high, has no low, and a best below high; {@code APPROXIMATELY}
 * needs best; {@code RANGE} needs low and high; {@code UNSPECIFIED} needs the phrase.
 *
 * <p>Built with {@code Estimate.builder().qualifier(...).low(...).best(...).high(...).phrase(...)}
 * or the factories: {@link #exactly}, {@link #atLeast}, {@link #moreThan}, {@link #upTo}, {@link
 * #fewerThan}, {@link #approximately}, {@link #between}, {@link #unspecified}.
 */
@Value.Immutable
@SitrepStyle
public abstract class Estimate implements WithEstimate, Extensible {
  Estimate() {}

  /** @return the lowest figure reported or implied, if any */
  public abstract OptionalLong low();

  /** @return the single most likely figure, if one was given */
  public abstract OptionalLong best();

  /** @return the highest figure reported or implied, if any */
  public abstract OptionalLong high();

  /** @return how the figure is bounded */
  public abstract EstimateQualifier qualifier();

  /** @return the words as reported, e.g. "up to 17" or "several" */
  public abstract Optional<String> phrase();

  /**
   * The least the count can be, where a lower bound is given: a {@code MORE_THAN} floor is one
   * above its number. For rules that compare estimates (a part with its whole, stopped with
   * launched).
   */
  final OptionalLong leastPossible() {
    if (low().isEmpty()) {
      return OptionalLong.empty();
    }
    long low = low().getAsLong();
    return OptionalLong.of(
        qualifier() == EstimateQualifier.MORE_THAN && low < Long.MAX_VALUE ? low + 1 : low);
  }

  /**
   * The most the count can be, where an upper bound is given: a {@code FEWER_THAN} ceiling is one
   * below its number.
   */
  final OptionalLong mostPossible() {
    if (high().isEmpty()) {
      return OptionalLong.empty();
    }
    long high = high().getAsLong();
    return OptionalLong.of(qualifier() == EstimateQualifier.FEWER_THAN ? high - 1 : high);
  }

  /** @return whether this is an exact zero: "no casualties" */
  public final boolean isZero() {
    return qualifier() == EstimateQualifier.EXACT && best().orElse(-1) == 0;
  }

  /**
   * An exact count: "two drones", "one person injured", "no casualties" ({@code exactly(0)}).
   *
   * @param count the count, at least zero
   * @return the estimate
   */
  public static Estimate exactly(long count) {
    return builder().qualifier(EstimateQualifier.EXACT).low(count).best(count).high(count).build();
  }

  /**
   * A floor: "at least 3 explosions".
   *
   * @param low the floor, at least zero
   * @return the estimate
   */
  public static Estimate atLeast(long low) {
    return builder().qualifier(EstimateQualifier.AT_LEAST).low(low).build();
  }

  /**
   * A floor that is exceeded: "over two dozen drones" is {@code moreThan(24)}.
   *
   * @param low the number as said, which the count is above; at least zero
   * @return the estimate
   */
  public static Estimate moreThan(long low) {
    return builder().qualifier(EstimateQualifier.MORE_THAN).low(low).build();
  }

  /**
   * A ceiling that is not reached: "fewer than 10 people".
   *
   * @param high the number as said, which the count is below; at least one
   * @return the estimate
   */
  public static Estimate fewerThan(long high) {
    return builder().qualifier(EstimateQualifier.FEWER_THAN).high(high).build();
  }

  /**
   * A ceiling: "up to 17 people were killed".
   *
   * @param high the ceiling, at least zero
   * @return the estimate
   */
  public static Estimate upTo(long high) {
    return builder().qualifier(EstimateQualifier.AT_MOST).high(high).build();
  }

  /**
   * A hedged figure: "about 20".
   *
   * @param best the figure, at least zero
   * @return the estimate
   */
  public static Estimate approximately(long best) {
    return builder().qualifier(EstimateQualifier.APPROXIMATELY).best(best).build();
  }

  /**
   * Both bounds: "between 10 and 15".
   *
   * @param low the floor
   * @param high the ceiling, not below {@code low}
   * @return the estimate
   */
  public static Estimate between(long low, long high) {
    return builder().qualifier(EstimateQualifier.RANGE).low(low).high(high).build();
  }

  /**
   * A word instead of a number: "several", "multiple".
   *
   * @param phrase the word as reported
   * @return the estimate, with no bounds
   */
  public static Estimate unspecified(String phrase) {
    return builder().qualifier(EstimateQualifier.UNSPECIFIED).phrase(phrase).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Estimate}; each attribute may be set once. */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    // Each accessor makes a new OptionalLong: read each once (they were a tenth of the bytes
    // allocated building the seed report).
    OptionalLong low = low();
    OptionalLong best = best();
    OptionalLong high = high();
    Optional<String> phrase = phrase();
    checkNonNegative(v, "low", low);
    checkNonNegative(v, "best", best);
    checkNonNegative(v, "high", high);
    checkOrder(v, "low", low, "best", best);
    checkOrder(v, "best", best, "high", high);
    if (best.isEmpty()) {
      checkOrder(v, "low", low, "high", high);
    }
    Rules.text(v, "phrase", phrase);
    switch (qualifier()) {
      case EXACT:
        if (low.isEmpty() || best.isEmpty() || high.isEmpty()) {
          v.add("", "an exact estimate needs low, best and high, all equal");
        } else {
          v.require(
              low.equals(high) && low.equals(best),
              "",
              "an exact estimate needs low = best = high");
        }
        break;
      case AT_LEAST:
        v.require(low.isPresent(), "low", "is required for an 'at least' estimate");
        v.require(high.isEmpty(), "high", "must be absent for an 'at least' estimate");
        break;
      case MORE_THAN:
        v.require(low.isPresent(), "low", "is required for a 'more than' estimate");
        v.require(high.isEmpty(), "high", "must be absent for a 'more than' estimate");
        if (low.isPresent() && best.isPresent() && best.getAsLong() <= low.getAsLong()) {
          v.add("best", "must be above low (" + low.getAsLong() + ") for a 'more than' estimate");
        }
        break;
      case AT_MOST:
        v.require(high.isPresent(), "high", "is required for an 'at most' estimate");
        v.require(low.isEmpty(), "low", "must be absent for an 'at most' estimate");
        break;
      case FEWER_THAN:
        v.require(high.isPresent(), "high", "is required for a 'fewer than' estimate");
        v.require(low.isEmpty(), "low", "must be absent for a 'fewer than' estimate");
        if (high.isPresent() && high.getAsLong() == 0) {
          v.add("high", "must be at least 1 for a 'fewer than' estimate: no count is below 0");
        }
        if (high.isPresent() && best.isPresent() && best.getAsLong() >= high.getAsLong()) {
          v.add(
              "best", "must be below high (" + high.getAsLong() + ") for a 'fewer than' estimate");
        }
        break;
      case APPROXIMATELY:
        v.require(best.isPresent(), "best", "is required for an approximate estimate");
        break;
      case RANGE:
        v.require(low.isPresent(), "low", "is required for a range estimate");
        v.require(high.isPresent(), "high", "is required for a range estimate");
        break;
      case UNSPECIFIED:
        v.require(phrase.isPresent(), "phrase", "is required for an unspecified estimate");
        break;
    }
    Rules.extensions(v, extensions());
    v.throwIfAny("Estimate");
  }

  private static void checkNonNegative(Violations v, String path, OptionalLong value) {
    if (value.isPresent() && value.getAsLong() < 0) {
      v.add(path, "must not be negative (was " + value.getAsLong() + ")");
    }
  }

  private static void checkOrder(
      Violations v, String lowName, OptionalLong low, String highName, OptionalLong high) {
    if (low.isPresent() && high.isPresent() && low.getAsLong() > high.getAsLong()) {
      v.add(
          highName,
          lowName + " (" + low.getAsLong() + ") must not be greater than " + highName + " ("
              + high.getAsLong() + ")");
    }
  }
}
