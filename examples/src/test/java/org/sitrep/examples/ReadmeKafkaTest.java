package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitrep.Report;
import org.sitrep.kafka.DeadLetterHeaders;
import org.sitrep.kafka.DeadLetters;
import org.sitrep.kafka.SitrepDeadLetterHandler;
import org.sitrep.kafka.SitrepDeserializer;
import org.sitrep.kafka.SitrepSerializer;
import org.sitrep.testing.SeedArticle;

/**
 * The README's Kafka section, run against a real broker: every line of its Java blocks is a line
 * of this file ({@link ReadmeTourTest} checks).
 */
@ExtendWith(KafkaBroker.class)
class ReadmeKafkaTest {
  private final List<Report> handled = new ArrayList<>();

  private void handle(Report report) {
    handled.add(report);
  }

  @Test
  void theFiveLinesProduceAndConsumeAndTheBadRecordIsDeadLettered() throws Exception {
    String topic = "readme-reports";
    KafkaBroker.createTopics(1, topic, topic + ".dead");
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", KafkaBroker.bootstrapServers());
    props.put("group.id", "readme");
    props.put("auto.offset.reset", "earliest");
    Report report = SeedArticle.report();
    Producer<String, Report> producer = new KafkaProducer<>(props, new StringSerializer(), new SitrepSerializer<>());
    try (producer) {
      producer.send(new ProducerRecord<>(topic, report.id().toString(), report));
    }
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(KafkaBroker.bytesProducer())) {
      raw.send(new ProducerRecord<>(topic, "not json".getBytes(StandardCharsets.UTF_8))).get();
    }
    Producer<byte[], byte[]> bytes = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    DeadLetters deadLetters = DeadLetters.to(bytes, topic + ".dead");
    Consumer<String, Report> consumer = new KafkaConsumer<>(props, new StringDeserializer(), SitrepDeserializer.tolerant(Report.class));
    try (bytes; consumer) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int polls = 0;
      while ((handled.isEmpty() || polls < 3) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, Report> r : deadLetters.poll(consumer, Duration.ofSeconds(1))) handle(r.value());
        polls++;
      }
    }
    assertThat(handled).containsExactly(report);
    try (KafkaConsumer<byte[], byte[]> reader =
        new KafkaConsumer<>(KafkaBroker.bytesConsumer("readme-dead"))) {
      reader.subscribe(List.of(topic + ".dead"));
      List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (letters.isEmpty() && System.nanoTime() < deadline) {
        reader.poll(Duration.ofMillis(500)).forEach(letters::add);
      }
      assertThat(letters).hasSize(1);
      assertThat(new String(letters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not json");
      assertThat(new String(letters.get(0).headers().lastHeader(DeadLetterHeaders.KIND).value(),
          StandardCharsets.UTF_8)).isEqualTo("SYNTAX");
    }
  }

  @Test
  void theStreamsLinesInstallTheHandler() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "readme");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, SitrepDeadLetterHandler.class);
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "reports.dead");
    assertThat(new StreamsConfig(props).deserializationExceptionHandler())
        .isInstanceOf(SitrepDeadLetterHandler.class);
  }
}
