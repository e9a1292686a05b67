package org.sitrep.benchmarks.baseline;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The seed report ({@code SeedArticle.report()} of sitrep-testing) built by hand as {@link Pojos},
 * with the same literal values: the baseline of {@code BuildReportBenchmark}.
 *
 * <p>Built the way {@code SeedArticle} builds it, so that the two sides do the same work but the
 * checks: an object is shared where {@code SeedArticle} shares one (its constants: the actors
 * {@code RUSSIA}, {@code UKRAINE}, Ukrainian forces, Maria Drutska, the publisher, Zelensky, and
 * the time "overnight"), and made afresh where it makes one. What Sitrep's factories derive
 * ({@code Estimate.exactly(1)} is low, best and high 1, qualifier {@code exact}; {@code
 * ReportedTime.overnight} is two days at the precision {@code part_of_day}; a casualty figure is
 * not provisional unless it says) is written out here as plain values, as a user of the POJOs
 * would write it. {@code PojoSeedTest} checks that both write the same JSON.
 */
public final class PojoSeed {
  private PojoSeed() {}

  private static final Pojos.Actor PUBLISHER =
      actor("the publishing outlet", "media", "publisher of the seed article, not named in the seed text", null);
  private static final Pojos.ReportedTime OVERNIGHT =
      time(LocalDate.of(2023, 9, 6), LocalDate.of(2023, 9, 7), "part_of_day", "overnight");
  private static final Pojos.Actor RUSSIA = country("Russia", "RU");
  private static final Pojos.Actor UKRAINE = country("Ukraine", "UA");
  private static final Pojos.Actor UKRAINIAN_FORCES =
      actor("Ukrainian forces", "armed_forces", null, "UA");
  private static final Pojos.Actor MARIA_DRUTSKA = mariaDrutska();
  private static final Pojos.Actor ZELENSKY =
      actor("Volodymyr Zelensky", "person", "President of Ukraine", "UA");

  private static final String DRUTSKA_TEXT =
      "Rostov doesn't sleep🔥\n"
          + "Explosions rang out near the headquarters of the Southern Military District.\n"
          + "The media reports at least 3 explosions in Rostov. Additionally, a vehicle caught fire"
          + " near the Southern Military District headquarters.\n"
          + "Residents of Rostov say that the…";

  /** @return the seed report as POJOs, a new object graph on every call */
  public static Pojos.Report report() {
    Pojos.Report r = new Pojos.Report();
    r.id = "seed-2023-09-07-drones-across-russia";
    r.schemaVersion = "1.0";
    r.language = "en-GB";
    r.posts = List.of(drutskaPost());
    r.incidents =
        List.of(
            dronesAcrossRussia(),
            ramenskoyeDrone(),
            rostovLargeExplosion(),
            rostovHqExplosions(),
            rostovVehicleFire(),
            rostovLocalMediaExplosions(),
            bryanskDrones(),
            enerhodarDrones(),
            kostiantynivkaStrike(),
            rostovCapture());
    r.claims =
        List.of(
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
            articleUkDecision());
    r.aidPackages = List.of(usAid(), ukAid());
    return r;
  }

  // ---- small values ---------------------------------------------------------------------------

  private static Pojos.Actor actor(String name, String kind, String role, String country) {
    Pojos.Actor a = new Pojos.Actor();
    a.name = name;
    a.kind = kind;
    a.role = role;
    a.country = country;
    return a;
  }

  private static Pojos.Actor country(String name, String code) {
    return actor(name, "state", null, code);
  }

  private static Pojos.Actor mariaDrutska() {
    Pojos.Actor a = new Pojos.Actor();
    a.name = "Maria Drutska";
    a.kind = "social_media_account";
    a.handle = "@maria_drutska";
    return a;
  }

  private static Pojos.ReportedTime time(
      LocalDate start, LocalDate end, String precision, String phrase) {
    Pojos.ReportedTime t = new Pojos.ReportedTime();
    t.start = start;
    t.end = end;
    t.precision = precision;
    t.phrase = phrase;
    return t;
  }

