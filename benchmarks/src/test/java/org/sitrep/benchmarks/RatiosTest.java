package org.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The arithmetic of the report, on a made-up result file; no benchmark runs here. */
class RatiosTest {
  private static final String RESULTS =
      "["
          + result("ReadReportBenchmark.sitrep", 105, 5, "us/op", 200_000)
          + ","
          + result("ReadReportBenchmark.pojo", 100, 0, "us/op", 100_000)
          + ","
          + result("WriteReportBenchmark.pojo", 50, Double.NaN, "us/op", 90_000)
          + ","
          + result("ReadFeedBenchmark.sitrepStreaming", 40, 0, "ms/op", 1_000)
          + ","
          + result("ReadFeedBenchmark.rawTokenScan", 10, 0, "ms/op", 500)
          + ","
          + result("ReadAcledBenchmark.sitrep", 30, 1, "ops/s", 5_000)
          + ","
          + result("ReadAcledBenchmark.maps", 50, 1, "ops/s", 4_000)
          + "]";

  @Test
  void reportsTheTargetsAsRatiosAndWhatWasNotRun() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Ratios.print(
        Ratios.read(new ObjectMapper().readTree(RESULTS)),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("| ReadReportBenchmark.sitrep | 105.000 us/op | ± 5.000 | 200,000 B |")
        .contains("| WriteReportBenchmark.pojo | 50.000 us/op | n/a | 90,000 B |")
        .contains(
            "| read + validate, tolerant: Sitrep time / POJO time (12) | 1.050 | ± 0.050 | <= 1.25"
                + " | yes |")
        .contains("| read: Sitrep bytes allocated / POJO bytes (12) | 2.000 | n/a | <= 1.25 | no |")
        .contains("| write: Sitrep time / POJO time (12) | n/a | | <= 1.00 | not run |")
        .contains("| feed: Sitrep rate / raw token-scan rate (12) | 0.250 | ± 0.000 | >= 0.37 | no |")
        .contains("| feed: Sitrep time / POJO MappingIterator time (12) | n/a | | <= 1.10 | not run |")
        .contains(
            "| ACLED CSV: Sitrep rows/s / plain CSV maps rows/s (13) | 0.600 | ± 0.023 | >= 0.50"
                + " | yes |");
  }

  /** A result as JMH writes it; an error it cannot compute is the string "NaN". */
  private static String result(String name, double score, double error, String unit, double bytes) {
    return String.format(
        Locale.ROOT,
        "{\"benchmark\":\"org.sitrep.benchmarks.%s\","
            + "\"primaryMetric\":{\"score\":%s,\"scoreError\":%s,\"scoreUnit\":\"%s\"},"
            + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":"
            + "{\"score\":%s,\"scoreError\":0,\"scoreUnit\":\"B/op\"}}}",
        name,
        score,
        Double.isNaN(error) ? "\"NaN\"" : error,
        unit,
        bytes);
  }
}
