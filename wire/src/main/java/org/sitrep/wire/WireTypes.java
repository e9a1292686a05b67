package org.sitrep.wire;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.AcledCoding;
import org.sitrep.Assessment;
import org.sitrep.Coding;
import org.sitrep.Confidence;
import org.sitrep.ContentHash;
import org.sitrep.Evidence;
import org.sitrep.IncidentLink;
import org.sitrep.Licence;
import org.sitrep.Publication;
import org.sitrep.Syndication;
import org.sitrep.Withdrawal;
import org.sitrep.Actor;
import org.sitrep.AdminArea;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.Casualty;
import org.sitrep.CasualtyGroup;
import org.sitrep.Channel;
import org.sitrep.Claim;
import org.sitrep.Damage;
import org.sitrep.DatasetRecord;
import org.sitrep.DeFactoControl;
import org.sitrep.EmbeddedPost;
import org.sitrep.Engagement;
import org.sitrep.Estimate;
import org.sitrep.GazetteerRef;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPoint;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.MonetaryValue;
import org.sitrep.Money;
import org.sitrep.Party;
import org.sitrep.PlaceName;
import org.sitrep.RelativePosition;
import org.sitrep.Report;
import org.sitrep.ReportedTime;
import org.sitrep.Site;
import org.sitrep.UcdpCoding;

/**
 * The wire format, type by type: the one definition of every object type's properties, in the
 * declaration order of the model's accessors, with the {@link WireValue} of each. The bindings'
 * object codecs, the JSON Schema and the property tables of {@code docs/wire-format.md} are
 * generated from it; the golden files of the conformance corpus pin all of them.
 *
 * <p>Adding a property to a model type means adding one line here, in the accessor's position; a
 * test fails the build while a model accessor has no property here, or a property no accessor.
 */
public final class WireTypes {
  private WireTypes() {}

  // ---- each type before the types that use it --------------------------------------------------
  /** The properties of {@link Estimate} on the wire, in order. */
  public static final WireType<Estimate, ?> ESTIMATE =
      WireType.define(
              Estimate.class, Estimate::builder, Estimate.Builder::build,
              Estimate.Builder::putAllExtensions)
          .optionalLong("low", WireValues.COUNT, Estimate::low, Estimate.Builder::low)
          .optionalLong("best", WireValues.COUNT, Estimate::best, Estimate.Builder::best)
          .optionalLong("high", WireValues.COUNT, Estimate::high, Estimate.Builder::high)
          .required("qualifier", WireValues.ESTIMATE_QUALIFIER, Estimate::qualifier,
              Estimate.Builder::qualifier)
          .optional("phrase", WireValues.TEXT, Estimate::phrase, Estimate.Builder::phrase)
          .build();

  /** The properties of {@link ReportedTime} on the wire, in order. */
  public static final WireType<ReportedTime, ?> REPORTED_TIME =
      WireType.define(
              ReportedTime.class, ReportedTime::builder, ReportedTime.Builder::build,
              ReportedTime.Builder::putAllExtensions)
          .required("start", WireValues.DATE, ReportedTime::start, ReportedTime.Builder::start)
          .required("end", WireValues.DATE, ReportedTime::end, ReportedTime.Builder::end)
          .optional("instant", WireValues.DATE_TIME, ReportedTime::instant,
              ReportedTime.Builder::instant)
          .required("precision", WireValues.TIME_PRECISION, ReportedTime::precision,
              ReportedTime.Builder::precision)
          .optional("partOfDay", WireValues.PART_OF_DAY, ReportedTime::partOfDay,
              ReportedTime.Builder::partOfDay)
          .optional("clockTime", WireValues.CLOCK_TIME, ReportedTime::clockTime,
              ReportedTime.Builder::clockTime)
          .uniqueList("equivalents", WireValues.DATE_TIME, ReportedTime::equivalents,
              ReportedTime.Builder::addEquivalent)
          .optional("anchor", WireValues.TIME_ANCHOR, ReportedTime::anchor,
              ReportedTime.Builder::anchor)
          .optional("phrase", WireValues.TEXT, ReportedTime::phrase, ReportedTime.Builder::phrase)
          .build();

  /** The properties of {@link Money} on the wire, in order. */
  public static final WireType<Money, ?> MONEY =
      WireType.<Money, Slots>define(
              Money.class,
              Slots::new,
              s -> {
                Money m = Money.of((BigDecimal) s.get(0), (Currency) s.get(1));
                return s.extensions.isEmpty() ? m : m.withExtensions(s.extensions);
              },
              Slots::extensions)
          .required("amount", WireValues.DECIMAL_AMOUNT, Money::amount, (s, v) -> s.set(0, v))
          .required("currency", WireValues.CURRENCY, Money::currency, (s, v) -> s.set(1, v))
          .build();

  /** The properties of {@link MonetaryValue} on the wire, in order. */
  public static final WireType<MonetaryValue, ?> MONETARY_VALUE =
      WireType.define(
              MonetaryValue.class, MonetaryValue::builder, MonetaryValue.Builder::build,
              MonetaryValue.Builder::putAllExtensions)
          .required("amount", MONEY.value(), MonetaryValue::amount, MonetaryValue.Builder::amount)
          .required("qualifier", WireValues.ESTIMATE_QUALIFIER, MonetaryValue::qualifier,
              MonetaryValue.Builder::qualifier)
          .list("equivalents", MONEY.value(), MonetaryValue::equivalents,
              MonetaryValue.Builder::addEquivalent)
          .optional("phrase", WireValues.TEXT, MonetaryValue::phrase, MonetaryValue.Builder::phrase)
          .build();

