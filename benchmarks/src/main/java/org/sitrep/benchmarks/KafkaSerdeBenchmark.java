package org.sitrep.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.sitrep.Incident;
import org.sitrep.Report;
import org.sitrep.benchmarks.baseline.Baselines;
import org.sitrep.benchmarks.baseline.Pojos;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.kafka.SitrepSerde;
import org.sitrep.testing.SeedArticle;

/**
 * Issue 14: records per second through Sitrep's Kafka {@code Serde} against Kafka's {@code
 * StringSerializer}/{@code StringDeserializer} with plain Jackson POJO mapping, on the same bytes:
 * the seed report's ten incidents, one record per operation, in turn.
 *
 * <p>Each side gets a fresh {@link RecordHeaders} per record, as a producer and a consumer make
 * one for every record; Sitrep's serializer sets its two headers on it and its deserializer checks
 * them, the String side ignores it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class KafkaSerdeBenchmark {
  private static final String TOPIC = "incidents";

  private Incident[] incidents;
  private Pojos.Incident[] pojos;
  private byte[][] bodies;
  private RecordHeaders[] sitrepHeaders;
  private int next;

  private Serializer<Incident> sitrepSerializer;
  private Deserializer<Incident> sitrepDeserializer;
  private final StringSerializer stringSerializer = new StringSerializer();
  private final StringDeserializer stringDeserializer = new StringDeserializer();
  private ObjectReader pojoReader;
  private ObjectWriter pojoWriter;

  /** Prepares the incidents, their bytes and headers, and both sides' Serdes, once per trial. */
  @Setup
  public void setUp() throws IOException {
    List<Incident> seed = SeedArticle.report().incidents();
    Report.builder(); // the model's classes loaded before measuring
    incidents = seed.toArray(new Incident[0]);
    SitrepSerde<Incident> serde = SitrepSerde.tolerant(Incident.class);
    sitrepSerializer = serde.serializer();
    sitrepDeserializer = serde.deserializer();
    JsonMapper mapper = Baselines.mapper();
    pojoReader = mapper.readerFor(Pojos.Incident.class);
    pojoWriter = mapper.writerFor(Pojos.Incident.class);
    bodies = new byte[incidents.length][];
    sitrepHeaders = new RecordHeaders[incidents.length];
    pojos = new Pojos.Incident[incidents.length];
    for (int i = 0; i < incidents.length; i++) {
      sitrepHeaders[i] = new RecordHeaders();
      bodies[i] = sitrepSerializer.serialize(TOPIC, sitrepHeaders[i], incidents[i]);
      pojos[i] = pojoReader.readValue(bodies[i]);
      if (!new String(bodies[i], java.nio.charset.StandardCharsets.UTF_8)
          .equals(pojoWriter.writeValueAsString(pojos[i]))) {
        throw new IllegalStateException("the POJO baseline does not write the same bytes");
      }
      if (!SitrepJson.tolerant().read(bodies[i], Incident.class).equals(incidents[i])) {
        throw new IllegalStateException("Sitrep does not read back the same incident");
      }
    }
  }

  private int next() {
    int i = next;
    next = i + 1 == incidents.length ? 0 : i + 1;
    return i;
  }

  /**
   * Sitrep: one incident to a record body and its headers.
   *
   * @return the body
   */
  @Benchmark
  public byte[] sitrepSerialize() {
    return sitrepSerializer.serialize(TOPIC, new RecordHeaders(), incidents[next()]);
  }

  /**
   * Baseline: one POJO to JSON text with Jackson, then to bytes with Kafka's StringSerializer.
   *
   * @return the body
   * @throws JsonProcessingException never, for these objects
   */
  @Benchmark
  public byte[] stringPojoSerialize() throws JsonProcessingException {
    return stringSerializer.serialize(
        TOPIC, new RecordHeaders(), pojoWriter.writeValueAsString(pojos[next()]));
  }

  /**
   * Sitrep: one record body, with the headers the serializer wrote, to a checked incident.
   *
   * @return the incident
   */
  @Benchmark
  public Incident sitrepDeserialize() {
    int i = next();
    return sitrepDeserializer.deserialize(TOPIC, copy(sitrepHeaders[i]), bodies[i]);
  }

  /**
   * For reference: the same body read by {@link SitrepJson} alone, without Kafka's interface or
   * the header checks: what the deserializer costs above the JSON reader.
   *
   * @return the incident
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public Incident sitrepJsonRead() throws IOException {
    return SitrepJson.tolerant().read(bodies[next()], Incident.class);
  }

  /**
   * Baseline: one record body to text with Kafka's StringDeserializer, then to a POJO, unchecked.
   *
   * @return the incident
   * @throws IOException never, for these bytes
   */
  @Benchmark
  public Pojos.Incident stringPojoDeserialize() throws IOException {
    int i = next();
    String text = stringDeserializer.deserialize(TOPIC, copy(sitrepHeaders[i]), bodies[i]);
    return pojoReader.readValue(text);
  }

  /** The headers as a consumer hands them over: a new object per record, both sides alike. */
  private static RecordHeaders copy(RecordHeaders headers) {
    return new RecordHeaders(headers.toArray());
  }
}
