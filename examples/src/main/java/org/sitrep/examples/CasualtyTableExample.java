package org.sitrep.examples;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.sitrep.AdminArea;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.kafka.SitrepDeadLetterHandler;
import org.sitrep.kafka.SitrepSerde;

/**
 * A Kafka Streams topology over a topic of reports: it keeps the current casualty figures of each
 * admin area in a table, and sends the records it cannot read to a dead-letter topic.
 *
 * <p>The reports topic is keyed by report id (as {@link KafkaRelayExample}'s producer writes it),
 * so that every version of a report reaches the same task in order. A report replaces the one of
 * the same id before it: its figures are taken out of the areas they were counted in and the new
 * ones put in; an area left without figures leaves the table. The table, {@value #FIGURES_STORE}, is keyed by admin area (its ISO 3166-2 code
 * where the report gives one, else its name; {@value #NO_AREA} where the incident names none) and
 * is also written to {@value #FIGURES_TOPIC}.
 *
 * <p>Run it against a broker: {@code CasualtyTableExample localhost:9092}.
 */
public final class CasualtyTableExample {
  /** The input: reports, keyed by report id. */
  public static final String REPORTS_TOPIC = "reports";

  /** Where unreadable records go, with the dead-letter headers. */
  public static final String DEAD_LETTER_TOPIC = "reports.dead";

  /** The table as a changelog: admin area to {@link CasualtyFigures}. */
  public static final String FIGURES_TOPIC = "casualties-by-area";

  /** The queryable store of the table. */
  public static final String FIGURES_STORE = "casualties-by-area";

  /** The key of the figures of incidents without an admin area. */
  public static final String NO_AREA = "(no admin area)";

  private static final String LATEST_STORE = "latest-report";
  private static final String BY_REPORT_AND_AREA = "figures-by-report-and-area";
  private static final String BY_AREA = "figures-by-area";
  private static final char SEPARATOR = '\u001f';

  private CasualtyTableExample() {}

  /**
   * Entry point: runs the topology against a broker until interrupted.
   *
   * @param args the broker's address, e.g. {@code localhost:9092}
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CasualtyTableExample BOOTSTRAP_SERVERS");
      System.exit(2);
    }
    KafkaStreams streams = new KafkaStreams(topology(), config(args[0], "casualty-table"));
    Runtime.getRuntime().addShutdownHook(new Thread(streams::close));
    streams.start();
  }

  /**
   * The configuration: Sitrep's dead-letter handler and its topic, and the application's id.
   *
   * @param bootstrapServers the broker's address
   * @param applicationId the Streams application id
   * @return the properties for {@link KafkaStreams}
   */
  public static Properties config(String bootstrapServers, String applicationId) {
    Properties p = new Properties();
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        SitrepDeadLetterHandler.class);
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DEAD_LETTER_TOPIC);
    p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    return p;
  }

  /** @return the topology: reports in, the table of figures by admin area out */
  public static Topology topology() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(LATEST_STORE),
        Serdes.String(), SitrepSerde.tolerant(Report.class)));
    KTable<String, CasualtyFigures> byArea = builder
        .stream(REPORTS_TOPIC, Consumed.with(Serdes.String(), SitrepSerde.tolerant(Report.class)))
        .process(ReplaceEarlierReport::new, LATEST_STORE)
        // key: area + SEPARATOR + report id; value: the report's figures there, or a tombstone
        .toTable(Named.as(BY_REPORT_AND_AREA),
            Materialized.<String, CasualtyFigures, KeyValueStore<Bytes, byte[]>>as(BY_REPORT_AND_AREA)
                .withKeySerde(Serdes.String())
                .withValueSerde(CasualtyFigures.serde()))
        .groupBy((key, figures) -> KeyValue.pair(key.substring(0, key.indexOf(SEPARATOR)), figures),
            Grouped.with(BY_AREA, Serdes.String(), CasualtyFigures.serde()))
        .aggregate(() -> CasualtyFigures.NONE,
            (area, figures, total) -> total.plus(figures),
            // An area none of whose current reports has figures leaves the table (a tombstone).
            (area, figures, total) -> orNone(total.minus(figures)),
            Materialized.<String, CasualtyFigures, KeyValueStore<Bytes, byte[]>>as(FIGURES_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(CasualtyFigures.serde()));
    byArea.toStream().to(FIGURES_TOPIC, Produced.with(Serdes.String(), CasualtyFigures.serde()));
    return builder.build();
  }

  /**
   * The current casualty figures of one report, by admin area: the one place that decides what
   * a report's current figures are: each incident's {@link Incident#currentCasualties()}, so a
   * revised toll counts once, as revised; the report as a whole replaces its earlier version.
   *
   * @param report a report
   * @return its figures by admin area key, in the order first met
   */
  public static Map<String, CasualtyFigures> currentFigures(Report report) {
    Map<String, CasualtyFigures> byArea = new LinkedHashMap<>();
    for (Incident incident : report.incidents()) {
      String area = incident.location().flatMap(Location::admin1)
          .map(CasualtyTableExample::areaKey).orElse(NO_AREA);
      for (Casualty casualty : incident.currentCasualties()) {
        long atLeast = atLeast(casualty.count());
        CasualtyFigures figures = new CasualtyFigures(
            casualty.outcome().equals(CasualtyOutcome.KILLED) ? atLeast : 0,
            casualty.outcome().equals(CasualtyOutcome.INJURED) ? atLeast : 0,
            1);
        byArea.merge(area, figures, CasualtyFigures::plus);
      }
    }
    return byArea;
  }

  private static CasualtyFigures orNone(CasualtyFigures figures) {
    return figures.figures() == 0 ? null : figures;
  }

  private static String areaKey(AdminArea area) {
    return area.isoCode().orElse(area.name());
  }

  /** The lower bound of an estimate: its low, else its best, else 0. */
  private static long atLeast(Estimate count) {
    return count.low().orElse(count.best().orElse(0));
  }

  /**
   * Replaces a report's earlier figures: for each area, the new figures (keyed area and report
   * id), and a tombstone for each area the earlier version counted and this one no longer does.
   */
  private static final class ReplaceEarlierReport
      implements Processor<String, Report, String, CasualtyFigures> {
    private ProcessorContext<String, CasualtyFigures> context;
    private KeyValueStore<String, Report> latest;

    @Override
    public void init(ProcessorContext<String, CasualtyFigures> context) {
      this.context = context;
      this.latest = context.getStateStore(LATEST_STORE);
    }

    @Override
    public void process(Record<String, Report> record) {
      Report report = record.value();
      if (report == null) {
        return; // a tombstone on the input: nothing to count
      }
      String id = report.id().toString();
      Report earlier = latest.get(id);
      Map<String, CasualtyFigures> before =
          earlier == null ? Map.of() : currentFigures(earlier);
      Map<String, CasualtyFigures> now = currentFigures(report);
      Map<String, CasualtyFigures> changes = new HashMap<>(now);
      for (String area : before.keySet()) {
        if (!now.containsKey(area)) {
          changes.put(area, null);
        }
      }
      latest.put(id, report);
      changes.forEach((area, figures) ->
          context.forward(record.withKey(area + SEPARATOR + id).withValue(figures)));
    }
  }
}
