package org.sitrep.testing;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AdminArea;
import org.sitrep.AidCategory;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.AidPackageId;
import org.sitrep.AidStage;
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
import org.sitrep.DyadSide;
import org.sitrep.EmbeddedPost;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;
import org.sitrep.GazetteerRef;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPoint;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.ItemCategory;
import org.sitrep.Location;
import org.sitrep.Means;
import org.sitrep.MonetaryValue;
import org.sitrep.Money;
import org.sitrep.Party;
import org.sitrep.PartyRole;
import org.sitrep.PlaceName;
import org.sitrep.PopulationGroup;
import org.sitrep.PostId;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.Site;
import org.sitrep.SiteKind;
import org.sitrep.TimePrecision;
import org.sitrep.VerificationStatus;

/**
 * One value of every model type with every attribute set: every {@code Optional} present, every
 * list non-empty, every defaulted boolean set to its non-default value ({@code extensions()} is left
 * empty: extensions come from documents, not from code). Each value is valid and the same on every
 * call (no clock, no randomness), and each is from the seed article of 7 September 2023.
 *
 * <p>Use it where a test must reach every attribute: a writer that drops one, a schema that lacks
 * one, a binding that misses one. {@link #report()} holds every one of the values below, so that a
 * walk of the whole report reaches every type with every attribute set:
 *
 * <pre>{@code
 * String json = SitrepJson.tolerant().writeString(EveryAttribute.report());
 * assertThat(EveryAttribute.casualty().provisional()).isTrue();
 * }</pre>
 *
 * <p>The values of single types carry references to ids of the seed article ({@link #incident()}
 * cites the claim {@code balitsky-enerhodar}); only {@link #report()} resolves them all. For values
 * that fit anywhere, use {@link Fixtures}; for random ones, {@code SitrepArbitraries} of {@code
 * sitrep-testing-jqwik}.
 * {@code EveryAttributeTest} checks, by reflection on the model classes, that each value sets every
 * attribute, so an attribute added to the model without a value here fails the build.
 */
public final class EveryAttribute {
  private EveryAttribute() {}

  /**
   * "two drones": an exact estimate with all three bounds and its phrase.
   *
   * @return an estimate with low, best, high, qualifier and phrase
   */
  public static Estimate estimate() {
    return Estimate.builder()
        .low(2)
        .best(2)
        .high(2)
        .qualifier(EstimateQualifier.EXACT)
        .phrase("two drones")
        .build();
  }

  /**
   * "early on Thursday", at 06:30 Moscow time on 7 September 2023.
   *
   * @return a reported time of precision exact time, with its instant and phrase
   */
  public static ReportedTime reportedTime() {
    return ReportedTime.builder()
        .start(LocalDate.of(2023, 9, 7))
        .end(LocalDate.of(2023, 9, 7))
        .instant(OffsetDateTime.of(2023, 9, 7, 6, 30, 0, 0, ZoneOffset.ofHours(3)))
        .precision(TimePrecision.EXACT_TIME)
        .partOfDay(org.sitrep.PartOfDay.EARLY_MORNING)
        .clockTime(java.time.OffsetTime.of(6, 30, 0, 0, ZoneOffset.ofHours(3)))
        .addEquivalent(OffsetDateTime.of(2023, 9, 7, 3, 30, 0, 0, ZoneOffset.UTC))
        .anchor(org.sitrep.TimeAnchor.PUBLICATION)
        .phrase("early on Thursday")
        .build();
  }

  /**
   * $175 million.
   *
   * @return {@code Money.of("175000000", "USD")}
   */
  public static Money money() {
    return Money.of("175000000", "USD");
  }

  /**
   * "up to $175million (£140m)".
   *
   * @return an "at most" value of {@link #money()} with one equivalent in pounds and its phrase
   */
  public static MonetaryValue monetaryValue() {
    return MonetaryValue.builder()
        .amount(money())
        .qualifier(EstimateQualifier.AT_MOST)
        .addEquivalent(Money.of("140000000", "GBP"))
        .phrase("up to $175million (£140m)")
        .build();
  }