  /** The properties of {@link Actor} on the wire, in order. */
  public static final WireType<Actor, ?> ACTOR =
      WireType.define(
              Actor.class, Actor::builder, Actor.Builder::build, Actor.Builder::putAllExtensions)
          .required("name", WireValues.TEXT, Actor::name, Actor.Builder::name)
          .required("kind", WireValues.ACTOR_KIND, Actor::kind, Actor.Builder::kind)
          .optional("role", WireValues.TEXT, Actor::role, Actor.Builder::role)
          .optional("country", WireValues.COUNTRY_CODE, Actor::country, Actor.Builder::country)
          .optional("affiliation", WireValues.TEXT, Actor::affiliation, Actor.Builder::affiliation)
          .optional("handle", WireValues.HANDLE, Actor::handle, Actor.Builder::handle)
          .optional("url", WireValues.HTTP_URL, Actor::url, Actor.Builder::url)
          .build();

  /** The properties of {@link Channel} on the wire, in order. */
  public static final WireType<Channel, ?> CHANNEL =
      WireType.define(
              Channel.class, Channel::builder, Channel.Builder::build,
              Channel.Builder::putAllExtensions)
          .required("kind", WireValues.CHANNEL_KIND, Channel::kind, Channel.Builder::kind)
          .optional("name", WireValues.TEXT, Channel::name, Channel.Builder::name)
          .optional("url", WireValues.HTTP_URL, Channel::url, Channel.Builder::url)
          .build();

  /** The properties of {@link PlaceName} on the wire, in order. */
  public static final WireType<PlaceName, ?> PLACE_NAME =
      WireType.define(
              PlaceName.class, PlaceName::builder, PlaceName.Builder::build,
              PlaceName.Builder::putAllExtensions)
          .required("name", WireValues.TEXT, PlaceName::name, PlaceName.Builder::name)
          .optional("language", WireValues.LANGUAGE_TAG, PlaceName::language, PlaceName.Builder::language)
          .build();

  /** The properties of {@link AdminArea} on the wire, in order. */
  public static final WireType<AdminArea, ?> ADMIN_AREA =
      WireType.define(
              AdminArea.class, AdminArea::builder, AdminArea.Builder::build,
              AdminArea.Builder::putAllExtensions)
          .required("name", WireValues.TEXT, AdminArea::name, AdminArea.Builder::name)
          .optional("isoCode", WireValues.SUBDIVISION_CODE, AdminArea::isoCode, AdminArea.Builder::isoCode)
          .uniqueList("alternateNames", PLACE_NAME.value(), AdminArea::alternateNames,
              AdminArea.Builder::addAlternateName)
          .build();

  /** The properties of {@link GeoPoint} on the wire, in order. */
  public static final WireType<GeoPoint, ?> GEO_POINT =
      WireType.<GeoPoint, Slots>define(
              GeoPoint.class,
              Slots::new,
              s -> {
                GeoPoint g = GeoPoint.of((Double) s.get(0), (Double) s.get(1));
                return s.extensions.isEmpty() ? g : g.withExtensions(s.extensions);
              },
              Slots::extensions)
          .required("latitude", WireValues.LATITUDE, GeoPoint::latitude, (s, v) -> s.set(0, v))
          .required("longitude", WireValues.LONGITUDE, GeoPoint::longitude, (s, v) -> s.set(1, v))
          .build();

  /** The properties of {@link DeFactoControl} on the wire, in order. */
  public static final WireType<DeFactoControl, ?> DE_FACTO_CONTROL =
      WireType.define(
              DeFactoControl.class, DeFactoControl::builder, DeFactoControl.Builder::build,
              DeFactoControl.Builder::putAllExtensions)
          .required("controller", ACTOR.value(), DeFactoControl::controller,
              DeFactoControl.Builder::controller)
          .optional("asOf", REPORTED_TIME.value(), DeFactoControl::asOf, DeFactoControl.Builder::asOf)
          .optional("claim", WireValues.CLAIM_ID, DeFactoControl::claim, DeFactoControl.Builder::claim)
          .optional("phrase", WireValues.TEXT, DeFactoControl::phrase, DeFactoControl.Builder::phrase)
          .build();

  /** The properties of {@link GazetteerRef} on the wire, in order. */
  public static final WireType<GazetteerRef, ?> GAZETTEER_REF =
      WireType.<GazetteerRef, Slots>define(
              GazetteerRef.class,
              Slots::new,
              s -> {
                GazetteerRef r = GazetteerRef.of((GazetteerScheme) s.get(0), (String) s.get(1));
                return s.extensions.isEmpty() ? r : r.withExtensions(s.extensions);
              },
              Slots::extensions)
          .required("scheme", WireValues.GAZETTEER_SCHEME, GazetteerRef::scheme, (s, v) -> s.set(0, v))
          .required("id", WireValues.GAZETTEER_ID, GazetteerRef::id, (s, v) -> s.set(1, v))
          .build();

  /** The properties of {@link RelativePosition} on the wire, in order. */
  public static final WireType<RelativePosition, ?> RELATIVE_POSITION =
      WireType.define(
              RelativePosition.class, RelativePosition::builder, RelativePosition.Builder::build,
              RelativePosition.Builder::putAllExtensions)
          .optional("direction", WireValues.COMPASS_DIRECTION, RelativePosition::direction,
              RelativePosition.Builder::direction)
          .optional("distanceKm", ESTIMATE.value(), RelativePosition::distanceKm,
              RelativePosition.Builder::distanceKm)
          .required("reference", WireValues.TEXT, RelativePosition::reference,
              RelativePosition.Builder::reference)
          .optional("phrase", WireValues.TEXT, RelativePosition::phrase,
              RelativePosition.Builder::phrase)
          .build();

