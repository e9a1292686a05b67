package org.sitrep.jackson;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.sitrep.ReportedTime;
import org.sitrep.Site;
import org.sitrep.SiteKind;
import org.sitrep.TimePrecision;
import org.sitrep.VerificationStatus;
import org.sitrep.testing.SeedArticle;

/**
 * One small value per public object type, each from the seed article and each using every
 * property of its type where the model allows, for the golden files.
 */
final class Samples {
  private Samples() {}

  static final Estimate ESTIMATE = Estimate.upTo(17).withPhrase("up to 17");

  static final ReportedTime REPORTED_TIME =
      ReportedTime.builder()
          .start(LocalDate.of(2023, 9, 7))
          .end(LocalDate.of(2023, 9, 7))
          .instant(OffsetDateTime.of(2023, 9, 7, 6, 30, 0, 0, ZoneOffset.ofHours(3)))
          .precision(TimePrecision.EXACT_TIME)
          .phrase("early on Thursday")
          .build();

  static final Money MONEY = Money.of("175000000", "USD");

  static final MonetaryValue MONETARY_VALUE =
      MonetaryValue.builder()
          .amount(MONEY)
          .qualifier(org.sitrep.EstimateQualifier.AT_MOST)
          .addEquivalent(Money.of("140000000", "GBP"))
          .phrase("up to $175million (£140m)")
          .build();

  static final Actor ACTOR =
      Actor.builder()
          .name("Sergei Sobyanin")
          .kind(ActorKind.PERSON)
          .role("Moscow mayor")
          .country("RU")
          .affiliation("Russian government")
          .handle("@MosSobyanin")
          .url(URI.create("https://www.mos.ru/mayor/"))
          .build();

  static final Channel CHANNEL =
      Channel.builder()
          .kind(ChannelKind.of("messaging_app"))
          .name("Telegram")
          .url(URI.create("https://t.me/V_Zelenskiy_official"))
          .build();

  static final PlaceName PLACE_NAME = PlaceName.of("Konstantinovka", "ru-Latn");

  static final AdminArea ADMIN_AREA =
      AdminArea.builder()
          .name("Zaporizhzhia region")
          .isoCode("UA-23")
          .addAlternateName(PlaceName.of("Zaporozhye region", "en"))
          .build();

  static final GeoPoint GEO_POINT = GeoPoint.of(47.4984, 34.6582);

  static final Actor RUSSIA =
      Actor.builder()
          .name("Russian armed forces")
          .kind(ActorKind.ARMED_FORCES)
          .country("RU")
          .build();

  static final DeFactoControl DE_FACTO_CONTROL =
      DeFactoControl.builder()
          .controller(RUSSIA)
          .asOf(ReportedTime.on(LocalDate.of(2023, 9, 7)))
          .claim(ClaimId.of("article-enerhodar-control"))
          .phrase("the Russian-controlled part of Ukraine's southern Zaporizhzhia region")
          .build();

  static final GazetteerRef GAZETTEER_REF =
      GazetteerRef.of(GazetteerScheme.of("geonames"), "709161");

  static final Location LOCATION =
      Location.builder()
          .name("Enerhodar")
          .addAlternateName(PlaceName.of("Energodar", "en"))
          .addAlternateName(PlaceName.of("Енергодар", "uk"))
          .country("UA")
          .admin1(ADMIN_AREA)
          .admin2(AdminArea.builder().name("Vasylivka raion").build())
          .point(GEO_POINT)
          .precision(GeoPrecision.TOWN)
          .control(DE_FACTO_CONTROL)
          .addGazetteerId(GAZETTEER_REF)
          .description("a city in the Russian-controlled part of the Zaporizhzhia region")
          .build();

  static final Site SITE = Site.of(SiteKind.of("residential_building"), "a residential building");

  static final Damage DAMAGE =
      Damage.builder()
          .kind(DamageKind.of("shattered"))
          .object("windows in a railway station building")
          .count(Estimate.unspecified("windows"))
          .cause("debris of downed drones")
          .build();

  static final Casualty CASUALTY =
      Casualty.builder()
          .id(CasualtyId.of("kostiantynivka-killed"))
          .outcome(CasualtyOutcome.of("killed"))
          .population(PopulationGroup.of("civilian"))
          .count(ESTIMATE)
          .asOf(ReportedTime.on(LocalDate.of(2023, 9, 6)).withPhrase("on Wednesday"))
          .provisional(true)
          .claim(ClaimId.of("zelensky-telegram-toll"))
          .build();

