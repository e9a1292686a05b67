package org.sitrep.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * A Kafka Streams {@link DeserializationExceptionHandler} that sends every record the topology
 * cannot read to a dead-letter topic and goes on: the original key, value and headers with the
 * {@link DeadLetterHeaders} (kind, JSON path and reason of the problem; source topic, partition
 * and offset). Kafka Streams writes the dead letter itself, with the topology's own producer, so
 * it is committed with the input offsets (and under exactly-once, in the same transaction).
 *
 * <pre>{@code
 * props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
 *     SitrepDeadLetterHandler.class);
 * props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "reports.dead");
 * }</pre>
 *
 * <p>Needs {@code kafka-streams} on the class path (an optional dependency of this module); on
 * the module path, {@code kafka.streams} is read by an application that uses Kafka Streams.
 */
@SuppressWarnings("exports") // kafka.streams is optional (requires static): an application of Streams reads it
public final class SitrepDeadLetterHandler implements DeserializationExceptionHandler {
  private volatile String topic;

  /** Creates a handler; Kafka Streams creates it from its class name and configures it. */
  public SitrepDeadLetterHandler() {}

  /**
   * Takes the dead-letter topic from {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}.
   *
   * @param configs the application's configuration
   * @throws ConfigException if the topic is not set
   */
  @Override
  public void configure(Map<String, ?> configs) {
    Object value = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (value == null || value.toString().isBlank()) {
      throw new ConfigException(
          StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
              + " is not set: it names the topic that "
              + SitrepDeadLetterHandler.class.getSimpleName()
              + " sends unreadable records to");
    }
    this.topic = value.toString().trim();
  }

  /**
   * Resumes processing after handing Kafka Streams the record's dead letter to write.
   *
   * @param context where the record came from
   * @param record the record as read, bytes unchanged
   * @param exception what the deserializer threw
   * @return resume, with the dead letter
   * @throws IllegalStateException if this handler was not configured
   */
  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    String t = topic;
    if (t == null) {
      throw new IllegalStateException(
          "this handler is not configured: set "
              + StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    }
    return Response.resume(
        List.of(
            DeadLetters.record(
                t,
                record.topic(),
                record.partition(),
                record.offset(),
                record.key(),
                record.value(),
                record.headers(),
                null, // Streams does not say whether the key or the value failed
                exception)));
  }
}