  /** The properties of {@link Location} on the wire, in order. */
  public static final WireType<Location, ?> LOCATION =
      WireType.define(
              Location.class, Location::builder, Location.Builder::build,
              Location.Builder::putAllExtensions)
          .optional("name", WireValues.TEXT, Location::name, Location.Builder::name)
          .uniqueList("alternateNames", PLACE_NAME.value(), Location::alternateNames,
              Location.Builder::addAlternateName)
          .optional("country", WireValues.COUNTRY_CODE, Location::country, Location.Builder::country)
          .optional("admin1", ADMIN_AREA.value(), Location::admin1, Location.Builder::admin1)
          .optional("admin2", ADMIN_AREA.value(), Location::admin2, Location.Builder::admin2)
          .optional("admin3", ADMIN_AREA.value(), Location::admin3, Location.Builder::admin3)
          .optional("point", GEO_POINT.value(), Location::point, Location.Builder::point)
          .required("precision", WireValues.GEO_PRECISION, Location::precision,
              Location.Builder::precision)
          .optional("control", DE_FACTO_CONTROL.value(), Location::control, Location.Builder::control)
          .uniqueList("gazetteerIds", GAZETTEER_REF.value(), Location::gazetteerIds,
              Location.Builder::addGazetteerId)
          .optional("relativeTo", RELATIVE_POSITION.value(), Location::relativeTo,
              Location.Builder::relativeTo)
          .optional("description", WireValues.TEXT, Location::description,
              Location.Builder::description)
          .build();

  /** The properties of {@link Party} on the wire, in order. */
  public static final WireType<Party, ?> PARTY =
      WireType.define(
              Party.class, Party::builder, Party.Builder::build, Party.Builder::putAllExtensions)
          .required("actor", ACTOR.value(), Party::actor, Party.Builder::actor)
          .required("role", WireValues.PARTY_ROLE, Party::role, Party.Builder::role)
          .optional("side", WireValues.DYAD_SIDE, Party::side, Party.Builder::side)
          .optional("claim", WireValues.CLAIM_ID, Party::claim, Party.Builder::claim)
          .optional("phrase", WireValues.TEXT, Party::phrase, Party.Builder::phrase)
          .build();

  /** The properties of {@link AcledCoding} on the wire, in order. */
  public static final WireType<AcledCoding, ?> ACLED_CODING =
      WireType.define(
              AcledCoding.class, AcledCoding::builder, AcledCoding.Builder::build,
              AcledCoding.Builder::putAllExtensions)
          .uniqueList("disorderTypes", WireValues.DISORDER_TYPE, AcledCoding::disorderTypes,
              AcledCoding.Builder::addDisorderType)
          .defaulted("civilianTargeting", WireValues.BOOLEAN, AcledCoding::civilianTargeting,
              AcledCoding.Builder::civilianTargeting)
          .optional("sourceScale", WireValues.TEXT, AcledCoding::sourceScale,
              AcledCoding.Builder::sourceScale)
          .uniqueList("tags", WireValues.TEXT, AcledCoding::tags, AcledCoding.Builder::addTag)
          .optional("inter1", WireValues.ACLED_ACTOR_TYPE, AcledCoding::inter1,
              AcledCoding.Builder::inter1)
          .optional("inter2", WireValues.ACLED_ACTOR_TYPE, AcledCoding::inter2,
              AcledCoding.Builder::inter2)
          .optional("region", WireValues.TEXT, AcledCoding::region, AcledCoding.Builder::region)
          .optional("country", WireValues.TEXT, AcledCoding::country, AcledCoding.Builder::country)
          .optional("eventDate", WireValues.DATE, AcledCoding::eventDate,
              AcledCoding.Builder::eventDate)
          .build();

