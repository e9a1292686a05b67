package org.sitrep.jackson;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
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
 * The wire format, type by type: each object type's properties in the declaration order of its
 * accessors, with the codec of each value. {@code docs/wire-format.md} describes the same table
 * for readers who do not read Java; the golden files pin both.
 */
final class Wire {
  private Wire() {}

  // ---- ids -----------------------------------------------------------------------------------
  static final Codec<ReportId> REPORT_ID = Codecs.id(ReportId::of);
  static final Codec<IncidentId> INCIDENT_ID = Codecs.id(IncidentId::of);
  static final Codec<CasualtyId> CASUALTY_ID = Codecs.id(CasualtyId::of);
  static final Codec<ClaimId> CLAIM_ID = Codecs.id(ClaimId::of);
  static final Codec<AidPackageId> AID_PACKAGE_ID = Codecs.id(AidPackageId::of);
  static final Codec<PostId> POST_ID = Codecs.id(PostId::of);

  // ---- open vocabularies ---------------------------------------------------------------------
  static final Codec<ActorKind> ACTOR_KIND = Codecs.open("ActorKind", ActorKind::of);
  static final Codec<AidCategory> AID_CATEGORY = Codecs.open("AidCategory", AidCategory::of);
  static final Codec<CasualtyOutcome> CASUALTY_OUTCOME =
      Codecs.open("CasualtyOutcome", CasualtyOutcome::of);
  static final Codec<ChannelKind> CHANNEL_KIND = Codecs.open("ChannelKind", ChannelKind::of);
  static final Codec<ClaimKind> CLAIM_KIND = Codecs.open("ClaimKind", ClaimKind::of);
  static final Codec<DamageKind> DAMAGE_KIND = Codecs.open("DamageKind", DamageKind::of);
  static final Codec<GazetteerScheme> GAZETTEER_SCHEME =
      Codecs.open("GazetteerScheme", GazetteerScheme::of);
  static final Codec<IncidentOutcome> INCIDENT_OUTCOME =
      Codecs.open("IncidentOutcome", IncidentOutcome::of);
  static final Codec<IncidentType> INCIDENT_TYPE = Codecs.open("IncidentType", IncidentType::of);
  static final Codec<ItemCategory> ITEM_CATEGORY = Codecs.open("ItemCategory", ItemCategory::of);
  static final Codec<Means> MEANS = Codecs.open("Means", Means::of);
  static final Codec<PopulationGroup> POPULATION_GROUP =
      Codecs.open("PopulationGroup", PopulationGroup::of);
  static final Codec<SiteKind> SITE_KIND = Codecs.open("SiteKind", SiteKind::of);

  // ---- closed vocabularies -------------------------------------------------------------------
  static final Codec<AidStage> AID_STAGE = Codecs.closed(AidStage.class);
  static final Codec<EstimateQualifier> ESTIMATE_QUALIFIER =
      Codecs.closed(EstimateQualifier.class);
  static final Codec<GeoPrecision> GEO_PRECISION = Codecs.closed(GeoPrecision.class);
  static final Codec<TimePrecision> TIME_PRECISION = Codecs.closed(TimePrecision.class);
  static final Codec<VerificationStatus> VERIFICATION_STATUS =
      Codecs.closed(VerificationStatus.class);

  // ---- value types ---------------------------------------------------------------------------
  static final Codec<Estimate> ESTIMATE =
      ObjectCodec.define(
              "Estimate", Estimate::builder, Estimate.Builder::build,
              Estimate.Builder::putAllExtensions)
          .optionalLong("low", Estimate::low, Estimate.Builder::low)
          .optionalLong("best", Estimate::best, Estimate.Builder::best)
          .optionalLong("high", Estimate::high, Estimate.Builder::high)
          .required("qualifier", ESTIMATE_QUALIFIER, Estimate::qualifier,
              Estimate.Builder::qualifier)
          .optional("phrase", Codecs.TEXT, Estimate::phrase, Estimate.Builder::phrase)
          .build();

