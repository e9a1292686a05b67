package org.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.testing.Fixtures;

/**
 * A consumer that stops mid-way, after handling records it had not yet committed, and a second
 * one in the same group that takes over: together they handle every record, and the only records
 * handled twice are those between the last commit and the stop (Kafka's at-least-once). Bad
 * records among them go to the dead-letter topic and are not read again once committed past.
 */
@ExtendWith(KafkaBroker.class)
class ConsumerRestartTest {
  private static final String TOPIC = "restart";
  private static final String DEAD = "restart.dead";
  private static final int INCIDENTS = 20_000;
  private static final int PARTITIONS = 2;

  @Test
  void aRestartedConsumerLosesNothingAndRepeatsOnlyWhatWasNotCommitted() throws Exception {
    KafkaBroker.createTopics(PARTITIONS, TOPIC);
    KafkaBroker.createTopics(1, DEAD);
    Map<TopicPartition, List<String>> sent = new HashMap<>();
    Map<String, Object> p = KafkaBroker.bytesProducer();
    p.put("key.serializer", StringSerializer.class);
    p.put("value.serializer", SitrepSerializer.class);
    List<Long> badOffsets = new ArrayList<>();
    try (KafkaProducer<String, Incident> producer = new KafkaProducer<>(p);
        KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(KafkaBroker.bytesProducer())) {
      for (int i = 0; i < INCIDENTS; i++) {
        Incident incident = Fixtures.incident().withId(IncidentId.of("restart-" + i));
        producer.send(new ProducerRecord<>(TOPIC, i % PARTITIONS, incident.id().toString(),
            incident));
        sent.computeIfAbsent(new TopicPartition(TOPIC, i % PARTITIONS), k -> new ArrayList<>())
            .add(incident.id().toString());
        if (i % 5_000 == 2_500) { // bad records on partition 0, before and after the restart
          producer.flush();
          var b = raw.send(new ProducerRecord<>(TOPIC, 0, null,
              "{\"id\":".getBytes(StandardCharsets.UTF_8))).get();
          badOffsets.add(b.offset());
        }
      }
      producer.flush();
    }

    Map<TopicPartition, List<String>> handled = new HashMap<>();
    // The first consumer: handles, commits, handles one more batch and stops before committing.
    Map<TopicPartition, Long> committedAtStop;
    Map<TopicPartition, Integer> handledAtStop = new HashMap<>();
    try (KafkaConsumer<String, Incident> first = consumer();
        KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(KafkaBroker.bytesProducer())) {
      DeadLetters deadLetters = DeadLetters.to(dlq, DEAD);
      first.subscribe(List.of(TOPIC));
      while (count(handled) < INCIDENTS / 2) {
        handle(deadLetters.poll(first, Duration.ofMillis(500)), handled);
        first.commitSync();
      }
      ConsumerRecords<String, Incident> uncommitted = ConsumerRecords.empty();
      while (uncommitted.isEmpty()) {
        uncommitted = deadLetters.poll(first, Duration.ofMillis(500));
      }
      handle(uncommitted, handled); // handled, never committed: the "crash"
      committedAtStop = new HashMap<>();
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e :
          first.committed(sent.keySet()).entrySet()) {
        committedAtStop.put(e.getKey(), e.getValue() == null ? 0L : e.getValue().offset());
      }
      handled.forEach((tp, ids) -> handledAtStop.put(tp, ids.size()));
    }
    assertThat(count(handled)).isLessThan(INCIDENTS);

    // The second consumer, same group: goes on from the committed offsets.
    try (KafkaConsumer<String, Incident> second = consumer();
        KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(KafkaBroker.bytesProducer())) {
      DeadLetters deadLetters = DeadLetters.to(dlq, DEAD);
      second.subscribe(List.of(TOPIC));
      long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (!allSeen(handled, sent) && System.nanoTime() < deadline) {
        handle(deadLetters.poll(second, Duration.ofMillis(500)), handled);
        second.commitSync();
      }
    }

    int repeatedInAll = 0;
    for (TopicPartition tp : sent.keySet()) {
      List<String> all = sent.get(tp);
      List<String> got = handled.get(tp);
      int stop = handledAtStop.getOrDefault(tp, 0);
      // The first consumer handled a prefix; the second resumed from the committed offset, so
      // what it handled is the rest from a point at or before where the first one stopped.
      assertThat(got.subList(0, stop)).isEqualTo(all.subList(0, stop));
      List<String> afterRestart = got.subList(stop, got.size());
      int resumedAt = all.indexOf(afterRestart.get(0));
      assertThat(afterRestart).isEqualTo(all.subList(resumedAt, all.size()));
      assertThat(resumedAt).as("nothing lost").isLessThanOrEqualTo(stop);
      // Duplicates: exactly the good records between the committed offset and the stop.
      int repeated = stop - resumedAt;
      long goodBelowCommit = committedAtStop.get(tp)
          - badOffsets.stream().filter(o -> tp.partition() == 0 && o < committedAtStop.get(tp)).count();
      assertThat(repeated).isEqualTo(stop - (int) goodBelowCommit);
      repeatedInAll += repeated;
    }
    assertThat(repeatedInAll).as("the uncommitted batch was read again").isPositive();
    assertThat(new TreeMap<>(deadLetterOffsets()).keySet()).containsAll(badOffsets);
  }

  private static Map<Long, Integer> deadLetterOffsets() {
    Map<Long, Integer> seen = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> reader =
        new KafkaConsumer<>(KafkaBroker.bytesConsumer("restart-dead-reader"))) {
      reader.subscribe(List.of(DEAD));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      ConsumerRecords<byte[], byte[]> batch;
      do {
        batch = reader.poll(Duration.ofSeconds(2));
        for (ConsumerRecord<byte[], byte[]> r : batch) {
          long offset = Long.parseLong(new String(
              r.headers().lastHeader(DeadLetterHeaders.SOURCE_OFFSET).value(), StandardCharsets.UTF_8));
          seen.merge(offset, 1, Integer::sum);
        }
      } while ((seen.isEmpty() || !batch.isEmpty()) && System.nanoTime() < deadline);
    }
    return seen;
  }

  private static KafkaConsumer<String, Incident> consumer() {
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "restarting");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 700);
    return new KafkaConsumer<>(c, new StringDeserializer(), SitrepDeserializer.strict(Incident.class));
  }

  private static void handle(ConsumerRecords<String, Incident> records,
      Map<TopicPartition, List<String>> handled) {
    for (ConsumerRecord<String, Incident> r : records) {
      assertThat(r.value().id().toString()).isEqualTo(r.key());
      handled.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), k -> new ArrayList<>())
          .add(r.key());
    }
  }

  private static int count(Map<TopicPartition, List<String>> handled) {
    return handled.values().stream().mapToInt(List::size).sum();
  }

  private static boolean allSeen(Map<TopicPartition, List<String>> handled,
      Map<TopicPartition, List<String>> sent) {
    for (Map.Entry<TopicPartition, List<String>> e : sent.entrySet()) {
      List<String> got = handled.get(e.getKey());
      List<String> all = e.getValue();
      if (got == null || got.isEmpty() || !got.get(got.size() - 1).equals(all.get(all.size() - 1))) {
        return false;
      }
    }
    return true;
  }
}
