package org.sitrep.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends the records a consumer cannot read to a dead-letter topic, so that none is lost and none
 * stops the consumer: the original key and value bytes and headers, with {@link DeadLetterHeaders}
 * saying what was wrong, where, and where the record came from.
 *
 * <pre>{@code
 * DeadLetters deadLetters = DeadLetters.to(bytesProducer, "reports.dead");
 * while (running) {
 *   for (ConsumerRecord<String, Report> r : deadLetters.poll(consumer, Duration.ofSeconds(1))) {
 *     handle(r.value());
 *   }
 *   consumer.commitSync();
 * }
 * }</pre>
 *
 * <p>A bad record makes {@link Consumer#poll(Duration)} throw a {@link
 * RecordDeserializationException}, and only after the good records before it were returned.
 * {@link #poll} sends that record to the dead-letter topic, waits until the broker has it, then
 * moves the consumer past it; if the send fails, it throws and the consumer stays before the
 * record, which is read again on the next poll. Committed offsets thus never pass a record that
 * is neither handled nor in the dead-letter topic. Thread-safe, as the producer is; a consumer is
 * used from one thread, as Kafka requires.
 */
public final class DeadLetters {
  private final Producer<byte[], byte[]> producer;
  private final String topic;

  private DeadLetters(Producer<byte[], byte[]> producer, String topic) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.topic = Objects.requireNonNull(topic, "topic");
  }

  /**
   * @param producer a producer of raw bytes ({@code ByteArraySerializer} for keys and values); not
   *     closed by this
   * @param topic the dead-letter topic
   * @return a helper that sends dead letters there
   */
  public static DeadLetters to(Producer<byte[], byte[]> producer, String topic) {
    return new DeadLetters(producer, topic);
  }

  /** @return the dead-letter topic */
  public String topic() {
    return topic;
  }

  /**
   * Polls the consumer; if a record cannot be read, sends it to the dead-letter topic, moves the
   * consumer past it and returns no records (the next poll goes on after it).
   *
   * @param consumer the consumer
   * @param timeout as for {@link Consumer#poll(Duration)}
   * @param <K> the key type
   * @param <V> the value type
   * @return the records polled; empty after a dead letter
   * @throws KafkaException if the dead letter could not be sent; the consumer is then still
   *     before the bad record
   * @throws InterruptedException if interrupted while waiting for the dead letter to be sent
   */
  public <K, V> ConsumerRecords<K, V> poll(Consumer<K, V> consumer, Duration timeout)
      throws InterruptedException {
    try {
      return consumer.poll(timeout);
    } catch (RecordDeserializationException e) {
      send(e);
      consumer.seek(e.topicPartition(), e.offset() + 1);
      return ConsumerRecords.empty();
    }
  }

  /**
   * Sends the record a consumer could not read to the dead-letter topic and waits for the broker
   * to acknowledge it.
   *
   * @param e what the consumer threw
   * @return where the dead letter was written
   * @throws KafkaException if it could not be sent
   * @throws InterruptedException if interrupted while waiting
   */
  public RecordMetadata send(RecordDeserializationException e) throws InterruptedException {
    try {
      return producer.send(record(topic, e)).get();
    } catch (ExecutionException failed) {
      throw new KafkaException(
          "could not send the record at offset "
              + e.offset()
              + " of "
              + e.topicPartition()
              + " to the dead-letter topic "
              + topic,
          failed.getCause());
    }
  }

  /**
   * The dead letter of a record a consumer could not read, for those who send it themselves.
   *
   * @param deadLetterTopic where it goes
   * @param e what the consumer threw
   * @return the record: the original key, value and headers, and the {@link DeadLetterHeaders}
   */
  public static ProducerRecord<byte[], byte[]> record(
      String deadLetterTopic, RecordDeserializationException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return record(
        deadLetterTopic,
        e.topicPartition().topic(),
        e.topicPartition().partition(),
        e.offset(),
        bytes(e.keyBuffer()),
        bytes(e.valueBuffer()),
        e.headers(),
        e.origin().name(),
        cause);
  }

  /**
   * The dead letter of a record that could not be read.
   *
   * @param deadLetterTopic where it goes
   * @param sourceTopic the record's topic
   * @param partition its partition
   * @param offset its offset
   * @param key its key bytes, or null
   * @param value its value bytes, or null
   * @param headers its headers, copied; may be null
   * @param origin {@code KEY} or {@code VALUE}: which could not be read; null where not known
   * @param error what refused it: a {@link SitrepDeserializationException} gives the kind, path
   *     and reason; any other exception its message as the reason
   * @return the record, without a partition (the producer's partitioner chooses, by key)
   */
  static ProducerRecord<byte[], byte[]> record(
      String deadLetterTopic,
      String sourceTopic,
      int partition,
      long offset,
      byte[] key,
      byte[] value,
      Headers headers,
      String origin,
      Throwable error) {
    RecordHeaders out = new RecordHeaders();
    if (headers != null) {
      for (Header h : headers) {
        out.add(h.key(), h.value());
      }
    }
    SitrepDeserializationException sitrep = find(error);
    if (sitrep != null) {
      put(out, DeadLetterHeaders.KIND, sitrep.kind().name());
      put(out, DeadLetterHeaders.PATH, sitrep.path());
      put(out, DeadLetterHeaders.REASON, sitrep.reason());
      put(out, DeadLetterHeaders.EXCEPTION, sitrep.getClass().getName());
    } else {
      put(out, DeadLetterHeaders.REASON, String.valueOf(error.getMessage()));
      put(out, DeadLetterHeaders.EXCEPTION, error.getClass().getName());
    }
    if (origin != null) {
      put(out, DeadLetterHeaders.ORIGIN, origin);
    }
    put(out, DeadLetterHeaders.SOURCE_TOPIC, sourceTopic);
    put(out, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(partition));
    put(out, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(offset));
    return new ProducerRecord<>(deadLetterTopic, null, null, key, value, out);
  }

  private static SitrepDeserializationException find(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SitrepDeserializationException) {
        return (SitrepDeserializationException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
