package org.sitrep.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Kafka broker in KRaft mode, started in this JVM by Kafka's own test kit: one combined
 * controller and broker, started once for all the test classes that use it and stopped when the
 * test run ends. Register it with {@code @ExtendWith(KafkaBroker.class)}.
 */
public final class KafkaBroker implements BeforeAllCallback {
  private static final Object LOCK = new Object();
  private static Cluster cluster;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (LOCK) {
      if (cluster == null) {
        cluster = new Cluster();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .put(KafkaBroker.class, cluster);
      }
    }
  }

  /** @return the broker's address, for {@code bootstrap.servers} */
  public static String bootstrapServers() {
    synchronized (LOCK) {
      if (cluster == null) {
        throw new IllegalStateException("register @ExtendWith(KafkaBroker.class)");
      }
      return cluster.kit.bootstrapServers();
    }
  }

  /**
   * Creates topics.
   *
   * @param partitions partitions of each
   * @param names their names
   */
  public static void createTopics(int partitions, String... names) throws Exception {
    List<NewTopic> topics = new ArrayList<>();
    for (String name : names) {
      topics.add(new NewTopic(name, partitions, (short) 1));
    }
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
      admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
    }
  }

  /** @return the settings of a producer of raw bytes, acknowledged by the broker */
  public static Map<String, Object> bytesProducer() {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return p;
  }

  /** @return the settings of a consumer of raw bytes in its own group, from the start */
  public static Map<String, Object> bytesConsumer(String group) {
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return c;
  }

  /** The running cluster; closed by JUnit at the end of the run. */
  private static final class Cluster implements AutoCloseable {
    final KafkaClusterTestKit kit;

    Cluster() throws Exception {
      KafkaClusterTestKit k =
          new KafkaClusterTestKit.Builder(
                  new TestKitNodes.Builder()
                      .setCombined(true)
                      .setNumBrokerNodes(1)
                      .setNumControllerNodes(1)
                      .build())
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("offsets.topic.num.partitions", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("transaction.state.log.num.partitions", "1")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .setConfigProp("auto.create.topics.enable", "false")
              .build();
      try {
        k.format();
        k.startup();
        k.waitForReadyBrokers();
      } catch (Exception e) {
        k.close();
        throw e;
      }
      this.kit = k;
    }

    @Override
    public void close() {
      synchronized (LOCK) {
        try {
          kit.close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while stopping the broker", e);
        } catch (Exception e) {
          throw new IllegalStateException("the broker did not stop cleanly", e);
        } finally {
          cluster = null;
        }
      }
    }
  }
}