  /** The properties of {@link UcdpCoding} on the wire, in order. */
  public static final WireType<UcdpCoding, ?> UCDP_CODING =
      WireType.define(
              UcdpCoding.class, UcdpCoding::builder, UcdpCoding.Builder::build,
              UcdpCoding.Builder::putAllExtensions)
          .optionalLong("conflictId", WireValues.COUNT, UcdpCoding::conflictId,
              UcdpCoding.Builder::conflictId)
          .optionalLong("dyadId", WireValues.COUNT, UcdpCoding::dyadId, UcdpCoding.Builder::dyadId)
          .optional("eventClarity", WireValues.EVENT_CLARITY, UcdpCoding::eventClarity,
              UcdpCoding.Builder::eventClarity)
          .optional("codeStatus", WireValues.TEXT, UcdpCoding::codeStatus,
              UcdpCoding.Builder::codeStatus)
          .optionalLong("numberOfSources", WireValues.COUNT, UcdpCoding::numberOfSources,
              UcdpCoding.Builder::numberOfSources)
          .optional("relid", WireValues.TEXT, UcdpCoding::relid,
              UcdpCoding.Builder::relid)
          .optional("activeYear", WireValues.BOOLEAN, UcdpCoding::activeYear,
              UcdpCoding.Builder::activeYear)
          .optionalLong("conflictDatasetId", WireValues.COUNT, UcdpCoding::conflictDatasetId,
              UcdpCoding.Builder::conflictDatasetId)
          .optional("conflictName", WireValues.TEXT, UcdpCoding::conflictName,
              UcdpCoding.Builder::conflictName)
          .optionalLong("dyadDatasetId", WireValues.COUNT, UcdpCoding::dyadDatasetId,
              UcdpCoding.Builder::dyadDatasetId)
          .optional("dyadName", WireValues.TEXT, UcdpCoding::dyadName,
              UcdpCoding.Builder::dyadName)
          .optionalLong("sideAId", WireValues.COUNT, UcdpCoding::sideAId,
              UcdpCoding.Builder::sideAId)
          .optionalLong("sideADatasetId", WireValues.COUNT, UcdpCoding::sideADatasetId,
              UcdpCoding.Builder::sideADatasetId)
          .optionalLong("sideBId", WireValues.COUNT, UcdpCoding::sideBId,
              UcdpCoding.Builder::sideBId)
          .optionalLong("sideBDatasetId", WireValues.COUNT, UcdpCoding::sideBDatasetId,
              UcdpCoding.Builder::sideBDatasetId)
          .optional("gwnoA", WireValues.TEXT, UcdpCoding::gwnoA,
              UcdpCoding.Builder::gwnoA)
          .optional("gwnoB", WireValues.TEXT, UcdpCoding::gwnoB,
              UcdpCoding.Builder::gwnoB)
          .optional("sourceArticle", WireValues.TEXT, UcdpCoding::sourceArticle,
              UcdpCoding.Builder::sourceArticle)
          .optional("sourceOffice", WireValues.TEXT, UcdpCoding::sourceOffice,
              UcdpCoding.Builder::sourceOffice)
          .optional("sourceDate", WireValues.TEXT, UcdpCoding::sourceDate,
              UcdpCoding.Builder::sourceDate)
          .optional("sourceHeadline", WireValues.TEXT, UcdpCoding::sourceHeadline,
              UcdpCoding.Builder::sourceHeadline)
          .optional("sourceOriginal", WireValues.TEXT, UcdpCoding::sourceOriginal,
              UcdpCoding.Builder::sourceOriginal)
          .optional("country", WireValues.TEXT, UcdpCoding::country,
              UcdpCoding.Builder::country)
          .optionalLong("countryId", WireValues.COUNT, UcdpCoding::countryId,
              UcdpCoding.Builder::countryId)
          .optional("region", WireValues.TEXT, UcdpCoding::region,
              UcdpCoding.Builder::region)
          .optionalLong("deathsLow", WireValues.COUNT, UcdpCoding::deathsLow,
              UcdpCoding.Builder::deathsLow)
          .optionalLong("deathsHigh", WireValues.COUNT, UcdpCoding::deathsHigh,
              UcdpCoding.Builder::deathsHigh)
          .build();

  /** The properties of {@link DatasetRecord} on the wire, in order. */
  public static final WireType<DatasetRecord, ?> DATASET_RECORD =
      WireType.define(
              DatasetRecord.class, DatasetRecord::builder, DatasetRecord.Builder::build,
              DatasetRecord.Builder::putAllExtensions)
          .required("scheme", WireValues.DATASET_SCHEME, DatasetRecord::scheme,
              DatasetRecord.Builder::scheme)
          .required("id", WireValues.DATASET_RECORD_ID, DatasetRecord::id, DatasetRecord.Builder::id)
          .optional("updatedAt", WireValues.DATE_TIME, DatasetRecord::updatedAt,
              DatasetRecord.Builder::updatedAt)
          .build();

  /** The properties of {@link Confidence} on the wire, in order. */
  public static final WireType<Confidence, ?> CONFIDENCE =
      WireType.define(
              Confidence.class, Confidence::builder, Confidence.Builder::build,
              Confidence.Builder::putAllExtensions)
          .optionalLong("score", WireValues.CONFIDENCE_SCORE, Confidence::score,
              Confidence.Builder::score)
          .optional("level", WireValues.CONFIDENCE_LEVEL, Confidence::level,
              Confidence.Builder::level)
          .build();

  /** The properties of {@link Coding} on the wire, in order. */
  public static final WireType<Coding, ?> CODING =
      WireType.define(
              Coding.class, Coding::builder, Coding.Builder::build, Coding.Builder::putAllExtensions)
          .required("method", WireValues.CODING_METHOD, Coding::method, Coding.Builder::method)
          .optional("coder", ACTOR.value(), Coding::coder, Coding.Builder::coder)
          .optional("model", WireValues.TEXT, Coding::model, Coding.Builder::model)
          .optional("probability", WireValues.PROBABILITY, Coding::probability,
              Coding.Builder::probability)
          .optional("codedAt", WireValues.DATE_TIME, Coding::codedAt, Coding.Builder::codedAt)
          .optional("confidence", CONFIDENCE.value(), Coding::confidence,
              Coding.Builder::confidence)
          .build();

  /** The properties of {@link Licence} on the wire, in order. */
  public static final WireType<Licence, ?> LICENCE =
      WireType.define(
              Licence.class, Licence::builder, Licence.Builder::build,
              Licence.Builder::putAllExtensions)
          .optional("spdxId", WireValues.SPDX_ID, Licence::spdxId, Licence.Builder::spdxId)
          .optional("url", WireValues.HTTP_URL, Licence::url, Licence.Builder::url)
          .optional("attribution", WireValues.TEXT, Licence::attribution,
              Licence.Builder::attribution)
          .build();

  /** The properties of {@link IncidentLink} on the wire, in order. */
  public static final WireType<IncidentLink, ?> INCIDENT_LINK =
      WireType.define(
              IncidentLink.class, IncidentLink::builder, IncidentLink.Builder::build,
              IncidentLink.Builder::putAllExtensions)
          .required("relation", WireValues.INCIDENT_RELATION, IncidentLink::relation,
              IncidentLink.Builder::relation)
          .optional("incident", WireValues.INCIDENT_ID, IncidentLink::incident,
              IncidentLink.Builder::incident)
          .optional("globalId", WireValues.GLOBAL_ID, IncidentLink::globalId,
              IncidentLink.Builder::globalId)
          .optional("claim", WireValues.CLAIM_ID, IncidentLink::claim, IncidentLink.Builder::claim)
          .build();

