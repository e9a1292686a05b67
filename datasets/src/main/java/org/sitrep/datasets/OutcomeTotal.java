package org.sitrep.datasets;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;
import org.sitrep.Incident;

/**
 * The current casualty figures of one outcome in an incident, added up, as the GeoJSON and HXL
 * writers write them (docs/datasets.md, "GeoJSON"). Package-private.
 *
 * <p>An incident's current figures ({@link Incident#currentCasualties()}: a revision replaces
 * what it revises) are parts that add up, whatever their population: "12 civilians killed" and "3
 * soldiers killed" are 15 killed. The bounds are inclusive: {@link #low()} is the least the count
 * can be ("more than 24" gives 25), {@link #high()} the most ("fewer than 10" gives 9). Of a sum,
 * the low adds the figures' lows (a figure without one adds 0) and is absent if no figure has one;
 * the best and the high are absent unless every figure has one. Sums are exact (no overflow).
 */
final class OutcomeTotal {
  private final CasualtyOutcome outcome;
  private final List<Estimate> counts;
  private final Optional<BigInteger> low;
  private final Optional<BigInteger> best;
  private final Optional<BigInteger> high;
  private final Optional<BigInteger> figure;

  private OutcomeTotal(CasualtyOutcome outcome, List<Estimate> counts) {
    this.outcome = outcome;
    this.counts = counts;
    BigInteger lowSum = BigInteger.ZERO;
    BigInteger bestSum = BigInteger.ZERO;
    BigInteger highSum = BigInteger.ZERO;
    BigInteger figureSum = BigInteger.ZERO;
    boolean anyLow = false;
    boolean allBest = true;
    boolean allHigh = true;
    boolean anyFigure = false;
    for (Estimate e : counts) {
      Optional<BigInteger> least = least(e);
      if (least.isPresent()) {
        anyLow = true;
        lowSum = lowSum.add(least.get());
      }
      if (e.best().isPresent()) {
        bestSum = bestSum.add(BigInteger.valueOf(e.best().getAsLong()));
      } else {
        allBest = false;
      }
      Optional<BigInteger> most = most(e);
      if (most.isPresent()) {
        highSum = highSum.add(most.get());
      } else {
        allHigh = false;
      }
      Optional<BigInteger> one =
          e.best().isPresent() ? Optional.of(BigInteger.valueOf(e.best().getAsLong())) : least;
      if (one.isPresent()) {
        anyFigure = true;
        figureSum = figureSum.add(one.get());
      }
    }
    this.low = anyLow ? Optional.of(lowSum) : Optional.empty();
    this.best = allBest ? Optional.of(bestSum) : Optional.empty();
    this.high = allHigh ? Optional.of(highSum) : Optional.empty();
    this.figure = anyFigure ? Optional.of(figureSum) : Optional.empty();
  }

  /**
   * @param incident an incident
   * @return a total for each outcome of its current figures, in the order each outcome first
   *     appears
   */
  static List<OutcomeTotal> of(Incident incident) {
    Map<CasualtyOutcome, List<Estimate>> byOutcome = new LinkedHashMap<>();
    for (Casualty c : incident.currentCasualties()) {
      byOutcome.computeIfAbsent(c.outcome(), o -> new ArrayList<>()).add(c.count());
    }
    List<OutcomeTotal> totals = new ArrayList<>(byOutcome.size());
    byOutcome.forEach((o, counts) -> totals.add(new OutcomeTotal(o, counts)));
    return totals;
  }

  /** @return the outcome the figures count */
  CasualtyOutcome outcome() {
    return outcome;
  }

  /** @return how many current figures were added up */
  int figures() {
    return counts.size();
  }

  /** @return the least the count can be, where a figure gives a lower bound */
  Optional<BigInteger> low() {
    return low;
  }

  /** @return the sum of the best figures, where every figure gives one */
  Optional<BigInteger> best() {
    return best;
  }

  /** @return the most the count can be, where every figure gives an upper bound */
  Optional<BigInteger> high() {
    return high;
  }

  /**
   * The one number a table or a map shows, as ACLED's {@code fatalities} is: each figure's best,
   * else its least (a conservative figure), added up over the figures that give one.
   *
   * @return the number; absent where no figure gives a best or a lower bound ("up to 17" alone)
   */
  Optional<BigInteger> figure() {
    return figure;
  }

  /**
   * @return the figure's qualifier for one figure; for a sum, the qualifier its bounds make:
   *     {@code exact} (low, best and high equal), {@code range} (low and high), {@code at_least}
   *     (low), {@code at_most} (high), {@code approximately} (best) or {@code unspecified}
   */
  EstimateQualifier qualifier() {
    if (counts.size() == 1) {
      return counts.get(0).qualifier();
    }
    if (low.isPresent() && high.isPresent()) {
      return low.equals(high) && best.equals(low) ? EstimateQualifier.EXACT : EstimateQualifier.RANGE;
    }
    if (low.isPresent()) {
      return EstimateQualifier.AT_LEAST;
    }
    if (high.isPresent()) {
      return EstimateQualifier.AT_MOST;
    }
    return best.isPresent() ? EstimateQualifier.APPROXIMATELY : EstimateQualifier.UNSPECIFIED;
  }

  private static Optional<BigInteger> least(Estimate e) {
    if (e.low().isEmpty()) {
      return Optional.empty();
    }
    BigInteger low = BigInteger.valueOf(e.low().getAsLong());
    return Optional.of(e.qualifier() == EstimateQualifier.MORE_THAN ? low.add(BigInteger.ONE) : low);
  }

  private static Optional<BigInteger> most(Estimate e) {
    if (e.high().isEmpty()) {
      return Optional.empty();
    }
    BigInteger high = BigInteger.valueOf(e.high().getAsLong());
    return Optional.of(
        e.qualifier() == EstimateQualifier.FEWER_THAN ? high.subtract(BigInteger.ONE) : high);
  }
}
