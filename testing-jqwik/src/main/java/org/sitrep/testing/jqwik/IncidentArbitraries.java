package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.IdArbitraries.casualtyIds;
import static org.sitrep.testing.jqwik.IdArbitraries.claimIds;
import static org.sitrep.testing.jqwik.IdArbitraries.incidentIds;
import static org.sitrep.testing.jqwik.MeasureArbitraries.estimates;
import static org.sitrep.testing.jqwik.MeasureArbitraries.reportedTimes;
import static org.sitrep.testing.jqwik.PlaceArbitraries.locations;
import static org.sitrep.testing.jqwik.SourceArbitraries.actors;
import static org.sitrep.testing.jqwik.TextArbitraries.texts;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.casualtyOutcomes;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.damageKinds;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.incidentOutcomes;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.incidentTypes;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.means;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.populationGroups;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.partyRoles;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.siteKinds;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Damage;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.PopulationGroup;
import org.sitrep.Site;
import org.sitrep.SiteKind;
import org.sitrep.testing.Fixtures;

/** Generators of incidents and their sites, damage and casualty figures. */
final class IncidentArbitraries {
  private IncidentArbitraries() {}

  /** "there were no casualties": a known zero. */
  private static Casualty noCasualties() {
    return Fixtures.casualty()
        .withOutcome(CasualtyOutcome.KILLED_OR_INJURED)
        .withPopulation(PopulationGroup.UNKNOWN)
        .withCount(Estimate.exactly(0).withPhrase("no casualties"))
        .withProvisional(false);
  }

  static Arbitrary<Site> sites() {
    return withEdgeCases(
        Combinators.combine(
                siteKinds(),
                VocabularyArbitraries.siteRoles().optional(0.5),
                texts().optional())
            .as((kind, role, d) -> Site.builder().kind(kind).role(role).description(d).build()),
        Fixtures.site(),
        Site.of(SiteKind.OTHER));
  }

  static Arbitrary<Damage> damages() {
    return withEdgeCases(
        Combinators.combine(
                damageKinds(),
                texts(),
                estimates().optional(0.3),
                texts().optional(),
                VocabularyArbitraries.damageCauses().optional(0.5))
            .as(
                (kind, object, count, cause, causeType) ->
                    Damage.builder()
                        .kind(kind)
                        .object(object)
                        .count(count)
                        .cause(cause)
                        .causeType(causeType)
                        .build()),
        Fixtures.damage());
  }

  static Arbitrary<Casualty> casualties() {
    return withEdgeCases(
        Builders.withBuilder(Casualty::builder)
            .use(casualtyIds())
            .in(Casualty.Builder::id)
            .use(ProvenanceArbitraries.globalIds().optional(0.2))
            .in(Casualty.Builder::globalId)
            .use(casualtyOutcomes())
            .in(Casualty.Builder::outcome)
            .use(populationGroups())
            .in(Casualty.Builder::population)
            .use(Arbitraries.of(org.sitrep.DyadSide.class).optional(0.2))
            .in(Casualty.Builder::side)
            .use(estimates())
            .in(Casualty.Builder::count)
            .use(VocabularyArbitraries.casualtyConditions().optional(0.2))
            .in(Casualty.Builder::condition)
            .use(VocabularyArbitraries.injuryCauses().list().uniqueElements().ofMaxSize(3))
            .in(Casualty.Builder::addAllCauses)
            .use(locations().optional(0.1))
            .in(Casualty.Builder::location)
            .use(reportedTimes().optional())
            .in(Casualty.Builder::asOf)
            .use(Arbitraries.of(true, false))
            .in(Casualty.Builder::provisional)
            .use(claimIds().optional())
            .in(Casualty.Builder::claim)
            .use(ProvenanceArbitraries.codings().optional(0.1))
            .in(Casualty.Builder::coding)
            .build(Casualty.Builder::build)
            .flatMap(c -> breakdowns(c.count()).map(c::withBreakdown)),
        Fixtures.casualty(),
        noCasualties());
  }

  /**
   * Parts of a figure: distinct demographic groups, each no larger than the whole where the whole
   * has an upper bound (an exact count up to it, or a ceiling), any estimate otherwise.
   */
  static Arbitrary<java.util.List<org.sitrep.CasualtyGroup>> breakdowns(Estimate whole) {
    java.util.OptionalLong most = whole.high();
    if (most.isPresent() && whole.qualifier() == org.sitrep.EstimateQualifier.FEWER_THAN) {
      most = java.util.OptionalLong.of(most.getAsLong() - 1);
    }
    Arbitrary<Estimate> parts;
    if (most.isPresent()) {
      long max = Math.min(most.getAsLong(), 1_000_000L);
      parts =
          Arbitraries.oneOf(
              Arbitraries.longs().between(0, max).map(Estimate::exactly),
              Arbitraries.longs().between(0, max).map(Estimate::upTo),
              Arbitraries.just(Estimate.unspecified("some of them")));
    } else {
      parts = estimates();
    }
    Arbitrary<org.sitrep.CasualtyGroup> group =
        Combinators.combine(VocabularyArbitraries.demographics(), parts)
            .as(org.sitrep.CasualtyGroup::of);
    return group
        .list()
        .ofMaxSize(3)
        .uniqueElements(org.sitrep.CasualtyGroup::group);
  }

