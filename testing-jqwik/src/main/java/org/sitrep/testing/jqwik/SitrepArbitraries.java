package org.sitrep.testing.jqwik;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import net.jqwik.api.Arbitrary;
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
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;

/**
 * jqwik generators of valid Sitrep values, for property-based tests: every value they produce
 * passes the model's rules, so a property can assume validity and test what it is about (a round
 * trip through JSON, an export to ACLED, a merge of two reports).
 *
 * <p>They respect every rule the model states: estimates are ordered and obey their qualifier,
 * times span no more days than their precision allows, country codes come from the JDK's ISO 3166-1
 * list and an administrative area's ISO 3166-2 code starts with its location's country, currencies
 * come from the JDK's ISO 4217 list, language tags are well-formed BCP 47, URLs are absolute
 * http(s) with a host, text is trimmed and not blank. A generated {@link Report} has unique ids
 * across all its parts, and every reference in it resolves inside it.
 *
 * <p>They lean towards the cases that break code: exact zero ("no casualties"), open-ended and
 * unspecified estimates, names in Cyrillic and with emoji, the poles and the antimeridian, the
 * longest ids, amounts with and without decimals. Open vocabularies ({@link IncidentType}, {@link
 * Means}, ...) yield, about one time in ten, a code this version of Sitrep does not know, as a
 * newer producer would write it. Each generator names its edge cases (see each method), which jqwik
 * tries first, and mixes them into its ordinary values one time in 21. Extensions are left empty.
 *
 * <p>Each type is also registered for {@code @ForAll} (see {@link SitrepArbitraryProvider}), so a
 * property needs no {@code @Provide} method:
 *
 * <pre>{@code
 * @Property
 * void everyReportHasAnId(@ForAll Report report) {
 *   assertThat(report.id().value()).isNotBlank();
 * }
 * }</pre>
 *
 * <p>Or use a generator directly, to narrow or combine it:
 *
 * <pre>{@code
 * Arbitrary<Incident> shelling =
 *     SitrepArbitraries.incidents().map(i -> i.withType(IncidentType.SHELLING));
 * }</pre>
 */
public final class SitrepArbitraries {
  private SitrepArbitraries() {}

  /**
   * Free text as the model accepts it: trimmed, not blank; words in Latin and Cyrillic letters,
   * digits, punctuation and emoji, always well-formed UTF-16 (no lone surrogates).
   *
   * @return free text, with edge cases such as "x", "Костянтинівка" and "🔥"
   */
  public static Arbitrary<String> texts() {
    return TextArbitraries.texts();
  }

  /**
   * Names of places and people: real place names in several spellings and scripts, mixed with free
   * {@link #texts() text}.
   *
   * @return names
   */
  public static Arbitrary<String> names() {
    return TextArbitraries.names();
  }

  /**
   * Id tokens: 1 to 128 letters, digits and {@code . _ : ~ -}, starting with a letter or digit.
   *
   * @return id text, with edge cases of one and of 128 characters
   */
  public static Arbitrary<String> idTokens() {
    return TextArbitraries.idTokens();
  }

  /**
   * @return ISO 3166-1 alpha-2 country codes, all the JDK knows, with UA and RU as edge cases
   */
  public static Arbitrary<String> countries() {
    return TextArbitraries.countries();
  }

  /**
   * ISO 3166-2 subdivision codes of one country, in the form the model checks: the country code, a
   * hyphen and 1 to 3 upper-case letters or digits.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return codes such as {@code UA-14}
   */
  public static Arbitrary<String> subdivisionCodes(String country) {
    return TextArbitraries.subdivisionCodes(country);
  }

  /**
   * @return currencies the JDK knows (ISO 4217), with USD, GBP and EUR as edge cases
   */
  public static Arbitrary<Currency> currencies() {
    return TextArbitraries.currencies();
  }

  /**
   * Well-formed BCP 47 language tags naming a language: {@code en-GB}, {@code uk}, {@code ru-Latn},
   * {@code zh-Hans-CN}, and every tag of a locale the JDK ships.
   *
   * @return language tags
   */
  public static Arbitrary<String> languageTags() {
    return TextArbitraries.languageTags();
  }

  /**
   * Absolute http(s) URLs with a host, a path and sometimes a port and a query.
   *
   * @return URLs such as {@code https://pic.twitter.com/0yC7aX1orB}
   */
  public static Arbitrary<URI> urls() {
    return TextArbitraries.urls();
  }