  /**
   * Moscow's mayor, Sergei Sobyanin, with role, country, affiliation, handle and web page.
   *
   * @return a person
   */
  public static Actor actor() {
    return Actor.builder()
        .name("Sergei Sobyanin")
        .kind(ActorKind.PERSON)
        .role("Moscow mayor")
        .country("RU")
        .affiliation("Russian government")
        .handle("@MosSobyanin")
        .url(URI.create("https://www.mos.ru/mayor/"))
        .build();
  }

  /**
   * President Zelensky's Telegram channel.
   *
   * @return a channel with kind, name and URL
   */
  public static Channel channel() {
    return Channel.builder()
        .kind(ChannelKind.of("messaging_app"))
        .name("Telegram")
        .url(URI.create("https://t.me/V_Zelenskiy_official"))
        .build();
  }

  /**
   * "Konstantinovka", the Russian name of Kostiantynivka in Latin letters.
   *
   * @return a place name with language tag {@code ru-Latn}
   */
  public static PlaceName placeName() {
    return PlaceName.of("Konstantinovka", "ru-Latn");
  }

  /**
   * Zaporizhzhia region, {@code UA-23}, with its English exonym.
   *
   * @return a first-level area with ISO code and an alternate name
   */
  public static AdminArea adminArea() {
    return AdminArea.builder()
        .name("Zaporizhzhia region")
        .isoCode("UA-23")
        .addAlternateName(PlaceName.of("Zaporozhye region", "en"))
        .build();
  }

  /**
   * Enerhodar's coordinates.
   *
   * @return {@code GeoPoint.of(47.4984, 34.6582)}
   */
  public static GeoPoint geoPoint() {
    return GeoPoint.of(47.4984, 34.6582);
  }

  /**
   * Russian control of the Zaporizhzhia region as of 7 September 2023, as the article states it
   * (claim {@code article-enerhodar-control}).
   *
   * @return de facto control with controller, date, claim and phrase
   */
  public static DeFactoControl deFactoControl() {
    return DeFactoControl.builder()
        .controller(
            Actor.builder()
                .name("Russian armed forces")
                .kind(ActorKind.ARMED_FORCES)
                .country("RU")
                .build())
        .asOf(ReportedTime.on(LocalDate.of(2023, 9, 7)))
        .claim(ClaimId.of("article-enerhodar-control"))
        .phrase("the Russian-controlled part of Ukraine's southern Zaporizhzhia region")
        .build();
  }

  /**
   * Enerhodar in GeoNames.
   *
   * @return GeoNames id 709161
   */
  public static GazetteerRef gazetteerRef() {
    return GazetteerRef.of(GazetteerScheme.of("geonames"), "709161");
  }

  /**
   * Enerhodar, Zaporizhzhia region, Ukraine: alternate names, both administrative levels,
   * coordinates, precision, de facto control, GeoNames id and a description.
   *
   * @return a location with every attribute set
   */
  public static Location location() {
    return Location.builder()
        .name("Enerhodar")
        .addAlternateName(PlaceName.of("Energodar", "en"))
        .addAlternateName(PlaceName.of("Енергодар", "uk"))
        .country("UA")
        .admin1(adminArea())
        .admin2(AdminArea.builder().name("Vasylivka raion").build())
        .admin3(AdminArea.builder().name("Enerhodar hromada").build())
        .point(geoPoint())
        .precision(GeoPrecision.TOWN)
        .control(deFactoControl())
        .addGazetteerId(gazetteerRef())
        .relativeTo(relativePosition())
        .description("a city in the Russian-controlled part of the Zaporizhzhia region")
        .build();
  }

  /**
   * About 50 km southwest of Zaporizhzhia, across the Kakhovka reservoir.
   *
   * @return a relative position with every attribute set
   */
  public static org.sitrep.RelativePosition relativePosition() {
    return org.sitrep.RelativePosition.builder()
        .direction(org.sitrep.CompassDirection.SOUTHWEST)
        .distanceKm(Estimate.approximately(50).withPhrase("about 50 km"))
        .reference("Zaporizhzhia")
        .phrase("about 50 km southwest of Zaporizhzhia")
        .build();
  }

