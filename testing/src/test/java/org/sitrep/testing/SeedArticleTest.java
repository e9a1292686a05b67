package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.testing.SeedArticle.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.sitrep.ActorKind;
import org.sitrep.AidCategory;
import org.sitrep.AidPackage;
import org.sitrep.AidStage;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.ChannelKind;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.DamageKind;
import org.sitrep.EmbeddedPost;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.ItemCategory;
import org.sitrep.Location;
import org.sitrep.Means;
import org.sitrep.Money;
import org.sitrep.PlaceName;
import org.sitrep.Report;
import org.sitrep.SiteKind;
import org.sitrep.TimePrecision;
import org.sitrep.VerificationStatus;

/** The seed article as one report: each of its facts has a typed home. */
class SeedArticleTest {
  private final Report report = SeedArticle.report();

  private Incident incident(IncidentId id) {
    return report.incident(id).orElseThrow();
  }

  private Claim claim(ClaimId id) {
    return report.claim(id).orElseThrow();
  }

  @Test
  void fact1_dronesDownedAcrossRussiaOvernight_perTheKremlin_unverified() {
    Incident drones = incident(DRONES_ACROSS_RUSSIA);
    assertThat(drones.type()).isEqualTo(IncidentType.DRONE_INTERCEPTED);
    assertThat(drones.outcome()).isEqualTo(IncidentOutcome.INTERCEPTED);
    assertThat(drones.means()).containsExactly(Means.DRONE);
    assertThat(drones.quantity().orElseThrow().qualifier()).isEqualTo(EstimateQualifier.UNSPECIFIED);
    assertThat(drones.quantity().orElseThrow().phrase()).contains("multiple");
    assertThat(drones.time().orElseThrow().precision()).isEqualTo(TimePrecision.PART_OF_DAY);
    assertThat(drones.time().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 6));
    assertThat(drones.time().orElseThrow().end()).isEqualTo(LocalDate.of(2023, 9, 7));
    assertThat(drones.time().orElseThrow().phrase()).contains("overnight");
    assertThat(drones.location().orElseThrow().precision()).isEqualTo(GeoPrecision.COUNTRY);
    assertThat(drones.perpetrators().get(0).country()).contains("UA");
    assertThat(drones.parties().get(0).claim()).as("the attribution is the Kremlin's").contains(KREMLIN_CLAIM);
    assertThat(drones.parties().get(0).phrase()).contains("Ukrainian drones");

    Claim kremlin = claim(KREMLIN_CLAIM);
    assertThat(kremlin.source().name()).isEqualTo("the Kremlin");
    assertThat(kremlin.source().kind()).isEqualTo(ActorKind.GOVERNMENT);
    assertThat(kremlin.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
    assertThat(report.claimsAbout(DRONES_ACROSS_RUSSIA)).containsExactly(kremlin);
  }

  @Test
  void fact2_oneDroneOverRamenskoye_perMoscowsMayor() {
    Incident ramenskoye = incident(RAMENSKOYE_DRONE);
    assertThat(ramenskoye.quantity()).contains(Estimate.exactly(1).withPhrase("one drone"));
    Location place = ramenskoye.location().orElseThrow();
    assertThat(place.name()).contains("Ramenskoye");
    assertThat(place.relativeTo().orElseThrow().direction())
        .contains(org.sitrep.CompassDirection.SOUTHEAST);
    assertThat(place.admin1().orElseThrow().isoCode()).contains("RU-MOS");
    assertThat(place.precision()).isEqualTo(GeoPrecision.TOWN);

    Claim sobyanin = claim(SOBYANIN_CLAIM);
    assertThat(sobyanin.source().name()).isEqualTo("Sergei Sobyanin");
    assertThat(sobyanin.source().role()).contains("Moscow mayor");
    assertThat(sobyanin.aboutIncidents()).containsExactly(RAMENSKOYE_DRONE);
  }