  /**
   * @return report ids
   */
  public static Arbitrary<ReportId> reportIds() {
    return IdArbitraries.reportIds();
  }

  /**
   * @return incident ids
   */
  public static Arbitrary<IncidentId> incidentIds() {
    return IdArbitraries.incidentIds();
  }

  /**
   * @return claim ids
   */
  public static Arbitrary<ClaimId> claimIds() {
    return IdArbitraries.claimIds();
  }

  /**
   * @return casualty figure ids
   */
  public static Arbitrary<CasualtyId> casualtyIds() {
    return IdArbitraries.casualtyIds();
  }

  /**
   * @return aid package ids
   */
  public static Arbitrary<AidPackageId> aidPackageIds() {
    return IdArbitraries.aidPackageIds();
  }

  /**
   * @return embedded post ids
   */
  public static Arbitrary<PostId> postIds() {
    return IdArbitraries.postIds();
  }

  /**
   * @return incident types, known ones and, rarely, codes this version does not know
   */
  public static Arbitrary<IncidentType> incidentTypes() {
    return VocabularyArbitraries.incidentTypes();
  }

  /**
   * @return means of attack
   */
  public static Arbitrary<Means> means() {
    return VocabularyArbitraries.means();
  }

  /**
   * @return incident outcomes
   */
  public static Arbitrary<IncidentOutcome> incidentOutcomes() {
    return VocabularyArbitraries.incidentOutcomes();
  }

  /**
   * @return kinds of claim
   */
  public static Arbitrary<ClaimKind> claimKinds() {
    return VocabularyArbitraries.claimKinds();
  }

  /**
   * @return kinds of actor
   */
  public static Arbitrary<ActorKind> actorKinds() {
    return VocabularyArbitraries.actorKinds();
  }

  /**
   * @return kinds of channel
   */
  public static Arbitrary<ChannelKind> channelKinds() {
    return VocabularyArbitraries.channelKinds();
  }

  /**
   * @return what happened to people
   */
  public static Arbitrary<CasualtyOutcome> casualtyOutcomes() {
    return VocabularyArbitraries.casualtyOutcomes();
  }

  /**
   * @return who the people were
   */
  public static Arbitrary<PopulationGroup> populationGroups() {
    return VocabularyArbitraries.populationGroups();
  }

  /**
   * @return kinds of aid
   */
  public static Arbitrary<AidCategory> aidCategories() {
    return VocabularyArbitraries.aidCategories();
  }

  /**
   * @return kinds of aid item
   */
  public static Arbitrary<ItemCategory> itemCategories() {
    return VocabularyArbitraries.itemCategories();
  }

  /**
   * @return kinds of site
   */
  public static Arbitrary<SiteKind> siteKinds() {
    return VocabularyArbitraries.siteKinds();
  }

  /**
   * @return roles of parties, mostly known, about 1 in 10 unknown to this version
   */
  public static Arbitrary<org.sitrep.PartyRole> partyRoles() {
    return VocabularyArbitraries.partyRoles();
  }

  /**
   * @return demographic groups of a casualty breakdown, mostly known, about 1 in 10 unknown to
   *     this version
   */
  public static Arbitrary<org.sitrep.Demographic> demographics() {
    return VocabularyArbitraries.demographics();
  }

  /**
   * @return conditions of casualties, mostly known, about 1 in 10 unknown to this version
   */
  public static Arbitrary<org.sitrep.CasualtyCondition> casualtyConditions() {
    return VocabularyArbitraries.casualtyConditions();
  }

  /**
   * @return causes of injury, mostly known, about 1 in 10 unknown to this version
   */
  public static Arbitrary<org.sitrep.InjuryCause> injuryCauses() {
    return VocabularyArbitraries.injuryCauses();
  }

  /**
   * @return datasets, mostly known, about 1 in 10 unknown to this version
   */
  public static Arbitrary<org.sitrep.DatasetScheme> datasetSchemes() {
    return VocabularyArbitraries.datasetSchemes();
  }

  /**
   * @return roles of sites: target, hit, debris, and unknown codes
   */
  public static Arbitrary<org.sitrep.SiteRole> siteRoles() {
    return VocabularyArbitraries.siteRoles();
  }

  /**
   * @return typed causes of damage, and unknown codes
   */
  public static Arbitrary<org.sitrep.DamageCause> damageCauses() {
    return VocabularyArbitraries.damageCauses();
  }

