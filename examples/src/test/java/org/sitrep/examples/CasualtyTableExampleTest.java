package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.Report;
import org.sitrep.kafka.DeadLetterHeaders;
import org.sitrep.kafka.SitrepSerde;

/** The topology on Kafka Streams' test driver: the table, the replacements, the dead letters. */
class CasualtyTableExampleTest {
  @org.junit.jupiter.api.io.TempDir static java.nio.file.Path STATE;

  @Test
  void theTableHoldsTheCurrentFiguresOfEachArea() {
    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<String, Report> in = reports(driver);
      for (Report r : CasualtyReports.reports()) {
        in.pipeInput(r.id().toString(), r);
      }
      KeyValueStore<String, CasualtyFigures> table =
          driver.getKeyValueStore(CasualtyTableExample.FIGURES_STORE);
      // (the driver warns that this is a timestamped store; its plain view is what a query sees)
      assertThat(table.get("UA-63")).isNull();
      assertThat(table.get("UA-14")).isEqualTo(CasualtyReports.DONETSK_FIGURES);
      Map<String, CasualtyFigures> latest = new HashMap<>();
      List<org.apache.kafka.streams.KeyValue<String, CasualtyFigures>> changes =
          figures(driver).readKeyValuesToList();
      assertThat(changes).extracting(kv -> kv.key).contains("UA-63"); // counted, then taken out
      changes.forEach(kv -> {
        if (kv.value == null) {
          latest.remove(kv.key);
        } else {
          latest.put(kv.key, kv.value);
        }
      });
      assertThat(latest).containsOnly(Map.entry("UA-14", CasualtyReports.DONETSK_FIGURES));
    }
  }

  @Test
  void theSameReportTwiceCountsOnce() {
    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<String, Report> in = reports(driver);
      Report r = CasualtyReports.report("twice", CasualtyReports.KHARKIV, CasualtyOutcome.KILLED,
          Estimate.exactly(7));
      in.pipeInput("twice", r);
      in.pipeInput("twice", r);
      assertThat(driver.<String, CasualtyFigures>getKeyValueStore(CasualtyTableExample.FIGURES_STORE)
          .get("UA-63")).isEqualTo(new CasualtyFigures(7, 0, 1));
    }
  }

  @Test
  void anIncidentWithoutAnAdminAreaIsCountedApart() {
    Report r = CasualtyReports.report("nowhere", CasualtyReports.KHARKIV, CasualtyOutcome.INJURED,
        Estimate.exactly(2));
    Report nowhere = r.withIncidents(r.incidents().get(0).withLocation(
        r.incidents().get(0).location().orElseThrow().withAdmin1(java.util.Optional.empty())));
    assertThat(CasualtyTableExample.currentFigures(nowhere))
        .containsOnly(Map.entry(CasualtyTableExample.NO_AREA, new CasualtyFigures(0, 2, 1)));
  }

  @Test
  void aRevisedTollCountsOnceAsRevised() {
    Report r = CasualtyReports.report("revised", CasualtyReports.KHARKIV, CasualtyOutcome.KILLED,
        Estimate.atLeast(12));
    org.sitrep.Incident incident = r.incidents().get(0);
    org.sitrep.Casualty first = incident.casualties().get(0);
    org.sitrep.Casualty revision =
        first.withId(org.sitrep.CasualtyId.of(first.id().value() + "-revised"))
            .withCount(Estimate.exactly(17))
            .withSupersedes(first.id());
    Report revised = r.withIncidents(incident.withCasualties(first, revision));
    assertThat(CasualtyTableExample.currentFigures(revised))
        .containsOnly(Map.entry("UA-63", new CasualtyFigures(17, 0, 1)));
  }

  @Test
  void badRecordsGoToTheDeadLetterTopicAndTheOthersAreCounted() {
    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<String, Report> in = reports(driver);
      TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(
          CasualtyTableExample.REPORTS_TOPIC, new ByteArraySerializer(), new ByteArraySerializer());
      List<CasualtyReports.Bad> bad = CasualtyReports.bad();
      List<Report> good = CasualtyReports.reports();
      for (int i = 0; i < good.size(); i++) {
        in.pipeInput(good.get(i).id().toString(), good.get(i));
        if (i < bad.size()) {
          CasualtyReports.Bad b = bad.get(i);
          raw.pipeInput(new TestRecord<>(b.key().getBytes(StandardCharsets.UTF_8), b.value(),
              b.headers()));
        }
      }
      assertThat(driver.<String, CasualtyFigures>getKeyValueStore(CasualtyTableExample.FIGURES_STORE)
          .get("UA-14")).isEqualTo(CasualtyReports.DONETSK_FIGURES);
      TestOutputTopic<byte[], byte[]> dead = driver.createOutputTopic(
          CasualtyTableExample.DEAD_LETTER_TOPIC, new ByteArrayDeserializer(),
          new ByteArrayDeserializer());
      List<TestRecord<byte[], byte[]>> letters = dead.readRecordsToList();
      assertThat(letters).hasSize(bad.size());
      for (int i = 0; i < bad.size(); i++) {
        TestRecord<byte[], byte[]> letter = letters.get(i);
        assertThat(letter.value()).isEqualTo(bad.get(i).value());
        assertThat(header(letter, DeadLetterHeaders.KIND)).isEqualTo(bad.get(i).kind());
        assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC))
            .isEqualTo(CasualtyTableExample.REPORTS_TOPIC);
        assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET))
            .isEqualTo(Long.toString(2L * i + 1)); // good, bad, good, bad, ...
      }
    }
  }

  private static String header(TestRecord<byte[], byte[]> r, String key) {
    return new String(r.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }

  private static TopologyTestDriver driver() {
    java.util.Properties config = CasualtyTableExample.config("unused:9092", "casualty-table-test");
    config.put(org.apache.kafka.streams.StreamsConfig.STATE_DIR_CONFIG, STATE.toString());
    return new TopologyTestDriver(CasualtyTableExample.topology(), config);
  }

  private static TestInputTopic<String, Report> reports(TopologyTestDriver driver) {
    return driver.createInputTopic(CasualtyTableExample.REPORTS_TOPIC, new StringSerializer(),
        SitrepSerde.tolerant(Report.class).serializer());
  }

  private static TestOutputTopic<String, CasualtyFigures> figures(TopologyTestDriver driver) {
    return driver.createOutputTopic(CasualtyTableExample.FIGURES_TOPIC, new StringDeserializer(),
        CasualtyFigures.serde().deserializer());
  }
}
