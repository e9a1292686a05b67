package org.sitrep.testing.jqwik;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AdminArea;
import org.sitrep.AidCategory;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.AidPackageId;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Channel;
import org.sitrep.ChannelKind;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.Damage;
import org.sitrep.DamageKind;
import org.sitrep.DeFactoControl;
import org.sitrep.EmbeddedPost;
import org.sitrep.Estimate;
import org.sitrep.GazetteerRef;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPoint;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.ItemCategory;
import org.sitrep.Location;
import org.sitrep.Means;
import org.sitrep.MonetaryValue;
import org.sitrep.Money;
import org.sitrep.PlaceName;
import org.sitrep.PopulationGroup;
import org.sitrep.PostId;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.Site;
import org.sitrep.SiteKind;

/**
 * Makes every Sitrep value type available to jqwik's {@code @ForAll}, using {@link
 * SitrepArbitraries}: with sitrep-testing on the test class path, {@code @ForAll Report report}
 * just works, with no {@code @Provide} method or {@code @Domain}.
 *
 * <p>jqwik finds this provider through {@code META-INF/services/net.jqwik.api.providers
 * .ArbitraryProvider}. The closed vocabularies ({@code EstimateQualifier}, {@code TimePrecision},
 * {@code GeoPrecision}, {@code VerificationStatus}, {@code AidStage}) are enums, which jqwik
 * generates by itself.
 *
 * <pre>{@code
 * @Property
 * void estimatesAreOrdered(@ForAll Estimate estimate) {
 *   assertThat(estimate.low().orElse(0)).isLessThanOrEqualTo(estimate.high().orElse(Long.MAX_VALUE));
 * }
 * }</pre>
 */