  /** The properties of {@link ContentHash} on the wire, in order. */
  public static final WireType<ContentHash, ?> CONTENT_HASH =
      WireType.define(
              ContentHash.class, ContentHash::builder, ContentHash.Builder::build,
              ContentHash.Builder::putAllExtensions)
          .required("algorithm", WireValues.HASH_ALGORITHM, ContentHash::algorithm,
              ContentHash.Builder::algorithm)
          .required("hex", WireValues.HEX_DIGEST, ContentHash::hex, ContentHash.Builder::hex)
          .build();

  /** The properties of {@link Evidence} on the wire, in order. */
  public static final WireType<Evidence, ?> EVIDENCE =
      WireType.define(
              Evidence.class, Evidence::builder, Evidence.Builder::build,
              Evidence.Builder::putAllExtensions)
          .required("kind", WireValues.EVIDENCE_KIND, Evidence::kind, Evidence.Builder::kind)
          .optional("url", WireValues.HTTP_URL, Evidence::url, Evidence.Builder::url)
          .optional("archiveUrl", WireValues.HTTP_URL, Evidence::archiveUrl,
              Evidence.Builder::archiveUrl)
          .optional("hash", CONTENT_HASH.value(), Evidence::hash, Evidence.Builder::hash)
          .optional("capturedAt", WireValues.DATE_TIME, Evidence::capturedAt,
              Evidence.Builder::capturedAt)
          .optional("description", WireValues.TEXT, Evidence::description,
              Evidence.Builder::description)
          .build();

  /** The properties of {@link Assessment} on the wire, in order. */
  public static final WireType<Assessment, ?> ASSESSMENT =
      WireType.define(
              Assessment.class, Assessment::builder, Assessment.Builder::build,
              Assessment.Builder::putAllExtensions)
          .required("assessor", ACTOR.value(), Assessment::assessor, Assessment.Builder::assessor)
          .optional("assessedOn", REPORTED_TIME.value(), Assessment::assessedOn,
              Assessment.Builder::assessedOn)
          .required("result", WireValues.VERIFICATION_STATUS, Assessment::result,
              Assessment.Builder::result)
          .uniqueList("methods", WireValues.VERIFICATION_METHOD, Assessment::methods,
              Assessment.Builder::addMethod)
          .optional("statement", WireValues.TEXT, Assessment::statement,
              Assessment.Builder::statement)
          .build();

  /** The properties of {@link Syndication} on the wire, in order. */
  public static final WireType<Syndication, ?> SYNDICATION =
      WireType.define(
              Syndication.class, Syndication::builder, Syndication.Builder::build,
              Syndication.Builder::putAllExtensions)
          .required("agency", ACTOR.value(), Syndication::agency, Syndication.Builder::agency)
          .optional("url", WireValues.HTTP_URL, Syndication::url, Syndication.Builder::url)
          .optional("publishedAt", WireValues.DATE_TIME, Syndication::publishedAt,
              Syndication.Builder::publishedAt)
          .optional("byline", WireValues.TEXT, Syndication::byline, Syndication.Builder::byline)
          .build();

  /** The properties of {@link Publication} on the wire, in order. */
  public static final WireType<Publication, ?> PUBLICATION =
      WireType.define(
              Publication.class, Publication::builder, Publication.Builder::build,
              Publication.Builder::putAllExtensions)
          .required("publisher", ACTOR.value(), Publication::publisher,
              Publication.Builder::publisher)
          .optional("url", WireValues.HTTP_URL, Publication::url, Publication.Builder::url)
          .optional("publishedAt", WireValues.DATE_TIME, Publication::publishedAt,
              Publication.Builder::publishedAt)
          .optional("headline", WireValues.TEXT, Publication::headline,
              Publication.Builder::headline)
          .build();

  /** The properties of {@link Engagement} on the wire, in order. */
  public static final WireType<Engagement, ?> ENGAGEMENT =
      WireType.define(
              Engagement.class, Engagement::builder, Engagement.Builder::build,
              Engagement.Builder::putAllExtensions)
          .required("means", WireValues.MEANS, Engagement::means, Engagement.Builder::means)
          .optional("launched", ESTIMATE.value(), Engagement::launched, Engagement.Builder::launched)
          .optional("stopped", ESTIMATE.value(), Engagement::stopped, Engagement.Builder::stopped)
          .optional("stoppedShare", WireValues.PROPORTION, Engagement::stoppedShare,
              Engagement.Builder::stoppedShare)
          .optional("hit", ESTIMATE.value(), Engagement::hit, Engagement.Builder::hit)
          .uniqueList("methods", WireValues.INTERCEPTION_METHOD, Engagement::methods,
              Engagement.Builder::addMethod)
          .uniqueList("interceptors", ACTOR.value(), Engagement::interceptors,
              Engagement.Builder::addInterceptor)
          .optional("claim", WireValues.CLAIM_ID, Engagement::claim, Engagement.Builder::claim)
          .optional("phrase", WireValues.TEXT, Engagement::phrase, Engagement.Builder::phrase)
          .build();

  /** The properties of {@link Site} on the wire, in order. */
  public static final WireType<Site, ?> SITE =
      WireType.define(
              Site.class, Site::builder, Site.Builder::build, Site.Builder::putAllExtensions)
          .required("kind", WireValues.SITE_KIND, Site::kind, Site.Builder::kind)
          .optional("role", WireValues.SITE_ROLE, Site::role, Site.Builder::role)
          .optional("description", WireValues.TEXT, Site::description, Site.Builder::description)
          .build();

