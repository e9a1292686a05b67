package org.sitrep.datasets;

import java.util.OptionalLong;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;

/**
 * A casualty figure as the one number a dataset's column holds, and its inclusive bounds, in
 * exact {@code long} arithmetic (an overflow throws, so a writer refuses rather than write a wrong
 * number). Package-private: the ACLED and UCDP writers share it.
 */
final class Figures {
  private Figures() {}

  /**
   * @return the figure's best number, else the least it can be (one more than a {@code more_than}
   *     floor), else 0
   * @throws ArithmeticException if that is beyond a {@code long}
   */
  static long number(Estimate e) {
    if (e.best().isPresent()) {
      return e.best().getAsLong();
    }
    return least(e).orElse(0);
  }

  /**
   * @return the least the count can be, where a lower bound is given: a {@code more_than} floor
   *     is one above its number
   * @throws ArithmeticException if that is beyond a {@code long}
   */
  static OptionalLong least(Estimate e) {
    if (e.low().isEmpty()) {
      return OptionalLong.empty();
    }
    long low = e.low().getAsLong();
    return OptionalLong.of(
        e.qualifier().equals(EstimateQualifier.MORE_THAN) ? Math.addExact(low, 1) : low);
  }

  /**
   * @return the most the count can be, where an upper bound is given: a {@code fewer_than}
   *     ceiling is one below its number
   */
  static OptionalLong most(Estimate e) {
    if (e.high().isEmpty()) {
      return OptionalLong.empty();
    }
    long high = e.high().getAsLong();
    return OptionalLong.of(
        e.qualifier().equals(EstimateQualifier.FEWER_THAN) ? high - 1 : high);
  }
}
