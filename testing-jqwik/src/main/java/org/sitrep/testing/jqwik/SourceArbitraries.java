package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.IdArbitraries.aidPackageIds;
import static org.sitrep.testing.jqwik.IdArbitraries.casualtyIds;
import static org.sitrep.testing.jqwik.IdArbitraries.claimIds;
import static org.sitrep.testing.jqwik.IdArbitraries.incidentIds;
import static org.sitrep.testing.jqwik.IdArbitraries.postIds;
import static org.sitrep.testing.jqwik.MeasureArbitraries.reportedTimes;
import static org.sitrep.testing.jqwik.TextArbitraries.ALNUM;
import static org.sitrep.testing.jqwik.TextArbitraries.countries;
import static org.sitrep.testing.jqwik.TextArbitraries.names;
import static org.sitrep.testing.jqwik.TextArbitraries.texts;
import static org.sitrep.testing.jqwik.TextArbitraries.urls;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.actorKinds;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.channelKinds;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.claimKinds;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.Channel;
import org.sitrep.ChannelKind;
import org.sitrep.Claim;
import org.sitrep.VerificationStatus;
import org.sitrep.testing.Fixtures;

/** Generators of who says what: account handles, actors, channels and claims. */
final class SourceArbitraries {
  private SourceArbitraries() {}

  /**
   * @return account handles without white space: {@code @maria_drutska}
   */
  static Arbitrary<String> handles() {
    return withEdgeCases(
        Arbitraries.strings()
            .withChars(ALNUM)
            .withChars('_')
            .ofMinLength(1)
            .ofMaxLength(15)
            .map(h -> "@" + h),
        "@maria_drutska");
  }

  static Arbitrary<Actor> actors() {
    return withEdgeCases(
        Builders.withBuilder(Actor::builder)
            .use(names())
            .in(Actor.Builder::name)
            .use(actorKinds())
            .in(Actor.Builder::kind)
            .use(texts().optional())
            .in(Actor.Builder::role)
            .use(countries().optional())
            .in(Actor.Builder::country)
            .use(texts().optional(0.2))
            .in(Actor.Builder::affiliation)
            .use(handles().optional(0.2))
            .in(Actor.Builder::handle)
            .use(urls().optional(0.2))
            .in(Actor.Builder::url)
            .build(Actor.Builder::build),
        Fixtures.actor(),
        Actor.of("Сергій Собянін 🔥", ActorKind.of("future_kind")));
  }

  static Arbitrary<Channel> channels() {
    return withEdgeCases(
        Combinators.combine(channelKinds(), texts().optional(), urls().optional(0.3))
            .as((kind, name, url) -> Channel.builder().kind(kind).name(name).url(url).build()),
        Fixtures.channel(),
        Channel.builder().kind(ChannelKind.UNKNOWN).build());
  }

  /** The claim, answering up to two other claims (never itself). */
  private static Arbitrary<Claim> withAnswers(Claim claim) {
    return claimIds()
        .list()
        .ofMaxSize(2)
        .uniqueElements()
        .map(
            ids ->
                claim.withAboutClaims(
                    ids.stream()
                        .filter(id -> !id.equals(claim.id()))
                        .collect(java.util.stream.Collectors.toList())));
  }

  /**
   * The claim, silent on some topics; never on casualties when it gives a casualty figure.
   *
   * @param claim a claim
   * @return the claim with the topics it is silent on
   */
  static Arbitrary<Claim> withSilences(Claim claim) {
    boolean givesFigure =
        !claim.aboutCasualties().isEmpty() || claim.kind().equals(org.sitrep.ClaimKind.CASUALTY_FIGURE);
    return VocabularyArbitraries.claimTopics()
        .list()
        .ofMaxSize(2)
        .uniqueElements()
        .map(
            topics ->
                claim.withSilentOn(
                    topics.stream()
                        .filter(t -> !(givesFigure && t.equals(org.sitrep.ClaimTopic.CASUALTIES)))
                        .collect(java.util.stream.Collectors.toList())));
  }

  static Arbitrary<Claim> claims() {
    Arbitrary<List<Optional<String>>> statementAndQuote =
        Combinators.combine(Arbitraries.integers().between(0, 2), texts(), texts())
            .as(
                (which, s, q) ->
                    List.of(
                        which == 1 ? Optional.<String>empty() : Optional.of(s),
                        which == 0 ? Optional.<String>empty() : Optional.of(q)));
    return withEdgeCases(
        Builders.withBuilder(Claim::builder)
            .use(claimIds())
            .in(Claim.Builder::id)
            .use(actors())
            .in(Claim.Builder::source)
            .use(channels().optional())
            .in(Claim.Builder::channel)
            .use(reportedTimes().optional())
            .in(Claim.Builder::madeOn)
            .use(statementAndQuote)
            .in((b, sq) -> b.statement(sq.get(0)).quote(sq.get(1)))
            .use(claimKinds())
            .in(Claim.Builder::kind)
            .use(Arbitraries.of(VerificationStatus.class))
            .in(Claim.Builder::verification)
            .use(incidentIds().list().ofMaxSize(2).uniqueElements())
            .in(Claim.Builder::addAllAboutIncidents)
            .use(casualtyIds().list().ofMaxSize(2).uniqueElements())
            .in(Claim.Builder::addAllAboutCasualties)
            .use(aidPackageIds().list().ofMaxSize(2).uniqueElements())
            .in(Claim.Builder::addAllAboutAidPackages)
            .use(postIds().optional(0.2))
            .in(Claim.Builder::post)
            .use(ProvenanceArbitraries.assessments().list().ofMaxSize(2))
            .in(Claim.Builder::addAllAssessments)
            .use(ProvenanceArbitraries.evidence().list().ofMaxSize(2))
            .in(Claim.Builder::addAllEvidence)
            .use(ProvenanceArbitraries.codings().optional(0.2))
            .in(Claim.Builder::coding)
            .build(Claim.Builder::build)
            .flatMap(SourceArbitraries::withAnswers)
            .flatMap(SourceArbitraries::withSilences),
        Fixtures.claim(),
        Fixtures.claim()
            .withStatement(Optional.empty())
            .withQuote("Цю російську зброю треба зупинити 🔥"));
  }
}
