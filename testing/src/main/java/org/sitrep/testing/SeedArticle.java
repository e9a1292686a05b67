package org.sitrep.testing;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
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
import org.sitrep.CompassDirection;
import org.sitrep.Party;
import org.sitrep.RelativePosition;
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
 * The news report Sitrep started from (drones over Russia, the Kostiantynivka market strike and
 * a US aid package, 7 September 2023), built as one {@link Report} in which every fact has a typed
 * home.
 *
 * <p>It is the shared fixture of the project's own tests, of the examples and of users who want a
 * realistic report to test against:
 *
 * <pre>{@code
 * Report report = SeedArticle.report();
 * Incident strike = report.incident(SeedArticle.KOSTIANTYNIVKA_STRIKE).orElseThrow();
 * assertThat(strike.casualties().get(0).count()).isEqualTo(Estimate.upTo(17).withPhrase("up to 17"));
 * }</pre>
 *
 * <p>The seed text names no publisher, headline or publication time, so the report has none. Facts
 * the article states in its own voice (that Enerhodar is under Russian control, that Rostov was
 * captured in June) are claims by {@link #PUBLISHER}, not facts of the model.
 */
public final class SeedArticle {
  private SeedArticle() {}

  /** The report's id. */
  public static final ReportId REPORT = ReportId.of("seed-2023-09-07-drones-across-russia");

  /** Fact 1: multiple drones downed across Russia overnight, per the Kremlin. */
  public static final IncidentId DRONES_ACROSS_RUSSIA = IncidentId.of("drones-across-russia");
  /** Fact 2: one drone downed over Ramenskoye, per Moscow's mayor. */
  public static final IncidentId RAMENSKOYE_DRONE = IncidentId.of("ramenskoye-drone");
  /** Fact 3: a large explosion in Rostov-on-Don, shown in social-media videos. */
  public static final IncidentId ROSTOV_LARGE_EXPLOSION = IncidentId.of("rostov-large-explosion");
  /** Fact 4: at least 3 explosions near the Southern Military District HQ, per media reports. */
  public static final IncidentId ROSTOV_HQ_EXPLOSIONS = IncidentId.of("rostov-hq-explosions");
  /** Fact 4: a vehicle on fire near the HQ, per media reports. */
  public static final IncidentId ROSTOV_VEHICLE_FIRE = IncidentId.of("rostov-vehicle-fire");
  /** Fact 5: three explosions and one person injured, unconfirmed, per local media. */
  public static final IncidentId ROSTOV_LOCAL_MEDIA_EXPLOSIONS =
      IncidentId.of("rostov-local-media-explosions");
  /** Fact 6: two drones downed over Bryansk, debris damage, per Interfax. */
  public static final IncidentId BRYANSK_DRONES = IncidentId.of("bryansk-drones");
  /** Fact 7: several drones struck a residential building in Enerhodar, no casualties. */
  public static final IncidentId ENERHODAR_DRONES = IncidentId.of("enerhodar-drones");
  /** Fact 8: up to 17 killed by a missile on a market in Kostiantynivka. */
  public static final IncidentId KOSTIANTYNIVKA_STRIKE = IncidentId.of("kostiantynivka-strike");
  /** Fact 12: Rostov taken during Prigozhin's failed mutiny in June 2023. */
  public static final IncidentId ROSTOV_CAPTURE = IncidentId.of("rostov-capture-2023-06");

  /** The person injured in Rostov, per local media. */
  public static final CasualtyId ROSTOV_INJURED = CasualtyId.of("rostov-injured");
  /** "no casualties" in Enerhodar: an exact zero. */
  public static final CasualtyId ENERHODAR_NO_CASUALTIES = CasualtyId.of("enerhodar-no-casualties");
  /** "up to 17 people were killed" in Kostiantynivka. */
  public static final CasualtyId KOSTIANTYNIVKA_KILLED = CasualtyId.of("kostiantynivka-killed");

  /** The Kremlin's claim. */
  public static final ClaimId KREMLIN_CLAIM = ClaimId.of("kremlin-drones-downed");
  /** Sergei Sobyanin's claim. */
  public static final ClaimId SOBYANIN_CLAIM = ClaimId.of("sobyanin-ramenskoye");
  /** What videos on social media showed. */
  public static final ClaimId VIDEOS_CLAIM = ClaimId.of("social-media-videos-rostov");
  /** The tweet by @maria_drutska. */
  public static final ClaimId DRUTSKA_CLAIM = ClaimId.of("drutska-tweet-rostov");
  /** Local media's unconfirmed report. */
  public static final ClaimId LOCAL_MEDIA_CLAIM = ClaimId.of("local-media-rostov");
  /** Interfax's report on Bryansk. */
  public static final ClaimId INTERFAX_CLAIM = ClaimId.of("interfax-bryansk");
  /** Yevgeny Balitsky's claim on Enerhodar. */
  public static final ClaimId BALITSKY_CLAIM = ClaimId.of("balitsky-enerhodar");
  /** Zelensky's casualty figure, on Telegram. */
  public static final ClaimId ZELENSKY_TOLL_CLAIM = ClaimId.of("zelensky-telegram-toll");
  /** Zelensky's condemnation. */
  public static final ClaimId ZELENSKY_CONDEMNATION = ClaimId.of("zelensky-condemnation");
  /** The US announcement of the aid package. */
  public static final ClaimId US_ANNOUNCEMENT = ClaimId.of("us-aid-announcement");
  /** The article's own statement that Enerhodar is Russian-controlled. */
  public static final ClaimId ENERHODAR_CONTROL_CLAIM = ClaimId.of("article-enerhodar-control");
  /** The article's own statement on Rostov's capture in June. */
  public static final ClaimId ROSTOV_CAPTURE_CLAIM = ClaimId.of("article-rostov-capture");
  /** The article's own statement on Britain's March decision. */
  public static final ClaimId UK_DECISION_CLAIM = ClaimId.of("article-uk-decision");

  /** The US military aid package of up to $175 million. */
  public static final AidPackageId US_AID = AidPackageId.of("us-aid-2023-09");
  /** Britain's March 2023 decision to send depleted-uranium rounds with Challenger 2 tanks. */
  public static final AidPackageId UK_AID = AidPackageId.of("uk-aid-2023-03");

  /** The tweet embedded in the report. */
  public static final PostId DRUTSKA_POST = PostId.of("drutska-2023-09-07");

  /** The outlet that published the seed article, which the seed text does not name. */
  public static final Actor PUBLISHER =
      Actor.builder()
          .name("the publishing outlet")
          .kind(ActorKind.MEDIA)
          .role("publisher of the seed article, not named in the seed text")
          .build();

  private static final LocalDate NIGHT_OF_6_SEPTEMBER = LocalDate.of(2023, 9, 6);
  private static final ReportedTime OVERNIGHT =
      ReportedTime.overnight(NIGHT_OF_6_SEPTEMBER).withPhrase("overnight");

  private static final Actor RUSSIA = country("Russia", "RU");
  private static final Actor UKRAINE = country("Ukraine", "UA");
  private static final Actor UKRAINIAN_FORCES =
      Actor.builder().name("Ukrainian forces").kind(ActorKind.ARMED_FORCES).country("UA").build();
  private static final Actor MARIA_DRUTSKA =
      Actor.builder()
          .name("Maria Drutska")
          .kind(ActorKind.SOCIAL_MEDIA_ACCOUNT)
          .handle("@maria_drutska")
          .build();

  /** @return the seed article as one report; equal every time it is called */
  public static Report report() {
    return Report.builder()
        .id(REPORT)
        .language("en-GB")
        .addPost(drutskaPost())
        .addIncidents(
            dronesAcrossRussia(),
            ramenskoyeDrone(),
            rostovLargeExplosion(),
            rostovHqExplosions(),
            rostovVehicleFire(),
            rostovLocalMediaExplosions(),
            bryanskDrones(),
            enerhodarDrones(),
            kostiantynivkaStrike(),
            rostovCapture())
        .addClaims(
            kremlin(),
            sobyanin(),
            videos(),
            drutska(),
            localMedia(),
            interfax(),
            balitsky(),
            zelenskyToll(),
            zelenskyCondemnation(),
            usAnnouncement(),
            articleEnerhodarControl(),
            articleRostovCapture(),
            articleUkDecision())
        .addAidPackages(usAid(), ukAid())
        .build();
  }

  // ---- places -------------------------------------------------------------------------------

  private static Location rostovOnDon(GeoPrecision precision) {
    return Location.builder()
        .name("Rostov-on-Don")
        .addAlternateName(PlaceName.of("Rostov", "en"))
        .addAlternateName(PlaceName.of("Ростов-на-Дону", "ru"))
        .country("RU")
        .admin1(AdminArea.of("Rostov region", "RU-ROS"))
        .precision(precision)
        .build();
  }

  private static Location nearRostovHq() {
    return rostovOnDon(GeoPrecision.NEAR)
        .withDescription("near the headquarters of the Southern Military District");
  }

  // ---- incidents ----------------------------------------------------------------------------

  /**
   * The actor an incident is attributed to, in the article's words, with the claim that makes the
   * attribution where one does (else the article's own account).
   */
  private static Party perpetrator(Actor actor, Optional<ClaimId> claim, String phrase) {
    return Party.builder()
        .actor(actor)
        .role(PartyRole.PERPETRATOR)
        .claim(claim)
        .phrase(phrase)
        .build();
  }

  private static Incident dronesAcrossRussia() {
    return Incident.builder()
        .id(DRONES_ACROSS_RUSSIA)
        .type(IncidentType.DRONE_INTERCEPTED)
        .time(OVERNIGHT)
        .location(
            Location.builder()
                .name("Russia")
                .country("RU")
                .precision(GeoPrecision.COUNTRY)
                .description("across Russia")
                .build())
        .addMeans(Means.DRONE)
        .quantity(Estimate.unspecified("multiple"))
        .outcome(IncidentOutcome.INTERCEPTED)
        .addParty(perpetrator(UKRAINIAN_FORCES, Optional.of(KREMLIN_CLAIM), "Ukrainian drones"))
        .summary("Multiple Ukrainian drones shot down following attempted attacks across Russia.")
        .addClaim(KREMLIN_CLAIM)
        .build();
  }

  private static Incident ramenskoyeDrone() {
    return Incident.builder()
        .id(RAMENSKOYE_DRONE)
        .type(IncidentType.DRONE_INTERCEPTED)
        .time(OVERNIGHT)
        .location(
            Location.builder()
                .name("Ramenskoye")
                .country("RU")
                .admin1(AdminArea.of("Moscow region", "RU-MOS"))
                .precision(GeoPrecision.TOWN)
                .relativeTo(
                    RelativePosition.builder()
                        .direction(CompassDirection.SOUTHEAST)
                        .reference("the Russian capital")
                        .phrase("southeast of the Russian capital")
                        .build())
                .build())
        .addMeans(Means.DRONE)
        .quantity(Estimate.exactly(1).withPhrase("one drone"))
        .outcome(IncidentOutcome.INTERCEPTED)
        .addParty(Party.of(UKRAINIAN_FORCES, PartyRole.PERPETRATOR))
        .addClaim(SOBYANIN_CLAIM)
        .build();
  }

  private static Incident rostovLargeExplosion() {
    return Incident.builder()
        .id(ROSTOV_LARGE_EXPLOSION)
        .type(IncidentType.EXPLOSION)
        .time(OVERNIGHT)
        .location(
            rostovOnDon(GeoPrecision.TOWN)
                .withDescription("home to Russia's Southern Military District command"))
        .quantity(Estimate.exactly(1).withPhrase("a large explosion"))
        .outcome(IncidentOutcome.UNKNOWN)
        .addClaims(VIDEOS_CLAIM, DRUTSKA_CLAIM)
        .build();
  }

  private static Incident rostovHqExplosions() {
    return Incident.builder()
        .id(ROSTOV_HQ_EXPLOSIONS)
        .type(IncidentType.EXPLOSION)
        .time(OVERNIGHT)
        .location(nearRostovHq())
        .quantity(Estimate.atLeast(3).withPhrase("at least 3 explosions"))
        .outcome(IncidentOutcome.UNKNOWN)
        .addSite(Site.of(SiteKind.MILITARY_FACILITY, "Southern Military District headquarters"))
        .addClaim(DRUTSKA_CLAIM)
        .build();
  }

  private static Incident rostovVehicleFire() {
    return Incident.builder()
        .id(ROSTOV_VEHICLE_FIRE)
        .type(IncidentType.FIRE)
        .time(OVERNIGHT)
        .location(nearRostovHq())
        .quantity(Estimate.exactly(1).withPhrase("a vehicle"))
        .outcome(IncidentOutcome.UNKNOWN)
        .addSite(Site.of(SiteKind.VEHICLE, "a vehicle"))
        .addDamage(Damage.builder().kind(DamageKind.FIRE).object("a vehicle").build())
        .addClaim(DRUTSKA_CLAIM)
        .build();
  }

  private static Incident rostovLocalMediaExplosions() {
    return Incident.builder()
        .id(ROSTOV_LOCAL_MEDIA_EXPLOSIONS)
        .type(IncidentType.EXPLOSION)
        .time(OVERNIGHT)
        .location(rostovOnDon(GeoPrecision.TOWN))
        .quantity(Estimate.exactly(3).withPhrase("three explosions"))
        .outcome(IncidentOutcome.UNKNOWN)
        .addCasualty(
            Casualty.builder()
                .id(ROSTOV_INJURED)
                .outcome(CasualtyOutcome.INJURED)
                .population(PopulationGroup.UNKNOWN)
                .count(Estimate.exactly(1).withPhrase("one person"))
                .claim(LOCAL_MEDIA_CLAIM)
                .build())
        .summary("May be the same explosions as the other Rostov reports; kept apart because the sources give different counts.")
        .addClaim(LOCAL_MEDIA_CLAIM)
        .build();
  }

  private static Incident bryanskDrones() {
    return Incident.builder()
        .id(BRYANSK_DRONES)
        .type(IncidentType.DRONE_INTERCEPTED)
        .time(OVERNIGHT)
        .location(
            Location.builder()
                .name("Bryansk")
                .country("RU")
                .admin1(AdminArea.of("Bryansk region", "RU-BRY"))
                .precision(GeoPrecision.TOWN)
                .description("a western Russian city")
                .build())
        .addMeans(Means.DRONE)
        .quantity(Estimate.exactly(2).withPhrase("two drones"))
        .outcome(IncidentOutcome.INTERCEPTED)
        .addParty(Party.of(UKRAINIAN_FORCES, PartyRole.PERPETRATOR))
        .addSite(Site.of(SiteKind.RAILWAY_STATION, "a railway station building"))
        .addDamage(
            Damage.builder()
                .kind(DamageKind.SHATTERED)
                .object("windows in a railway station building")
                .cause("drone debris")
                .build(),
            Damage.builder()
                .kind(DamageKind.DAMAGED)
                .object("cars nearby")
                .count(Estimate.unspecified("cars"))
                .cause("drone debris")
                .build())
        .addClaim(INTERFAX_CLAIM)
        .build();
  }

  private static Incident enerhodarDrones() {
    return Incident.builder()
        .id(ENERHODAR_DRONES)
        .type(IncidentType.DRONE_ATTACK)
        .location(
            Location.builder()
                .name("Enerhodar")
                .addAlternateName(PlaceName.of("Energodar", "ru-Latn"))
                .addAlternateName(PlaceName.of("Енергодар", "uk"))
                .country("UA")
                .admin1(
                    AdminArea.of("Zaporizhzhia region", "UA-23")
                        .withAlternateNames(PlaceName.of("Zaporozhye region", "ru-Latn")))
                .precision(GeoPrecision.TOWN)
                .control(
                    DeFactoControl.builder()
                        .controller(RUSSIA)
                        .asOf(ReportedTime.on(LocalDate.of(2023, 9, 7)))
                        .claim(ENERHODAR_CONTROL_CLAIM)
                        .phrase("the Russian-controlled part of Ukraine's southern Zaporizhzhia region")
                        .build())
                .build())
        .addMeans(Means.DRONE)
        .quantity(Estimate.unspecified("several other drones"))
        .outcome(IncidentOutcome.IMPACT)
        .addSite(Site.of(SiteKind.RESIDENTIAL_BUILDING, "a residential building"))
        .addCasualty(
            Casualty.builder()
                .id(ENERHODAR_NO_CASUALTIES)
                .outcome(CasualtyOutcome.KILLED_OR_INJURED)
                .population(PopulationGroup.UNKNOWN)
                .count(Estimate.exactly(0).withPhrase("no casualties"))
                .claim(BALITSKY_CLAIM)
                .build())
        .addClaim(BALITSKY_CLAIM)
        .build();
  }

  private static Incident kostiantynivkaStrike() {
    LocalDate wednesday = LocalDate.of(2023, 9, 6);
    return Incident.builder()
        .id(KOSTIANTYNIVKA_STRIKE)
        .type(IncidentType.MISSILE_STRIKE)
        .time(ReportedTime.on(wednesday).withPhrase("On Wednesday"))
        .location(
            Location.builder()
                .name("Kostiantynivka")
                .addAlternateName(PlaceName.of("Konstantinovka", "ru-Latn"))
                .addAlternateName(PlaceName.of("Костянтинівка", "uk"))
                .country("UA")
                .admin1(AdminArea.of("Donetsk region", "UA-14"))
                .precision(GeoPrecision.TOWN)
                .relativeTo(
                    RelativePosition.of("the front line").withPhrase("near the front line"))
                .description("in Ukraine's eastern Donetsk region")
                .build())
        .addMeans(Means.MISSILE)
        .quantity(Estimate.exactly(1).withPhrase("a Russian missile"))
        .outcome(IncidentOutcome.IMPACT)
        .addParty(perpetrator(RUSSIA, Optional.empty(), "a Russian missile"))
        .addSites(
            Site.of(SiteKind.MARKET, "a market"),
            Site.of(SiteKind.SHOP, "shops"),
            Site.of(SiteKind.PHARMACY, "a pharmacy"))
        .addCasualty(
            Casualty.builder()
                .id(KOSTIANTYNIVKA_KILLED)
                .outcome(CasualtyOutcome.KILLED)
                .population(PopulationGroup.UNKNOWN)
                .count(Estimate.upTo(17).withPhrase("up to 17"))
                .asOf(ReportedTime.on(wednesday))
                .provisional(true)
                .claim(ZELENSKY_TOLL_CLAIM)
                .build())
        .addClaims(ZELENSKY_TOLL_CLAIM, ZELENSKY_CONDEMNATION)
        .build();
  }

  private static Incident rostovCapture() {
    return Incident.builder()
        .id(ROSTOV_CAPTURE)
        .type(IncidentType.NON_VIOLENT_TERRITORY_TRANSFER)
        .time(ReportedTime.month(YearMonth.of(2023, 6)).withPhrase("in June"))
        .location(rostovOnDon(GeoPrecision.TOWN))
        .outcome(IncidentOutcome.UNKNOWN)
        .addParty(
            perpetrator(
                Actor.builder()
                    .name("Yevgeny Prigozhin")
                    .kind(ActorKind.PERSON)
                    .role("leader of the failed military coup")
                    .affiliation("Wagner Group")
                    .build(),
                Optional.of(ROSTOV_CAPTURE_CLAIM),
                "Yevgeny Prigozhin"))
        .summary("Context: the city was captured by Yevgeny Prigozhin during his failed military coup.")
        .addClaim(ROSTOV_CAPTURE_CLAIM)
        .build();
  }

  // ---- claims -------------------------------------------------------------------------------

  private static Claim.Builder claim(ClaimId id, Actor source, ClaimKind kind) {
    return Claim.builder()
        .id(id)
        .source(source)
        .kind(kind)
        .verification(VerificationStatus.UNVERIFIED);
  }

  private static Claim kremlin() {
    return claim(KREMLIN_CLAIM, Actor.builder().name("the Kremlin").kind(ActorKind.GOVERNMENT).country("RU").build(), ClaimKind.FACTUAL_ASSERTION)
        .statement("Multiple Ukrainian drones were shot down following attempted attacks across Russia overnight.")
        .addAboutIncident(DRONES_ACROSS_RUSSIA)
        .build();
  }

  private static Claim sobyanin() {
    Actor sobyanin =
        Actor.builder()
            .name("Sergei Sobyanin")
            .kind(ActorKind.PERSON)
            .role("Moscow mayor")
            .country("RU")
            .build();
    return claim(SOBYANIN_CLAIM, sobyanin, ClaimKind.FACTUAL_ASSERTION)
        .statement("One drone was downed over the town of Ramenskoye, southeast of the Russian capital.")
        .addAboutIncident(RAMENSKOYE_DRONE)
        .build();
  }

  private static Claim videos() {
    return claim(VIDEOS_CLAIM, Actor.of("social media users", ActorKind.UNKNOWN), ClaimKind.FACTUAL_ASSERTION)
        .channel(Channel.of(ChannelKind.VIDEO, "social media"))
        .statement("Videos on social media showed a large explosion in Rostov-on-Don.")
        .addAboutIncident(ROSTOV_LARGE_EXPLOSION)
        .build();
  }

  private static Claim drutska() {
    return claim(DRUTSKA_CLAIM, MARIA_DRUTSKA, ClaimKind.FACTUAL_ASSERTION)
        .channel(Channel.of(ChannelKind.SOCIAL_MEDIA_POST, "Twitter"))
        .madeOn(ReportedTime.on(LocalDate.of(2023, 9, 7)).withPhrase("September 7, 2023"))
        .statement("Relaying media reports: at least 3 explosions in Rostov, and a vehicle on fire near the Southern Military District headquarters.")
        .quote(DRUTSKA_TEXT)
        .addAboutIncidents(ROSTOV_LARGE_EXPLOSION, ROSTOV_HQ_EXPLOSIONS, ROSTOV_VEHICLE_FIRE)
        .post(DRUTSKA_POST)
        .build();
  }

  private static Claim localMedia() {
    return claim(LOCAL_MEDIA_CLAIM, Actor.of("local media", ActorKind.MEDIA), ClaimKind.CASUALTY_FIGURE)
        .channel(Channel.builder().kind(ChannelKind.MEDIA_REPORT).build())
        .statement("Three explosions took place in the city, leaving one person injured.")
        .addAboutIncident(ROSTOV_LOCAL_MEDIA_EXPLOSIONS)
        .addAboutCasualty(ROSTOV_INJURED)
        .build();
  }

  private static Claim interfax() {
    Actor interfax =
        Actor.builder().name("Interfax").kind(ActorKind.MEDIA).role("news agency").country("RU").build();
    return claim(INTERFAX_CLAIM, interfax, ClaimKind.FACTUAL_ASSERTION)
        .channel(Channel.of(ChannelKind.NEWS_AGENCY, "Interfax"))
        .statement("Two drones were downed over Bryansk; debris shattered windows in a railway station building and damaged cars nearby.")
        .addAboutIncident(BRYANSK_DRONES)
        .build();
  }

  private static Claim balitsky() {
    Actor balitsky =
        Actor.builder()
            .name("Yevgeny Balitsky")
            .kind(ActorKind.PERSON)
            .role("Russian-appointed governor")
            .country("RU")
            .build();
    return claim(BALITSKY_CLAIM, balitsky, ClaimKind.FACTUAL_ASSERTION)
        .statement("Several other drones struck a residential building in Enerhodar; there were no casualties.")
        .addAboutIncident(ENERHODAR_DRONES)
        .addAboutCasualty(ENERHODAR_NO_CASUALTIES)
        .build();
  }

  private static final Actor ZELENSKY =
      Actor.builder()
          .name("Volodymyr Zelensky")
          .kind(ActorKind.PERSON)
          .role("President of Ukraine")
          .country("UA")
          .build();

  private static Claim zelenskyToll() {
    return claim(ZELENSKY_TOLL_CLAIM, ZELENSKY, ClaimKind.CASUALTY_FIGURE)
        .channel(Channel.of(ChannelKind.MESSAGING_APP, "Telegram"))
        .madeOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
        .statement("A market, shops and a pharmacy were hit in Kostiantynivka; up to 17 people were killed and the death toll could increase in the following days.")
        .addAboutIncident(KOSTIANTYNIVKA_STRIKE)
        .addAboutCasualty(KOSTIANTYNIVKA_KILLED)
        .build();
  }

  private static Claim zelenskyCondemnation() {
    return claim(ZELENSKY_CONDEMNATION, ZELENSKY, ClaimKind.CONDEMNATION)
        .channel(Channel.of(ChannelKind.MESSAGING_APP, "Telegram"))
        .madeOn(ReportedTime.on(LocalDate.of(2023, 9, 6)))
        .quote("This Russian evil must be defeated as soon as possible")
        .addAboutIncident(KOSTIANTYNIVKA_STRIKE)
        .build();
  }

  private static Claim usAnnouncement() {
    return claim(US_ANNOUNCEMENT, country("United States", "US"), ClaimKind.ANNOUNCEMENT)
        .statement("The US will send depleted uranium anti-tank shells to arm Abrams tanks, to be delivered in autumn, as part of a new military aid package worth up to $175million (£140m).")
        .addAboutAidPackage(US_AID)
        .build();
  }

  private static Claim articleEnerhodarControl() {
    return claim(ENERHODAR_CONTROL_CLAIM, PUBLISHER, ClaimKind.FACTUAL_ASSERTION)
        .statement("Enerhodar is a city in the Russian-controlled part of Ukraine's southern Zaporizhzhia region.")
        .addAboutIncident(ENERHODAR_DRONES)
        .build();
  }

  private static Claim articleRostovCapture() {
    return claim(ROSTOV_CAPTURE_CLAIM, PUBLISHER, ClaimKind.FACTUAL_ASSERTION)
        .statement("Rostov has been used as one of Russia's main headquarters to conduct its invasion of Ukraine and was captured by Yevgeny Prigozhin during his failed military coup in June.")
        .addAboutIncident(ROSTOV_CAPTURE)
        .build();
  }

  private static Claim articleUkDecision() {
    return claim(UK_DECISION_CLAIM, PUBLISHER, ClaimKind.FACTUAL_ASSERTION)
        .statement("Britain decided in March to send the controversial armour-piercing rounds to Kyiv, alongside Challenger 2 tanks.")
        .addAboutAidPackage(UK_AID)
        .build();
  }

  // ---- aid ----------------------------------------------------------------------------------

  private static AidPackage usAid() {
    return AidPackage.builder()
        .id(US_AID)
        .donor(country("United States", "US"))
        .recipient(UKRAINE)
        .category(AidCategory.MILITARY)
        .value(
            MonetaryValue.upTo(Money.of("175000000", "USD"))
                .withEquivalents(Money.of("140000000", "GBP"))
                .withPhrase("worth up to $175million (£140m)"))
        .addItem(
            AidItem.builder()
                .description("depleted uranium anti-tank shells")
                .category(ItemCategory.AMMUNITION)
                .platform("Abrams tanks")
                .build())
        .expectedDelivery(
            ReportedTime.between(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), TimePrecision.SEASON)
                .withPhrase("in autumn"))
        .stage(AidStage.ANNOUNCED)
        .addRelated(UK_AID)
        .addClaim(US_ANNOUNCEMENT)
        .build();
  }

  private static AidPackage ukAid() {
    return AidPackage.builder()
        .id(UK_AID)
        .donor(country("United Kingdom", "GB"))
        .recipient(UKRAINE)
        .announcedOn(ReportedTime.month(YearMonth.of(2023, 3)).withPhrase("in March"))
        .category(AidCategory.MILITARY)
        .addItems(
            AidItem.builder()
                .description("depleted uranium armour-piercing rounds")
                .category(ItemCategory.AMMUNITION)
                .platform("Challenger 2 tanks")
                .build(),
            AidItem.builder()
                .description("Challenger 2 tanks")
                .category(ItemCategory.ARMOURED_VEHICLES)
                .build())
        .stage(AidStage.COMMITTED)
        .addClaim(UK_DECISION_CLAIM)
        .build();
  }

  // ---- the embedded post --------------------------------------------------------------------

  private static final String DRUTSKA_TEXT =
      "Rostov doesn't sleep🔥\n"
          + "Explosions rang out near the headquarters of the Southern Military District.\n"
          + "The media reports at least 3 explosions in Rostov. Additionally, a vehicle caught fire"
          + " near the Southern Military District headquarters.\n"
          + "Residents of Rostov say that the…";

  private static EmbeddedPost drutskaPost() {
    return EmbeddedPost.builder()
        .id(DRUTSKA_POST)
        .author(MARIA_DRUTSKA)
        .platform("Twitter")
        .postedOn(ReportedTime.on(LocalDate.of(2023, 9, 7)).withPhrase("September 7, 2023"))
        .text(DRUTSKA_TEXT)
        .addLink(URI.create("https://pic.twitter.com/0yC7aX1orB"))
        .build();
  }

  private static Actor country(String name, String code) {
    return Actor.builder().name(name).kind(ActorKind.STATE).country(code).build();
  }
}