  /** The properties of {@link Damage} on the wire, in order. */
  public static final WireType<Damage, ?> DAMAGE =
      WireType.define(
              Damage.class, Damage::builder, Damage.Builder::build, Damage.Builder::putAllExtensions)
          .required("kind", WireValues.DAMAGE_KIND, Damage::kind, Damage.Builder::kind)
          .required("object", WireValues.TEXT, Damage::object, Damage.Builder::object)
          .optional("count", ESTIMATE.value(), Damage::count, Damage.Builder::count)
          .optional("cause", WireValues.TEXT, Damage::cause, Damage.Builder::cause)
          .optional("causeType", WireValues.DAMAGE_CAUSE, Damage::causeType, Damage.Builder::causeType)
          .build();

  /** The properties of {@link CasualtyGroup} on the wire, in order. */
  public static final WireType<CasualtyGroup, ?> CASUALTY_GROUP =
      WireType.define(
              CasualtyGroup.class, CasualtyGroup::builder, CasualtyGroup.Builder::build,
              CasualtyGroup.Builder::putAllExtensions)
          .required("group", WireValues.DEMOGRAPHIC, CasualtyGroup::group,
              CasualtyGroup.Builder::group)
          .required("count", ESTIMATE.value(), CasualtyGroup::count, CasualtyGroup.Builder::count)
          .build();

  /** The properties of {@link Casualty} on the wire, in order. */
  public static final WireType<Casualty, ?> CASUALTY =
      WireType.define(
              Casualty.class, Casualty::builder, Casualty.Builder::build,
              Casualty.Builder::putAllExtensions)
          .required("id", WireValues.CASUALTY_ID, Casualty::id, Casualty.Builder::id)
          .optional("globalId", WireValues.GLOBAL_ID, Casualty::globalId, Casualty.Builder::globalId)
          .required("outcome", WireValues.CASUALTY_OUTCOME, Casualty::outcome, Casualty.Builder::outcome)
          .required("population", WireValues.POPULATION_GROUP, Casualty::population,
              Casualty.Builder::population)
          .optional("side", WireValues.DYAD_SIDE, Casualty::side, Casualty.Builder::side)
          .required("count", ESTIMATE.value(), Casualty::count, Casualty.Builder::count)
          .list("breakdown", CASUALTY_GROUP.value(), Casualty::breakdown,
              Casualty.Builder::addBreakdown)
          .optional("condition", WireValues.CASUALTY_CONDITION, Casualty::condition,
              Casualty.Builder::condition)
          .uniqueList("causes", WireValues.INJURY_CAUSE, Casualty::causes, Casualty.Builder::addCause)
          .optional("location", LOCATION.value(), Casualty::location, Casualty.Builder::location)
          .optional("asOf", REPORTED_TIME.value(), Casualty::asOf, Casualty.Builder::asOf)
          .defaulted("provisional", WireValues.BOOLEAN, Casualty::provisional,
              Casualty.Builder::provisional)
          .optional("supersedes", WireValues.CASUALTY_ID, Casualty::supersedes,
              Casualty.Builder::supersedes)
          .optional("claim", WireValues.CLAIM_ID, Casualty::claim, Casualty.Builder::claim)
          .optional("coding", CODING.value(), Casualty::coding, Casualty.Builder::coding)
          .build();

  /** The properties of {@link Incident} on the wire, in order. */
  public static final WireType<Incident, ?> INCIDENT =
      WireType.define(
              Incident.class, Incident::builder, Incident.Builder::build,
              Incident.Builder::putAllExtensions)
          .required("id", WireValues.INCIDENT_ID, Incident::id, Incident.Builder::id)
          .optional("globalId", WireValues.GLOBAL_ID, Incident::globalId, Incident.Builder::globalId)
          .required("type", WireValues.INCIDENT_TYPE, Incident::type, Incident.Builder::type)
          .optional("time", REPORTED_TIME.value(), Incident::time, Incident.Builder::time)
          .optional("location", LOCATION.value(), Incident::location, Incident.Builder::location)
          .uniqueList("means", WireValues.MEANS, Incident::means, Incident.Builder::addMeans)
          .optional("quantity", ESTIMATE.value(), Incident::quantity, Incident.Builder::quantity)
          .list("engagements", ENGAGEMENT.value(), Incident::engagements,
              Incident.Builder::addEngagement)
          .required("outcome", WireValues.INCIDENT_OUTCOME, Incident::outcome, Incident.Builder::outcome)
          .optional("violenceType", WireValues.VIOLENCE_TYPE, Incident::violenceType,
              Incident.Builder::violenceType)
          .uniqueList("parties", PARTY.value(), Incident::parties, Incident.Builder::addParty)
          .list("sites", SITE.value(), Incident::sites, Incident.Builder::addSite)
          .list("damage", DAMAGE.value(), Incident::damage, Incident.Builder::addDamage)
          .list("casualties", CASUALTY.value(), Incident::casualties, Incident.Builder::addCasualty)
          .optional("summary", WireValues.TEXT, Incident::summary, Incident.Builder::summary)
          .uniqueList("claims", WireValues.CLAIM_ID, Incident::claims, Incident.Builder::addClaim)
          .uniqueList("links", INCIDENT_LINK.value(), Incident::links, Incident.Builder::addLink)
          .uniqueList("records", DATASET_RECORD.value(), Incident::records,
              Incident.Builder::addRecord)
          .optional("acled", ACLED_CODING.value(), Incident::acled, Incident.Builder::acled)
          .optional("ucdp", UCDP_CODING.value(), Incident::ucdp, Incident.Builder::ucdp)
          .optional("coding", CODING.value(), Incident::coding, Incident.Builder::coding)
          .optional("tlp", WireValues.TLP, Incident::tlp, Incident.Builder::tlp)
          .optional("licence", LICENCE.value(), Incident::licence, Incident.Builder::licence)
          .build();