  static final Codec<ReportedTime> REPORTED_TIME =
      ObjectCodec.define(
              "ReportedTime", ReportedTime::builder, ReportedTime.Builder::build,
              ReportedTime.Builder::putAllExtensions)
          .required("start", Codecs.DATE, ReportedTime::start, ReportedTime.Builder::start)
          .required("end", Codecs.DATE, ReportedTime::end, ReportedTime.Builder::end)
          .optional("instant", Codecs.DATE_TIME, ReportedTime::instant,
              ReportedTime.Builder::instant)
          .required("precision", TIME_PRECISION, ReportedTime::precision,
              ReportedTime.Builder::precision)
          .optional("phrase", Codecs.TEXT, ReportedTime::phrase, ReportedTime.Builder::phrase)
          .build();

  static final Codec<Money> MONEY =
      ObjectCodec.<Money, Slots>define(
              "Money",
              Slots::new,
              s -> {
                Money m = Money.of((BigDecimal) s.get(0), (Currency) s.get(1));
                return s.extensions.isEmpty() ? m : m.withExtensions(s.extensions);
              },
              Slots::extensions)
          .required("amount", Codecs.DECIMAL_STRING, Money::amount, (s, v) -> s.set(0, v))
          .required("currency", Codecs.CURRENCY, Money::currency, (s, v) -> s.set(1, v))
          .build();

  static final Codec<MonetaryValue> MONETARY_VALUE =
      ObjectCodec.define(
              "MonetaryValue", MonetaryValue::builder, MonetaryValue.Builder::build,
              MonetaryValue.Builder::putAllExtensions)
          .required("amount", MONEY, MonetaryValue::amount, MonetaryValue.Builder::amount)
          .required("qualifier", ESTIMATE_QUALIFIER, MonetaryValue::qualifier,
              MonetaryValue.Builder::qualifier)
          .list("equivalents", MONEY, MonetaryValue::equivalents,
              MonetaryValue.Builder::addEquivalent)
          .optional("phrase", Codecs.TEXT, MonetaryValue::phrase, MonetaryValue.Builder::phrase)
          .build();

  static final Codec<Actor> ACTOR =
      ObjectCodec.define(
              "Actor", Actor::builder, Actor.Builder::build, Actor.Builder::putAllExtensions)
          .required("name", Codecs.TEXT, Actor::name, Actor.Builder::name)
          .required("kind", ACTOR_KIND, Actor::kind, Actor.Builder::kind)
          .optional("role", Codecs.TEXT, Actor::role, Actor.Builder::role)
          .optional("country", Codecs.TEXT, Actor::country, Actor.Builder::country)
          .optional("affiliation", Codecs.TEXT, Actor::affiliation, Actor.Builder::affiliation)
          .optional("handle", Codecs.TEXT, Actor::handle, Actor.Builder::handle)
          .optional("url", Codecs.URL, Actor::url, Actor.Builder::url)
          .build();

  static final Codec<Channel> CHANNEL =
      ObjectCodec.define(
              "Channel", Channel::builder, Channel.Builder::build,
              Channel.Builder::putAllExtensions)
          .required("kind", CHANNEL_KIND, Channel::kind, Channel.Builder::kind)
          .optional("name", Codecs.TEXT, Channel::name, Channel.Builder::name)
          .optional("url", Codecs.URL, Channel::url, Channel.Builder::url)
          .build();

  static final Codec<PlaceName> PLACE_NAME =
      ObjectCodec.define(
              "PlaceName", PlaceName::builder, PlaceName.Builder::build,
              PlaceName.Builder::putAllExtensions)
          .required("name", Codecs.TEXT, PlaceName::name, PlaceName.Builder::name)
          .optional("language", Codecs.TEXT, PlaceName::language, PlaceName.Builder::language)
          .build();

  static final Codec<AdminArea> ADMIN_AREA =
      ObjectCodec.define(
              "AdminArea", AdminArea::builder, AdminArea.Builder::build,
              AdminArea.Builder::putAllExtensions)
          .required("name", Codecs.TEXT, AdminArea::name, AdminArea.Builder::name)
          .optional("isoCode", Codecs.TEXT, AdminArea::isoCode, AdminArea.Builder::isoCode)
          .list("alternateNames", PLACE_NAME, AdminArea::alternateNames,
              AdminArea.Builder::addAlternateName)
          .build();

