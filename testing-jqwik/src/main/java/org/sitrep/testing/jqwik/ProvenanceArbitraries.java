package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.IdArbitraries.claimIds;
import static org.sitrep.testing.jqwik.IdArbitraries.reportIds;
import static org.sitrep.testing.jqwik.MeasureArbitraries.dateTimes;
import static org.sitrep.testing.jqwik.MeasureArbitraries.reportedTimes;
import static org.sitrep.testing.jqwik.SourceArbitraries.actors;
import static org.sitrep.testing.jqwik.TextArbitraries.idTokens;
import static org.sitrep.testing.jqwik.TextArbitraries.texts;
import static org.sitrep.testing.jqwik.TextArbitraries.urls;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.sitrep.Assessment;
import org.sitrep.Coding;
import org.sitrep.CodingMethod;
import org.sitrep.Confidence;
import org.sitrep.ConfidenceLevel;
import org.sitrep.ContentHash;
import org.sitrep.Evidence;
import org.sitrep.GlobalId;
import org.sitrep.HashAlgorithm;
import org.sitrep.IncidentLink;
import org.sitrep.Licence;
import org.sitrep.Publication;
import org.sitrep.Syndication;
import org.sitrep.VerificationStatus;
import org.sitrep.Withdrawal;

/** Generators of provenance: global ids, links, assessments, evidence, codings, markings. */
final class ProvenanceArbitraries {
  private ProvenanceArbitraries() {}

  /** Global ids of the {@code urn:sitrep:} namespace (an incident's own). */
  static Arbitrary<GlobalId> globalIds() {
    return withEdgeCases(
        idTokens().map(t -> GlobalId.of("urn:sitrep:" + t)),
        GlobalId.of("urn:acled:UKR123456"),
        GlobalId.of("tag:example.org,2023:incident/1?x=[a]#f"));
  }

  /** Global ids of another recorder's namespace, never equal to {@link #globalIds()}. */
  static Arbitrary<GlobalId> otherGlobalIds() {
    return idTokens().map(t -> GlobalId.of("urn:other:" + t));
  }

  /** Links to incidents of other reports, by global id; the wiring adds links inside a report. */
  static Arbitrary<IncidentLink> incidentLinks() {
    return Combinators.combine(
            VocabularyArbitraries.incidentRelations(), otherGlobalIds(), claimIds().optional(0.3))
        .as((r, g, c) -> IncidentLink.builder().relation(r).globalId(g).claim(c).build());
  }

  static Arbitrary<Confidence> confidences() {
    Arbitrary<Confidence> scored =
        Arbitraries.longs().between(0, 100)
            .flatMap(
                s ->
                    Arbitraries.of(true, false)
                        .map(
                            both ->
                                both
                                    ? Confidence.builder()
                                        .score(s)
                                        .level(ConfidenceLevel.ofScore(s))
                                        .build()
                                    : Confidence.ofScore(s)));
    return Arbitraries.oneOf(scored, Arbitraries.of(ConfidenceLevel.class).map(Confidence::of));
  }

  static Arbitrary<Coding> codings() {
    return Combinators.combine(
            VocabularyArbitraries.codingMethods(),
            actors().optional(0.5),
            texts().optional(0.5),
            Arbitraries.doubles().between(0, 1).optional(0.5),
            dateTimes().optional(0.5),
            confidences().optional(0.5))
        .as(
            (method, coder, model, probability, at, confidence) -> {
              boolean human = method.equals(CodingMethod.HUMAN);
              return Coding.builder()
                  .method(method)
                  .coder(coder)
                  .model(human ? Optional.empty() : model)
                  .probability(human ? Optional.empty() : probability)
                  .codedAt(at)
                  .confidence(confidence)
                  .build();
            });
  }