  private static Pojos.ReportedTime day(LocalDate day, String phrase) {
    return time(day, day, "day", phrase);
  }

  private static Pojos.Estimate estimate(
      Long low, Long best, Long high, String qualifier, String phrase) {
    Pojos.Estimate e = new Pojos.Estimate();
    e.low = low;
    e.best = best;
    e.high = high;
    e.qualifier = qualifier;
    e.phrase = phrase;
    return e;
  }

  private static Pojos.Estimate exactly(long n, String phrase) {
    return estimate(n, n, n, "exact", phrase);
  }

  private static Pojos.Estimate unspecified(String phrase) {
    return estimate(null, null, null, "unspecified", phrase);
  }

  private static Pojos.PlaceName placeName(String name, String language) {
    Pojos.PlaceName p = new Pojos.PlaceName();
    p.name = name;
    p.language = language;
    return p;
  }

  private static Pojos.AdminArea adminArea(String name, String isoCode) {
    Pojos.AdminArea a = new Pojos.AdminArea();
    a.name = name;
    a.isoCode = isoCode;
    return a;
  }

  private static Pojos.Site site(String kind, String description) {
    Pojos.Site s = new Pojos.Site();
    s.kind = kind;
    s.description = description;
    return s;
  }

  private static Pojos.Party party(Pojos.Actor actor, String claim, String phrase) {
    Pojos.Party p = new Pojos.Party();
    p.actor = actor;
    p.role = "perpetrator";
    p.claim = claim;
    p.phrase = phrase;
    return p;
  }

  private static Pojos.Damage damage(String kind, String object, Pojos.Estimate count, String cause) {
    Pojos.Damage d = new Pojos.Damage();
    d.kind = kind;
    d.object = object;
    d.count = count;
    d.cause = cause;
    return d;
  }

  private static Pojos.Casualty casualty(
      String id, String outcome, Pojos.Estimate count, boolean provisional, String claim) {
    Pojos.Casualty c = new Pojos.Casualty();
    c.id = id;
    c.outcome = outcome;
    c.population = "unknown";
    c.count = count;
    c.provisional = provisional;
    c.claim = claim;
    return c;
  }

  private static Pojos.Incident incident(String id, String type, Pojos.ReportedTime time) {
    Pojos.Incident i = new Pojos.Incident();
    i.id = id;
    i.type = type;
    i.time = time;
    return i;
  }

  // ---- places ---------------------------------------------------------------------------------

  private static Pojos.Location rostovOnDon(String precision) {
    Pojos.Location l = new Pojos.Location();
    l.name = "Rostov-on-Don";
    l.alternateNames = List.of(placeName("Rostov", "en"), placeName("Ростов-на-Дону", "ru"));
    l.country = "RU";
    l.admin1 = adminArea("Rostov region", "RU-ROS");
    l.precision = precision;
    return l;
  }

  private static Pojos.Location nearRostovHq() {
    Pojos.Location l = rostovOnDon("near");
    l.description = "near the headquarters of the Southern Military District";
    return l;
  }

  // ---- incidents ------------------------------------------------------------------------------

  private static Pojos.Incident dronesAcrossRussia() {
    Pojos.Incident i = incident("drones-across-russia", "drone_intercepted", OVERNIGHT);
    Pojos.Location l = new Pojos.Location();
    l.name = "Russia";
    l.country = "RU";
    l.precision = "country";
    l.description = "across Russia";
    i.location = l;
    i.means = List.of("drone");
    i.quantity = unspecified("multiple");
    i.outcome = "intercepted";
    i.parties = List.of(party(UKRAINIAN_FORCES, "kremlin-drones-downed", "Ukrainian drones"));
    i.summary = "Multiple Ukrainian drones shot down following attempted attacks across Russia.";
    i.claims = List.of("kremlin-drones-downed");
    return i;
  }