  static final Codec<GeoPoint> GEO_POINT =
      ObjectCodec.<GeoPoint, Slots>define(
              "GeoPoint",
              Slots::new,
              s -> {
                GeoPoint g = GeoPoint.of((Double) s.get(0), (Double) s.get(1));
                return s.extensions.isEmpty() ? g : g.withExtensions(s.extensions);
              },
              Slots::extensions)
          .required("latitude", Codecs.DEGREES, GeoPoint::latitude, (s, v) -> s.set(0, v))
          .required("longitude", Codecs.DEGREES, GeoPoint::longitude, (s, v) -> s.set(1, v))
          .build();

  static final Codec<DeFactoControl> DE_FACTO_CONTROL =
      ObjectCodec.define(
              "DeFactoControl", DeFactoControl::builder, DeFactoControl.Builder::build,
              DeFactoControl.Builder::putAllExtensions)
          .required("controller", ACTOR, DeFactoControl::controller,
              DeFactoControl.Builder::controller)
          .optional("asOf", REPORTED_TIME, DeFactoControl::asOf, DeFactoControl.Builder::asOf)
          .optional("claim", CLAIM_ID, DeFactoControl::claim, DeFactoControl.Builder::claim)
          .optional("phrase", Codecs.TEXT, DeFactoControl::phrase, DeFactoControl.Builder::phrase)
          .build();

  static final Codec<GazetteerRef> GAZETTEER_REF =
      ObjectCodec.<GazetteerRef, Slots>define(
              "GazetteerRef",
              Slots::new,
              s -> {
                GazetteerRef r = GazetteerRef.of((GazetteerScheme) s.get(0), (String) s.get(1));
                return s.extensions.isEmpty() ? r : r.withExtensions(s.extensions);
              },
              Slots::extensions)
          .required("scheme", GAZETTEER_SCHEME, GazetteerRef::scheme, (s, v) -> s.set(0, v))
          .required("id", Codecs.TEXT, GazetteerRef::id, (s, v) -> s.set(1, v))
          .build();

  static final Codec<Location> LOCATION =
      ObjectCodec.define(
              "Location", Location::builder, Location.Builder::build,
              Location.Builder::putAllExtensions)
          .required("name", Codecs.TEXT, Location::name, Location.Builder::name)
          .list("alternateNames", PLACE_NAME, Location::alternateNames,
              Location.Builder::addAlternateName)
          .optional("country", Codecs.TEXT, Location::country, Location.Builder::country)
          .optional("admin1", ADMIN_AREA, Location::admin1, Location.Builder::admin1)
          .optional("admin2", ADMIN_AREA, Location::admin2, Location.Builder::admin2)
          .optional("point", GEO_POINT, Location::point, Location.Builder::point)
          .required("precision", GEO_PRECISION, Location::precision,
              Location.Builder::precision)
          .optional("control", DE_FACTO_CONTROL, Location::control, Location.Builder::control)
          .list("gazetteerIds", GAZETTEER_REF, Location::gazetteerIds,
              Location.Builder::addGazetteerId)
          .optional("description", Codecs.TEXT, Location::description,
              Location.Builder::description)
          .build();

  static final Codec<Site> SITE =
      ObjectCodec.define(
              "Site", Site::builder, Site.Builder::build, Site.Builder::putAllExtensions)
          .required("kind", SITE_KIND, Site::kind, Site.Builder::kind)
          .optional("description", Codecs.TEXT, Site::description, Site.Builder::description)
          .build();

  static final Codec<Damage> DAMAGE =
      ObjectCodec.define(
              "Damage", Damage::builder, Damage.Builder::build, Damage.Builder::putAllExtensions)
          .required("kind", DAMAGE_KIND, Damage::kind, Damage.Builder::kind)
          .required("object", Codecs.TEXT, Damage::object, Damage.Builder::object)
          .optional("count", ESTIMATE, Damage::count, Damage.Builder::count)
          .optional("cause", Codecs.TEXT, Damage::cause, Damage.Builder::cause)
          .build();

