package org.sitrep.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.Report;
import org.sitrep.benchmarks.baseline.PojoSeed;
import org.sitrep.benchmarks.baseline.Pojos;
import org.sitrep.testing.SeedArticle;

/**
 * Issue 12: building the seed report in memory, no JSON. Sitrep builds it with its public
 * builders and factories, every value checked as it is built ({@link SeedArticle#report()});
 * the baseline sets the same values on plain {@link Pojos} by hand ({@link PojoSeed#report()}),
 * nothing checked. The difference is the price of strict builders, immutable copies and the
 * model's rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class BuildReportBenchmark {
  /**
   * Sitrep: the seed report through the builders, built and checked.
   *
   * @return the report
   */
  @Benchmark
  public Report sitrep() {
    return SeedArticle.report();
  }

  /**
   * Baseline: the same object graph as mutable POJOs, unchecked.
   *
   * @return the report
   */
  @Benchmark
  public Pojos.Report pojo() {
    return PojoSeed.report();
  }
}