  private static Pojos.Incident ramenskoyeDrone() {
    Pojos.Incident i = incident("ramenskoye-drone", "drone_intercepted", OVERNIGHT);
    Pojos.Location l = new Pojos.Location();
    l.name = "Ramenskoye";
    l.country = "RU";
    l.admin1 = adminArea("Moscow region", "RU-MOS");
    l.precision = "town";
    Pojos.RelativePosition p = new Pojos.RelativePosition();
    p.direction = "southeast";
    p.reference = "the Russian capital";
    p.phrase = "southeast of the Russian capital";
    l.relativeTo = p;
    i.location = l;
    i.means = List.of("drone");
    i.quantity = exactly(1, "one drone");
    i.outcome = "intercepted";
    i.parties = List.of(party(UKRAINIAN_FORCES, null, null));
    i.claims = List.of("sobyanin-ramenskoye");
    return i;
  }

  private static Pojos.Incident rostovLargeExplosion() {
    Pojos.Incident i = incident("rostov-large-explosion", "explosion", OVERNIGHT);
    Pojos.Location l = rostovOnDon("town");
    l.description = "home to Russia's Southern Military District command";
    i.location = l;
    i.quantity = exactly(1, "a large explosion");
    i.outcome = "unknown";
    i.claims = List.of("social-media-videos-rostov", "drutska-tweet-rostov");
    return i;
  }

  private static Pojos.Incident rostovHqExplosions() {
    Pojos.Incident i = incident("rostov-hq-explosions", "explosion", OVERNIGHT);
    i.location = nearRostovHq();
    i.quantity = estimate(3L, null, null, "at_least", "at least 3 explosions");
    i.outcome = "unknown";
    i.sites = List.of(site("military_facility", "Southern Military District headquarters"));
    i.claims = List.of("drutska-tweet-rostov");
    return i;
  }

  private static Pojos.Incident rostovVehicleFire() {
    Pojos.Incident i = incident("rostov-vehicle-fire", "fire", OVERNIGHT);
    i.location = nearRostovHq();
    i.quantity = exactly(1, "a vehicle");
    i.outcome = "unknown";
    i.sites = List.of(site("vehicle", "a vehicle"));
    i.damage = List.of(damage("fire", "a vehicle", null, null));
    i.claims = List.of("drutska-tweet-rostov");
    return i;
  }

  private static Pojos.Incident rostovLocalMediaExplosions() {
    Pojos.Incident i = incident("rostov-local-media-explosions", "explosion", OVERNIGHT);
    i.location = rostovOnDon("town");
    i.quantity = exactly(3, "three explosions");
    i.outcome = "unknown";
    i.casualties =
        List.of(
            casualty(
                "rostov-injured",
                "injured",
                exactly(1, "one person"),
                false,
                "local-media-rostov"));
    i.summary =
        "May be the same explosions as the other Rostov reports; kept apart because the sources give different counts.";
    i.claims = List.of("local-media-rostov");
    return i;
  }

  private static Pojos.Incident bryanskDrones() {
    Pojos.Incident i = incident("bryansk-drones", "drone_intercepted", OVERNIGHT);
    Pojos.Location l = new Pojos.Location();
    l.name = "Bryansk";
    l.country = "RU";
    l.admin1 = adminArea("Bryansk region", "RU-BRY");
    l.precision = "town";
    l.description = "a western Russian city";
    i.location = l;
    i.means = List.of("drone");
    i.quantity = exactly(2, "two drones");
    i.outcome = "intercepted";
    i.parties = List.of(party(UKRAINIAN_FORCES, null, null));
    i.sites = List.of(site("railway_station", "a railway station building"));
    i.damage =
        List.of(
            damage("shattered", "windows in a railway station building", null, "drone debris"),
            damage("damaged", "cars nearby", unspecified("cars"), "drone debris"));
    i.claims = List.of("interfax-bryansk");
    return i;
  }