  static final Codec<Casualty> CASUALTY =
      ObjectCodec.define(
              "Casualty", Casualty::builder, Casualty.Builder::build,
              Casualty.Builder::putAllExtensions)
          .required("id", CASUALTY_ID, Casualty::id, Casualty.Builder::id)
          .required("outcome", CASUALTY_OUTCOME, Casualty::outcome, Casualty.Builder::outcome)
          .required("population", POPULATION_GROUP, Casualty::population,
              Casualty.Builder::population)
          .required("count", ESTIMATE, Casualty::count, Casualty.Builder::count)
          .optional("asOf", REPORTED_TIME, Casualty::asOf, Casualty.Builder::asOf)
          .defaulted("provisional", Codecs.BOOLEAN, Casualty::provisional,
              Casualty.Builder::provisional)
          .optional("claim", CLAIM_ID, Casualty::claim, Casualty.Builder::claim)
          .build();

  static final Codec<Incident> INCIDENT =
      ObjectCodec.define(
              "Incident", Incident::builder, Incident.Builder::build,
              Incident.Builder::putAllExtensions)
          .required("id", INCIDENT_ID, Incident::id, Incident.Builder::id)
          .required("type", INCIDENT_TYPE, Incident::type, Incident.Builder::type)
          .optional("time", REPORTED_TIME, Incident::time, Incident.Builder::time)
          .optional("location", LOCATION, Incident::location, Incident.Builder::location)
          .list("means", MEANS, Incident::means, Incident.Builder::addMeans)
          .optional("quantity", ESTIMATE, Incident::quantity, Incident.Builder::quantity)
          .required("outcome", INCIDENT_OUTCOME, Incident::outcome, Incident.Builder::outcome)
          .optional("perpetrator", ACTOR, Incident::perpetrator, Incident.Builder::perpetrator)
          .list("sites", SITE, Incident::sites, Incident.Builder::addSite)
          .list("damage", DAMAGE, Incident::damage, Incident.Builder::addDamage)
          .list("casualties", CASUALTY, Incident::casualties, Incident.Builder::addCasualty)
          .optional("summary", Codecs.TEXT, Incident::summary, Incident.Builder::summary)
          .list("claims", CLAIM_ID, Incident::claims, Incident.Builder::addClaim)
          .build();

  static final Codec<Claim> CLAIM =
      ObjectCodec.define(
              "Claim", Claim::builder, Claim.Builder::build, Claim.Builder::putAllExtensions)
          .required("id", CLAIM_ID, Claim::id, Claim.Builder::id)
          .required("source", ACTOR, Claim::source, Claim.Builder::source)
          .optional("channel", CHANNEL, Claim::channel, Claim.Builder::channel)
          .optional("madeOn", REPORTED_TIME, Claim::madeOn, Claim.Builder::madeOn)
          .optional("statement", Codecs.TEXT, Claim::statement, Claim.Builder::statement)
          .optional("quote", Codecs.TEXT, Claim::quote, Claim.Builder::quote)
          .required("kind", CLAIM_KIND, Claim::kind, Claim.Builder::kind)
          .required("verification", VERIFICATION_STATUS, Claim::verification,
              Claim.Builder::verification)
          .list("aboutIncidents", INCIDENT_ID, Claim::aboutIncidents,
              Claim.Builder::addAboutIncident)
          .list("aboutCasualties", CASUALTY_ID, Claim::aboutCasualties,
              Claim.Builder::addAboutCasualty)
          .list("aboutAidPackages", AID_PACKAGE_ID, Claim::aboutAidPackages,
              Claim.Builder::addAboutAidPackage)
          .optional("post", POST_ID, Claim::post, Claim.Builder::post)
          .build();