  @Test
  void fact3_largeExplosionInRostov_inSocialMediaVideos_withTheEmbeddedPost() {
    Incident explosion = incident(ROSTOV_LARGE_EXPLOSION);
    assertThat(explosion.type()).isEqualTo(IncidentType.EXPLOSION);
    assertThat(explosion.location().orElseThrow().admin1().orElseThrow().isoCode()).contains("RU-ROS");
    assertThat(claim(VIDEOS_CLAIM).channel().orElseThrow().kind()).isEqualTo(ChannelKind.VIDEO);

    EmbeddedPost post = report.posts().get(0);
    assertThat(post.id()).isEqualTo(DRUTSKA_POST);
    assertThat(post.author().handle()).contains("@maria_drutska");
    assertThat(post.author().kind()).isEqualTo(ActorKind.SOCIAL_MEDIA_ACCOUNT);
    assertThat(post.postedOn().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 7));
    assertThat(post.postedOn().orElseThrow().precision()).isEqualTo(TimePrecision.DAY);
    assertThat(post.links()).containsExactly(URI.create("https://pic.twitter.com/0yC7aX1orB"));
    assertThat(post.text().orElseThrow()).startsWith("Rostov doesn't sleep");
    assertThat(claim(DRUTSKA_CLAIM).post()).contains(DRUTSKA_POST);
  }

  @Test
  void fact4_atLeastThreeExplosionsNearTheHq_andAVehicleOnFire_perMediaReports() {
    Incident explosions = incident(ROSTOV_HQ_EXPLOSIONS);
    assertThat(explosions.quantity()).contains(Estimate.atLeast(3).withPhrase("at least 3 explosions"));
    assertThat(explosions.location().orElseThrow().precision()).isEqualTo(GeoPrecision.NEAR);
    assertThat(explosions.sites()).extracting(s -> s.kind()).containsExactly(SiteKind.MILITARY_FACILITY);

    Incident fire = incident(ROSTOV_VEHICLE_FIRE);
    assertThat(fire.type()).isEqualTo(IncidentType.FIRE);
    assertThat(fire.damage()).extracting(d -> d.kind()).containsExactly(DamageKind.FIRE);
    assertThat(claim(DRUTSKA_CLAIM).aboutIncidents()).contains(ROSTOV_HQ_EXPLOSIONS, ROSTOV_VEHICLE_FIRE);
  }

  @Test
  void fact5_threeExplosionsOneInjured_unconfirmed_perLocalMedia() {
    Incident explosions = incident(ROSTOV_LOCAL_MEDIA_EXPLOSIONS);
    assertThat(explosions.quantity().orElseThrow().best()).hasValue(3);
    Casualty injured = explosions.casualties().get(0);
    assertThat(injured.outcome()).isEqualTo(CasualtyOutcome.INJURED);
    assertThat(injured.count()).isEqualTo(Estimate.exactly(1).withPhrase("one person"));
    assertThat(injured.claim()).contains(LOCAL_MEDIA_CLAIM);

    Claim local = claim(LOCAL_MEDIA_CLAIM);
    assertThat(local.source().kind()).isEqualTo(ActorKind.MEDIA);
    assertThat(local.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
    assertThat(local.aboutCasualties()).containsExactly(ROSTOV_INJURED);
  }

  @Test
  void fact6_twoDronesOverBryansk_debrisDamage_perInterfax() {
    Incident bryansk = incident(BRYANSK_DRONES);
    assertThat(bryansk.quantity()).contains(Estimate.exactly(2).withPhrase("two drones"));
    assertThat(bryansk.outcome()).isEqualTo(IncidentOutcome.INTERCEPTED);
    assertThat(bryansk.location().orElseThrow().admin1().orElseThrow().isoCode()).contains("RU-BRY");
    assertThat(bryansk.sites()).extracting(s -> s.kind()).containsExactly(SiteKind.RAILWAY_STATION);
    assertThat(bryansk.damage())
        .extracting(d -> d.kind())
        .containsExactly(DamageKind.SHATTERED, DamageKind.DAMAGED);
    assertThat(bryansk.damage().get(0).cause()).contains("drone debris");

    Claim interfax = claim(INTERFAX_CLAIM);
    assertThat(interfax.channel().orElseThrow().kind()).isEqualTo(ChannelKind.NEWS_AGENCY);
    assertThat(interfax.channel().orElseThrow().name()).contains("Interfax");
  }

  @Test
  void fact7_enerhodar_deJureUkraine_underRussianControl_noCasualtiesAsAnExactZero() {
    Incident enerhodar = incident(ENERHODAR_DRONES);
    assertThat(enerhodar.type()).isEqualTo(IncidentType.DRONE_ATTACK);
    assertThat(enerhodar.outcome()).isEqualTo(IncidentOutcome.IMPACT);
    assertThat(enerhodar.quantity()).contains(Estimate.unspecified("several other drones"));
    assertThat(enerhodar.sites()).extracting(s -> s.kind()).containsExactly(SiteKind.RESIDENTIAL_BUILDING);

    Location place = enerhodar.location().orElseThrow();
    assertThat(place.country()).contains("UA");
    assertThat(place.admin1().orElseThrow().isoCode()).contains("UA-23");
    assertThat(place.alternateNames()).contains(PlaceName.of("Energodar", "ru-Latn"));
    assertThat(place.admin1().orElseThrow().alternateNames())
        .contains(PlaceName.of("Zaporozhye region", "ru-Latn"));
    assertThat(place.control().orElseThrow().controller().country()).contains("RU");
    assertThat(place.control().orElseThrow().claim()).contains(ENERHODAR_CONTROL_CLAIM);

    Casualty none = enerhodar.casualties().get(0);
    assertThat(none.outcome()).isEqualTo(CasualtyOutcome.KILLED_OR_INJURED);
    assertThat(none.count().isZero()).isTrue();
    assertThat(none.count().qualifier()).isEqualTo(EstimateQualifier.EXACT);

    Claim balitsky = claim(BALITSKY_CLAIM);
    assertThat(balitsky.source().role()).contains("Russian-appointed governor");
  }

  @Test
  void fact8_upTo17KilledInKostiantynivka_provisional_perZelenskyOnTelegram() {
    Incident strike = incident(KOSTIANTYNIVKA_STRIKE);
    assertThat(strike.type()).isEqualTo(IncidentType.MISSILE_STRIKE);
    assertThat(strike.type().acledEventType()).contains("Explosions/Remote violence");
    assertThat(strike.means()).containsExactly(Means.MISSILE);
    assertThat(strike.perpetrators().get(0).country()).contains("RU");
    assertThat(strike.time().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 6));
    assertThat(strike.time().orElseThrow().phrase()).contains("On Wednesday");
    assertThat(strike.sites())
        .extracting(s -> s.kind())
        .containsExactly(SiteKind.MARKET, SiteKind.SHOP, SiteKind.PHARMACY);

    Location place = strike.location().orElseThrow();
    assertThat(place.alternateNames()).contains(PlaceName.of("Konstantinovka", "ru-Latn"));
    assertThat(place.admin1().orElseThrow().isoCode()).contains("UA-14");
    assertThat(place.relativeTo().orElseThrow().reference()).isEqualTo("the front line");
    assertThat(place.relativeTo().orElseThrow().direction()).isEmpty();

    Casualty killed = strike.casualties().get(0);
    assertThat(killed.outcome()).isEqualTo(CasualtyOutcome.KILLED);
    assertThat(killed.count().qualifier()).isEqualTo(EstimateQualifier.AT_MOST);
    assertThat(killed.count().high()).hasValue(17);
    assertThat(killed.provisional()).isTrue();

    Claim toll = claim(killed.claim().orElseThrow());
    assertThat(toll.source().name()).isEqualTo("Volodymyr Zelensky");
    assertThat(toll.kind()).isEqualTo(ClaimKind.CASUALTY_FIGURE);
    assertThat(toll.channel().orElseThrow().name()).contains("Telegram");
    assertThat(toll.channel().orElseThrow().kind()).isEqualTo(ChannelKind.MESSAGING_APP);
  }

  @Test
  void fact9_zelenskysCondemnation_isAClaimOfKindCondemnation() {
    Claim condemnation = claim(ZELENSKY_CONDEMNATION);
    assertThat(condemnation.kind()).isEqualTo(ClaimKind.CONDEMNATION);
    assertThat(condemnation.quote()).contains("This Russian evil must be defeated as soon as possible");
    assertThat(report.claimsAbout(KOSTIANTYNIVKA_STRIKE)).contains(condemnation);
  }

  @Test
  void fact10_usAidUpTo175MillionDollars_with140MillionPounds_announced_deliveryInAutumn() {
    AidPackage us = report.aidPackage(US_AID).orElseThrow();
    assertThat(us.category()).isEqualTo(AidCategory.MILITARY);
    assertThat(us.stage()).isEqualTo(AidStage.ANNOUNCED);
    assertThat(us.donor().country()).contains("US");
    assertThat(us.recipient().country()).contains("UA");
    assertThat(us.value().orElseThrow().qualifier()).isEqualTo(EstimateQualifier.AT_MOST);
    assertThat(us.value().orElseThrow().amount())
        .isEqualTo(Money.of(new BigDecimal("175000000"), Currency.getInstance("USD")));
    assertThat(us.value().orElseThrow().equivalents()).containsExactly(Money.of("140000000", "GBP"));
    assertThat(us.items().get(0).category()).isEqualTo(ItemCategory.AMMUNITION);
    assertThat(us.items().get(0).description()).contains("depleted uranium");
    assertThat(us.items().get(0).platform()).contains("Abrams tanks");
    assertThat(us.expectedDelivery().orElseThrow().precision()).isEqualTo(TimePrecision.SEASON);
    assertThat(us.expectedDelivery().orElseThrow().phrase()).contains("in autumn");
    assertThat(us.expectedDelivery().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 1));
  }

  @Test
  void fact11_britainsMarchDecision_withChallenger2Tanks_isARelatedPackage() {
    AidPackage us = report.aidPackage(US_AID).orElseThrow();
    assertThat(us.related()).containsExactly(UK_AID);
    AidPackage uk = report.aidPackage(UK_AID).orElseThrow();
    assertThat(uk.donor().country()).contains("GB");
    assertThat(uk.stage()).isEqualTo(AidStage.COMMITTED);
    assertThat(uk.announcedOn().orElseThrow().precision()).isEqualTo(TimePrecision.MONTH);
    assertThat(uk.announcedOn().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(uk.items())
        .extracting(i -> i.category())
        .containsExactly(ItemCategory.AMMUNITION, ItemCategory.ARMOURED_VEHICLES);
    assertThat(uk.items().get(0).platform()).contains("Challenger 2 tanks");
  }

  @Test
  void fact12_rostovCapturedDuringPrigozhinsMutiny_asSourcedContext() {
    Incident capture = incident(ROSTOV_CAPTURE);
    assertThat(capture.type()).isEqualTo(IncidentType.NON_VIOLENT_TERRITORY_TRANSFER);
    assertThat(capture.time().orElseThrow().precision()).isEqualTo(TimePrecision.MONTH);
    assertThat(capture.time().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(capture.perpetrators().get(0).name()).isEqualTo("Yevgeny Prigozhin");
    Claim source = claim(ROSTOV_CAPTURE_CLAIM);
    assertThat(source.source()).isEqualTo(SeedArticle.PUBLISHER);
    assertThat(source.aboutIncidents()).containsExactly(ROSTOV_CAPTURE);
  }

  @Test
  void theReportCarriesTheCurrentSchemaVersionAndItsLanguage() {
    assertThat(report.schemaVersion()).isEqualTo(Report.CURRENT_SCHEMA_VERSION);
    assertThat(report.language()).contains("en-GB");
    assertThat(report.incidents()).hasSize(10);
    assertThat(report.claims()).hasSize(13);
    assertThat(report.aidPackages()).hasSize(2);
  }

  @Test
  void twoReportsBuiltFromTheSameInputsAreEqual() {
    Report again = SeedArticle.report();
    assertThat(again).isNotSameAs(report);
    assertThat(again).isEqualTo(report);
    assertThat(again.hashCode()).isEqualTo(report.hashCode());
    assertThat(again.toString()).isEqualTo(report.toString());
    assertThat(report.withLanguage("en")).isNotEqualTo(report);
  }
}
