package org.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, briefly, in this JVM: a check that each one sets up, runs and
 * reports, not a measurement. Nothing here looks at a time.
 */
class BenchmarksSmokeTest {
  @Test
  void everyBenchmarkProducesAResult() throws Exception {
    Set<String> expected = new TreeSet<>();
    OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(silent, List.of())) {
      expected.add(shortName(entry.getUsername()));
    }
    assertThat(expected).as("benchmarks found on the class path").hasSize(22);
    File log = new File("target/jmh-smoke.log");

    Options options =
        new OptionsBuilder()
            .include(Pattern.quote(BenchmarksSmokeTest.class.getPackageName()) + "\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .output(log.getPath())
            .build();
    Collection<RunResult> results = new Runner(options).run();

    assertThat(results.stream().map(r -> shortName(r.getParams().getBenchmark())))
        .as("benchmarks that reported, see %s", log)
        .containsExactlyInAnyOrderElementsOf(expected);
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getSampleCount()).isPositive();
      assertThat(result.getSecondaryResults()).containsKey("gc.alloc.rate.norm");
    }
  }

  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1];
  }
}
