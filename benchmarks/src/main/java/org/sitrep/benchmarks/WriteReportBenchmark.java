package org.sitrep.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
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
import org.sitrep.testing.SeedArticle;

/**
 * Issue 5, part 2: writing the seed report. The baselines' objects are read from the same JSON
 * that Sitrep writes, so each side writes the same document.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class WriteReportBenchmark {
  private Report report;
  private Pojos.Report pojoReport;
  private Records.Report recordReport;
  private ObjectWriter pojoWriter;
  private ObjectWriter recordWriter;

  /**
   * Prepares the three in-memory reports and the baselines' writers once per trial.
   *
   * @throws IOException never, for the seed report's bytes
   */
  @Setup
  public void setUp() throws IOException {
    report = SeedArticle.report();
    byte[] json = BenchmarkInputs.seedReportJson();
    JsonMapper mapper = Baselines.mapper();
    pojoReport = mapper.readerFor(Pojos.Report.class).readValue(json);
    recordReport = mapper.readerFor(Records.Report.class).readValue(json);
    pojoWriter = mapper.writerFor(Pojos.Report.class);
    recordWriter = mapper.writerFor(Records.Report.class);
  }

  /**
   * Sitrep: the core value to JSON.
   *
   * @return UTF-8 bytes
   */
  @Benchmark
  public byte[] sitrep() {
    return SitrepSide.write(report);
  }

  /**
   * Sitrep through sitrep-jackson3 (Jackson 3): the core value to the same JSON.
   *
   * @return UTF-8 bytes
   */
  @Benchmark
  public byte[] sitrepJackson3() {
    return SitrepJackson3Side.write(report);
  }

  /**
   * Baseline: mutable POJOs.
   *
   * @return UTF-8 bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] pojo() throws IOException {
    return pojoWriter.writeValueAsBytes(pojoReport);
  }

  /**
   * Baseline: records.
   *
   * @return UTF-8 bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] records() throws IOException {
    return recordWriter.writeValueAsBytes(recordReport);
  }
}