  /**
   * A residential building.
   *
   * @return a site with kind and description
   */
  public static Site site() {
    return Site.of(SiteKind.of("residential_building"), "a residential building")
        .withRole(org.sitrep.SiteRole.HIT);
  }

  /**
   * Windows of a railway station building shattered by the debris of downed drones, in an
   * unspecified number.
   *
   * @return damage with kind, object, count and cause
   */
  public static Damage damage() {
    return Damage.builder()
        .kind(DamageKind.of("shattered"))
        .object("windows in a railway station building")
        .count(Estimate.unspecified("windows"))
        .cause("debris of downed drones")
        .causeType(org.sitrep.DamageCause.DEBRIS)
        .build();
  }

  /**
   * The Air Force's "launched 48, intercepted 44" for the drones of the night, four of which hit,
   * stopped by air defence and electronic warfare, as the claim {@code balitsky-enerhodar} gives
   * it.
   *
   * @return an engagement with every attribute set
   */
  public static org.sitrep.Engagement engagement() {
    return org.sitrep.Engagement.builder()
        .means(Means.of("drone"))
        .launched(Estimate.exactly(48))
        .stopped(Estimate.exactly(44))
        .stoppedShare(org.sitrep.Proportion.MOST)
        .hit(Estimate.exactly(4))
        .addMethod(org.sitrep.InterceptionMethod.AIR_DEFENCE)
        .addMethod(org.sitrep.InterceptionMethod.ELECTRONIC_WARFARE)
        .addInterceptor(Actor.of("Russian air defence", ActorKind.ARMED_FORCES))
        .claim(ClaimId.of("balitsky-enerhodar"))
        .phrase("launched 48, intercepted 44")
        .build();
  }

  /**
   * "at least one child" among the dead: a part of {@link #casualty()}'s count.
   *
   * @return a casualty group with every attribute set
   */
  public static org.sitrep.CasualtyGroup casualtyGroup() {
    return org.sitrep.CasualtyGroup.of(
        org.sitrep.Demographic.CHILD, Estimate.atLeast(1).withPhrase("including a child"));
  }

  /**
   * "up to 17" civilians killed in Kostiantynivka on Wednesday, at least one of them a child
   * ({@link #casualtyGroup()}), by fragments and the blast, at the market rather than the
   * incident's wider place, some dying of their wounds, on UCDP's side B (one-sided violence:
   * civilians), provisional, from President Zelensky's claim {@code zelensky-telegram-toll}. Its id
   * is {@code kostiantynivka-killed}.
   *
   * @return a casualty figure with every attribute set, {@code provisional} true
   */
  public static Casualty casualty() {
    return Casualty.builder()
        .id(CasualtyId.of("kostiantynivka-killed"))
        .globalId(org.sitrep.GlobalId.of("urn:sitrep:casualty:kostiantynivka-2023-09-06-killed"))
        .outcome(CasualtyOutcome.of("killed"))
        .population(PopulationGroup.of("civilian"))
        .side(DyadSide.SIDE_B)
        .count(Estimate.upTo(17).withPhrase("up to 17"))
        .addBreakdown(casualtyGroup())
        .condition(org.sitrep.CasualtyCondition.DIED_OF_WOUNDS)
        .addCauses(org.sitrep.InjuryCause.FRAGMENTS, org.sitrep.InjuryCause.BLAST)
        .location(
            Location.builder()
                .name("Kostiantynivka central market")
                .country("UA")
                .precision(GeoPrecision.EXACT_SITE)
                .build())
        .asOf(ReportedTime.on(LocalDate.of(2023, 9, 6)).withPhrase("on Wednesday"))
        .provisional(true)
        .supersedes(CasualtyId.of("kostiantynivka-killed-first"))
        .claim(ClaimId.of("zelensky-telegram-toll"))
        .coding(coding())
        .build();
  }

