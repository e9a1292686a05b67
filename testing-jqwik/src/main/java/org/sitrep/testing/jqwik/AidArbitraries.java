package org.sitrep.testing.jqwik;

import static org.sitrep.testing.jqwik.IdArbitraries.aidPackageIds;
import static org.sitrep.testing.jqwik.IdArbitraries.claimIds;
import static org.sitrep.testing.jqwik.IdArbitraries.postIds;
import static org.sitrep.testing.jqwik.MeasureArbitraries.estimates;
import static org.sitrep.testing.jqwik.MeasureArbitraries.monetaryValues;
import static org.sitrep.testing.jqwik.MeasureArbitraries.reportedTimes;
import static org.sitrep.testing.jqwik.SourceArbitraries.actors;
import static org.sitrep.testing.jqwik.TextArbitraries.texts;
import static org.sitrep.testing.jqwik.TextArbitraries.urls;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.aidCategories;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.frequencyOf;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.itemCategories;
import static org.sitrep.testing.jqwik.VocabularyArbitraries.withEdgeCases;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.AidStage;
import org.sitrep.EmbeddedPost;
import org.sitrep.testing.Fixtures;

/** Generators of aid items, aid packages and embedded social-media posts. */
final class AidArbitraries {
  private AidArbitraries() {}

  static Arbitrary<AidItem> aidItems() {
    return withEdgeCases(
        Combinators.combine(texts(), itemCategories(), estimates().optional(), texts().optional())
            .as(
                (d, category, quantity, platform) ->
                    AidItem.builder()
                        .description(d)
                        .category(category)
                        .quantity(quantity)
                        .platform(platform)
                        .build()),
        Fixtures.aidItem());
  }

  static Arbitrary<AidPackage> aidPackages() {
    Arbitrary<AidPackage> unrelated =
        Builders.withBuilder(AidPackage::builder)
            .use(aidPackageIds())
            .in(AidPackage.Builder::id)
            .use(actors())
            .in(AidPackage.Builder::donor)
            .use(actors())
            .in(AidPackage.Builder::recipient)
            .use(reportedTimes().optional())
            .in(AidPackage.Builder::announcedOn)
            .use(aidCategories())
            .in(AidPackage.Builder::category)
            .use(monetaryValues().optional())
            .in(AidPackage.Builder::value)
            .use(aidItems().list().ofMaxSize(3))
            .in(AidPackage.Builder::addAllItems)
            .use(reportedTimes().optional(0.3))
            .in(AidPackage.Builder::expectedDelivery)
            .use(VocabularyArbitraries.aidStages())
            .in(AidPackage.Builder::stage)
            .use(claimIds().list().ofMaxSize(2).uniqueElements())
            .in(AidPackage.Builder::addAllClaims)
            .use(texts().optional())
            .in(AidPackage.Builder::summary)
            .build(AidPackage.Builder::build);
    return withEdgeCases(
        Combinators.combine(unrelated, aidPackageIds().list().ofMaxSize(2).uniqueElements())
            .as(
                (p, related) ->
                    p.withRelated(
                        related.stream()
                            .filter(r -> !r.equals(p.id()))
                            .collect(Collectors.toList()))),
        Fixtures.aidPackage());
  }

  static Arbitrary<EmbeddedPost> embeddedPosts() {
    return withEdgeCases(
        Builders.withBuilder(EmbeddedPost::builder)
            .use(postIds())
            .in(EmbeddedPost.Builder::id)
            .use(actors())
            .in(EmbeddedPost.Builder::author)
            .use(
                frequencyOf(
                    List.of(
                        Tuple.of(3, Arbitraries.of("Twitter", "Telegram", "X")),
                        Tuple.of(1, texts()))))
            .in(EmbeddedPost.Builder::platform)
            .use(urls().optional())
            .in(EmbeddedPost.Builder::url)
            .use(reportedTimes().optional())
            .in(EmbeddedPost.Builder::postedOn)
            .use(texts().optional())
            .in(EmbeddedPost.Builder::text)
            .use(urls().list().ofMaxSize(2))
            .in(EmbeddedPost.Builder::addAllLinks)
            .build(EmbeddedPost.Builder::build),
        Fixtures.embeddedPost());
  }
}