  /** The properties of {@link Claim} on the wire, in order. */
  public static final WireType<Claim, ?> CLAIM =
      WireType.define(
              Claim.class, Claim::builder, Claim.Builder::build, Claim.Builder::putAllExtensions)
          .required("id", WireValues.CLAIM_ID, Claim::id, Claim.Builder::id)
          .required("source", ACTOR.value(), Claim::source, Claim.Builder::source)
          .optional("channel", CHANNEL.value(), Claim::channel, Claim.Builder::channel)
          .optional("madeOn", REPORTED_TIME.value(), Claim::madeOn, Claim.Builder::madeOn)
          .optional("statement", WireValues.TEXT, Claim::statement, Claim.Builder::statement)
          .optional("quote", WireValues.TEXT, Claim::quote, Claim.Builder::quote)
          .required("kind", WireValues.CLAIM_KIND, Claim::kind, Claim.Builder::kind)
          .required("verification", WireValues.VERIFICATION_STATUS, Claim::verification,
              Claim.Builder::verification)
          .uniqueList("aboutIncidents", WireValues.INCIDENT_ID, Claim::aboutIncidents,
              Claim.Builder::addAboutIncident)
          .uniqueList("aboutCasualties", WireValues.CASUALTY_ID, Claim::aboutCasualties,
              Claim.Builder::addAboutCasualty)
          .uniqueList("aboutAidPackages", WireValues.AID_PACKAGE_ID, Claim::aboutAidPackages,
              Claim.Builder::addAboutAidPackage)
          .uniqueList("aboutClaims", WireValues.CLAIM_ID, Claim::aboutClaims,
              Claim.Builder::addAboutClaim)
          .optional("post", WireValues.POST_ID, Claim::post, Claim.Builder::post)
          .uniqueList("silentOn", WireValues.CLAIM_TOPIC, Claim::silentOn, Claim.Builder::addSilentOn)
          .list("assessments", ASSESSMENT.value(), Claim::assessments, Claim.Builder::addAssessment)
          .list("evidence", EVIDENCE.value(), Claim::evidence, Claim.Builder::addEvidence)
          .optional("coding", CODING.value(), Claim::coding, Claim.Builder::coding)
          .build();

  /** The properties of {@link AidItem} on the wire, in order. */
  public static final WireType<AidItem, ?> AID_ITEM =
      WireType.define(
              AidItem.class, AidItem::builder, AidItem.Builder::build,
              AidItem.Builder::putAllExtensions)
          .required("description", WireValues.TEXT, AidItem::description,
              AidItem.Builder::description)
          .required("category", WireValues.ITEM_CATEGORY, AidItem::category, AidItem.Builder::category)
          .optional("quantity", ESTIMATE.value(), AidItem::quantity, AidItem.Builder::quantity)
          .optional("platform", WireValues.TEXT, AidItem::platform, AidItem.Builder::platform)
          .build();

  /** The properties of {@link AidPackage} on the wire, in order. */
  public static final WireType<AidPackage, ?> AID_PACKAGE =
      WireType.define(
              AidPackage.class, AidPackage::builder, AidPackage.Builder::build,
              AidPackage.Builder::putAllExtensions)
          .required("id", WireValues.AID_PACKAGE_ID, AidPackage::id, AidPackage.Builder::id)
          .required("donor", ACTOR.value(), AidPackage::donor, AidPackage.Builder::donor)
          .required("recipient", ACTOR.value(), AidPackage::recipient, AidPackage.Builder::recipient)
          .optional("announcedOn", REPORTED_TIME.value(), AidPackage::announcedOn,
              AidPackage.Builder::announcedOn)
          .required("category", WireValues.AID_CATEGORY, AidPackage::category, AidPackage.Builder::category)
          .optional("value", MONETARY_VALUE.value(), AidPackage::value, AidPackage.Builder::value)
          .list("items", AID_ITEM.value(), AidPackage::items, AidPackage.Builder::addItem)
          .optional("expectedDelivery", REPORTED_TIME.value(), AidPackage::expectedDelivery,
              AidPackage.Builder::expectedDelivery)
          .required("stage", WireValues.AID_STAGE, AidPackage::stage, AidPackage.Builder::stage)
          .uniqueList("related", WireValues.AID_PACKAGE_ID, AidPackage::related, AidPackage.Builder::addRelated)
          .uniqueList("claims", WireValues.CLAIM_ID, AidPackage::claims, AidPackage.Builder::addClaim)
          .optional("summary", WireValues.TEXT, AidPackage::summary, AidPackage.Builder::summary)
          .build();

  /** The properties of {@link EmbeddedPost} on the wire, in order. */
  public static final WireType<EmbeddedPost, ?> EMBEDDED_POST =
      WireType.define(
              EmbeddedPost.class, EmbeddedPost::builder, EmbeddedPost.Builder::build,
              EmbeddedPost.Builder::putAllExtensions)
          .required("id", WireValues.POST_ID, EmbeddedPost::id, EmbeddedPost.Builder::id)
          .required("author", ACTOR.value(), EmbeddedPost::author, EmbeddedPost.Builder::author)
          .required("platform", WireValues.TEXT, EmbeddedPost::platform,
              EmbeddedPost.Builder::platform)
          .optional("url", WireValues.HTTP_URL, EmbeddedPost::url, EmbeddedPost.Builder::url)
          .optional("postedOn", REPORTED_TIME.value(), EmbeddedPost::postedOn,
              EmbeddedPost.Builder::postedOn)
          .optional("text", WireValues.TEXT, EmbeddedPost::text, EmbeddedPost.Builder::text)
          .list("links", WireValues.HTTP_URL, EmbeddedPost::links, EmbeddedPost.Builder::addLink)
          .build();