  static Arbitrary<Assessment> assessments() {
    return Builders.withBuilder(Assessment::builder)
        .use(actors())
        .in(Assessment.Builder::assessor)
        .use(reportedTimes().optional(0.5))
        .in(Assessment.Builder::assessedOn)
        .use(Arbitraries.of(VerificationStatus.class))
        .in(Assessment.Builder::result)
        .use(VocabularyArbitraries.verificationMethods().list().ofMaxSize(2).uniqueElements())
        .in(Assessment.Builder::addAllMethods)
        .use(texts().optional(0.5))
        .in(Assessment.Builder::statement)
        .build(Assessment.Builder::build);
  }

  static Arbitrary<ContentHash> contentHashes() {
    return Arbitraries.of(HashAlgorithm.class)
        .flatMap(
            a ->
                Arbitraries.strings()
                    .withChars("0123456789abcdef")
                    .ofLength(a.hexLength())
                    .map(hex -> ContentHash.of(a, hex)));
  }

  static Arbitrary<Evidence> evidence() {
    return Combinators.combine(
            VocabularyArbitraries.evidenceKinds(),
            urls().optional(0.7),
            urls().optional(0.3),
            contentHashes().optional(0.3),
            dateTimes().optional(0.5),
            texts().optional(0.5))
        .as(
            (kind, url, archive, hash, at, description) ->
                Evidence.builder()
                    .kind(kind)
                    .url(url.isEmpty() && archive.isEmpty() && hash.isEmpty()
                        ? Optional.of(java.net.URI.create("https://example.org/evidence"))
                        : url)
                    .archiveUrl(archive)
                    .hash(hash)
                    .capturedAt(at)
                    .description(description)
                    .build());
  }

  static Arbitrary<Syndication> syndications() {
    return Builders.withBuilder(Syndication::builder)
        .use(actors())
        .in(Syndication.Builder::agency)
        .use(urls().optional(0.5))
        .in(Syndication.Builder::url)
        .use(dateTimes().optional(0.5))
        .in(Syndication.Builder::publishedAt)
        .use(texts().optional(0.5))
        .in(Syndication.Builder::byline)
        .build(Syndication.Builder::build);
  }

  static Arbitrary<Publication> publications() {
    return Builders.withBuilder(Publication::builder)
        .use(actors())
        .in(Publication.Builder::publisher)
        .use(urls().optional(0.7))
        .in(Publication.Builder::url)
        .use(dateTimes().optional(0.5))
        .in(Publication.Builder::publishedAt)
        .use(texts().optional(0.5))
        .in(Publication.Builder::headline)
        .build(Publication.Builder::build);
  }

  static Arbitrary<Licence> licences() {
    Arbitrary<String> spdx =
        Arbitraries.oneOf(
            Arbitraries.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODbL-1.0", "Apache-2.0"),
            idTokens()
                .map(t -> "LicenseRef-" + t.replaceAll("[^A-Za-z0-9.+-]", ""))
                .map(t -> t.substring(0, Math.min(64, t.length()))));
    return Combinators.combine(spdx.optional(0.7), urls().optional(0.5), texts().optional(0.5))
        .as(
            (id, url, attribution) ->
                Licence.builder()
                    .spdxId(id.isEmpty() && url.isEmpty() ? Optional.of("CC-BY-4.0") : id)
                    .url(url)
                    .attribution(attribution)
                    .build());
  }

  static Arbitrary<Withdrawal> withdrawals() {
    return Combinators.combine(
            reportIds(),
            VocabularyArbitraries.withdrawalKinds(),
            dateTimes(),
            actors().optional(0.5),
            texts().optional(0.5),
            reportIds().optional(0.3))
        .as(
            (id, kind, at, by, reason, replacedBy) ->
                Withdrawal.builder()
                    .withdraws(id)
                    .kind(kind)
                    .withdrawnAt(at)
                    .by(by)
                    .reason(reason)
                    .replacedBy(replacedBy.filter(r -> !r.equals(id)))
                    .build());
  }
}
