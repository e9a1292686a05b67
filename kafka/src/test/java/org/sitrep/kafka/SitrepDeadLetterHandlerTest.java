package org.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;

/** The dead letters themselves: what the Streams handler and the consumer helper build. */
class SitrepDeadLetterHandlerTest {
  private static final byte[] BAD = "{\"id\":".getBytes(StandardCharsets.UTF_8);

  @Test
  void theHandlerResumesWithTheDeadLetter() {
    SitrepDeadLetterHandler handler = new SitrepDeadLetterHandler();
    handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dead"));
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace", new byte[] {1, 2});
    ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("reports", 3, 42L, 0L,
        TimestampType.CREATE_TIME, 1, BAD.length, "k".getBytes(StandardCharsets.UTF_8), BAD,
        headers, Optional.empty());
    Exception e = catchIt(() -> SitrepDeserializer.tolerant(Report.class).deserialize("reports", BAD));
    DeserializationExceptionHandler.Response response = handler.handleError(null, record, e);
    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).hasSize(1);
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertThat(letter.topic()).isEqualTo("dead");
    assertThat(letter.value()).isEqualTo(BAD);
    assertThat(letter.key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
    assertThat(text(letter, "trace")).isEqualTo("\u0001\u0002");
    assertThat(text(letter, DeadLetterHeaders.KIND)).isEqualTo("SYNTAX");
    assertThat(text(letter, DeadLetterHeaders.PATH)).startsWith("$");
    assertThat(text(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("reports");
    assertThat(text(letter, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("3");
    assertThat(text(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("42");
    assertThat(letter.headers().lastHeader(DeadLetterHeaders.ORIGIN)).isNull();
  }

  @Test
  void theHandlerNeedsItsTopic() {
    assertThatThrownBy(() -> new SitrepDeadLetterHandler().configure(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    assertThatThrownBy(() -> new SitrepDeadLetterHandler().handleError(null, null, new RuntimeException()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherDeserializersFailureIsDeadLetteredWithItsMessage() {
    RecordDeserializationException e = new RecordDeserializationException(
        RecordDeserializationException.DeserializationExceptionOrigin.KEY,
        new TopicPartition("t", 0), 7L, 0L, TimestampType.CREATE_TIME,
        java.nio.ByteBuffer.wrap(BAD), null, new RecordHeaders(), "bad key",
        new IllegalArgumentException("not a number"));
    ProducerRecord<byte[], byte[]> letter = DeadLetters.record("dead", e);
    assertThat(letter.key()).isEqualTo(BAD);
    assertThat(letter.value()).isNull();
    assertThat(letter.headers().lastHeader(DeadLetterHeaders.KIND)).isNull();
    assertThat(text(letter, DeadLetterHeaders.REASON)).isEqualTo("not a number");
    assertThat(text(letter, DeadLetterHeaders.EXCEPTION))
        .isEqualTo(IllegalArgumentException.class.getName());
    assertThat(text(letter, DeadLetterHeaders.ORIGIN)).isEqualTo("KEY");
    assertThat(text(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("7");
  }

  private static Exception catchIt(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  private static String text(ProducerRecord<byte[], byte[]> r, String key) {
    return new String(r.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
