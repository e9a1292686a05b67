package org.sitrep.testing.jqwik;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.sitrep.Actor;
import org.sitrep.Report;
import org.sitrep.ReportId;

/**
 * What a report says of itself, apart from its contents: the part of a {@link Report} that
 * generators and fixtures choose before they wire incidents, claims and aid packages together.
 */
record ReportHead(
    ReportId id,
    String schemaVersion,
    Optional<String> headline,
    Optional<Actor> publisher,
    Optional<URI> url,
    Optional<OffsetDateTime> publishedAt,
    Optional<OffsetDateTime> retrievedAt,
    Optional<String> language,
    List<Actor> authors) {

  /**
   * @return a fresh builder holding this head and no contents yet
   */
  Report.Builder builder() {
    return Report.builder()
        .id(id)
        .schemaVersion(schemaVersion)
        .headline(headline)
        .publisher(publisher)
        .url(url)
        .publishedAt(publishedAt)
        .retrievedAt(retrievedAt)
        .language(language)
        .addAllAuthors(authors);
  }
}