  /**
   * @return ways weapons are stopped, and unknown codes
   */
  public static Arbitrary<org.sitrep.InterceptionMethod> interceptionMethods() {
    return VocabularyArbitraries.interceptionMethods();
  }

  /**
   * @return kinds of damage
   */
  public static Arbitrary<DamageKind> damageKinds() {
    return VocabularyArbitraries.damageKinds();
  }

  /**
   * @return gazetteers
   */
  public static Arbitrary<GazetteerScheme> gazetteerSchemes() {
    return VocabularyArbitraries.gazetteerSchemes();
  }

  /**
   * @return stages of aid packages, known and unknown
   */
  public static Arbitrary<org.sitrep.AidStage> aidStages() {
    return VocabularyArbitraries.aidStages();
  }

  /**
   * @return topics a statement can be silent on
   */
  public static Arbitrary<org.sitrep.ClaimTopic> claimTopics() {
    return VocabularyArbitraries.claimTopics();
  }

  /**
   * @return ways of coding a record
   */
  public static Arbitrary<org.sitrep.CodingMethod> codingMethods() {
    return VocabularyArbitraries.codingMethods();
  }

  /**
   * @return kinds of evidence
   */
  public static Arbitrary<org.sitrep.EvidenceKind> evidenceKinds() {
    return VocabularyArbitraries.evidenceKinds();
  }

  /**
   * @return relations between incidents
   */
  public static Arbitrary<org.sitrep.IncidentRelation> incidentRelations() {
    return VocabularyArbitraries.incidentRelations();
  }

  /**
   * @return methods of verification
   */
  public static Arbitrary<org.sitrep.VerificationMethod> verificationMethods() {
    return VocabularyArbitraries.verificationMethods();
  }

  /**
   * @return reasons for withdrawing a report
   */
  public static Arbitrary<org.sitrep.WithdrawalKind> withdrawalKinds() {
    return VocabularyArbitraries.withdrawalKinds();
  }

  /**
   * @return global ids of the {@code urn:sitrep:} namespace, with an ACLED id and a {@code tag:} URI as edge cases
   */
  public static Arbitrary<org.sitrep.GlobalId> globalIds() {
    return ProvenanceArbitraries.globalIds();
  }

  /**
   * @return links to incidents of other reports, by global id, some asserted by a claim (its id does not resolve outside a report)
   */
  public static Arbitrary<org.sitrep.IncidentLink> incidentLinks() {
    return ProvenanceArbitraries.incidentLinks();
  }

  /**
   * @return confidences by score, by level, or both in agreement
   */
  public static Arbitrary<org.sitrep.Confidence> confidences() {
    return ProvenanceArbitraries.confidences();
  }

  /**
   * @return codings by people and programs; a person's never has a model or probability
   */
  public static Arbitrary<org.sitrep.Coding> codings() {
    return ProvenanceArbitraries.codings();
  }

  /**
   * @return verification assessments
   */
  public static Arbitrary<org.sitrep.Assessment> assessments() {
    return ProvenanceArbitraries.assessments();
  }

  /**
   * @return digests of every algorithm, of the algorithm's length
   */
  public static Arbitrary<org.sitrep.ContentHash> contentHashes() {
    return ProvenanceArbitraries.contentHashes();
  }

  /**
   * @return evidence, each with a URL, an archive URL or a hash
   */
  public static Arbitrary<org.sitrep.Evidence> evidence() {
    return ProvenanceArbitraries.evidence();
  }

  /**
   * @return agency copy
   */
  public static Arbitrary<org.sitrep.Syndication> syndications() {
    return ProvenanceArbitraries.syndications();
  }

  /**
   * @return other outlets' publications of a story
   */
  public static Arbitrary<org.sitrep.Publication> publications() {
    return ProvenanceArbitraries.publications();
  }

  /**
   * @return licences by SPDX id, URL, or both, with attributions
   */
  public static Arbitrary<org.sitrep.Licence> licences() {
    return ProvenanceArbitraries.licences();
  }

  /**
   * @return withdrawals of reports
   */
  public static Arbitrary<org.sitrep.Withdrawal> withdrawals() {
    return ProvenanceArbitraries.withdrawals();
  }