  static final Incident INCIDENT =
      Incident.builder()
          .id(IncidentId.of("enerhodar-drones"))
          .type(IncidentType.DRONE_ATTACK)
          .time(ReportedTime.overnight(LocalDate.of(2023, 9, 6)).withPhrase("overnight"))
          .location(LOCATION)
          .addMeans(Means.of("drone"))
          .quantity(Estimate.unspecified("several other drones"))
          .outcome(IncidentOutcome.of("impact"))
          .perpetrator(Actor.of("Ukrainian forces", ActorKind.ARMED_FORCES))
          .addSite(SITE)
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
          .build();

  static final Claim CLAIM =
      Claim.builder()
          .id(ClaimId.of("zelensky-telegram-toll"))
          .source(
              Actor.builder()
                  .name("Volodymyr Zelensky")
                  .kind(ActorKind.PERSON)
                  .role("President of Ukraine")
                  .country("UA")
                  .build())
          .channel(CHANNEL)
          .madeOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
          .statement("Up to 17 people were killed; the death toll could increase.")
          .quote("This Russian evil must be defeated as soon as possible")
          .kind(ClaimKind.of("casualty_figure"))
          .verification(VerificationStatus.UNVERIFIED)
          .addAboutIncident(IncidentId.of("kostiantynivka-strike"))
          .addAboutCasualty(CasualtyId.of("kostiantynivka-killed"))
          .addAboutAidPackage(AidPackageId.of("us-aid-2023-09"))
          .post(PostId.of("zelensky-telegram-2023-09-06"))
          .build();

  static final AidItem AID_ITEM =
      AidItem.builder()
          .description("depleted uranium anti-tank shells")
          .category(ItemCategory.of("ammunition"))
          .quantity(Estimate.unspecified("unspecified number"))
          .platform("Abrams tanks")
          .build();

  static final AidPackage AID_PACKAGE =
      AidPackage.builder()
          .id(AidPackageId.of("us-aid-2023-09"))
          .donor(Actor.of("United States", ActorKind.STATE))
          .recipient(Actor.of("Ukraine", ActorKind.STATE))
          .announcedOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
          .category(AidCategory.of("military"))
          .value(MONETARY_VALUE)
          .addItem(AID_ITEM)
          .expectedDelivery(
              ReportedTime.between(
                      LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), TimePrecision.SEASON)
                  .withPhrase("in autumn"))
          .stage(AidStage.ANNOUNCED)
          .addRelated(AidPackageId.of("uk-du-rounds-2023-03"))
          .addClaim(ClaimId.of("us-aid-announcement"))
          .summary("A new military aid package worth up to $175million.")
          .build();

  static final EmbeddedPost EMBEDDED_POST =
      EmbeddedPost.builder()
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

  /** A value with its public type and the name of its golden file (under {@code golden/}). */
  record Sample(String name, Class<?> type, Object value) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every sample, in the order of the wire-format document. */
  static List<Sample> all() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seed-report", SeedArticle.report());
    m.put("incident", INCIDENT);
    m.put("claim", CLAIM);
    m.put("aid-package", AID_PACKAGE);
    m.put("location", LOCATION);
    m.put("casualty", CASUALTY);
    m.put("estimate", ESTIMATE);
    m.put("estimate-exact-zero", Estimate.exactly(0).withPhrase("no casualties"));
    m.put("reported-time", REPORTED_TIME);
    m.put("money", MONEY);
    m.put("monetary-value", MONETARY_VALUE);
    m.put("actor", ACTOR);
    m.put("channel", CHANNEL);
    m.put("place-name", PLACE_NAME);
    m.put("admin-area", ADMIN_AREA);
    m.put("geo-point", GEO_POINT);
    m.put("de-facto-control", DE_FACTO_CONTROL);
    m.put("gazetteer-ref", GAZETTEER_REF);
    m.put("site", SITE);
    m.put("damage", DAMAGE);
    m.put("aid-item", AID_ITEM);
    m.put("embedded-post", EMBEDDED_POST);
    List<Sample> samples = new ArrayList<>();
    m.forEach((name, value) -> samples.add(new Sample(name, publicType(value.getClass()), value)));
    return samples;
  }

  /** The public Sitrep type of a value: the abstract type behind a generated class. */
  static Class<?> publicType(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }
}
