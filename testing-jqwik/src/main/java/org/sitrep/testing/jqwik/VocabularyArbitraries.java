package org.sitrep.testing.jqwik;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.sitrep.ActorKind;
import org.sitrep.AidCategory;
import org.sitrep.CasualtyOutcome;
import org.sitrep.ChannelKind;
import org.sitrep.ClaimKind;
import org.sitrep.DamageKind;
import org.sitrep.GazetteerScheme;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.ItemCategory;
import org.sitrep.Means;
import org.sitrep.PopulationGroup;
import org.sitrep.SiteKind;
import org.sitrep.Vocabulary;

/**
 * Generators of open-vocabulary terms, and the helpers every generator shares: unknown codes,
 * named edge cases and weighted choice.
 */
final class VocabularyArbitraries {
  private VocabularyArbitraries() {}

  static Arbitrary<IncidentType> incidentTypes() {
    return vocabulary(IncidentType.knownValues(), IncidentType::of);
  }

  static Arbitrary<Means> means() {
    return vocabulary(Means.knownValues(), Means::of);
  }

  static Arbitrary<IncidentOutcome> incidentOutcomes() {
    return vocabulary(IncidentOutcome.knownValues(), IncidentOutcome::of);
  }

  static Arbitrary<ClaimKind> claimKinds() {
    return vocabulary(ClaimKind.knownValues(), ClaimKind::of);
  }

  static Arbitrary<ActorKind> actorKinds() {
    return vocabulary(ActorKind.knownValues(), ActorKind::of);
  }

  static Arbitrary<ChannelKind> channelKinds() {
    return vocabulary(ChannelKind.knownValues(), ChannelKind::of);
  }

  static Arbitrary<CasualtyOutcome> casualtyOutcomes() {
    return vocabulary(CasualtyOutcome.knownValues(), CasualtyOutcome::of);
  }

  static Arbitrary<PopulationGroup> populationGroups() {
    return vocabulary(PopulationGroup.knownValues(), PopulationGroup::of);
  }

  static Arbitrary<AidCategory> aidCategories() {
    return vocabulary(AidCategory.knownValues(), AidCategory::of);
  }

  static Arbitrary<ItemCategory> itemCategories() {
    return vocabulary(ItemCategory.knownValues(), ItemCategory::of);
  }

  static Arbitrary<SiteKind> siteKinds() {
    return vocabulary(SiteKind.knownValues(), SiteKind::of);
  }

  static Arbitrary<org.sitrep.PartyRole> partyRoles() {
    return vocabulary(org.sitrep.PartyRole.knownValues(), org.sitrep.PartyRole::of);
  }

  static Arbitrary<org.sitrep.Demographic> demographics() {
    return vocabulary(org.sitrep.Demographic.knownValues(), org.sitrep.Demographic::of);
  }

  static Arbitrary<org.sitrep.CasualtyCondition> casualtyConditions() {
    return vocabulary(org.sitrep.CasualtyCondition.knownValues(), org.sitrep.CasualtyCondition::of);
  }

  static Arbitrary<org.sitrep.InjuryCause> injuryCauses() {
    return vocabulary(org.sitrep.InjuryCause.knownValues(), org.sitrep.InjuryCause::of);
  }

  static Arbitrary<org.sitrep.DatasetScheme> datasetSchemes() {
    return vocabulary(org.sitrep.DatasetScheme.knownValues(), org.sitrep.DatasetScheme::of);
  }

  static Arbitrary<org.sitrep.SiteRole> siteRoles() {
    return vocabulary(org.sitrep.SiteRole.knownValues(), org.sitrep.SiteRole::of);
  }

  static Arbitrary<org.sitrep.DamageCause> damageCauses() {
    return vocabulary(org.sitrep.DamageCause.knownValues(), org.sitrep.DamageCause::of);
  }

  static Arbitrary<org.sitrep.InterceptionMethod> interceptionMethods() {
    return vocabulary(
        org.sitrep.InterceptionMethod.knownValues(), org.sitrep.InterceptionMethod::of);
  }

  static Arbitrary<DamageKind> damageKinds() {
    return vocabulary(DamageKind.knownValues(), DamageKind::of);
  }

