package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.Incident;
import org.sitrep.testing.Fixtures;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;

/**
 * A feed of 1,000,000 incidents, generated as it is read (about 0.9 GB, never materialised), is
 * read and counted in a JVM with a 64 MiB heap: the feed reader works in constant memory.
 *
 * <p>Runs only in its own Surefire execution ({@code constant-memory} in this module's pom), which
 * gives it {@code -Xmx64m}; the first assertion checks that it got it.
 */
class MillionIncidentsTest {
  private static final int INCIDENTS = 1_000_000;
  private static final long HEAP = 64L * 1024 * 1024;

  @Test
  void aMillionIncidentsOfNdjsonAreReadInA64MiBHeap() throws Exception {
    readAndCount(FeedFormat.NDJSON);
  }

  @Test
  void aMillionIncidentsInOneJsonArrayAreReadInA64MiBHeap() throws Exception {
    readAndCount(FeedFormat.JSON_ARRAY);
  }

  private static void readAndCount(FeedFormat format) throws Exception {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("run by the constant-memory execution of mvn verify, with -Xmx64m")
        .isLessThanOrEqualTo(HEAP);
    String template = SitrepJson.tolerant().writeString(Fixtures.incident());
    GeneratedFeed in =
        new GeneratedFeed(
            template, Fixtures.INCIDENT_ID.value(), "incident-", INCIDENTS, format);
    List<FeedError> errors = new ArrayList<>();
    long count = 0;
    try (SitrepFeed<Incident> feed =
        SitrepJson.strict().readFeed(in, Incident.class, format, errors::add)) {
      for (Incident incident = feed.read(); incident != null; incident = feed.read()) {
        if (!incident.id().value().equals("incident-" + count)) {
          throw new AssertionError("record " + count + " is " + incident.id());
        }
        count++;
      }
    }
    assertThat(errors).isEmpty();
    assertThat(count).isEqualTo(INCIDENTS);
    assertThat(in.produced()).isGreaterThan(10 * HEAP);
  }
}