  /**
   * Ukrainian forces as the perpetrator on side A, as the claim {@code balitsky-enerhodar} says,
   * in the words "Ukrainian drones".
   *
   * @return a party with every attribute set
   */
  public static Party party() {
    return Party.builder()
        .actor(Actor.of("Ukrainian forces", ActorKind.ARMED_FORCES))
        .role(PartyRole.PERPETRATOR)
        .side(DyadSide.SIDE_A)
        .claim(ClaimId.of("balitsky-enerhodar"))
        .phrase("Ukrainian drones")
        .build();
  }

  /**
   * The drones that struck a residential building in Enerhodar overnight, citing the claim {@code
   * balitsky-enerhodar}. Its id is {@code enerhodar-drones}.
   *
   * @return an incident with every attribute set, in {@link #location()} at {@link #site()}
   */
  public static Incident incident() {
    return Incident.builder()
        .id(IncidentId.of("enerhodar-drones"))
        .globalId(org.sitrep.GlobalId.of("urn:sitrep:incident:enerhodar-2023-09-06"))
        .type(IncidentType.DRONE_ATTACK)
        .time(ReportedTime.overnight(LocalDate.of(2023, 9, 6)).withPhrase("overnight"))
        .location(location())
        .addMeans(Means.of("drone"))
        .quantity(Estimate.unspecified("several other drones"))
        .outcome(IncidentOutcome.of("impact"))
        .violenceType(org.sitrep.ViolenceType.STATE_BASED)
        .addEngagement(engagement())
        .addParty(party())
        .addSite(site())
        .addDamage(
            Damage.builder()
                .kind(DamageKind.of("damaged"))
                .object("a residential building")
                .build())
        .addCasualty(
            Casualty.builder()
                .id(CasualtyId.of("enerhodar-no-casualties"))
                .outcome(CasualtyOutcome.of("killed_or_injured"))
                .population(PopulationGroup.of("unknown"))
                .count(Estimate.exactly(0).withPhrase("no casualties"))
                .build())
        .summary("Several drones struck a residential building in Enerhodar.")
        .addClaim(ClaimId.of("balitsky-enerhodar"))
        .addLink(incidentLink())
        .addRecord(datasetRecord())
        .addRecord(org.sitrep.DatasetRecord.of(org.sitrep.DatasetScheme.UCDP_GED, "487361"))
        .acled(acledCoding())
        .ucdp(ucdpCoding())
        .coding(coding())
        .tlp(org.sitrep.Tlp.CLEAR)
        .licence(licence())
        .build();
  }

  /**
   * The Enerhodar strike is the same event as a record of another report, which names the Kremlin
   * claim's incident by its global id too.
   *
   * @return a link with every attribute set
   */
  public static org.sitrep.IncidentLink incidentLink() {
    return org.sitrep.IncidentLink.builder()
        .relation(org.sitrep.IncidentRelation.FOLLOW_UP_OF)
        .incident(IncidentId.of("kostiantynivka-strike"))
        .globalId(org.sitrep.GlobalId.of("urn:sitrep:incident:kostiantynivka-2023-09-06"))
        .claim(ClaimId.of("balitsky-enerhodar"))
        .build();
  }

  /**
   * An ACLED researcher's coding, with high confidence.
   *
   * @return a coding with every attribute set
   */
  public static org.sitrep.Coding coding() {
    return org.sitrep.Coding.builder()
        .method(org.sitrep.CodingMethod.HYBRID)
        .coder(Actor.of("ACLED", ActorKind.ORGANISATION))
        .model("viina-bert-2.1")
        .probability(0.87)
        .codedAt(OffsetDateTime.parse("2023-09-12T08:14:03Z"))
        .confidence(confidence())
        .build();
  }

  /**
   * A score of 85, high on STIX's scale.
   *
   * @return a confidence with every attribute set
   */
  public static org.sitrep.Confidence confidence() {
    return org.sitrep.Confidence.builder()
        .score(85)
        .level(org.sitrep.ConfidenceLevel.HIGH)
        .build();
  }