  /**
   * Estimates of every qualifier, with bounds from zero to {@link Long#MAX_VALUE}, ordered low &le;
   * best &le; high, and the phrase as reported where there is one.
   *
   * <pre>{@code
   * @Property
   * void countsAreNeverNegative(@ForAll Estimate count) {      // or SitrepArbitraries.estimates()
   *   assertThat(count.low().orElse(0)).isNotNegative();
   * }
   * }</pre>
   *
   * @return estimates; edge cases include {@code Estimate.exactly(0)} ("no casualties"), {@code
   *     Estimate.atLeast(0)}, {@code Estimate.upTo(Long.MAX_VALUE)} and {@code
   *     Estimate.unspecified("several")}
   */
  public static Arbitrary<Estimate> estimates() {
    return MeasureArbitraries.estimates();
  }

  /**
   * @return days from 1900 to 2100, with 7 September 2023 and 29 February 2024 as edge cases
   */
  public static Arbitrary<LocalDate> dates() {
    return MeasureArbitraries.dates();
  }

  /**
   * Moments to the second with a UTC offset between -18:00 and +18:00.
   *
   * @return date-times
   */
  public static Arbitrary<OffsetDateTime> dateTimes() {
    return MeasureArbitraries.dateTimes();
  }

  /**
   * Reported times of every precision, each spanning no more days than its precision allows (1 for
   * a day, 2 for part of a day, 7 for a week, 31 for a month, 92 for a season, 366 for a year), an
   * exact time with its instant, and sometimes the phrase as reported.
   *
   * @return reported times; edge cases include "overnight", a calendar month and a leap year
   */
  public static Arbitrary<ReportedTime> reportedTimes() {
    return MeasureArbitraries.reportedTimes();
  }

  /**
   * Money: non-negative decimal amounts with 0 to 4 decimals and no exponent, in any ISO 4217
   * currency the JDK knows.
   *
   * @return money; edge cases include 0 USD, 0.00 EUR and 175000000 USD
   */
  public static Arbitrary<Money> moneys() {
    return MeasureArbitraries.moneys();
  }

  /**
   * Monetary values with a qualifier other than a range or a word, and equivalents each in a
   * currency of its own.
   *
   * @return monetary values
   */
  public static Arbitrary<MonetaryValue> monetaryValues() {
    return MeasureArbitraries.monetaryValues();
  }

  /**
   * Points anywhere on earth, to six decimals.
   *
   * @return points; edge cases include the poles, the antimeridian (&plusmn;180) and 0,0
   */
  public static Arbitrary<GeoPoint> geoPoints() {
    return MeasureArbitraries.geoPoints();
  }

  /**
   * @return other names of places, with a language tag or without
   */
  public static Arbitrary<PlaceName> placeNames() {
    return PlaceArbitraries.placeNames();
  }

  /**
   * @return administrative areas of any country, with a code of that country or none
   */
  public static Arbitrary<AdminArea> adminAreas() {
    return PlaceArbitraries.adminAreas();
  }

  /**
   * Gazetteer ids in the format of their gazetteer: GeoNames digits, P-codes, Wikidata Q-ids, OSM
   * elements, and ids of gazetteers this version does not know.
   *
   * @return gazetteer references
   */
  public static Arbitrary<GazetteerRef> gazetteerRefs() {
    return PlaceArbitraries.gazetteerRefs();
  }

  /**
   * @return reports of who controls a place in fact, sometimes citing a claim
   */
  public static Arbitrary<DeFactoControl> deFactoControls() {
    return PlaceArbitraries.deFactoControls();
  }

  /**
   * Locations with names in several scripts, a country or none, administrative areas whose ISO
   * 3166-2 codes belong to that country, coordinates up to the poles and the antimeridian, and
   * sometimes a de facto controller.
   *
   * @return locations
   */
  public static Arbitrary<Location> locations() {
    return PlaceArbitraries.locations();
  }

  /**
   * @return actors of every kind, with a role, country, affiliation, handle and page or not
   */
  public static Arbitrary<Actor> actors() {
    return SourceArbitraries.actors();
  }

  /**
   * @return channels through which claims are made
   */
  public static Arbitrary<Channel> channels() {
    return SourceArbitraries.channels();
  }

  /**
   * Claims with a statement, a quote or both, of every kind and verification status, about
   * incidents, casualty figures and aid packages by id. The ids refer to nothing in particular:
   * inside a {@link #reports() report} they are wired to its parts.
   *
   * @return claims
   */
  public static Arbitrary<Claim> claims() {
    return SourceArbitraries.claims();
  }

