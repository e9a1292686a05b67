package org.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.testing.Fixtures;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * 100,000 incidents through a real broker, with bad records among them: the good ones arrive
 * equal and in order per partition, and every bad one lands in the dead-letter topic with its
 * original bytes and the headers that say what was wrong and where it came from.
 */
@ExtendWith(KafkaBroker.class)
class IncidentsThroughTheBrokerTest {
  private static final int INCIDENTS = 100_000;
  private static final int PARTITIONS = 4;

  /** One bad record as sent: its kind, where it went, and its bytes. */
  private record Bad(String key, byte[] value, RecordHeaders headers, Kind kind, String path) {}

  @Test
  void everyGoodIncidentArrivesInOrderAndEveryBadOneInTheDeadLetterTopic() throws Exception {
    String topic = "incidents";
    String dead = "incidents.dead";
    KafkaBroker.createTopics(PARTITIONS, topic);
    KafkaBroker.createTopics(1, dead);

    // What was sent, by partition and offset, as the broker acknowledged it.
    Map<Integer, Map<Long, Incident>> sent = new ConcurrentHashMap<>();
    Map<String, RecordMetadata> badAt = new HashMap<>();
    List<Bad> bad = badRecords();
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, SitrepSerializer.class);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    Incident base = Fixtures.incident();
    try (KafkaProducer<String, Incident> producer = new KafkaProducer<>(p);
        KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(KafkaBroker.bytesProducer())) {
      int every = INCIDENTS / bad.size();
      for (int i = 0; i < INCIDENTS; i++) {
        Incident incident = base.withId(IncidentId.of("incident-" + i));
        producer.send(new ProducerRecord<>(topic, incident.id().toString(), incident),
            (m, e) -> {
              if (e == null) {
                sent.computeIfAbsent(m.partition(), k -> new ConcurrentHashMap<>())
                    .put(m.offset(), incident);
              }
            });
        if (i % every == every / 2) {
          Bad b = bad.get(i / every);
          producer.flush(); // the bad record lands among the good ones, not after them
          badAt.put(b.key(), raw.send(new ProducerRecord<>(topic, null,
              b.key().getBytes(StandardCharsets.UTF_8), b.value(), b.headers())).get());
        }
      }
      producer.flush();
    }
    assertThat(sent.values().stream().mapToInt(Map::size).sum()).isEqualTo(INCIDENTS);

    // A consumer configured only by properties, with the dead-letter helper.
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "incidents-reader");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, SitrepDeserializer.class);
    c.put(SitrepKafkaConfig.VALUE_TYPE, Incident.class.getName());
    Map<Integer, Long> nextOffset = new HashMap<>();
    int received = 0;
    try (KafkaConsumer<String, Incident> consumer = new KafkaConsumer<>(c);
        KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(KafkaBroker.bytesProducer())) {
      DeadLetters deadLetters = DeadLetters.to(dlq, dead);
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (received < INCIDENTS && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, Incident> r : deadLetters.poll(consumer, Duration.ofMillis(500))) {
          Incident expected = sent.get(r.partition()).get(r.offset());
          assertThat(r.value()).as("offset %d of partition %d", r.offset(), r.partition())
              .isEqualTo(expected);
          assertThat(r.key()).isEqualTo(expected.id().toString());
          // In order: each record of a partition comes after the one before it, none skipped
          // but the bad ones.
          Long previous = nextOffset.put(r.partition(), r.offset());
          if (previous != null) {
            for (long o = previous + 1; o < r.offset(); o++) {
              assertThat(sent.get(r.partition())).as("a skipped offset is a bad record")
                  .doesNotContainKey(o);
            }
          }
          received++;
        }
        consumer.commitSync();
      }
    }
    assertThat(received).isEqualTo(INCIDENTS);

    // Every bad record is in the dead-letter topic, bytes and headers.
    Map<String, ConsumerRecord<byte[], byte[]>> letters = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> reader =
        new KafkaConsumer<>(KafkaBroker.bytesConsumer("dead-letter-reader"))) {
      reader.subscribe(List.of(dead));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (letters.size() < bad.size() && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(500))) {
          letters.put(new String(r.key(), StandardCharsets.UTF_8), r);
        }
      }
      assertThat(reader.poll(Duration.ofSeconds(1))).as("no dead letter twice").isEmpty();
    }
    assertThat(letters).hasSize(bad.size());
    for (Bad b : bad) {
      ConsumerRecord<byte[], byte[]> letter = letters.get(b.key());
      RecordMetadata at = badAt.get(b.key());
      assertThat(letter.value()).isEqualTo(b.value());
      assertThat(header(letter, DeadLetterHeaders.KIND)).isEqualTo(b.kind().name());
      assertThat(header(letter, DeadLetterHeaders.PATH)).isEqualTo(b.path());
      assertThat(header(letter, DeadLetterHeaders.REASON)).isNotBlank();
      assertThat(header(letter, DeadLetterHeaders.ORIGIN)).isEqualTo("VALUE");
      assertThat(header(letter, DeadLetterHeaders.EXCEPTION))
          .isEqualTo(SitrepDeserializationException.class.getName());
      assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topic);
      assertThat(header(letter, DeadLetterHeaders.SOURCE_PARTITION))
          .isEqualTo(Integer.toString(at.partition()));
      assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET))
          .isEqualTo(Long.toString(at.offset()));
      for (Header original : b.headers()) {
        assertThat(letter.headers().lastHeader(original.key()).value()).isEqualTo(original.value());
      }
    }
  }

  /** Ten each of malformed JSON, broken rules and another major version, keys bad-0 to bad-29. */
  private static List<Bad> badRecords() {
    String good = SitrepJson.tolerant().writeString(Fixtures.incident());
    List<Bad> bad = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String key = "bad-" + i;
      RecordHeaders headers = new RecordHeaders();
      switch (i % 3) {
        case 0 -> bad.add(new Bad(key, good.substring(0, 40 + i).getBytes(StandardCharsets.UTF_8),
            headers, Kind.SYNTAX, null));
        case 1 -> bad.add(new Bad(key,
            good.replace("\"high\":17", "\"low\":20,\"high\":17").getBytes(StandardCharsets.UTF_8),
            headers, Kind.RULE_VIOLATION, "$.casualties[0].count.high"));
        default -> {
          headers.add(SitrepHeaders.CONTENT_TYPE, SitrepHeaders.JSON_BYTES);
          headers.add(SitrepHeaders.SCHEMA_VERSION, "2.1".getBytes(StandardCharsets.UTF_8));
          bad.add(new Bad(key, good.getBytes(StandardCharsets.UTF_8), headers,
              Kind.UNSUPPORTED_VERSION, "$"));
        }
      }
    }
    // The path of a syntax error depends on where the document was cut: ask the reader.
    List<Bad> withPaths = new ArrayList<>();
    for (Bad b : bad) {
      String path = b.path();
      if (path == null) {
        try {
          SitrepJson.tolerant().read(b.value(), Incident.class);
          throw new AssertionError("a cut document was read");
        } catch (org.sitrep.jackson.SitrepJsonException e) {
          assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
          path = e.path();
        }
      }
      withPaths.add(new Bad(b.key(), b.value(), b.headers(), b.kind(), path));
    }
    return withPaths;
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
    Header h = r.headers().lastHeader(key);
    assertThat(h).as("header %s", key).isNotNull();
    return new String(h.value(), StandardCharsets.UTF_8);
  }

}