  static Arbitrary<org.sitrep.CasualtyGroup> casualtyGroups() {
    return withEdgeCases(
        Combinators.combine(VocabularyArbitraries.demographics(), estimates())
            .as(org.sitrep.CasualtyGroup::of),
        org.sitrep.CasualtyGroup.of(org.sitrep.Demographic.CHILD, Estimate.exactly(2)));
  }

  static Arbitrary<org.sitrep.Party> parties() {
    return withEdgeCases(
        Builders.withBuilder(org.sitrep.Party::builder)
            .use(actors())
            .in(org.sitrep.Party.Builder::actor)
            .use(partyRoles())
            .in(org.sitrep.Party.Builder::role)
            .use(Arbitraries.of(org.sitrep.DyadSide.class).optional(0.5))
            .in(org.sitrep.Party.Builder::side)
            .use(claimIds().optional(0.3))
            .in(org.sitrep.Party.Builder::claim)
            .use(texts().optional(0.3))
            .in(org.sitrep.Party.Builder::phrase)
            .build(org.sitrep.Party.Builder::build),
        Fixtures.party());
  }

  static Arbitrary<org.sitrep.DatasetRecord> datasetRecords() {
    Arbitrary<String> ids =
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(24);
    return withEdgeCases(
        Combinators.combine(
                VocabularyArbitraries.datasetSchemes(), ids, MeasureArbitraries.dateTimes().optional(0.5))
            .as(
                (scheme, id, updated) ->
                    org.sitrep.DatasetRecord.builder().scheme(scheme).id(id).updatedAt(updated).build()),
        org.sitrep.DatasetRecord.of(org.sitrep.DatasetScheme.ACLED, "UKR123456"),
        org.sitrep.DatasetRecord.of(org.sitrep.DatasetScheme.UCDP_GED, "x".repeat(128)));
  }

  static Arbitrary<org.sitrep.AcledCoding> acledCodings() {
    Arbitrary<org.sitrep.AcledCoding> base =
        Combinators.combine(
                Arbitraries.of(org.sitrep.DisorderType.class).list().ofMaxSize(2).uniqueElements(),
                Arbitraries.of(true, false),
                texts().optional(0.5),
                texts().list().ofMaxSize(2).uniqueElements())
            .as(
                (types, civilians, scale, tags) ->
                    org.sitrep.AcledCoding.builder()
                        .addAllDisorderTypes(types)
                        .civilianTargeting(civilians)
                        .sourceScale(scale)
                        .addAllTags(tags)
                        .build());
    // The event date needs the incident's time, so values made alone leave it out.
    return Combinators.combine(
            base,
            Arbitraries.of(org.sitrep.AcledActorType.class).optional(0.6),
            Arbitraries.of(org.sitrep.AcledActorType.class).optional(0.5),
            texts().optional(0.4),
            texts().optional(0.4))
        .as(
            (coding, inter1, inter2, region, country) ->
                coding
                    .withInter1(inter1)
                    .withInter2(inter1.isPresent() ? inter2 : java.util.Optional.empty())
                    .withRegion(region)
                    .withCountry(country));
  }

  static Arbitrary<org.sitrep.UcdpCoding> ucdpCodings() {
    return Combinators.combine(ucdpBase(), ucdpNames(), ucdpSources(), ucdpTotals())
        .as((base, names, sources, totals) -> sources.apply(names.apply(totals.apply(base))));
  }