  private static Pojos.Incident enerhodarDrones() {
    Pojos.Incident i = incident("enerhodar-drones", "drone_attack", null);
    Pojos.Location l = new Pojos.Location();
    l.name = "Enerhodar";
    l.alternateNames =
        List.of(placeName("Energodar", "ru-Latn"), placeName("Енергодар", "uk"));
    l.country = "UA";
    Pojos.AdminArea admin1 = adminArea("Zaporizhzhia region", "UA-23");
    admin1.alternateNames = List.of(placeName("Zaporozhye region", "ru-Latn"));
    l.admin1 = admin1;
    l.precision = "town";
    Pojos.DeFactoControl control = new Pojos.DeFactoControl();
    control.controller = RUSSIA;
    control.asOf = day(LocalDate.of(2023, 9, 7), null);
    control.claim = "article-enerhodar-control";
    control.phrase = "the Russian-controlled part of Ukraine's southern Zaporizhzhia region";
    l.control = control;
    i.location = l;
    i.means = List.of("drone");
    i.quantity = unspecified("several other drones");
    i.outcome = "impact";
    i.sites = List.of(site("residential_building", "a residential building"));
    i.casualties =
        List.of(
            casualty(
                "enerhodar-no-casualties",
                "killed_or_injured",
                exactly(0, "no casualties"),
                false,
                "balitsky-enerhodar"));
    i.claims = List.of("balitsky-enerhodar");
    return i;
  }

  private static Pojos.Incident kostiantynivkaStrike() {
    LocalDate wednesday = LocalDate.of(2023, 9, 6);
    Pojos.Incident i =
        incident("kostiantynivka-strike", "missile_strike", day(wednesday, "On Wednesday"));
    Pojos.Location l = new Pojos.Location();
    l.name = "Kostiantynivka";
    l.alternateNames =
        List.of(placeName("Konstantinovka", "ru-Latn"), placeName("Костянтинівка", "uk"));
    l.country = "UA";
    l.admin1 = adminArea("Donetsk region", "UA-14");
    l.precision = "town";
    Pojos.RelativePosition p = new Pojos.RelativePosition();
    p.reference = "the front line";
    p.phrase = "near the front line";
    l.relativeTo = p;
    l.description = "in Ukraine's eastern Donetsk region";
    i.location = l;
    i.means = List.of("missile");
    i.quantity = exactly(1, "a Russian missile");
    i.outcome = "impact";
    i.parties = List.of(party(RUSSIA, null, "a Russian missile"));
    i.sites =
        List.of(
            site("market", "a market"), site("shop", "shops"), site("pharmacy", "a pharmacy"));
    Pojos.Casualty killed =
        casualty(
            "kostiantynivka-killed",
            "killed",
            estimate(null, null, 17L, "at_most", "up to 17"),
            true,
            "zelensky-telegram-toll");
    killed.asOf = day(wednesday, null);
    i.casualties = List.of(killed);
    i.claims = List.of("zelensky-telegram-toll", "zelensky-condemnation");
    return i;
  }