public final class SitrepArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      Map.ofEntries(
          entry(Report.class, SitrepArbitraries::reports),
          entry(Incident.class, SitrepArbitraries::incidents),
          entry(Claim.class, SitrepArbitraries::claims),
          entry(Location.class, SitrepArbitraries::locations),
          entry(Casualty.class, SitrepArbitraries::casualties),
          entry(AidPackage.class, SitrepArbitraries::aidPackages),
          entry(Estimate.class, SitrepArbitraries::estimates),
          entry(ReportedTime.class, SitrepArbitraries::reportedTimes),
          entry(Money.class, SitrepArbitraries::moneys),
          entry(MonetaryValue.class, SitrepArbitraries::monetaryValues),
          entry(GeoPoint.class, SitrepArbitraries::geoPoints),
          entry(Actor.class, SitrepArbitraries::actors),
          entry(AdminArea.class, SitrepArbitraries::adminAreas),
          entry(PlaceName.class, SitrepArbitraries::placeNames),
          entry(DeFactoControl.class, SitrepArbitraries::deFactoControls),
          entry(GazetteerRef.class, SitrepArbitraries::gazetteerRefs),
          entry(Channel.class, SitrepArbitraries::channels),
          entry(Site.class, SitrepArbitraries::sites),
          entry(org.sitrep.Party.class, SitrepArbitraries::parties),
          entry(org.sitrep.RelativePosition.class, SitrepArbitraries::relativePositions),
          entry(org.sitrep.Engagement.class, SitrepArbitraries::engagements),
          entry(org.sitrep.SiteRole.class, SitrepArbitraries::siteRoles),
          entry(org.sitrep.DamageCause.class, SitrepArbitraries::damageCauses),
          entry(org.sitrep.InterceptionMethod.class, SitrepArbitraries::interceptionMethods),
          entry(org.sitrep.CasualtyGroup.class, SitrepArbitraries::casualtyGroups),
          entry(org.sitrep.DatasetRecord.class, SitrepArbitraries::datasetRecords),
          entry(org.sitrep.AcledCoding.class, SitrepArbitraries::acledCodings),
          entry(org.sitrep.UcdpCoding.class, SitrepArbitraries::ucdpCodings),
          entry(Damage.class, SitrepArbitraries::damages),
          entry(AidItem.class, SitrepArbitraries::aidItems),
          entry(EmbeddedPost.class, SitrepArbitraries::embeddedPosts),
          entry(ReportId.class, SitrepArbitraries::reportIds),
          entry(IncidentId.class, SitrepArbitraries::incidentIds),
          entry(ClaimId.class, SitrepArbitraries::claimIds),
          entry(CasualtyId.class, SitrepArbitraries::casualtyIds),
          entry(AidPackageId.class, SitrepArbitraries::aidPackageIds),
          entry(PostId.class, SitrepArbitraries::postIds),
          entry(IncidentType.class, SitrepArbitraries::incidentTypes),
          entry(Means.class, SitrepArbitraries::means),
          entry(IncidentOutcome.class, SitrepArbitraries::incidentOutcomes),
          entry(ClaimKind.class, SitrepArbitraries::claimKinds),
          entry(ActorKind.class, SitrepArbitraries::actorKinds),
          entry(ChannelKind.class, SitrepArbitraries::channelKinds),
          entry(CasualtyOutcome.class, SitrepArbitraries::casualtyOutcomes),
          entry(PopulationGroup.class, SitrepArbitraries::populationGroups),
          entry(AidCategory.class, SitrepArbitraries::aidCategories),
          entry(ItemCategory.class, SitrepArbitraries::itemCategories),
          entry(SiteKind.class, SitrepArbitraries::siteKinds),
          entry(DamageKind.class, SitrepArbitraries::damageKinds),
          entry(org.sitrep.PartyRole.class, SitrepArbitraries::partyRoles),
          entry(org.sitrep.Demographic.class, SitrepArbitraries::demographics),
          entry(org.sitrep.CasualtyCondition.class, SitrepArbitraries::casualtyConditions),
          entry(org.sitrep.InjuryCause.class, SitrepArbitraries::injuryCauses),
          entry(org.sitrep.DatasetScheme.class, SitrepArbitraries::datasetSchemes),
          entry(GazetteerScheme.class, SitrepArbitraries::gazetteerSchemes),
          entry(org.sitrep.AidStage.class, SitrepArbitraries::aidStages),
          entry(org.sitrep.ClaimTopic.class, SitrepArbitraries::claimTopics),
          entry(org.sitrep.CodingMethod.class, SitrepArbitraries::codingMethods),
          entry(org.sitrep.EvidenceKind.class, SitrepArbitraries::evidenceKinds),
          entry(org.sitrep.IncidentRelation.class, SitrepArbitraries::incidentRelations),
          entry(org.sitrep.VerificationMethod.class, SitrepArbitraries::verificationMethods),
          entry(org.sitrep.WithdrawalKind.class, SitrepArbitraries::withdrawalKinds),
          entry(org.sitrep.GlobalId.class, SitrepArbitraries::globalIds),
          entry(org.sitrep.IncidentLink.class, SitrepArbitraries::incidentLinks),
          entry(org.sitrep.Confidence.class, SitrepArbitraries::confidences),
          entry(org.sitrep.Coding.class, SitrepArbitraries::codings),
          entry(org.sitrep.Assessment.class, SitrepArbitraries::assessments),
          entry(org.sitrep.ContentHash.class, SitrepArbitraries::contentHashes),
          entry(org.sitrep.Evidence.class, SitrepArbitraries::evidence),
          entry(org.sitrep.Syndication.class, SitrepArbitraries::syndications),
          entry(org.sitrep.Publication.class, SitrepArbitraries::publications),
          entry(org.sitrep.Licence.class, SitrepArbitraries::licences),
          entry(org.sitrep.Withdrawal.class, SitrepArbitraries::withdrawals));

  /** Creates the provider; jqwik does, through the service loader. */
  public SitrepArbitraryProvider() {}

  /**
   * @return the types this provider generates, for tests and documentation
   */
  public static Set<Class<?>> providedTypes() {
    return ARBITRARIES.keySet();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.containsKey(targetType.getRawType());
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(ARBITRARIES.get(targetType.getRawType()).get());
  }
}