  static final Codec<AidItem> AID_ITEM =
      ObjectCodec.define(
              "AidItem", AidItem::builder, AidItem.Builder::build,
              AidItem.Builder::putAllExtensions)
          .required("description", Codecs.TEXT, AidItem::description,
              AidItem.Builder::description)
          .required("category", ITEM_CATEGORY, AidItem::category, AidItem.Builder::category)
          .optional("quantity", ESTIMATE, AidItem::quantity, AidItem.Builder::quantity)
          .optional("platform", Codecs.TEXT, AidItem::platform, AidItem.Builder::platform)
          .build();

  static final Codec<AidPackage> AID_PACKAGE =
      ObjectCodec.define(
              "AidPackage", AidPackage::builder, AidPackage.Builder::build,
              AidPackage.Builder::putAllExtensions)
          .required("id", AID_PACKAGE_ID, AidPackage::id, AidPackage.Builder::id)
          .required("donor", ACTOR, AidPackage::donor, AidPackage.Builder::donor)
          .required("recipient", ACTOR, AidPackage::recipient, AidPackage.Builder::recipient)
          .optional("announcedOn", REPORTED_TIME, AidPackage::announcedOn,
              AidPackage.Builder::announcedOn)
          .required("category", AID_CATEGORY, AidPackage::category, AidPackage.Builder::category)
          .optional("value", MONETARY_VALUE, AidPackage::value, AidPackage.Builder::value)
          .list("items", AID_ITEM, AidPackage::items, AidPackage.Builder::addItem)
          .optional("expectedDelivery", REPORTED_TIME, AidPackage::expectedDelivery,
              AidPackage.Builder::expectedDelivery)
          .required("stage", AID_STAGE, AidPackage::stage, AidPackage.Builder::stage)
          .list("related", AID_PACKAGE_ID, AidPackage::related, AidPackage.Builder::addRelated)
          .list("claims", CLAIM_ID, AidPackage::claims, AidPackage.Builder::addClaim)
          .optional("summary", Codecs.TEXT, AidPackage::summary, AidPackage.Builder::summary)
          .build();

  static final Codec<EmbeddedPost> EMBEDDED_POST =
      ObjectCodec.define(
              "EmbeddedPost", EmbeddedPost::builder, EmbeddedPost.Builder::build,
              EmbeddedPost.Builder::putAllExtensions)
          .required("id", POST_ID, EmbeddedPost::id, EmbeddedPost.Builder::id)
          .required("author", ACTOR, EmbeddedPost::author, EmbeddedPost.Builder::author)
          .required("platform", Codecs.TEXT, EmbeddedPost::platform,
              EmbeddedPost.Builder::platform)
          .optional("url", Codecs.URL, EmbeddedPost::url, EmbeddedPost.Builder::url)
          .optional("postedOn", REPORTED_TIME, EmbeddedPost::postedOn,
              EmbeddedPost.Builder::postedOn)
          .optional("text", Codecs.TEXT, EmbeddedPost::text, EmbeddedPost.Builder::text)
          .list("links", Codecs.URL, EmbeddedPost::links, EmbeddedPost.Builder::addLink)
          .build();

  static final Codec<Report> REPORT =
      ObjectCodec.define(
              "Report", Report::builder, Report.Builder::build, Report.Builder::putAllExtensions)
          .required("id", REPORT_ID, Report::id, Report.Builder::id)
          .required("schemaVersion", Codecs.SCHEMA_VERSION, Report::schemaVersion,
              Report.Builder::schemaVersion)
          .optional("headline", Codecs.TEXT, Report::headline, Report.Builder::headline)
          .optional("publisher", ACTOR, Report::publisher, Report.Builder::publisher)
          .optional("url", Codecs.URL, Report::url, Report.Builder::url)
          .optional("publishedAt", Codecs.DATE_TIME, Report::publishedAt,
              Report.Builder::publishedAt)
          .optional("retrievedAt", Codecs.DATE_TIME, Report::retrievedAt,
              Report.Builder::retrievedAt)
          .optional("language", Codecs.TEXT, Report::language, Report.Builder::language)
          .list("authors", ACTOR, Report::authors, Report.Builder::addAuthor)
          .list("posts", EMBEDDED_POST, Report::posts, Report.Builder::addPost)
          .list("incidents", INCIDENT, Report::incidents, Report.Builder::addIncident)
          .list("claims", CLAIM, Report::claims, Report.Builder::addClaim)
          .list("aidPackages", AID_PACKAGE, Report::aidPackages, Report.Builder::addAidPackage)
          .build();

