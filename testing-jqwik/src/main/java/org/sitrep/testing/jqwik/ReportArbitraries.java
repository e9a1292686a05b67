package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.AidArbitraries.aidPackages;
import static org.sitrep.testing.jqwik.AidArbitraries.embeddedPosts;
import static org.sitrep.testing.jqwik.IdArbitraries.reportIds;
import static org.sitrep.testing.jqwik.IncidentArbitraries.incidents;
import static org.sitrep.testing.jqwik.MeasureArbitraries.dateTimes;
import static org.sitrep.testing.jqwik.SourceArbitraries.actors;
import static org.sitrep.testing.jqwik.SourceArbitraries.claims;
import static org.sitrep.testing.jqwik.TextArbitraries.idTokens;
import static org.sitrep.testing.jqwik.TextArbitraries.languageTags;
import static org.sitrep.testing.jqwik.TextArbitraries.texts;
import static org.sitrep.testing.jqwik.TextArbitraries.urls;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.frequencyOf;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;

/** Generators of whole reports, with their parts wired together. */
final class ReportArbitraries {
  private ReportArbitraries() {}

  static Arbitrary<Report> reports() {
    Arbitrary<ReportHead> heads =
        Combinators.combine(
                reportIds(),
                Arbitraries.integers().between(0, 9999).map(minor -> "1." + minor),
                texts().optional(),
                actors().optional(),
                urls().optional(),
                publication(),
                languageTags().optional(),
                actors().list().ofMaxSize(2))
            .as(
                (id, version, headline, publisher, url, times, language, authors) ->
                    new ReportHead(
                        id,
                        version,
                        headline,
                        publisher,
                        url,
                        times.get(0),
                        times.get(1),
                        language,
                        authors));
    Arbitrary<String> prefix =
        frequencyOf(
            List.of(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, idTokens().map(t -> t.substring(0, Math.min(t.length(), 64)) + ":"))));
    return withEdgeCases(
        Combinators.combine(
                heads,
                prefix,
                embeddedPosts().list().ofMaxSize(2),
                incidents().list().ofMaxSize(4),
                claims().list().ofMaxSize(4),
                aidPackages().list().ofMaxSize(2),
                Arbitraries.longs().list().ofMinSize(1).ofMaxSize(16))
            .as(ReportWiring::wire)
            .flatMap(ReportArbitraries::revised)
            .flatMap(ReportArbitraries::withProvenance),
        Report.builder().id(ReportId.of("x")).build(),
        Fixtures.report().build(),
        SeedArticle.report());
  }

  /** The report, with what it supersedes, its markings, licence, syndication and other outlets. */
  private static Arbitrary<Report> withProvenance(Report report) {
    return Combinators.combine(
            IdArbitraries.reportIds().list().ofMaxSize(2).uniqueElements(),
            Arbitraries.of(org.sitrep.Tlp.class).optional(0.3),
            ProvenanceArbitraries.licences().optional(0.3),
            ProvenanceArbitraries.syndications().optional(0.2),
            ProvenanceArbitraries.publications().list().ofMaxSize(2))
        .as(
            (superseded, tlp, licence, syndication, others) ->
                report
                    .withSupersedes(
                        superseded.stream()
                            .filter(r -> !r.equals(report.id()))
                            .collect(java.util.stream.Collectors.toList()))
                    .withTlp(tlp)
                    .withLicence(licence)
                    .withSyndication(syndication)
                    .withOtherPublications(others));
  }

  /** The report, or the report updated up to 30 days after its publication. */
  private static Arbitrary<Report> revised(Report report) {
    return Arbitraries.longs()
        .between(0, 30L * 86_400)
        .optional()
        .map(
            delay ->
                report.publishedAt().isPresent() && delay.isPresent()
                    ? report.withModifiedAt(report.publishedAt().get().plusSeconds(delay.get()))
                    : report);
  }

  /** Published and retrieved times, retrieval never before publication. */
  private static Arbitrary<List<Optional<OffsetDateTime>>> publication() {
    return Combinators.combine(
            dateTimes().optional(), Arbitraries.longs().between(0, 10L * 365 * 86_400).optional())
        .as(
            (published, delay) ->
                List.of(
                    published,
                    published.isPresent()
                        ? delay.map(s -> published.get().plusSeconds(s))
                        : Optional.<OffsetDateTime>empty()));
  }
}
