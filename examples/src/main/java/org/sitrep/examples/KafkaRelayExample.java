package org.sitrep.examples;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sitrep.Report;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.kafka.DeadLetterHeaders;
import org.sitrep.kafka.DeadLetters;
import org.sitrep.kafka.SitrepDeserializer;
import org.sitrep.kafka.SitrepSerializer;

/**
 * {@link RelayExample} over Kafka: a producer writes reports to a topic, a tolerant consumer
 * relays them to another topic, and what it does not know (properties and codes of a newer
 * producer) arrives there byte for byte; a strict consumer of the same topic refuses the report
 * that carries them, into the dead-letter topic, and reads the others.
 *
 * <p>Run it against a broker: {@code KafkaRelayExample localhost:9092}. It creates its topics,
 * named with a fresh suffix, so it can be run again.
 */
public final class KafkaRelayExample {
  private KafkaRelayExample() {}

  /**
   * Entry point.
   *
   * @param args the broker's address, e.g. {@code localhost:9092}
   * @throws Exception if the broker cannot be reached
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: KafkaRelayExample BOOTSTRAP_SERVERS");
      System.exit(2);
    }
    System.out.print(run(args[0]));
  }

  /**
   * Produces, relays and strictly consumes {@link RelayExample#reports()} through the broker.
   *
   * @param bootstrapServers the broker's address
   * @return what happened, for people
   * @throws Exception if the broker cannot be reached
   */
  public static String run(String bootstrapServers) throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String reports = "reports-" + suffix;
    String relayed = "reports-relayed-" + suffix;
    String dead = "reports-dead-" + suffix;
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(reports, 1, (short) 1),
          new NewTopic(relayed, 1, (short) 1), new NewTopic(dead, 1, (short) 1))).all().get();
    }
    StringBuilder out = new StringBuilder();

    // The producer: Sitrep's serializer, keyed by report id.
    Map<String, byte[]> produced = new LinkedHashMap<>();
    try (KafkaProducer<String, Report> producer = new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
        new StringSerializer(), new SitrepSerializer<>())) {
      for (Report report : RelayExample.reports()) {
        producer.send(new ProducerRecord<>(reports, report.id().toString(), report)).get();
        produced.put(report.id().toString(), SitrepJson.tolerant().writeBytes(report));
      }
    }
    out.append("Producer: wrote ").append(produced.size()).append(" reports\n");

    // The tolerant relay: reads every report, writes it on to the relayed topic.
    int relayedCount = 0;
    try (KafkaConsumer<String, Report> consumer = consumer(bootstrapServers, "relay",
            SitrepDeserializer.tolerant(Report.class));
        KafkaProducer<String, Report> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(), new SitrepSerializer<>())) {
      consumer.subscribe(List.of(reports));
      while (relayedCount < produced.size()) {
        for (ConsumerRecord<String, Report> r : consumer.poll(Duration.ofMillis(500))) {
          producer.send(new ProducerRecord<>(relayed, r.key(), r.value())).get();
          relayedCount++;
        }
        consumer.commitSync();
      }
    }
    out.append("Tolerant relay: read and wrote on ").append(relayedCount).append(" reports\n");

    // What arrived on the relayed topic, compared with what the producer wrote.
    List<String> unchanged = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> raw = rawConsumer(bootstrapServers, "check-relayed")) {
      raw.subscribe(List.of(relayed));
      int seen = 0;
      while (seen < produced.size()) {
        for (ConsumerRecord<byte[], byte[]> r : raw.poll(Duration.ofMillis(500))) {
          seen++;
          String id = new String(r.key(), StandardCharsets.UTF_8);
          if (Arrays.equals(r.value(), produced.get(id))) {
            unchanged.add(id);
          }
        }
      }
    }
    out.append("Relayed byte for byte: ").append(unchanged.size()).append(" of ")
        .append(produced.size()).append(unchanged.size() == produced.size() ? " (all)" : "")
        .append('\n');

    // The strict consumer: refuses what it does not know, into the dead-letter topic.
    List<String> strictRead = new ArrayList<>();
    try (KafkaConsumer<String, Report> consumer = consumer(bootstrapServers, "strict",
            SitrepDeserializer.strict(Report.class));
        KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new ByteArraySerializer(), new ByteArraySerializer())) {
      DeadLetters deadLetters = DeadLetters.to(dlq, dead);
      consumer.subscribe(List.of(reports));
      long end = consumer.endOffsets(List.of(new org.apache.kafka.common.TopicPartition(reports, 0)))
          .values().iterator().next();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, Report> r : deadLetters.poll(consumer, Duration.ofMillis(500))) {
          strictRead.add(r.key());
        }
        consumer.commitSync();
        if (!consumer.assignment().isEmpty() && consumer.position(
            new org.apache.kafka.common.TopicPartition(reports, 0)) >= end) {
          break;
        }
      }
    }
    out.append("Strict consumer: read ").append(strictRead.size()).append(": ")
        .append(String.join(", ", strictRead)).append('\n');

    try (KafkaConsumer<byte[], byte[]> raw = rawConsumer(bootstrapServers, "check-dead")) {
      raw.subscribe(List.of(dead));
      int seen = 0;
      while (seen < produced.size() - strictRead.size()) {
        for (ConsumerRecord<byte[], byte[]> r : raw.poll(Duration.ofMillis(500))) {
          seen++;
          String id = new String(r.key(), StandardCharsets.UTF_8);
          out.append("Dead letter: ").append(id)
              .append(", bytes as produced: ").append(Arrays.equals(r.value(), produced.get(id)) ? "yes" : "NO")
              .append("\n  ").append(header(r, DeadLetterHeaders.KIND))
              .append(" at ").append(header(r, DeadLetterHeaders.PATH))
              .append(": ").append(header(r, DeadLetterHeaders.REASON))
              .append("\n  from ").append(header(r, DeadLetterHeaders.SOURCE_TOPIC).replace(suffix, "*"))
              .append(" partition ").append(header(r, DeadLetterHeaders.SOURCE_PARTITION))
              .append(" offset ").append(header(r, DeadLetterHeaders.SOURCE_OFFSET)).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
    Header h = r.headers().lastHeader(key);
    return h == null ? "(none)" : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static KafkaConsumer<String, Report> consumer(
      String bootstrapServers, String group, SitrepDeserializer<Report> values) {
    return new KafkaConsumer<>(settings(bootstrapServers, group), new StringDeserializer(), values);
  }

  private static KafkaConsumer<byte[], byte[]> rawConsumer(String bootstrapServers, String group) {
    return new KafkaConsumer<>(settings(bootstrapServers, group),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static Map<String, Object> settings(String bootstrapServers, String group) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
  }
}