  /** Every public Sitrep type with its codec: what the module registers. */
  static final Map<Class<?>, Codec<?>> ALL = all();

  private static Map<Class<?>, Codec<?>> all() {
    Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
    m.put(Report.class, REPORT);
    m.put(Incident.class, INCIDENT);
    m.put(Claim.class, CLAIM);
    m.put(AidPackage.class, AID_PACKAGE);
    m.put(Location.class, LOCATION);
    m.put(Casualty.class, CASUALTY);
    m.put(Estimate.class, ESTIMATE);
    m.put(ReportedTime.class, REPORTED_TIME);
    m.put(Money.class, MONEY);
    m.put(MonetaryValue.class, MONETARY_VALUE);
    m.put(Actor.class, ACTOR);
    m.put(Channel.class, CHANNEL);
    m.put(PlaceName.class, PLACE_NAME);
    m.put(AdminArea.class, ADMIN_AREA);
    m.put(GeoPoint.class, GEO_POINT);
    m.put(DeFactoControl.class, DE_FACTO_CONTROL);
    m.put(GazetteerRef.class, GAZETTEER_REF);
    m.put(Site.class, SITE);
    m.put(Damage.class, DAMAGE);
    m.put(AidItem.class, AID_ITEM);
    m.put(EmbeddedPost.class, EMBEDDED_POST);
    m.put(ReportId.class, REPORT_ID);
    m.put(IncidentId.class, INCIDENT_ID);
    m.put(CasualtyId.class, CASUALTY_ID);
    m.put(ClaimId.class, CLAIM_ID);
    m.put(AidPackageId.class, AID_PACKAGE_ID);
    m.put(PostId.class, POST_ID);
    m.put(ActorKind.class, ACTOR_KIND);
    m.put(AidCategory.class, AID_CATEGORY);
    m.put(CasualtyOutcome.class, CASUALTY_OUTCOME);
    m.put(ChannelKind.class, CHANNEL_KIND);
    m.put(ClaimKind.class, CLAIM_KIND);
    m.put(DamageKind.class, DAMAGE_KIND);
    m.put(GazetteerScheme.class, GAZETTEER_SCHEME);
    m.put(IncidentOutcome.class, INCIDENT_OUTCOME);
    m.put(IncidentType.class, INCIDENT_TYPE);
    m.put(ItemCategory.class, ITEM_CATEGORY);
    m.put(Means.class, MEANS);
    m.put(PopulationGroup.class, POPULATION_GROUP);
    m.put(SiteKind.class, SITE_KIND);
    m.put(AidStage.class, AID_STAGE);
    m.put(EstimateQualifier.class, ESTIMATE_QUALIFIER);
    m.put(GeoPrecision.class, GEO_PRECISION);
    m.put(TimePrecision.class, TIME_PRECISION);
    m.put(VerificationStatus.class, VERIFICATION_STATUS);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The codec of a Sitrep type, or of the Sitrep type a class implements (an {@code Immutable*}
   * implementation class finds its abstract type).
   *
   * @param type a class
   * @return its codec, or null if it is not a Sitrep type
   */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> find(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Codec<?> codec = ALL.get(c);
      if (codec != null) {
        return (Codec<T>) codec;
      }
    }
    return null;
  }

  /**
   * A holder for types built from parameters rather than a public builder: Money, GeoPoint,
   * GazetteerRef.
   */
  static final class Slots {
    private final Object[] values = new Object[2];
    private Map<String, String> extensions = Map.of();

    Object get(int i) {
      return values[i];
    }

    void set(int i, Object value) {
      values[i] = value;
    }

    void extensions(Map<String, String> extensions) {
      this.extensions = extensions;
    }
  }
}