  private static Pojos.Incident rostovCapture() {
    Pojos.Incident i =
        incident(
            "rostov-capture-2023-06",
            "non_violent_territory_transfer",
            time(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), "month", "in June"));
    i.location = rostovOnDon("town");
    i.outcome = "unknown";
    Pojos.Actor prigozhin = actor("Yevgeny Prigozhin", "person", "leader of the failed military coup", null);
    prigozhin.affiliation = "Wagner Group";
    i.parties = List.of(party(prigozhin, "article-rostov-capture", "Yevgeny Prigozhin"));
    i.summary =
        "Context: the city was captured by Yevgeny Prigozhin during his failed military coup.";
    i.claims = List.of("article-rostov-capture");
    return i;
  }

  // ---- claims ---------------------------------------------------------------------------------

  private static Pojos.Claim claim(String id, Pojos.Actor source, String kind) {
    Pojos.Claim c = new Pojos.Claim();
    c.id = id;
    c.source = source;
    c.kind = kind;
    c.verification = "unverified";
    return c;
  }

  private static Pojos.Channel channel(String kind, String name) {
    Pojos.Channel c = new Pojos.Channel();
    c.kind = kind;
    c.name = name;
    return c;
  }

  private static Pojos.Claim kremlin() {
    Pojos.Claim c =
        claim(
            "kremlin-drones-downed",
            actor("the Kremlin", "government", null, "RU"),
            "factual_assertion");
    c.statement =
        "Multiple Ukrainian drones were shot down following attempted attacks across Russia overnight.";
    c.aboutIncidents = List.of("drones-across-russia");
    return c;
  }

  private static Pojos.Claim sobyanin() {
    Pojos.Actor sobyanin = actor("Sergei Sobyanin", "person", "Moscow mayor", "RU");
    Pojos.Claim c = claim("sobyanin-ramenskoye", sobyanin, "factual_assertion");
    c.statement =
        "One drone was downed over the town of Ramenskoye, southeast of the Russian capital.";
    c.aboutIncidents = List.of("ramenskoye-drone");
    return c;
  }

  private static Pojos.Claim videos() {
    Pojos.Claim c =
        claim(
            "social-media-videos-rostov",
            actor("social media users", "unknown", null, null),
            "factual_assertion");
    c.channel = channel("video", "social media");
    c.statement = "Videos on social media showed a large explosion in Rostov-on-Don.";
    c.aboutIncidents = List.of("rostov-large-explosion");
    return c;
  }

  private static Pojos.Claim drutska() {
    Pojos.Claim c = claim("drutska-tweet-rostov", MARIA_DRUTSKA, "factual_assertion");
    c.channel = channel("social_media_post", "Twitter");
    c.madeOn = day(LocalDate.of(2023, 9, 7), "September 7, 2023");
    c.statement =
        "Relaying media reports: at least 3 explosions in Rostov, and a vehicle on fire near the Southern Military District headquarters.";
    c.quote = DRUTSKA_TEXT;
    c.aboutIncidents =
        List.of("rostov-large-explosion", "rostov-hq-explosions", "rostov-vehicle-fire");
    c.post = "drutska-2023-09-07";
    return c;
  }

  private static Pojos.Claim localMedia() {
    Pojos.Claim c =
        claim("local-media-rostov", actor("local media", "media", null, null), "casualty_figure");
    c.channel = channel("media_report", null);
    c.statement = "Three explosions took place in the city, leaving one person injured.";
    c.aboutIncidents = List.of("rostov-local-media-explosions");
    c.aboutCasualties = List.of("rostov-injured");
    return c;
  }

  private static Pojos.Claim interfax() {
    Pojos.Actor interfax = actor("Interfax", "media", "news agency", "RU");
    Pojos.Claim c = claim("interfax-bryansk", interfax, "factual_assertion");
    c.channel = channel("news_agency", "Interfax");
    c.statement =
        "Two drones were downed over Bryansk; debris shattered windows in a railway station building and damaged cars nearby.";
    c.aboutIncidents = List.of("bryansk-drones");
    return c;
  }

  private static Pojos.Claim balitsky() {
    Pojos.Actor balitsky = actor("Yevgeny Balitsky", "person", "Russian-appointed governor", "RU");
    Pojos.Claim c = claim("balitsky-enerhodar", balitsky, "factual_assertion");
    c.statement =
        "Several other drones struck a residential building in Enerhodar; there were no casualties.";
    c.aboutIncidents = List.of("enerhodar-drones");
    c.aboutCasualties = List.of("enerhodar-no-casualties");
    return c;
  }

  private static Pojos.Claim zelenskyToll() {
    Pojos.Claim c = claim("zelensky-telegram-toll", ZELENSKY, "casualty_figure");
    c.channel = channel("messaging_app", "Telegram");
    c.madeOn = day(LocalDate.of(2023, 9, 6), null);
    c.statement =
        "A market, shops and a pharmacy were hit in Kostiantynivka; up to 17 people were killed and the death toll could increase in the following days.";
    c.aboutIncidents = List.of("kostiantynivka-strike");
    c.aboutCasualties = List.of("kostiantynivka-killed");
    return c;
  }

  private static Pojos.Claim zelenskyCondemnation() {
    Pojos.Claim c = claim("zelensky-condemnation", ZELENSKY, "condemnation");
    c.channel = channel("messaging_app", "Telegram");
    c.madeOn = day(LocalDate.of(2023, 9, 6), null);
    c.quote = "This Russian evil must be defeated as soon as possible";
    c.aboutIncidents = List.of("kostiantynivka-strike");
    return c;
  }

  private static Pojos.Claim usAnnouncement() {
    Pojos.Claim c =
        claim("us-aid-announcement", country("United States", "US"), "announcement");
    c.statement =
        "The US will send depleted uranium anti-tank shells to arm Abrams tanks, to be delivered in autumn, as part of a new military aid package worth up to $175million (£140m).";
    c.aboutAidPackages = List.of("us-aid-2023-09");
    return c;
  }

  private static Pojos.Claim articleEnerhodarControl() {
    Pojos.Claim c = claim("article-enerhodar-control", PUBLISHER, "factual_assertion");
    c.statement =
        "Enerhodar is a city in the Russian-controlled part of Ukraine's southern Zaporizhzhia region.";
    c.aboutIncidents = List.of("enerhodar-drones");
    return c;
  }

  private static Pojos.Claim articleRostovCapture() {
    Pojos.Claim c = claim("article-rostov-capture", PUBLISHER, "factual_assertion");
    c.statement =
        "Rostov has been used as one of Russia's main headquarters to conduct its invasion of Ukraine and was captured by Yevgeny Prigozhin during his failed military coup in June.";
    c.aboutIncidents = List.of("rostov-capture-2023-06");
    return c;
  }

  private static Pojos.Claim articleUkDecision() {
    Pojos.Claim c = claim("article-uk-decision", PUBLISHER, "factual_assertion");
    c.statement =
        "Britain decided in March to send the controversial armour-piercing rounds to Kyiv, alongside Challenger 2 tanks.";
    c.aboutAidPackages = List.of("uk-aid-2023-03");
    return c;
  }

  // ---- aid ------------------------------------------------------------------------------------

  private static Pojos.Money money(String amount, String currency) {
    Pojos.Money m = new Pojos.Money();
    m.amount = new BigDecimal(amount);
    m.currency = Currency.getInstance(currency);
    return m;
  }

  private static Pojos.AidItem item(String description, String category, String platform) {
    Pojos.AidItem a = new Pojos.AidItem();
    a.description = description;
    a.category = category;
    a.platform = platform;
    return a;
  }

  private static Pojos.AidPackage usAid() {
    Pojos.AidPackage a = new Pojos.AidPackage();
    a.id = "us-aid-2023-09";
    a.donor = country("United States", "US");
    a.recipient = UKRAINE;
    a.category = "military";
    Pojos.MonetaryValue value = new Pojos.MonetaryValue();
    value.amount = money("175000000", "USD");
    value.qualifier = "at_most";
    value.equivalents = List.of(money("140000000", "GBP"));
    value.phrase = "worth up to $175million (£140m)";
    a.value = value;
    a.items =
        List.of(item("depleted uranium anti-tank shells", "ammunition", "Abrams tanks"));
    a.expectedDelivery =
        time(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), "season", "in autumn");
    a.stage = "announced";
    a.related = List.of("uk-aid-2023-03");
    a.claims = List.of("us-aid-announcement");
    return a;
  }

  private static Pojos.AidPackage ukAid() {
    Pojos.AidPackage a = new Pojos.AidPackage();
    a.id = "uk-aid-2023-03";
    a.donor = country("United Kingdom", "GB");
    a.recipient = UKRAINE;
    a.announcedOn =
        time(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), "month", "in March");
    a.category = "military";
    a.items =
        List.of(
            item("depleted uranium armour-piercing rounds", "ammunition", "Challenger 2 tanks"),
            item("Challenger 2 tanks", "armoured_vehicles", null));
    a.stage = "committed";
    a.claims = List.of("article-uk-decision");
    return a;
  }

  // ---- the embedded post ----------------------------------------------------------------------

  private static Pojos.EmbeddedPost drutskaPost() {
    Pojos.EmbeddedPost p = new Pojos.EmbeddedPost();
    p.id = "drutska-2023-09-07";
    p.author = MARIA_DRUTSKA;
    p.platform = "Twitter";
    p.postedOn = day(LocalDate.of(2023, 9, 7), "September 7, 2023");
    p.text = DRUTSKA_TEXT;
    p.links = List.of(URI.create("https://pic.twitter.com/0yC7aX1orB"));
    return p;
  }
}
