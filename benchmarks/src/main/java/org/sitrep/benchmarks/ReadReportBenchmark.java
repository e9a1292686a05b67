package org.sitrep.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.Report;
import org.sitrep.benchmarks.baseline.Baselines;
import org.sitrep.benchmarks.baseline.Pojos;
import org.sitrep.benchmarks.baseline.Records;

/** Issue 5, part 1: reading the seed report's JSON, the same bytes on every side. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ReadReportBenchmark {
  private byte[] json;
  private ObjectReader pojoReader;
  private ObjectReader recordReader;

  /** Prepares the bytes and the baselines' readers once per trial. */
  @Setup
  public void setUp() {
    json = BenchmarkInputs.seedReportJson();
    JsonMapper mapper = Baselines.mapper();
    pojoReader = mapper.readerFor(Pojos.Report.class);
    recordReader = mapper.readerFor(Records.Report.class);
  }

  /**
   * Sitrep: read and validate, to a built {@link Report}.
   *
   * @return the report
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public Report sitrep() throws IOException {
    return SitrepSide.readReport(json);
  }

  /**
   * Sitrep in strict mode: read and validate, refusing what this version does not know.
   *
   * @return the report
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public Report sitrepStrict() throws IOException {
    return SitrepSide.readReportStrict(json);
  }

  /**
   * Sitrep through sitrep-jackson3 (Jackson 3): read and validate, to a built {@link Report}.
   *
   * @return the report
   */
  @Benchmark
  public Report sitrepJackson3() {
    return SitrepJackson3Side.readReport(json);
  }

  /**
   * Baseline: mutable POJOs, no validation.
   *
   * @return the report
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public Pojos.Report pojo() throws IOException {
    return pojoReader.readValue(json);
  }

  /**
   * Baseline: records through their canonical constructors, no validation.
   *
   * @return the report
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public Records.Report records() throws IOException {
    return recordReader.readValue(json);
  }
}