  /** The properties of {@link Report} on the wire, in order. */
  public static final WireType<Report, ?> REPORT =
      WireType.define(
              Report.class, Report::builder, Report.Builder::build, Report.Builder::putAllExtensions)
          .required("id", WireValues.REPORT_ID, Report::id, Report.Builder::id)
          .required("schemaVersion", WireValues.SCHEMA_VERSION, Report::schemaVersion,
              Report.Builder::schemaVersion)
          .optional("headline", WireValues.TEXT, Report::headline, Report.Builder::headline)
          .optional("publisher", ACTOR.value(), Report::publisher, Report.Builder::publisher)
          .optional("url", WireValues.HTTP_URL, Report::url, Report.Builder::url)
          .optional("publishedAt", WireValues.DATE_TIME, Report::publishedAt,
              Report.Builder::publishedAt)
          .optional("publishedOn", WireValues.DATE, Report::publishedOn, Report.Builder::publishedOn)
          .optional("modifiedAt", WireValues.DATE_TIME, Report::modifiedAt,
              Report.Builder::modifiedAt)
          .uniqueList("supersedes", WireValues.REPORT_ID, Report::supersedes,
              Report.Builder::addSupersedes)
          .optional("retrievedAt", WireValues.DATE_TIME, Report::retrievedAt,
              Report.Builder::retrievedAt)
          .optional("language", WireValues.LANGUAGE_TAG, Report::language, Report.Builder::language)
          .optional("tlp", WireValues.TLP, Report::tlp, Report.Builder::tlp)
          .optional("licence", LICENCE.value(), Report::licence, Report.Builder::licence)
          .list("authors", ACTOR.value(), Report::authors, Report.Builder::addAuthor)
          .optional("syndication", SYNDICATION.value(), Report::syndication,
              Report.Builder::syndication)
          .list("otherPublications", PUBLICATION.value(), Report::otherPublications,
              Report.Builder::addOtherPublication)
          .list("posts", EMBEDDED_POST.value(), Report::posts, Report.Builder::addPost)
          .list("incidents", INCIDENT.value(), Report::incidents, Report.Builder::addIncident)
          .list("claims", CLAIM.value(), Report::claims, Report.Builder::addClaim)
          .list("aidPackages", AID_PACKAGE.value(), Report::aidPackages, Report.Builder::addAidPackage)
          .build();

  /** The properties of {@link Withdrawal} on the wire, in order. */
  public static final WireType<Withdrawal, ?> WITHDRAWAL =
      WireType.define(
              Withdrawal.class, Withdrawal::builder, Withdrawal.Builder::build,
              Withdrawal.Builder::putAllExtensions)
          .required("withdraws", WireValues.REPORT_ID, Withdrawal::withdraws,
              Withdrawal.Builder::withdraws)
          .required("schemaVersion", WireValues.SCHEMA_VERSION, Withdrawal::schemaVersion,
              Withdrawal.Builder::schemaVersion)
          .required("kind", WireValues.WITHDRAWAL_KIND, Withdrawal::kind, Withdrawal.Builder::kind)
          .required("withdrawnAt", WireValues.DATE_TIME, Withdrawal::withdrawnAt,
              Withdrawal.Builder::withdrawnAt)
          .optional("by", ACTOR.value(), Withdrawal::by, Withdrawal.Builder::by)
          .optional("reason", WireValues.TEXT, Withdrawal::reason, Withdrawal.Builder::reason)
          .optional("replacedBy", WireValues.REPORT_ID, Withdrawal::replacedBy,
              Withdrawal.Builder::replacedBy)
          .build();

  /** Every object type, the report first, then the types in the order a report reaches them. */
  private static final List<WireType<?, ?>> ALL =
      List.of(
          REPORT, INCIDENT, CLAIM, AID_PACKAGE, LOCATION, CASUALTY, ESTIMATE, REPORTED_TIME, MONEY,
          MONETARY_VALUE, ACTOR, CHANNEL, PLACE_NAME, ADMIN_AREA, GEO_POINT, DE_FACTO_CONTROL,
          GAZETTEER_REF, PARTY, SITE, DAMAGE, CASUALTY_GROUP, AID_ITEM, EMBEDDED_POST,
          DATASET_RECORD, ACLED_CODING, UCDP_CODING, ENGAGEMENT, RELATIVE_POSITION, INCIDENT_LINK,
          ASSESSMENT, EVIDENCE, CONTENT_HASH, CODING, CONFIDENCE, SYNDICATION, PUBLICATION, LICENCE,
          WITHDRAWAL);

  /** @return every object type of the wire format */
  public static List<WireType<?, ?>> all() {
    return ALL;
  }

  /**
   * The object type of a model class, or of the model class a class extends (a generated {@code
   * Immutable*} implementation finds its abstract type).
   *
   * @param type a class
   * @return its wire type, if it is (or extends) a Sitrep object type
   */
  public static Optional<WireType<?, ?>> of(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (WireType<?, ?> t : ALL) {
        if (t.javaType() == c) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A holder for types built from parameters rather than a public builder: Money, GeoPoint,
   * GazetteerRef.
   */
  private static final class Slots {
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