  /**
   * CC BY 4.0, with the attribution it asks for.
   *
   * @return a licence with every attribute set
   */
  public static org.sitrep.Licence licence() {
    return org.sitrep.Licence.builder()
        .spdxId("CC-BY-4.0")
        .url(URI.create("https://creativecommons.org/licenses/by/4.0/"))
        .attribution("BBC News, 7 September 2023")
        .build();
  }

  /**
   * A publisher's "could not independently verify".
   *
   * @return an assessment with every attribute set
   */
  public static org.sitrep.Assessment assessment() {
    return org.sitrep.Assessment.builder()
        .assessor(Actor.of("BBC News", ActorKind.MEDIA))
        .assessedOn(ReportedTime.on(LocalDate.of(2023, 9, 7)))
        .result(VerificationStatus.UNVERIFIED)
        .addMethod(org.sitrep.VerificationMethod.INDEPENDENT_SOURCES)
        .statement("The BBC could not independently verify the claims.")
        .build();
  }

  /**
   * A SHA-256 digest of the video of the strike.
   *
   * @return a content hash with every attribute set
   */
  public static org.sitrep.ContentHash contentHash() {
    return org.sitrep.ContentHash.of(
        org.sitrep.HashAlgorithm.SHA_256,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  /**
   * The video of the Kostiantynivka strike, archived.
   *
   * @return evidence with every attribute set
   */
  public static org.sitrep.Evidence evidence() {
    return org.sitrep.Evidence.builder()
        .kind(org.sitrep.EvidenceKind.VIDEO)
        .url(URI.create("https://t.me/V_Zelenskiy_official/7436"))
        .archiveUrl(URI.create("https://web.archive.org/web/20230906/https://t.me/V_Zelenskiy_official/7436"))
        .hash(contentHash())
        .capturedAt(OffsetDateTime.parse("2023-09-06T16:00:00+03:00"))
        .description("CCTV footage of the market as the missile hit")
        .build();
  }

  /**
   * The story as agency copy of Reuters.
   *
   * @return a syndication with every attribute set
   */
  public static org.sitrep.Syndication syndication() {
    return org.sitrep.Syndication.builder()
        .agency(Actor.of("Reuters", ActorKind.MEDIA))
        .url(URI.create("https://www.reuters.com/world/europe/drones-2023-09-07/"))
        .publishedAt(OffsetDateTime.parse("2023-09-07T07:30:00Z"))
        .byline("By Reuters staff")
        .build();
  }

  /**
   * The story as another outlet ran it.
   *
   * @return a publication with every attribute set
   */
  public static org.sitrep.Publication publication() {
    return org.sitrep.Publication.builder()
        .publisher(Actor.of("The Guardian", ActorKind.MEDIA))
        .url(URI.create("https://www.theguardian.com/world/2023/sep/07/drones"))
        .publishedAt(OffsetDateTime.parse("2023-09-07T10:00:00+01:00"))
        .headline("Russia says it downed Ukrainian drones overnight")
        .build();
  }

  /**
   * A withdrawal of an earlier report of the same night, replaced by {@link #report()}. A feed
   * record of its own, not part of a report.
   *
   * @return a withdrawal with every attribute set
   */
  public static org.sitrep.Withdrawal withdrawal() {
    return org.sitrep.Withdrawal.builder()
        .withdraws(ReportId.of("every-attribute-2023-09-07-first"))
        .schemaVersion(Report.CURRENT_SCHEMA_VERSION)
        .kind(org.sitrep.WithdrawalKind.REPLACED)
        .withdrawnAt(OffsetDateTime.parse("2023-09-07T14:10:00+01:00"))
        .by(Actor.of("BBC News", ActorKind.MEDIA))
        .reason("replaced by a corrected report")
        .replacedBy(ReportId.of("every-attribute-2023-09-07"))
        .build();
  }

  /**
   * The ACLED row of the Enerhodar strike, as revised on 12 September 2023.
   *
   * @return a dataset record with every attribute set
   */
  public static org.sitrep.DatasetRecord datasetRecord() {
    return org.sitrep.DatasetRecord.builder()
        .scheme(org.sitrep.DatasetScheme.ACLED)
        .id("UKR123456")
        .updatedAt(OffsetDateTime.parse("2023-09-12T08:14:03Z"))
        .build();
  }

  /**
   * ACLED's columns for a strike coded as political violence targeting civilians.
   *
   * @return ACLED columns with every attribute set
   */
  public static org.sitrep.AcledCoding acledCoding() {
    return org.sitrep.AcledCoding.builder()
        .addDisorderType(org.sitrep.DisorderType.POLITICAL_VIOLENCE)
        .civilianTargeting(true)
        .sourceScale("National")
        .addTag("local administrators")
        .inter1(org.sitrep.AcledActorType.STATE_FORCES)
        .inter2(org.sitrep.AcledActorType.CIVILIANS)
        .region("Europe")
        .country("Ukraine")
        .eventDate(LocalDate.of(2023, 9, 6))
        .build();
  }

  /**
   * UCDP GED's columns for an event of the Russia-Ukraine conflict, clearly described by two
   * sources.
   *
   * @return UCDP columns with every attribute set
   */
  public static org.sitrep.UcdpCoding ucdpCoding() {
    return org.sitrep.UcdpCoding.builder()
        .conflictId(13243)
        .dyadId(15839)
        .eventClarity(org.sitrep.EventClarity.HIGH)
        .codeStatus("Clear")
        .numberOfSources(2)
        .relid("UKR-2023-1-13243-112")
        .activeYear(true)
        .conflictDatasetId(259)
        .conflictName("Russia - Ukraine")
        .dyadDatasetId(11347)
        .dyadName("Government of Russia (Soviet Union) - Government of Ukraine")
        .sideAId(57)
        .sideADatasetId(1)
        .sideBId(65)
        .sideBDatasetId(173)
        .gwnoA("365")
        .gwnoB("369")
        .sourceArticle("\"Ukrinform,2023-09-07,Russian shelling of Kostiantynivka\"")
        .sourceOffice("Ukrinform;Reuters")
        .sourceDate("2023-09-07;2023-09-07")
        .sourceHeadline("Russian shelling of Kostiantynivka;Strike on market kills 17")
        .sourceOriginal("Ukrainian government")
        .country("Ukraine")
        .countryId(369)
        .region("Europe")
        .deathsLow(15)
        .deathsHigh(17)
        .build();
  }

  /**
   * President Zelensky's death toll on {@link #channel() Telegram}, about the strike on
   * Kostiantynivka ({@code kostiantynivka-strike}), its casualty figure ({@code
   * kostiantynivka-killed}) and the US aid package ({@code us-aid-2023-09}), from the post {@code
   * zelensky-telegram-2023-09-06}. Its id is {@code zelensky-telegram-toll}.
   *
   * @return a claim with every attribute set
   */
  public static Claim claim() {
    return Claim.builder()
        .id(ClaimId.of("zelensky-telegram-toll"))
        .source(
            Actor.builder()
                .name("Volodymyr Zelensky")
                .kind(ActorKind.PERSON)
                .role("President of Ukraine")
                .country("UA")
                .build())
        .channel(channel())
        .madeOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
        .statement("Up to 17 people were killed; the death toll could increase.")
        .quote("This Russian evil must be defeated as soon as possible")
        .kind(ClaimKind.of("casualty_figure"))
        .verification(VerificationStatus.UNVERIFIED)
        .addAboutIncident(IncidentId.of("kostiantynivka-strike"))
        .addAboutCasualty(CasualtyId.of("kostiantynivka-killed"))
        .addAboutAidPackage(AidPackageId.of("us-aid-2023-09"))
        .addAboutClaim(ClaimId.of("sobyanin-ramenskoye"))
        .post(PostId.of("zelensky-telegram-2023-09-06"))
        .addSilentOn(org.sitrep.ClaimTopic.MEANS)
        .addAssessment(assessment())
        .addEvidence(evidence())
        .coding(coding())
        .build();
  }

  /**
   * Depleted uranium anti-tank shells for Abrams tanks, in an unspecified number.
   *
   * @return an aid item with every attribute set
   */
  public static AidItem aidItem() {
    return AidItem.builder()
        .description("depleted uranium anti-tank shells")
        .category(ItemCategory.of("ammunition"))
        .quantity(Estimate.unspecified("unspecified number"))
        .platform("Abrams tanks")
        .build();
  }

  /**
   * The US military aid package "worth up to $175million", announced, for delivery in autumn,
   * related to the UK's package {@code uk-du-rounds-2023-03} and resting on the claim {@code
   * us-aid-announcement}. Its id is {@code us-aid-2023-09}.
   *
   * @return an aid package with every attribute set, of value {@link #monetaryValue()}
   */
  public static AidPackage aidPackage() {
    return AidPackage.builder()
        .id(AidPackageId.of("us-aid-2023-09"))
        .donor(Actor.of("United States", ActorKind.STATE))
        .recipient(Actor.of("Ukraine", ActorKind.STATE))
        .announcedOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
        .category(AidCategory.of("military"))
        .value(monetaryValue())
        .addItem(aidItem())
        .expectedDelivery(
            ReportedTime.between(
                    LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), TimePrecision.SEASON)
                .withPhrase("in autumn"))
        .stage(AidStage.ANNOUNCED)
        .addRelated(AidPackageId.of("uk-du-rounds-2023-03"))
        .addClaim(ClaimId.of("us-aid-announcement"))
        .summary("A new military aid package worth up to $175million.")
        .build();
  }

  /**
   * The tweet by @maria_drutska of 7 September 2023. Its id is {@code drutska-2023-09-07}.
   *
   * @return an embedded post with every attribute set
   */
  public static EmbeddedPost embeddedPost() {
    return EmbeddedPost.builder()
        .id(PostId.of("drutska-2023-09-07"))
        .author(
            Actor.builder()
                .name("Maria Drutska")
                .kind(ActorKind.SOCIAL_MEDIA_ACCOUNT)
                .handle("@maria_drutska")
                .build())
        .platform("Twitter")
        .url(URI.create("https://twitter.com/maria_drutska/status/1699699336012394839"))
        .postedOn(ReportedTime.on(LocalDate.of(2023, 9, 7)).withPhrase("September 7, 2023"))
        .text("Rostov doesn't sleep🔥")
        .addLink(URI.create("https://pic.twitter.com/0yC7aX1orB"))
        .build();
  }

  /**
   * A report with every attribute set that holds every value of this class, so that a walk of the
   * whole report reaches every model type with every attribute set: {@link #embeddedPost()}, {@link
   * #incident()} (with {@link #location()} and so {@link #adminArea()}, {@link #geoPoint()}, {@link
   * #deFactoControl()}, {@link #gazetteerRef()}, and {@link #site()}), {@link #claim()} (with
   * {@link #channel()}), {@link #aidPackage()} (with {@link #monetaryValue()}, {@link #money()} and
   * {@link #aidItem()}), and {@link #actor()}, {@link #reportedTime()}, {@link #casualty()}, {@link
   * #damage()}, {@link #estimate()} and {@link #placeName()} in the parts that resolve their
   * references: the strike on Kostiantynivka, the claims cited, the post and the related package.
   * Published at 09:00 BST on 7 September 2023, retrieved at 12:00 UTC.
   *
   * @return a valid report whose references all resolve
   */
  public static Report report() {
    return Report.builder()
        .id(ReportId.of("every-attribute-2023-09-07"))
        .schemaVersion(Report.CURRENT_SCHEMA_VERSION)
        .headline("Ukraine war: Drones shot down over Russia")
        .publisher(
            Actor.builder()
                .name("BBC News")
                .kind(ActorKind.MEDIA)
                .role("publisher")
                .country("GB")
                .affiliation("BBC")
                .handle("@BBCWorld")
                .url(URI.create("https://www.bbc.co.uk/news"))
                .build())
        .url(URI.create("https://www.bbc.co.uk/news/world-europe-66740003"))
        .publishedAt(OffsetDateTime.parse("2023-09-07T09:00:00+01:00"))
        .publishedOn(LocalDate.of(2023, 9, 7))
        .modifiedAt(OffsetDateTime.parse("2023-09-07T14:05:00+01:00"))
        .addSupersedes(ReportId.of("every-attribute-2023-09-07-first"))
        .retrievedAt(OffsetDateTime.parse("2023-09-07T12:00:00Z"))
        .language("en-GB")
        .tlp(org.sitrep.Tlp.CLEAR)
        .licence(licence())
        .addAuthor(Actor.of("Jaroslav Lukiv", ActorKind.PERSON))
        .syndication(syndication())
        .addOtherPublication(publication())
        .addPost(embeddedPost())
        .addPost(
            EmbeddedPost.builder()
                .id(PostId.of("zelensky-telegram-2023-09-06"))
                .author(Actor.of("Volodymyr Zelensky", ActorKind.PERSON))
                .platform("Telegram")
                .build())
        .addIncident(incident())
        .addIncident(
            Incident.builder()
                .id(IncidentId.of("kostiantynivka-strike"))
                .globalId(org.sitrep.GlobalId.of("urn:sitrep:incident:kostiantynivka-2023-09-06"))
                .type(IncidentType.MISSILE_STRIKE)
                .location(
                    Location.builder()
                        .name("Kostiantynivka")
                        .addAlternateName(placeName())
                        .country("UA")
                        .precision(GeoPrecision.TOWN)
                        .build())
                .quantity(estimate())
                .outcome(IncidentOutcome.IMPACT)
                .addDamage(damage())
                .addCasualty(
                    Casualty.builder()
                        .id(CasualtyId.of("kostiantynivka-killed-first"))
                        .outcome(CasualtyOutcome.KILLED)
                        .population(PopulationGroup.CIVILIAN)
                        .count(Estimate.atLeast(12).withPhrase("at least 12"))
                        .build())
                .addCasualty(casualty())
                .build())
        .addClaim(claim())
        .addClaim(
            Claim.builder()
                .id(ClaimId.of("sobyanin-ramenskoye"))
                .source(actor())
                .madeOn(reportedTime())
                .statement("Air defence forces shot down a drone flying towards Moscow.")
                .kind(ClaimKind.FACTUAL_ASSERTION)
                .verification(VerificationStatus.UNVERIFIED)
                .build())
        .addClaim(
            claimBy(
                "balitsky-enerhodar",
                Actor.of("Yevgeny Balitsky", ActorKind.PERSON),
                "Several drones struck a residential building in Enerhodar."))
        .addClaim(
            claimBy(
                "article-enerhodar-control",
                Actor.of("BBC News", ActorKind.MEDIA),
                "Enerhodar is in the Russian-controlled part of the Zaporizhzhia region."))
        .addClaim(
            claimBy(
                "us-aid-announcement",
                Actor.of("US Department of Defense", ActorKind.GOVERNMENT),
                "The US will send depleted uranium shells to Ukraine."))
        .addAidPackage(aidPackage())
        .addAidPackage(
            AidPackage.builder()
                .id(AidPackageId.of("uk-du-rounds-2023-03"))
                .donor(Actor.of("United Kingdom", ActorKind.STATE))
                .recipient(Actor.of("Ukraine", ActorKind.STATE))
                .category(AidCategory.MILITARY)
                .stage(AidStage.DELIVERED)
                .build())
        .build();
  }

  /** A bare claim that a part of {@link #report()} cites. */
  private static Claim claimBy(String id, Actor source, String statement) {
    return Claim.builder()
        .id(ClaimId.of(id))
        .source(source)
        .statement(statement)
        .kind(ClaimKind.FACTUAL_ASSERTION)
        .verification(VerificationStatus.UNVERIFIED)
        .build();
  }
}
