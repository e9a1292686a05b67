package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Report;
import org.sitrep.kafka.DeadLetterHeaders;
import org.sitrep.kafka.SitrepSerializer;

/**
 * The Streams example against a real broker: its table holds the current figures of each area,
 * its output topic says the same, and the bad records are in the dead-letter topic.
 */
@ExtendWith(KafkaBroker.class)
class CasualtyTableExampleBrokerTest {
  @TempDir Path state;

  @Test
  void theTableIsCorrectAndTheBadRecordsAreDeadLettered() throws Exception {
    KafkaBroker.createTopics(2, CasualtyTableExample.REPORTS_TOPIC);
    KafkaBroker.createTopics(1, CasualtyTableExample.FIGURES_TOPIC,
        CasualtyTableExample.DEAD_LETTER_TOPIC);
    Map<String, Object> p = KafkaBroker.bytesProducer();
    p.put("key.serializer", StringSerializer.class);
    p.put("value.serializer", SitrepSerializer.class);
    List<CasualtyReports.Bad> bad = CasualtyReports.bad();
    try (KafkaProducer<String, Report> producer = new KafkaProducer<>(p);
        KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(KafkaBroker.bytesProducer())) {
      for (Report r : CasualtyReports.reports()) {
        producer.send(new ProducerRecord<>(CasualtyTableExample.REPORTS_TOPIC,
            r.id().toString(), r)).get();
      }
      for (CasualtyReports.Bad b : bad) {
        raw.send(new ProducerRecord<>(CasualtyTableExample.REPORTS_TOPIC, null,
            b.key().getBytes(StandardCharsets.UTF_8), b.value(), b.headers())).get();
      }
    }

    Properties config = CasualtyTableExample.config(KafkaBroker.bootstrapServers(), "casualty-table");
    config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    Map<String, CasualtyFigures> fromTopic = new HashMap<>();
    Map<String, ConsumerRecord<byte[], byte[]>> letters = new HashMap<>();
    try (KafkaStreams streams = new KafkaStreams(CasualtyTableExample.topology(), config);
        KafkaConsumer<byte[], byte[]> reader =
            new KafkaConsumer<>(KafkaBroker.bytesConsumer("table-reader"))) {
      streams.start();
      reader.subscribe(List.of(CasualtyTableExample.FIGURES_TOPIC,
          CasualtyTableExample.DEAD_LETTER_TOPIC));
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (System.nanoTime() < deadline
          && !(CasualtyReports.DONETSK_FIGURES.equals(fromTopic.get("UA-14"))
              && letters.size() == bad.size())) {
        for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(500))) {
          String key = new String(r.key(), StandardCharsets.UTF_8);
          if (r.topic().equals(CasualtyTableExample.FIGURES_TOPIC)) {
            if (r.value() == null) {
              fromTopic.remove(key); // an area left without figures
            } else {
              fromTopic.put(key, CasualtyFigures.parse(new String(r.value(), StandardCharsets.UTF_8)));
            }
          } else {
            letters.put(key, r);
          }
        }
      }
      // Wait out one more commit interval: a late tombstone or update for any area would show.
      for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofSeconds(1))) {
        String key = new String(r.key(), StandardCharsets.UTF_8);
        if (r.topic().equals(CasualtyTableExample.FIGURES_TOPIC)) {
          if (r.value() == null) {
            fromTopic.remove(key);
          } else {
            fromTopic.put(key, CasualtyFigures.parse(new String(r.value(), StandardCharsets.UTF_8)));
          }
        }
      }
      assertThat(fromTopic).containsOnly(Map.entry("UA-14", CasualtyReports.DONETSK_FIGURES));
      ReadOnlyKeyValueStore<String, CasualtyFigures> table = streams.store(
          StoreQueryParameters.fromNameAndType(CasualtyTableExample.FIGURES_STORE,
              QueryableStoreTypes.keyValueStore()));
      assertThat(table.get("UA-14")).isEqualTo(CasualtyReports.DONETSK_FIGURES);
      assertThat(table.get("UA-63")).isNull();
    }
    assertThat(letters).hasSize(bad.size());
    for (CasualtyReports.Bad b : bad) {
      ConsumerRecord<byte[], byte[]> letter = letters.get(b.key());
      assertThat(letter.value()).isEqualTo(b.value());
      assertThat(header(letter, DeadLetterHeaders.KIND)).isEqualTo(b.kind());
      assertThat(header(letter, DeadLetterHeaders.PATH)).startsWith("$");
      assertThat(header(letter, DeadLetterHeaders.REASON)).isNotBlank();
      assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC))
          .isEqualTo(CasualtyTableExample.REPORTS_TOPIC);
      assertThat(header(letter, DeadLetterHeaders.SOURCE_PARTITION)).matches("[01]");
      assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).matches("[0-9]+");
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
    return new String(r.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
