package org.sitrep.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the tables of docs/benchmarks.md: every
 * result with its error and allocation, then the open issues' targets as ratios. It reports; it
 * never fails on a target.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.sitrep.benchmarks.Ratios \
 *     benchmarks/target/jmh-result.json
 * </pre>
 */
public final class Ratios {
  private Ratios() {}

  /** One benchmark's time per operation and its error (JMH's 99.9% confidence half-width). */
  record Score(double score, double error, String unit, double bytesPerOp) {}

  /** What a target compares: the primary score (time per op, or ops per second) or allocation. */
  enum Metric {
    SCORE,
    BYTES
  }

  /**
   * A target: numerator over denominator, both of one metric, against a bound. A target stated as a
   * rate over benchmarks that measure time per operation puts the baseline on top.
   */
  record Target(
      String what, String numerator, String denominator, Metric metric, boolean atMost, double bound) {
    Target(String what, String numerator, String denominator, boolean atMost, double bound) {
      this(what, numerator, denominator, Metric.SCORE, atMost, bound);
    }
  }

  /** The open targets: issue 12's (performance), issue 13's (ACLED) and issue 14's (Kafka). */
  static final Target[] TARGETS = {
    new Target(
        "read + validate, tolerant: Sitrep time / POJO time (12)",
        "ReadReportBenchmark.sitrep",
        "ReadReportBenchmark.pojo",
        true,
        1.25),
    new Target(
        "read + validate, strict: Sitrep time / POJO time (12)",
        "ReadReportBenchmark.sitrepStrict",
        "ReadReportBenchmark.pojo",
        true,
        1.25),
    new Target(
        "read: Sitrep bytes allocated / POJO bytes (12)",
        "ReadReportBenchmark.sitrep",
        "ReadReportBenchmark.pojo",
        Metric.BYTES,
        true,
        1.25),
    new Target(
        "write: Sitrep time / POJO time (12)",
        "WriteReportBenchmark.sitrep",
        "WriteReportBenchmark.pojo",
        true,
        1.00),
    new Target(
        "feed: Sitrep time / POJO MappingIterator time (12)",
        "ReadFeedBenchmark.sitrepStreaming",
        "ReadFeedBenchmark.pojo",
        true,
        1.10),
    new Target(
        "feed: Sitrep rate / raw token-scan rate (12)",
        "ReadFeedBenchmark.rawTokenScan",
        "ReadFeedBenchmark.sitrepStreaming",
        false,
        0.37),
    new Target(
        "feed with extensions: time / time without (12)",
        "ReadFeedBenchmark.sitrepStreamingExtensions",
        "ReadFeedBenchmark.sitrepStreaming",
        true,
        1.30),
    new Target(
        "build, no JSON: Sitrep time / POJO time (12)",
        "BuildReportBenchmark.sitrep",
        "BuildReportBenchmark.pojo",
        true,
        3.0),
    new Target(
        "ACLED CSV: Sitrep rows/s / plain CSV maps rows/s (13)",
        "ReadAcledBenchmark.sitrep",
        "ReadAcledBenchmark.maps",
        false,
        0.50),
    new Target(
        "Kafka: Sitrep Deserializer rate / String + POJO rate (14)",
        "KafkaSerdeBenchmark.sitrepDeserialize",
        "KafkaSerdeBenchmark.stringPojoDeserialize",
        false,
        0.80),
    new Target(
        "Kafka: Sitrep Serializer rate / POJO + String rate (14)",
        "KafkaSerdeBenchmark.sitrepSerialize",
        "KafkaSerdeBenchmark.stringPojoSerialize",
        false,
        0.80),
  };

  /**
   * Prints the tables.
   *
   * @param args the JMH JSON result file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios <jmh-result.json>");
      System.exit(2);
    }
    print(read(new ObjectMapper().readTree(new File(args[0]))), System.out);
  }

  /**
   * The scores of a JMH JSON result, by short name ({@code ReadReportBenchmark.pojo}).
   *
   * @param results the parsed result file
   * @return scores in the file's order
   */
  static Map<String, Score> read(JsonNode results) {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String[] name = result.get("benchmark").asText().split("\\.");
      JsonNode primary = result.get("primaryMetric");
      JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      scores.put(
          name[name.length - 2] + "." + name[name.length - 1],
          new Score(
              primary.get("score").asDouble(),
              primary.get("scoreError").asDouble(Double.NaN),
              primary.get("scoreUnit").asText(),
              alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
    }
    return scores;
  }

  /**
   * Prints the results table and the targets table, in Markdown.
   *
   * @param scores by short name
   * @param out where to
   */
  static void print(Map<String, Score> scores, PrintStream out) {
    out.println("| benchmark | time per op | error (99.9%) | allocated per op |");
    out.println("|---|---:|---:|---:|");
    scores.forEach(
        (name, s) ->
            out.printf(
                Locale.ROOT,
                "| %s | %.3f %s | %s | %s |%n",
                name,
                s.score(),
                s.unit(),
                error(s.error()),
                Double.isNaN(s.bytesPerOp())
                    ? "n/a"
                    : String.format(Locale.ROOT, "%,.0f B", s.bytesPerOp())));
    out.println();
    out.println("| target | ratio | error | goal | met |");
    out.println("|---|---:|---:|---:|---|");
    for (Target t : TARGETS) {
      Score a = scores.get(t.numerator());
      Score b = scores.get(t.denominator());
      String goal = (t.atMost() ? "<= " : ">= ") + String.format(Locale.ROOT, "%.2f", t.bound());
      if (a == null || b == null) {
        out.printf(Locale.ROOT, "| %s | n/a | | %s | not run |%n", t.what(), goal);
        continue;
      }
      if (t.metric() == Metric.BYTES) {
        double ratio = a.bytesPerOp() / b.bytesPerOp();
        out.printf(
            Locale.ROOT,
            "| %s | %s | n/a | %s | %s |%n",
            t.what(),
            Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.3f", ratio),
            goal,
            Double.isNaN(ratio) ? "not measured (-prof gc)" : met(t, ratio) ? "yes" : "no");
        continue;
      }
      double ratio = ratio(a, b);
      boolean met = met(t, ratio);
      out.printf(
          Locale.ROOT,
          "| %s | %.3f | %s | %s | %s |%n",
          t.what(),
          ratio,
          error(ratioError(a, b)),
          goal,
          met ? "yes" : "no");
    }
  }

  private static boolean met(Target t, double ratio) {
    return t.atMost() ? ratio <= t.bound() : ratio >= t.bound();
  }

  /** An error as printed: JMH gives none (NaN) for a single measured iteration. */
  private static String error(double error) {
    return Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "± %.3f", error);
  }

  static double ratio(Score numerator, Score denominator) {
    if (!numerator.unit().equals(denominator.unit())) {
      throw new IllegalArgumentException(
          "different units: " + numerator.unit() + " and " + denominator.unit());
    }
    return numerator.score() / denominator.score();
  }

  /**
   * The ratio's error from the two relative errors added in quadrature: a first-order estimate
   * that treats the two confidence half-widths as independent.
   */
  static double ratioError(Score numerator, Score denominator) {
    double a = numerator.error() / numerator.score();
    double b = denominator.error() / denominator.score();
    return ratio(numerator, denominator) * Math.sqrt(a * a + b * b);
  }
}
