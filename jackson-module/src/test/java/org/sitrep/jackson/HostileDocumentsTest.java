package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * Issue 11: documents of up to the 8 MiB limit made of repeated or dangling references, or of
 * fifty thousand broken casualty figures, are refused with one {@link SitrepJsonException} of
 * bounded size in a 256 MiB heap (before, the first two exhausted 1 GiB), and a skip-mode feed
 * reports each and goes on. How long they take is measured by {@link HostileDocumentsTiming}, not
 * asserted here.
 *
 * <p>Runs only in its own Surefire execution ({@code bounded-memory} in this module's pom), which
 * gives it {@code -Xmx256m}; the first assertion of each test checks that it got it.
 */
class HostileDocumentsTest {
  private static final long HEAP = 256L * 1024 * 1024;

  /** Far more than any message needs, far less than the 126 million characters of issue 11. */
  private static final int MESSAGE_BOUND = 8 * 1024;

  @Test
  void oneListRepeatingAReferenceTwoMillionTimesIsOverTheListLimit() {
    SitrepJsonException e = refused(HostileDocuments::repeatedReferencesInOneList);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.path()).isEqualTo("$.claims[0].about_incidents[" + Limits.MAX_LIST_LENGTH + "]");
  }

  @Test
  void repeatedReferencesAreCappedAtAHundredAndCounted() {
    SitrepJsonException e = refused(HostileDocuments::repeatedReferences);
    assertThat(e.kind()).isEqualTo(Kind.RULE_VIOLATION);
    assertThat(e.path()).isEqualTo("$.claims[0].about_incidents[1]");
    assertThat(e.violations()).hasSize(ReadFailure.MAX_VIOLATIONS);
    assertThat(e.omitted()).isEqualTo(Limits.MAX_LIST_LENGTH - 1 - ReadFailure.MAX_VIOLATIONS);
  }

  @Test
  void danglingReferencesAreCappedAtAHundredAndCounted() {
    SitrepJsonException e = refused(HostileDocuments::danglingReferences);
    assertThat(e.kind()).isEqualTo(Kind.RULE_VIOLATION);
    assertThat(e.path()).isEqualTo("$.claims[0].about_incidents[0]");
    assertThat(e.violations()).hasSize(ReadFailure.MAX_VIOLATIONS);
    assertThat(e.omitted()).isGreaterThan(600_000);
    assertThat(e.getMessage()).contains("and " + (e.omitted() + 90) + " more");
  }

  @Test
  void fiftyThousandBrokenCasualtyFiguresAreRefusedAtTheFirst() {
    SitrepJsonException bounds =
        refused(() -> HostileDocuments.casualties(50_000, HostileDocuments.Broken.BOUNDS));
    assertThat(bounds.path()).isEqualTo("$.incidents[0].casualties[0].count.high");

    SitrepJsonException sameId =
        refused(() -> HostileDocuments.casualties(50_000, HostileDocuments.Broken.SAME_ID));
    assertThat(sameId.path()).isEqualTo("$.incidents[0].casualties[1].id");
    assertThat(sameId.omitted()).isEqualTo(999 - ReadFailure.MAX_VIOLATIONS);

    SitrepJsonException dangling =
        refused(() -> HostileDocuments.casualties(50_000, HostileDocuments.Broken.DANGLING_CLAIM));
    assertThat(dangling.path()).isEqualTo("$.incidents[0].casualties[0].claim");
    assertThat(dangling.violations().size() + dangling.omitted()).isEqualTo(50_000);
  }

  @Test
  void aSkipModeFeedReportsEachHostileRecordAndGoesOn() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(HEAP);
    String good = SitrepJson.tolerant().writeString(org.sitrep.testing.Fixtures.report().build());
    ByteArrayOutputStream feed = new ByteArrayOutputStream();
    for (String doc :
        List.of(
            HostileDocuments.repeatedReferences(),
            good,
            HostileDocuments.danglingReferences(),
            good,
            HostileDocuments.repeatedReferencesInOneList(),
            good)) {
      feed.write(doc.getBytes(StandardCharsets.UTF_8));
      feed.write('\n');
    }
    List<FeedError> errors = new ArrayList<>();
    List<Report> read = new ArrayList<>();
    try (SitrepFeed<Report> in =
        SitrepJson.tolerant()
            .readFeed(
                new ByteArrayInputStream(feed.toByteArray()),
                Report.class,
                FeedFormat.NDJSON,
                errors::add)) {
      in.stream().forEach(read::add);
    }
    assertThat(read).hasSize(3);
    assertThat(errors)
        .extracting(FeedError::line, FeedError::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, Kind.RULE_VIOLATION),
            org.assertj.core.groups.Tuple.tuple(3L, Kind.RULE_VIOLATION),
            org.assertj.core.groups.Tuple.tuple(5L, Kind.LIMIT_EXCEEDED));
    assertThat(errors).allSatisfy(e -> assertThat(e.toString()).hasSizeLessThan(MESSAGE_BOUND));
  }

  private static SitrepJsonException refused(Supplier<String> document) {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("run by the bounded-memory execution of mvn verify, with -Xmx256m")
        .isLessThanOrEqualTo(HEAP);
    String json = document.get();
    assertThat(json.length()).isGreaterThan(5_000_000).isLessThanOrEqualTo(Limits.MAX_DOCUMENT_LENGTH);
    for (SitrepJson mode : List.of(SitrepJson.strict(), SitrepJson.tolerant())) {
      SitrepJsonException e =
          catchThrowableOfType(SitrepJsonException.class, () -> mode.read(json, Report.class));
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).hasSizeLessThan(MESSAGE_BOUND);
      assertThat(e.violations()).hasSizeLessThanOrEqualTo(ReadFailure.MAX_VIOLATIONS);
      if (mode == SitrepJson.tolerant()) {
        return e;
      }
    }
    throw new AssertionError("unreachable");
  }
}