  /**
   * @return parts of a casualty figure: a demographic group and any estimate (a figure generated
   *     by {@link #casualties()} keeps its parts no larger than itself)
   */
  public static Arbitrary<org.sitrep.CasualtyGroup> casualtyGroups() {
    return IncidentArbitraries.casualtyGroups();
  }

  /**
   * @return parties to an incident: an actor in a role, sometimes on a side, sometimes with a claim
   *     id (which a generated report wires to one of its claims)
   */
  public static Arbitrary<org.sitrep.Party> parties() {
    return IncidentArbitraries.parties();
  }

  /**
   * @return dataset rows by dataset (mostly ACLED, UCDP GED and VIINA) and id, sometimes with the
   *     time the dataset last changed them
   */
  public static Arbitrary<org.sitrep.DatasetRecord> datasetRecords() {
    return IncidentArbitraries.datasetRecords();
  }

  /**
   * @return ACLED columns: disorder types, civilian targeting, source scale, tags
   */
  public static Arbitrary<org.sitrep.AcledCoding> acledCodings() {
    return IncidentArbitraries.acledCodings();
  }

  /**
   * @return UCDP GED columns: conflict and dyad ids, event clarity, code status, number of sources
   */
  public static Arbitrary<org.sitrep.UcdpCoding> ucdpCodings() {
    return IncidentArbitraries.ucdpCodings();
  }

  /**
   * @return engagements: exact launched, stopped and hit figures that add up, sometimes a share in
   *     words that does not contradict them, methods, a claim id and a phrase
   */
  public static Arbitrary<org.sitrep.Engagement> engagements() {
    return IncidentArbitraries.engagements();
  }

  /**
   * @return positions relative to a named reference place, sometimes with a direction and a distance
   */
  public static Arbitrary<org.sitrep.RelativePosition> relativePositions() {
    return PlaceArbitraries.relativePositions();
  }

  /**
   * @return sites hit or targeted
   */
  public static Arbitrary<Site> sites() {
    return IncidentArbitraries.sites();
  }

  /**
   * @return damage done
   */
  public static Arbitrary<Damage> damages() {
    return IncidentArbitraries.damages();
  }

  /**
   * Casualty figures of every outcome and population group, with estimates that include exact zero,
   * sometimes provisional and citing a claim (by an id that refers to nothing in particular outside
   * a report).
   *
   * @return casualty figures
   */
  public static Arbitrary<Casualty> casualties() {
    return IncidentArbitraries.casualties();
  }

  /**
   * Incidents of every type and outcome, with or without time, place, means, quantity and
   * parties, with sites, damage and casualty figures (of distinct ids), and claim ids that
   * refer to nothing in particular outside a {@link #reports() report}.
   *
   * @return incidents
   */
  public static Arbitrary<Incident> incidents() {
    return IncidentArbitraries.incidents();
  }

  /**
   * @return items of aid packages
   */
  public static Arbitrary<AidItem> aidItems() {
    return AidArbitraries.aidItems();
  }

  /**
   * Aid packages of every category and stage, never related to themselves, with related-package and
   * claim ids that refer to nothing in particular outside a {@link #reports() report}.
   *
   * @return aid packages
   */
  public static Arbitrary<AidPackage> aidPackages() {
    return AidArbitraries.aidPackages();
  }

  /**
   * @return social-media posts as embedded in reports
   */
  public static Arbitrary<EmbeddedPost> embeddedPosts() {
    return AidArbitraries.embeddedPosts();
  }

  /**
   * Whole reports: up to 2 embedded posts, 4 incidents (each with up to 3 casualty figures), 4
   * claims and 2 aid packages, with unique ids across the report (of the form {@code
   * <prefix>incident-0}, {@code <prefix>incident-0.casualty-1}, ...) and every reference (an
   * incident's claims, a casualty figure's claim, a place's de facto control claim, a claim's
   * subjects and post, an aid package's related packages and claims) wired to a part of the same
   * report. Edge cases: the empty report, {@code Fixtures.report().build()} and {@link
   * SeedArticle#report()}.
   *
   * <pre>{@code
   * @Property
   * void everyClaimAboutAnIncidentIsFound(@ForAll Report report) {
   *   report.claims().forEach(c -> c.aboutIncidents().forEach(
   *       id -> assertThat(report.claimsAbout(id)).contains(c)));
   * }
   * }</pre>
   *
   * @return reports
   */
  public static Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }
}
