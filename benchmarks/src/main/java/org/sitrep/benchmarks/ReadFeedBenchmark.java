package org.sitrep.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
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
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.benchmarks.baseline.Baselines;
import org.sitrep.benchmarks.baseline.Pojos;

/**
 * Issue 5, part 3: reading a feed of {@value BenchmarkInputs#FEED_INCIDENTS} incidents, one JSON object
 * per line, one incident at a time. The raw token scan is the floor: Jackson's parser visiting
 * every token of the same bytes without binding anything. Issue 12: the same feed with unknown
 * properties on each incident and some of its parts, kept as extensions, against the feed
 * without them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ReadFeedBenchmark {
  private byte[] feed;
  private byte[] feedWithExtensions;
  private ObjectReader pojoReader;
  private JsonFactory factory;

  /** Generates the feed and prepares the readers once per trial. */
  @Setup
  public void setUp() {
    feed = BenchmarkInputs.incidentFeed(BenchmarkInputs.FEED_INCIDENTS);
    feedWithExtensions =
        BenchmarkInputs.incidentFeedWithExtensions(BenchmarkInputs.FEED_INCIDENTS);
    pojoReader = Baselines.mapper().readerFor(Pojos.Incident.class);
    factory = new JsonFactory();
  }

  /**
   * Sitrep: the streaming reader, each incident validated.
   *
   * @param bh receives each incident
   * @return how many incidents were read
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public int sitrepStreaming(Blackhole bh) throws IOException {
    return SitrepSide.streamIncidents(feed, bh::consume);
  }

  /**
   * Sitrep: the streaming reader over the same incidents carrying unknown properties ({@link
   * BenchmarkInputs#incidentFeedWithExtensions(int)}), each kept as an extension; its baseline is
   * {@link #sitrepStreaming(Blackhole)}.
   *
   * @param bh receives each incident
   * @return how many incidents were read
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public int sitrepStreamingExtensions(Blackhole bh) throws IOException {
    return SitrepSide.streamIncidents(feedWithExtensions, bh::consume);
  }

  /**
   * Baseline: POJOs through a {@link MappingIterator}, no validation.
   *
   * @param bh receives each incident
   * @return how many incidents were read
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public int pojo(Blackhole bh) throws IOException {
    int n = 0;
    try (MappingIterator<Pojos.Incident> incidents = pojoReader.readValues(feed)) {
      while (incidents.hasNextValue()) {
        bh.consume(incidents.nextValue());
        n++;
      }
    }
    return n;
  }

  /**
   * The floor: {@link JsonParser#nextToken()} over every token, binding nothing.
   *
   * @return how many tokens were seen
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public int rawTokenScan() throws IOException {
    int tokens = 0;
    try (JsonParser p = factory.createParser(feed)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
