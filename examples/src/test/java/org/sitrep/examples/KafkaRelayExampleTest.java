package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Kafka relay against a real broker: what it prints is what happened there. */
@ExtendWith(KafkaBroker.class)
class KafkaRelayExampleTest {
  @Test
  void theTolerantRelayKeepsEveryByteAndTheStrictConsumerDeadLettersTheUnknown() throws Exception {
    String out = KafkaRelayExample.run(KafkaBroker.bootstrapServers());
    assertThat(out).isEqualTo("Producer: wrote 4 reports\n"
        + "Tolerant relay: read and wrote on 4 reports\n"
        + "Relayed byte for byte: 4 of 4 (all)\n"
        + "Strict consumer: read 3: seed-2023-09-07-drones-across-russia, "
        + "odesa-2024-06-02-drones, pokrovsk-2024-06-01-shelling\n"
        + "Dead letter: kharkiv-2024-05-25-hypermarket, bytes as produced: yes\n"
        + "  UNKNOWN_VALUE at $.incidents[0].means[1]: 'guided_bomb' is not a code of Means"
        + " known to this version (strict mode)\n"
        + "  from reports-* partition 0 offset 0\n");
  }
}