  static Arbitrary<GazetteerScheme> gazetteerSchemes() {
    return vocabulary(GazetteerScheme.knownValues(), GazetteerScheme::of);
  }

  static Arbitrary<org.sitrep.AidStage> aidStages() {
    return vocabulary(org.sitrep.AidStage.knownValues(), org.sitrep.AidStage::of);
  }

  static Arbitrary<org.sitrep.ClaimTopic> claimTopics() {
    return vocabulary(org.sitrep.ClaimTopic.knownValues(), org.sitrep.ClaimTopic::of);
  }

  static Arbitrary<org.sitrep.CodingMethod> codingMethods() {
    return vocabulary(org.sitrep.CodingMethod.knownValues(), org.sitrep.CodingMethod::of);
  }

  static Arbitrary<org.sitrep.EvidenceKind> evidenceKinds() {
    return vocabulary(org.sitrep.EvidenceKind.knownValues(), org.sitrep.EvidenceKind::of);
  }

  static Arbitrary<org.sitrep.IncidentRelation> incidentRelations() {
    return vocabulary(org.sitrep.IncidentRelation.knownValues(), org.sitrep.IncidentRelation::of);
  }

  static Arbitrary<org.sitrep.VerificationMethod> verificationMethods() {
    return vocabulary(
        org.sitrep.VerificationMethod.knownValues(), org.sitrep.VerificationMethod::of);
  }

  static Arbitrary<org.sitrep.WithdrawalKind> withdrawalKinds() {
    return vocabulary(org.sitrep.WithdrawalKind.knownValues(), org.sitrep.WithdrawalKind::of);
  }

  /**
   * Codes of an open vocabulary that its known terms do not use.
   *
   * @param known the vocabulary's known terms
   * @return lowercase codes, 1 to 64 characters, starting with a letter
   */
  static Arbitrary<String> unknownCodes(List<? extends Vocabulary> known) {
    Set<String> used = known.stream().map(Vocabulary::code).collect(Collectors.toSet());
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> rest =
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_").ofMaxLength(63);
    return Combinators.combine(first, rest).as((f, r) -> f + r).filter(c -> !used.contains(c));
  }

  /**
   * The generated values and, one time in 21, one of the given edge cases, which become the
   * arbitrary's only edge cases. jqwik's own edge cases of a combined arbitrary are the product of
   * its parts' and soon outnumber the tries, so each generator here names the few that matter
   * instead; the parts' edge cases still come up inside generated values, because every part mixes
   * its own in this way. (jqwik 1.10.1's {@code edgeCases(config -> config.add(...))} is no
   * alternative: it fails with an UnsupportedOperationException when the arbitrary sits deep inside
   * lists and combinations.)
   */
  @SafeVarargs
  static <T> Arbitrary<T> withEdgeCases(Arbitrary<T> generated, T... edges) {
    List<T> edgeList = new ArrayList<>();
    for (T edge : edges) {
      edgeList.add(edge);
    }
    return new WeightedArbitrary<>(
        List.of(20 * edgeList.size(), edgeList.size()),
        List.of(generated, Arbitraries.of(edgeList)),
        edgeList);
  }

  /**
   * One of several arbitraries, chosen by weight, as {@code Arbitraries.frequencyOf} but cheaper.
   *
   * @param choices each arbitrary with its weight
   * @return the weighted choice
   */
  static <T> Arbitrary<T> frequencyOf(List<Tuple.Tuple2<Integer, Arbitrary<T>>> choices) {
    List<Integer> weights = new ArrayList<>();
    List<Arbitrary<T>> parts = new ArrayList<>();
    for (Tuple.Tuple2<Integer, Arbitrary<T>> choice : choices) {
      weights.add(choice.get1());
      parts.add(choice.get2());
    }
    return new WeightedArbitrary<>(weights, parts, List.of());
  }

  private static <T extends Vocabulary> Arbitrary<T> vocabulary(
      List<T> known, Function<String, T> of) {
    Arbitrary<T> unknown = unknownCodes(known).map(of).withoutEdgeCases();
    return frequencyOf(List.of(Tuple.of(9, Arbitraries.of(known)), Tuple.of(1, unknown)));
  }
}