  private static Arbitrary<org.sitrep.UcdpCoding> ucdpBase() {
    Arbitrary<java.util.OptionalLong> ids =
        Arbitraries.longs().between(0, Long.MAX_VALUE).optional(0.7)
            .map(o -> o.map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty()));
    return Combinators.combine(
            ids, ids, Arbitraries.of(org.sitrep.EventClarity.class).optional(0.7),
            texts().optional(0.5), ids)
        .as(
            (conflict, dyad, clarity, status, sources) ->
                org.sitrep.UcdpCoding.builder()
                    .conflictId(conflict)
                    .dyadId(dyad)
                    .eventClarity(clarity)
                    .codeStatus(status)
                    .numberOfSources(sources)
                    .build());
  }

  private static Arbitrary<java.util.OptionalLong> ucdpIds() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE).optional(0.5)
        .map(o -> o.map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty()));
  }

  private static Arbitrary<java.util.function.UnaryOperator<org.sitrep.UcdpCoding>> ucdpNames() {
    Arbitrary<java.util.function.UnaryOperator<org.sitrep.UcdpCoding>> ids =
        Combinators.combine(ucdpIds(), ucdpIds(), ucdpIds(), ucdpIds(), ucdpIds(), ucdpIds(), ucdpIds())
            .as((conflict, dyad, a, aSet, b, bSet, country) ->
                c -> c.withConflictDatasetId(conflict).withDyadDatasetId(dyad).withSideAId(a)
                    .withSideADatasetId(aSet).withSideBId(b).withSideBDatasetId(bSet)
                    .withCountryId(country));
    Arbitrary<java.util.function.UnaryOperator<org.sitrep.UcdpCoding>> names =
        Combinators.combine(
                texts().optional(0.4), texts().optional(0.4), texts().optional(0.4),
                texts().optional(0.4), texts().optional(0.4), texts().optional(0.4),
                Arbitraries.of(true, false).optional(0.5))
            .as((relid, conflict, dyad, gwnoA, country, region, active) ->
                c -> c.withRelid(relid).withConflictName(conflict).withDyadName(dyad)
                    .withGwnoA(gwnoA).withCountry(country).withRegion(region)
                    .withActiveYear(active));
    return Combinators.combine(ids, names).as((i, n) -> c -> n.apply(i.apply(c)));
  }

  private static Arbitrary<java.util.function.UnaryOperator<org.sitrep.UcdpCoding>> ucdpSources() {
    return Combinators.combine(
            texts().optional(0.4), texts().optional(0.4), texts().optional(0.4),
            texts().optional(0.4), texts().optional(0.4), texts().optional(0.4))
        .as((article, office, date, headline, original, gwnoB) ->
            c -> c.withSourceArticle(article).withSourceOffice(office).withSourceDate(date)
                .withSourceHeadline(headline).withSourceOriginal(original).withGwnoB(gwnoB));
  }

  private static Arbitrary<java.util.function.UnaryOperator<org.sitrep.UcdpCoding>> ucdpTotals() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1_000_000).optional(0.5),
            Arbitraries.longs().between(0, 1_000_000).optional(0.5))
        .as((x, y) -> {
          java.util.OptionalLong low = java.util.OptionalLong.empty();
          java.util.OptionalLong high = java.util.OptionalLong.empty();
          if (x.isPresent() && y.isPresent()) {
            low = java.util.OptionalLong.of(Math.min(x.get(), y.get()));
            high = java.util.OptionalLong.of(Math.max(x.get(), y.get()));
          } else if (x.isPresent()) {
            low = java.util.OptionalLong.of(x.get());
          } else if (y.isPresent()) {
            high = java.util.OptionalLong.of(y.get());
          }
          java.util.OptionalLong l = low;
          java.util.OptionalLong h = high;
          return c -> c.withDeathsLow(l).withDeathsHigh(h);
        });
  }

  /**
   * The incident, some of whose figures revise the figure before them: figure k supersedes figure
   * k - 1 where the choice's bit k is set, a chain that never branches and never cycles.
   */
  private static Arbitrary<Incident> withRevisions(Incident incident) {
    if (incident.casualties().size() < 2) {
      return Arbitraries.just(incident);
    }
    return Arbitraries.integers()
        .between(0, 7)
        .map(bits -> incident.withCasualties(revised(incident.casualties(), bits)));
  }

  /**
   * @param figures an incident's figures
   * @param bits which figures revise the one before them (bit k for figure k)
   * @return the figures, each superseding the one before it where its bit is set
   */
  static java.util.List<Casualty> revised(java.util.List<Casualty> figures, int bits) {
    java.util.List<Casualty> out = new java.util.ArrayList<>();
    for (int k = 0; k < figures.size(); k++) {
      boolean revises = k > 0 && (bits >>> k & 1) == 1;
      out.add(
          figures
              .get(k)
              .withSupersedes(
                  revises ? java.util.Optional.of(figures.get(k - 1).id()) : java.util.Optional.empty()));
    }
    return out;
  }

  /** The incident, with ACLED and UCDP columns where it has a record of that dataset. */
  private static Arbitrary<Incident> withCodings(Incident incident) {
    boolean acled =
        incident.records().stream().anyMatch(r -> r.scheme().equals(org.sitrep.DatasetScheme.ACLED));
    boolean ucdp =
        incident.records().stream()
            .anyMatch(r -> r.scheme().equals(org.sitrep.DatasetScheme.UCDP_GED));
    return Combinators.combine(acledCodings().optional(), ucdpCodings().optional())
        .as(
            (a, u) ->
                incident
                    .withAcled(acled ? a : java.util.Optional.empty())
                    .withUcdp(ucdp ? u : java.util.Optional.empty()));
  }

  static Arbitrary<org.sitrep.Engagement> engagements() {
    return withEdgeCases(
        Combinators.combine(
                means(),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(true, false).list().ofSize(3),
                Arbitraries.of(org.sitrep.Proportion.class).optional(0.3),
                VocabularyArbitraries.interceptionMethods().list().ofMaxSize(2).uniqueElements(),
                claimIds().optional(0.3),
                texts().optional(0.3))
            .as(
                (means, launched, share, present, words, methods, claim, phrase) -> {
                  int stopped = launched == 0 ? 0 : share % (launched + 1);
                  org.sitrep.Engagement.Builder e =
                      org.sitrep.Engagement.builder().means(means).addAllMethods(methods);
                  if (present.get(0)) {
                    e.launched(org.sitrep.Estimate.exactly(launched));
                  }
                  if (present.get(1)) {
                    e.stopped(org.sitrep.Estimate.exactly(stopped));
                  }
                  if (present.get(2)) {
                    e.hit(org.sitrep.Estimate.exactly(launched - stopped));
                  }
                  boolean fits =
                      words.isEmpty()
                          || (words.get() != org.sitrep.Proportion.NONE || !present.get(1) || stopped == 0)
                              && (words.get() != org.sitrep.Proportion.ALL
                                  || !present.get(2)
                                  || launched == stopped);
                  return e.stoppedShare(fits ? words : java.util.Optional.empty())
                      .claim(claim)
                      .phrase(phrase)
                      .build();
                }),
        Fixtures.engagement());
  }

  static Arbitrary<Incident> incidents() {
    return withEdgeCases(
        Builders.withBuilder(Incident::builder)
            .use(incidentIds())
            .in(Incident.Builder::id)
            .use(ProvenanceArbitraries.globalIds().optional(0.3))
            .in(Incident.Builder::globalId)
            .use(incidentTypes())
            .in(Incident.Builder::type)
            .use(reportedTimes().optional())
            .in(Incident.Builder::time)
            .use(locations().optional())
            .in(Incident.Builder::location)
            .use(means().list().ofMaxSize(3).uniqueElements())
            .in(Incident.Builder::addAllMeans)
            .use(estimates().optional())
            .in(Incident.Builder::quantity)
            .use(incidentOutcomes())
            .in(Incident.Builder::outcome)
            .use(Arbitraries.of(org.sitrep.ViolenceType.class).optional(0.3))
            .in(Incident.Builder::violenceType)
            .use(engagements().list().ofMaxSize(2))
            .in(Incident.Builder::addAllEngagements)
            .use(parties().list().ofMaxSize(3).uniqueElements())
            .in(Incident.Builder::addAllParties)
            .use(sites().list().ofMaxSize(2))
            .in(Incident.Builder::addAllSites)
            .use(damages().list().ofMaxSize(2))
            .in(Incident.Builder::addAllDamage)
            .use(casualties().list().ofMaxSize(3).uniqueElements(Casualty::id))
            .in(Incident.Builder::addAllCasualties)
            .use(texts().optional())
            .in(Incident.Builder::summary)
            .use(claimIds().list().ofMaxSize(2).uniqueElements())
            .in(Incident.Builder::addAllClaims)
            .use(datasetRecords().list().ofMaxSize(2).uniqueElements(r -> r.scheme().code() + " " + r.id()))
            .in(Incident.Builder::addAllRecords)
            .use(ProvenanceArbitraries.incidentLinks().list().ofMaxSize(2).uniqueElements())
            .in(Incident.Builder::addAllLinks)
            .use(ProvenanceArbitraries.codings().optional(0.2))
            .in(Incident.Builder::coding)
            .use(Arbitraries.of(org.sitrep.Tlp.class).optional(0.2))
            .in(Incident.Builder::tlp)
            .use(ProvenanceArbitraries.licences().optional(0.2))
            .in(Incident.Builder::licence)
            .build(Incident.Builder::build)
            .flatMap(IncidentArbitraries::withCodings)
            .flatMap(IncidentArbitraries::withRevisions),
        Fixtures.incident(),
        Fixtures.incident().withCasualties(noCasualties()),
        Incident.builder()
            .id(IncidentId.of("x"))
            .type(IncidentType.EXPLOSION)
            .outcome(IncidentOutcome.UNKNOWN)
            .build());
  }
}
