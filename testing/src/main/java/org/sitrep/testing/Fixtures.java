package org.sitrep.testing;

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
import org.sitrep.DyadSide;
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
import org.sitrep.Party;
import org.sitrep.PartyRole;
import org.sitrep.PlaceName;
import org.sitrep.PopulationGroup;
import org.sitrep.PostId;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.Site;
import org.sitrep.SiteKind;
import org.sitrep.TimePrecision;
import org.sitrep.VerificationStatus;

/**
 * Ready-made Sitrep values for tests: each one valid, and the same on every call (fixed ids and
 * times; no clock, no randomness), modelled on the seed article of 7 September 2023.
 *
 * <p>Take the fixture closest to what the test needs, then change only what the test is about, with
 * the model's own {@code withX} copies, which validate again:
 *
 * <pre>{@code
 * Incident shelling = Fixtures.incident().withType(IncidentType.SHELLING);
 * Report report = Fixtures.report().withIncidents(3).build();
 * assertThat(report.incidents()).hasSize(3);
 * }</pre>
 *
 * <p>Single values carry no references to other parts of a report ({@link #incident()} lists no
 * claims, {@link #claim()} is about nothing), so any of them can be added to a report on its own.
 * For a whole report whose parts refer to each other, use {@link #report()}; for the real article
 * with all its facts, {@link SeedArticle#report()}; for values with every attribute set, {@link
 * EveryAttribute}; for many random valid values, {@code SitrepArbitraries} of {@code
 * sitrep-testing-jqwik}.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The day the seed article reports on: 7 September 2023. */
  public static final LocalDate DAY = LocalDate.of(2023, 9, 7);

  /** The moment fixture reports are published: 7 September 2023, 09:00 UTC. */
  public static final OffsetDateTime PUBLISHED_AT = OffsetDateTime.parse("2023-09-07T09:00:00Z");

  /** The moment fixture reports are retrieved: 7 September 2023, 12:00 UTC. */
  public static final OffsetDateTime RETRIEVED_AT = OffsetDateTime.parse("2023-09-07T12:00:00Z");

  /** The id of {@link #report()}'s report, unless changed. */
  public static final ReportId REPORT_ID = ReportId.of("fixture-report");

  /** The id of {@link #incident()}. */
  public static final IncidentId INCIDENT_ID = IncidentId.of("fixture-incident");

  /** The id of {@link #casualty()}, also the figure inside {@link #incident()}. */
  public static final CasualtyId CASUALTY_ID = CasualtyId.of("fixture-casualty");

  /** The id of {@link #claim()}. */
  public static final ClaimId CLAIM_ID = ClaimId.of("fixture-claim");

  /** The id of {@link #aidPackage()}. */
  public static final AidPackageId AID_PACKAGE_ID = AidPackageId.of("fixture-aid-package");

  /** The id of {@link #embeddedPost()}. */
  public static final PostId POST_ID = PostId.of("fixture-post");

  /**
   * "up to 17": an open-ended estimate with its phrase.
   *
   * <pre>{@code
   * Estimate killed = Fixtures.estimate();
   * Estimate two = Estimate.exactly(2);                 // or the model's own factories
   * assertThat(killed.high()).hasValue(17);
   * }</pre>
   *
   * @return {@code Estimate.upTo(17).withPhrase("up to 17")}
   */
  public static Estimate estimate() {
    return Estimate.upTo(17).withPhrase("up to 17");
  }

  /**
   * "overnight", the night of 6 to 7 September 2023.
   *
   * <pre>{@code
   * ReportedTime overnight = Fixtures.reportedTime();
   * ReportedTime wednesday = ReportedTime.on(Fixtures.DAY.minusDays(1)).withPhrase("on Wednesday");
   * assertThat(overnight.end()).isEqualTo(Fixtures.DAY);
   * }</pre>
   *
   * @return a reported time of precision part of day
   */
  public static ReportedTime reportedTime() {
    return ReportedTime.overnight(DAY.minusDays(1)).withPhrase("overnight");
  }

  /**
   * $175 million.
   *
   * <pre>{@code
   * Money usd = Fixtures.money();
   * Money gbp = Money.of("140000000", "GBP");
   * assertThat(usd.currency().getCurrencyCode()).isEqualTo("USD");
   * }</pre>
   *
   * @return {@code Money.of("175000000", "USD")}
   */
  public static Money money() {
    return Money.of("175000000", "USD");
  }

  /**
   * "worth up to $175million (£140m)".
   *
   * <pre>{@code
   * MonetaryValue value = Fixtures.monetaryValue();
   * MonetaryValue exact = value.withQualifier(EstimateQualifier.EXACT);
   * assertThat(exact.equivalents()).hasSize(1);
   * }</pre>
   *
   * @return an "up to" value with one equivalent in pounds
   */
  public static MonetaryValue monetaryValue() {
    return MonetaryValue.upTo(money())
        .withEquivalents(Money.of("140000000", "GBP"))
        .withPhrase("worth up to $175million (£140m)");
  }

  /**
   * Moscow's mayor, Sergei Sobyanin.
   *
   * <pre>{@code
   * Actor mayor = Fixtures.actor();
   * Actor kremlin = Actor.of("the Kremlin", ActorKind.GOVERNMENT);
   * assertThat(mayor.withRole("mayor of Moscow").role()).hasValue("mayor of Moscow");
   * }</pre>
   *
   * @return a person with a role and a country
   */
  public static Actor actor() {
    return Actor.builder()
        .name("Sergei Sobyanin")
        .kind(ActorKind.PERSON)
        .role("Moscow mayor")
        .country("RU")
        .build();
  }

  /**
   * "Konstantinovka", the Russian name of Kostiantynivka in Latin letters.
   *
   * <pre>{@code
   * PlaceName name = Fixtures.placeName();
   * PlaceName cyrillic = name.withName("Костянтинівка").withLanguage("uk-Cyrl");
   * assertThat(cyrillic.language()).hasValue("uk-Cyrl");
   * }</pre>
   *
   * @return a place name with language tag {@code ru-Latn}
   */
  public static PlaceName placeName() {
    return PlaceName.of("Konstantinovka", "ru-Latn");
  }

  /**
   * Donetsk region, {@code UA-14}.
   *
   * <pre>{@code
   * AdminArea donetsk = Fixtures.adminArea();
   * AdminArea zaporizhzhia = AdminArea.of("Zaporizhzhia region", "UA-23");
   * assertThat(donetsk.isoCode()).hasValue("UA-14");
   * }</pre>
   *
   * @return a first-level area of Ukraine
   */
  public static AdminArea adminArea() {
    return AdminArea.of("Donetsk region", "UA-14");
  }

  /**
   * Kostiantynivka's coordinates.
   *
   * <pre>{@code
   * GeoPoint point = Fixtures.geoPoint();
   * GeoPoint pole = GeoPoint.of(90, 180);
   * assertThat(point.latitude()).isEqualTo(48.5277);
   * }</pre>
   *
   * @return {@code GeoPoint.of(48.5277, 37.7058)}
   */
  public static GeoPoint geoPoint() {
    return GeoPoint.of(48.5277, 37.7058);
  }

  /**
   * Kostiantynivka in GeoNames.
   *
   * <pre>{@code
   * GazetteerRef ref = Fixtures.gazetteerRef();
   * GazetteerRef wikidata = GazetteerRef.of(GazetteerScheme.WIKIDATA, "Q193499");
   * assertThat(ref.id()).isEqualTo("704147");
   * }</pre>
   *
   * @return GeoNames id 704147
   */
  public static GazetteerRef gazetteerRef() {
    return GazetteerRef.of(GazetteerScheme.GEONAMES, "704147");
  }

  /**
   * Russian control, as reported, of a place in Ukraine; citing no claim, so it fits anywhere.
   *
   * <pre>{@code
   * DeFactoControl control = Fixtures.deFactoControl();
   * Location enerhodar = Fixtures.location().withName("Enerhodar").withControl(control);
   * assertThat(enerhodar.country()).hasValue("UA");
   * }</pre>
   *
   * @return control by Russia, with the phrase as reported
   */
  public static DeFactoControl deFactoControl() {
    return DeFactoControl.builder()
        .controller(Actor.of("Russia", ActorKind.STATE))
        .asOf(ReportedTime.on(DAY))
        .phrase("the Russian-controlled part of Ukraine's southern Zaporizhzhia region")
        .build();
  }

  /**
   * Kostiantynivka, Donetsk region, Ukraine, with its Russian spelling, coordinates and GeoNames
   * id, known to the town.
   *
   * <pre>{@code
   * Location town = Fixtures.location();
   * Location near = town.withPrecision(GeoPrecision.NEAR);
   * assertThat(near.admin1().orElseThrow().isoCode()).hasValue("UA-14");
   * }</pre>
   *
   * @return a location in Ukraine
   */
  public static Location location() {
    return Location.builder()
        .name("Kostiantynivka")
        .addAlternateName(placeName())
        .country("UA")
        .admin1(adminArea())
        .point(geoPoint())
        .precision(GeoPrecision.TOWN)
        .addGazetteerId(gazetteerRef())
        .build();
  }

  /**
   * Telegram, as a messaging app.
   *
   * <pre>{@code
   * Channel telegram = Fixtures.channel();
   * Channel interfax = Channel.of(ChannelKind.NEWS_AGENCY, "Interfax");
   * assertThat(telegram.kind()).isEqualTo(ChannelKind.MESSAGING_APP);
   * }</pre>
   *
   * @return the Telegram channel
   */
  public static Channel channel() {
    return Channel.of(ChannelKind.MESSAGING_APP, "Telegram");
  }

  /**
   * Russian forces, the perpetrator of the missile strike as reported: "a Russian missile".
   *
   * <pre>{@code
   * Party party = Fixtures.party();
   * assertThat(party.role()).isEqualTo(PartyRole.PERPETRATOR);
   * }</pre>
   *
   * @return a party of role perpetrator on side A, without a claim
   */
  public static Party party() {
    return Party.builder()
        .actor(Actor.of("Russian forces", ActorKind.ARMED_FORCES))
        .role(PartyRole.PERPETRATOR)
        .side(DyadSide.SIDE_A)
        .phrase("a Russian missile")
        .build();
  }

  /**
   * The Air Force's "launched 48, intercepted 44": drones stopped by air defence.
   *
   * <pre>{@code
   * Engagement night = Fixtures.engagement();
   * assertThat(night.stopped().flatMap(Estimate::best)).hasValue(44);
   * }</pre>
   *
   * @return an engagement with launched, stopped and hit figures, without a claim
   */
  public static org.sitrep.Engagement engagement() {
    return org.sitrep.Engagement.builder()
        .means(Means.DRONE)
        .launched(Estimate.exactly(48))
        .stopped(Estimate.exactly(44))
        .hit(Estimate.exactly(4))
        .addMethod(org.sitrep.InterceptionMethod.AIR_DEFENCE)
        .phrase("launched 48, intercepted 44")
        .build();
  }

  /**
   * A market.
   *
   * <pre>{@code
   * Site market = Fixtures.site();
   * Site hq = Site.of(SiteKind.MILITARY_FACILITY, "Southern Military District headquarters");
   * assertThat(market.kind()).isEqualTo(SiteKind.MARKET);
   * }</pre>
   *
   * @return a site of kind market, described
   */
  public static Site site() {
    return Site.of(SiteKind.MARKET, "a market");
  }

  /**
   * Windows shattered by drone debris.
   *
   * <pre>{@code
   * Damage windows = Fixtures.damage();
   * Damage cars = windows.withKind(DamageKind.DAMAGED).withObject("cars nearby");
   * assertThat(cars.cause()).hasValue("drone debris");
   * }</pre>
   *
   * @return damage of kind shattered
   */
  public static Damage damage() {
    return Damage.builder()
        .kind(DamageKind.SHATTERED)
        .object("windows of a railway station building")
        .cause("drone debris")
        .build();
  }

  /**
   * "up to 17 people were killed", civilians, provisional; citing no claim. Its id is {@link
   * #CASUALTY_ID}.
   *
   * <pre>{@code
   * Casualty killed = Fixtures.casualty();
   * Casualty none = killed.withOutcome(CasualtyOutcome.KILLED_OR_INJURED).withCount(Estimate.exactly(0));
   * assertThat(none.count().isZero()).isTrue();
   * }</pre>
   *
   * @return a casualty figure
   */
  public static Casualty casualty() {
    return Casualty.builder()
        .id(CASUALTY_ID)
        .outcome(CasualtyOutcome.KILLED)
        .population(PopulationGroup.CIVILIAN)
        .count(estimate())
        .asOf(ReportedTime.on(DAY.minusDays(1)))
        .provisional(true)
        .build();
  }

  /**
   * President Zelensky's statement on Telegram, unverified, about nothing in particular (add the
   * subjects a test needs). Its id is {@link #CLAIM_ID}.
   *
   * <pre>{@code
   * Claim claim = Fixtures.claim();
   * Claim denied = claim.withVerification(VerificationStatus.DENIED);
   * assertThat(denied.kind()).isEqualTo(ClaimKind.CASUALTY_FIGURE);
   * }</pre>
   *
   * @return a claim with a statement and a quote
   */
  public static Claim claim() {
    return Claim.builder()
        .id(CLAIM_ID)
        .source(
            Actor.builder()
                .name("Volodymyr Zelensky")
                .kind(ActorKind.PERSON)
                .role("President of Ukraine")
                .country("UA")
                .build())
        .channel(channel())
        .madeOn(ReportedTime.on(DAY.minusDays(1)))
        .statement("A Russian missile killed up to 17 people at a market in Kostiantynivka.")
        .quote("This Russian evil must be defeated as soon as possible.")
        .kind(ClaimKind.CASUALTY_FIGURE)
        .verification(VerificationStatus.UNVERIFIED)
        .build();
  }

  /**
   * The missile strike on the Kostiantynivka market: type, time, place, means, outcome, site,
   * casualty figure and summary, and no claims (add them in a report). Its id is {@link
   * #INCIDENT_ID}.
   *
   * <pre>{@code
   * Incident strike = Fixtures.incident();
   * Incident shelling = strike.withType(IncidentType.SHELLING).withMeans(Means.ARTILLERY);
   * assertThat(shelling.casualties()).hasSize(1);
   * }</pre>
   *
   * @return an incident
   */
  public static Incident incident() {
    return Incident.builder()
        .id(INCIDENT_ID)
        .type(IncidentType.MISSILE_STRIKE)
        .time(ReportedTime.on(DAY.minusDays(1)).withPhrase("on Wednesday"))
        .location(location())
        .addMeans(Means.MISSILE)
        .quantity(Estimate.exactly(1))
        .outcome(IncidentOutcome.IMPACT)
        .addParty(party())
        .addSite(site())
        .addCasualty(casualty())
        .summary("A missile hit a market in Kostiantynivka.")
        .build();
  }

  /**
   * Depleted uranium anti-tank shells for Abrams tanks.
   *
   * <pre>{@code
   * AidItem shells = Fixtures.aidItem();
   * AidItem tanks = AidItem.builder().description("Challenger 2 tanks").category(ItemCategory.ARMOURED_VEHICLES).build();
   * assertThat(shells.platform()).hasValue("Abrams tanks");
   * }</pre>
   *
   * @return an item of category ammunition
   */
  public static AidItem aidItem() {
    return AidItem.builder()
        .description("depleted uranium anti-tank shells")
        .category(ItemCategory.AMMUNITION)
        .platform("Abrams tanks")
        .build();
  }

  /**
   * The US military aid package "worth up to $175million (£140m)", announced, for delivery in
   * autumn; related to no other package and resting on no claim. Its id is {@link #AID_PACKAGE_ID}.
   *
   * <pre>{@code
   * AidPackage aid = Fixtures.aidPackage();
   * AidPackage delivered = aid.withStage(AidStage.DELIVERED);
   * assertThat(delivered.value()).hasValue(Fixtures.monetaryValue());
   * }</pre>
   *
   * @return an aid package
   */
  public static AidPackage aidPackage() {
    return AidPackage.builder()
        .id(AID_PACKAGE_ID)
        .donor(Actor.of("the US", ActorKind.STATE))
        .recipient(Actor.of("Ukraine", ActorKind.STATE))
        .announcedOn(ReportedTime.on(DAY.minusDays(1)))
        .category(AidCategory.MILITARY)
        .value(monetaryValue())
        .addItem(aidItem())
        .expectedDelivery(
            ReportedTime.between(
                    LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), TimePrecision.SEASON)
                .withPhrase("in autumn"))
        .stage(AidStage.ANNOUNCED)
        .summary("US military aid including depleted uranium shells for Abrams tanks.")
        .build();
  }

  /**
   * The tweet by @maria_drutska of 7 September 2023. Its id is {@link #POST_ID}.
   *
   * <pre>{@code
   * EmbeddedPost tweet = Fixtures.embeddedPost();
   * EmbeddedPost telegram = tweet.withPlatform("Telegram");
   * assertThat(tweet.links()).hasSize(1);
   * }</pre>
   *
   * @return an embedded post
   */
  public static EmbeddedPost embeddedPost() {
    return EmbeddedPost.builder()
        .id(POST_ID)
        .author(
            Actor.builder()
                .name("Maria Drutska")
                .kind(ActorKind.SOCIAL_MEDIA_ACCOUNT)
                .handle("@maria_drutska")
                .build())
        .platform("Twitter")
        .postedOn(ReportedTime.on(DAY))
        .text(
            "Rostov doesn't sleep🔥 Explosions rang out near the headquarters of the Southern"
                + " Military District.")
        .addLink(URI.create("https://pic.twitter.com/0yC7aX1orB"))
        .build();
  }

  /**
   * A withdrawal of {@link #REPORT_ID} by its publisher, retracted at {@link #RETRIEVED_AT}: a feed
   * record of its own ({@code FeedEntry.of(Fixtures.withdrawal())}).
   *
   * <pre>{@code
   * Withdrawal w = Fixtures.withdrawal().withReason("published in error");
   * }</pre>
   *
   * @return a withdrawal with the required attributes only
   */
  public static org.sitrep.Withdrawal withdrawal() {
    return org.sitrep.Withdrawal.builder()
        .withdraws(REPORT_ID)
        .kind(org.sitrep.WithdrawalKind.RETRACTED)
        .withdrawnAt(RETRIEVED_AT)
        .build();
  }

  /**
   * A whole report whose parts refer to each other: by default one incident, one aid package and
   * one embedded post, each with a claim about it. Vary the counts and the parts, then build:
   *
   * <pre>{@code
   * Report report = Fixtures.report().withIncidents(3).build();
   * Report bare = Fixtures.report().withIncidents(0).withAidPackages(0).withPosts(0).build();
   * assertThat(report.incidents()).hasSize(3);
   * }</pre>
   *
   * @return a report fixture, ready to {@link ReportFixture#build() build}
   */
  public static ReportFixture report() {
    return ReportFixture.DEFAULT;
  }
}
