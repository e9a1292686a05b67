package org.sitrep.jackson;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * One report in which every property of every type is present: every optional set, every list
 * non-empty. What it writes is the complete set of property names the Java side knows, to compare
 * with the schema's.
 */
final class FullValues {
  private FullValues() {}

  static Actor actor(String name) {
    return Actor.builder()
        .name(name)
        .kind(ActorKind.PERSON)
        .role("Moscow mayor")
        .country("RU")
        .affiliation("United Russia")
        .handle("@mos_sobyanin")
        .url(URI.create("https://www.mos.ru/mayor/"))
        .build();
  }

  static ReportedTime exactTime() {
    return ReportedTime.at(OffsetDateTime.parse("2023-09-07T06:30:00+03:00"))
        .withPhrase("at 06:30 Moscow time");
  }

  static Estimate estimate() {
    return Estimate.builder()
        .low(2)
        .best(2)
        .high(2)
        .qualifier(EstimateQualifier.EXACT)
        .phrase("two drones")
        .build();
  }

  static AdminArea adminArea(String name, String code) {
    return AdminArea.builder()
        .name(name)
        .isoCode(code)
        .addAlternateName(PlaceName.of(name + " (ru)", "ru-Latn"))
        .build();
  }

  static Location location() {
    return Location.builder()
        .name("Enerhodar")
        .addAlternateName(PlaceName.of("Energodar", "ru-Latn"))
        .country("UA")
        .admin1(adminArea("Zaporizhzhia region", "UA-23"))
        .admin2(AdminArea.builder().name("Vasylivka district").build())
        .point(GeoPoint.of(47.4989, 34.6558))
        .precision(GeoPrecision.TOWN)
        .control(
            DeFactoControl.builder()
                .controller(Actor.of("Russia", ActorKind.STATE))
                .asOf(ReportedTime.on(LocalDate.of(2023, 9, 7)))
                .claim(ClaimId.of("claim-1"))
                .phrase("the Russian-controlled part of Ukraine's southern Zaporizhzhia region")
                .build())
        .addGazetteerId(GazetteerRef.of(GazetteerScheme.GEONAMES, "709717"))
        .description("near the Zaporizhzhia nuclear power plant")
        .build();
  }

  static Incident incident() {
    return Incident.builder()
        .id(IncidentId.of("incident-1"))
        .type(IncidentType.DRONE_INTERCEPTED)
        .time(exactTime())
        .location(location())
        .addMeans(Means.DRONE)
        .quantity(estimate())
        .outcome(IncidentOutcome.INTERCEPTED)
        .perpetrator(actor("Ukrainian forces"))
        .addSite(Site.of(SiteKind.RAILWAY_STATION, "a railway station building"))
        .addDamage(
            Damage.builder()
                .kind(DamageKind.SHATTERED)
                .object("windows of a railway station building")
                .count(Estimate.atLeast(3).withPhrase("at least 3"))
                .cause("drone debris")
                .build())
        .addCasualty(
            Casualty.builder()
                .id(CasualtyId.of("casualty-1"))
                .outcome(CasualtyOutcome.KILLED)
                .population(PopulationGroup.CIVILIAN)
                .count(Estimate.upTo(17).withPhrase("up to 17"))
                .asOf(ReportedTime.on(LocalDate.of(2023, 9, 6)))
                .provisional(true)
                .claim(ClaimId.of("claim-1"))
                .build())
        .summary("Two drones were downed over Enerhodar.")
        .addClaim(ClaimId.of("claim-1"))
        .build();
  }

  static Claim claim() {
    return Claim.builder()
        .id(ClaimId.of("claim-1"))
        .source(actor("Sergei Sobyanin"))
        .channel(
            Channel.builder()
                .kind(ChannelKind.MESSAGING_APP)
                .name("Telegram")
                .url(URI.create("https://t.me/mos_sobyanin"))
                .build())
        .madeOn(exactTime())
        .statement("Two drones were downed.")
        .quote("Air defence forces shot down two drones.")
        .kind(ClaimKind.FACTUAL_ASSERTION)
        .verification(VerificationStatus.UNVERIFIED)
        .addAboutIncident(IncidentId.of("incident-1"))
        .addAboutCasualty(CasualtyId.of("casualty-1"))
        .addAboutAidPackage(AidPackageId.of("aid-1"))
        .post(PostId.of("post-1"))
        .build();
  }

  static MonetaryValue monetaryValue() {
    return MonetaryValue.builder()
        .amount(Money.of("175000000", "USD"))
        .qualifier(EstimateQualifier.AT_MOST)
        .addEquivalent(Money.of("140000000.50", "GBP"))
        .phrase("worth up to $175million (£140m)")
        .build();
  }

  static AidPackage aidPackage(String id, String related) {
    return AidPackage.builder()
        .id(AidPackageId.of(id))
        .donor(Actor.of("the US", ActorKind.STATE))
        .recipient(Actor.of("Ukraine", ActorKind.STATE))
        .announcedOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
        .category(AidCategory.MILITARY)
        .value(monetaryValue())
        .addItem(
            AidItem.builder()
                .description("depleted uranium anti-tank shells")
                .category(ItemCategory.AMMUNITION)
                .quantity(Estimate.approximately(1000).withPhrase("about a thousand"))
                .platform("Abrams tanks")
                .build())
        .expectedDelivery(
            ReportedTime.between(
                    LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), TimePrecision.SEASON)
                .withPhrase("in autumn"))
        .stage(AidStage.ANNOUNCED)
        .addRelated(AidPackageId.of(related))
        .addClaim(ClaimId.of("claim-1"))
        .summary("US military aid including depleted uranium shells.")
        .build();
  }

  static EmbeddedPost post() {
    return EmbeddedPost.builder()
        .id(PostId.of("post-1"))
        .author(actor("Maria Drutska"))
        .platform("Twitter")
        .url(URI.create("https://twitter.com/maria_drutska/status/1"))
        .postedOn(exactTime())
        .text("Rostov doesn't sleep🔥")
        .addLink(URI.create("https://pic.twitter.com/0yC7aX1orB"))
        .build();
  }

  static Report report() {
    return Report.builder()
        .id(ReportId.of("report-1"))
        .schemaVersion(Report.CURRENT_SCHEMA_VERSION)
        .headline("Ukraine war: Drones shot down over Russia")
        .publisher(actor("BBC News"))
        .url(URI.create("https://www.bbc.co.uk/news/world-europe-66740003"))
        .publishedAt(OffsetDateTime.parse("2023-09-07T09:00:00+01:00"))
        .retrievedAt(OffsetDateTime.parse("2023-09-07T12:00:00Z"))
        .language("en-GB")
        .addAuthor(actor("Jaroslav Lukiv"))
        .addPost(post())
        .addIncident(incident())
        .addClaim(claim())
        .addAidPackage(aidPackage("aid-1", "aid-2"))
        .addAidPackage(aidPackage("aid-2", "aid-1"))
        .build();
  }
}
