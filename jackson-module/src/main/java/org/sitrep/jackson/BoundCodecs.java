// Generated from the wire definition (org.sitrep.wire.WireTypes) by the wire module's
// CodecGenerator: do not edit. Regenerate with `mvn -B -q -pl wire -am test -Dsitrep.regenerate=true`.
package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.sitrep.SitrepValidationException;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import org.sitrep.wire.WireValues;

/**
 * The codec of every object type of the wire format, generated from its definition
 * ({@link WireTypes}): one straight-line reader and writer per type, calling the type's
 * builder methods and accessors directly, on {@link ObjectCodec}'s shared steps.
 */
final class BoundCodecs {
  private BoundCodecs() {}

  /**
   * @param type an object type of the wire definition
   * @return its codec
   */
  static Codec<?> of(WireType<?, ?> type) {
    if (type == WireTypes.REPORT) {
      return ReportCodec.INSTANCE;
    }
    if (type == WireTypes.INCIDENT) {
      return IncidentCodec.INSTANCE;
    }
    if (type == WireTypes.CLAIM) {
      return ClaimCodec.INSTANCE;
    }
    if (type == WireTypes.AID_PACKAGE) {
      return AidPackageCodec.INSTANCE;
    }
    if (type == WireTypes.LOCATION) {
      return LocationCodec.INSTANCE;
    }
    if (type == WireTypes.CASUALTY) {
      return CasualtyCodec.INSTANCE;
    }
    if (type == WireTypes.ESTIMATE) {
      return EstimateCodec.INSTANCE;
    }
    if (type == WireTypes.REPORTED_TIME) {
      return ReportedTimeCodec.INSTANCE;
    }
    if (type == WireTypes.MONEY) {
      return MoneyCodec.INSTANCE;
    }
    if (type == WireTypes.MONETARY_VALUE) {
      return MonetaryValueCodec.INSTANCE;
    }
    if (type == WireTypes.ACTOR) {
      return ActorCodec.INSTANCE;
    }
    if (type == WireTypes.CHANNEL) {
      return ChannelCodec.INSTANCE;
    }
    if (type == WireTypes.PLACE_NAME) {
      return PlaceNameCodec.INSTANCE;
    }
    if (type == WireTypes.ADMIN_AREA) {
      return AdminAreaCodec.INSTANCE;
    }
    if (type == WireTypes.GEO_POINT) {
      return GeoPointCodec.INSTANCE;
    }
    if (type == WireTypes.DE_FACTO_CONTROL) {
      return DeFactoControlCodec.INSTANCE;
    }
    if (type == WireTypes.GAZETTEER_REF) {
      return GazetteerRefCodec.INSTANCE;
    }
    if (type == WireTypes.PARTY) {
      return PartyCodec.INSTANCE;
    }
    if (type == WireTypes.SITE) {
      return SiteCodec.INSTANCE;
    }
    if (type == WireTypes.DAMAGE) {
      return DamageCodec.INSTANCE;
    }
    if (type == WireTypes.CASUALTY_GROUP) {
      return CasualtyGroupCodec.INSTANCE;
    }
    if (type == WireTypes.AID_ITEM) {
      return AidItemCodec.INSTANCE;
    }
    if (type == WireTypes.EMBEDDED_POST) {
      return EmbeddedPostCodec.INSTANCE;
    }
    if (type == WireTypes.DATASET_RECORD) {
      return DatasetRecordCodec.INSTANCE;
    }
    if (type == WireTypes.ACLED_CODING) {
      return AcledCodingCodec.INSTANCE;
    }
    if (type == WireTypes.UCDP_CODING) {
      return UcdpCodingCodec.INSTANCE;
    }
    if (type == WireTypes.ENGAGEMENT) {
      return EngagementCodec.INSTANCE;
    }
    if (type == WireTypes.RELATIVE_POSITION) {
      return RelativePositionCodec.INSTANCE;
    }
    if (type == WireTypes.INCIDENT_LINK) {
      return IncidentLinkCodec.INSTANCE;
    }
    if (type == WireTypes.ASSESSMENT) {
      return AssessmentCodec.INSTANCE;
    }
    if (type == WireTypes.EVIDENCE) {
      return EvidenceCodec.INSTANCE;
    }
    if (type == WireTypes.CONTENT_HASH) {
      return ContentHashCodec.INSTANCE;
    }
    if (type == WireTypes.CODING) {
      return CodingCodec.INSTANCE;
    }
    if (type == WireTypes.CONFIDENCE) {
      return ConfidenceCodec.INSTANCE;
    }
    if (type == WireTypes.SYNDICATION) {
      return SyndicationCodec.INSTANCE;
    }
    if (type == WireTypes.PUBLICATION) {
      return PublicationCodec.INSTANCE;
    }
    if (type == WireTypes.LICENCE) {
      return LicenceCodec.INSTANCE;
    }
    if (type == WireTypes.WITHDRAWAL) {
      return WithdrawalCodec.INSTANCE;
    }
    throw new IllegalArgumentException("not an object type of the wire definition: " + type);
  }

  private static final Codec<org.sitrep.AcledActorType> ACLED_ACTOR_TYPE =
      Codecs.of(WireValues.ACLED_ACTOR_TYPE);
  private static final Codec<org.sitrep.ActorKind> ACTOR_KIND =
      Codecs.of(WireValues.ACTOR_KIND);
  private static final Codec<org.sitrep.AidCategory> AID_CATEGORY =
      Codecs.of(WireValues.AID_CATEGORY);
  private static final Codec<org.sitrep.AidPackageId> AID_PACKAGE_ID =
      Codecs.of(WireValues.AID_PACKAGE_ID);
  private static final Codec<org.sitrep.AidStage> AID_STAGE =
      Codecs.of(WireValues.AID_STAGE);
  private static final Codec<Boolean> BOOLEAN =
      Codecs.of(WireValues.BOOLEAN);
  private static final Codec<org.sitrep.CasualtyCondition> CASUALTY_CONDITION =
      Codecs.of(WireValues.CASUALTY_CONDITION);
  private static final Codec<org.sitrep.CasualtyId> CASUALTY_ID =
      Codecs.of(WireValues.CASUALTY_ID);
  private static final Codec<org.sitrep.CasualtyOutcome> CASUALTY_OUTCOME =
      Codecs.of(WireValues.CASUALTY_OUTCOME);
  private static final Codec<org.sitrep.ChannelKind> CHANNEL_KIND =
      Codecs.of(WireValues.CHANNEL_KIND);
  private static final Codec<org.sitrep.ClaimId> CLAIM_ID =
      Codecs.of(WireValues.CLAIM_ID);
  private static final Codec<org.sitrep.ClaimKind> CLAIM_KIND =
      Codecs.of(WireValues.CLAIM_KIND);
  private static final Codec<org.sitrep.ClaimTopic> CLAIM_TOPIC =
      Codecs.of(WireValues.CLAIM_TOPIC);
  private static final Codec<java.time.OffsetTime> CLOCK_TIME =
      Codecs.of(WireValues.CLOCK_TIME);
  private static final Codec<org.sitrep.CodingMethod> CODING_METHOD =
      Codecs.of(WireValues.CODING_METHOD);
  private static final Codec<org.sitrep.CompassDirection> COMPASS_DIRECTION =
      Codecs.of(WireValues.COMPASS_DIRECTION);
  private static final Codec<org.sitrep.ConfidenceLevel> CONFIDENCE_LEVEL =
      Codecs.of(WireValues.CONFIDENCE_LEVEL);
  private static final Codec<Long> CONFIDENCE_SCORE =
      Codecs.of(WireValues.CONFIDENCE_SCORE);
  private static final Codec<Long> COUNT =
      Codecs.of(WireValues.COUNT);
  private static final Codec<String> COUNTRY_CODE =
      Codecs.of(WireValues.COUNTRY_CODE);
  private static final Codec<java.util.Currency> CURRENCY =
      Codecs.of(WireValues.CURRENCY);
  private static final Codec<org.sitrep.DamageCause> DAMAGE_CAUSE =
      Codecs.of(WireValues.DAMAGE_CAUSE);
  private static final Codec<org.sitrep.DamageKind> DAMAGE_KIND =
      Codecs.of(WireValues.DAMAGE_KIND);
  private static final Codec<String> DATASET_RECORD_ID =
      Codecs.of(WireValues.DATASET_RECORD_ID);
  private static final Codec<org.sitrep.DatasetScheme> DATASET_SCHEME =
      Codecs.of(WireValues.DATASET_SCHEME);
  private static final Codec<java.time.LocalDate> DATE =
      Codecs.of(WireValues.DATE);
  private static final Codec<java.time.OffsetDateTime> DATE_TIME =
      Codecs.of(WireValues.DATE_TIME);
  private static final Codec<java.math.BigDecimal> DECIMAL_AMOUNT =
      Codecs.of(WireValues.DECIMAL_AMOUNT);
  private static final Codec<org.sitrep.Demographic> DEMOGRAPHIC =
      Codecs.of(WireValues.DEMOGRAPHIC);
  private static final Codec<org.sitrep.DisorderType> DISORDER_TYPE =
      Codecs.of(WireValues.DISORDER_TYPE);
  private static final Codec<org.sitrep.DyadSide> DYAD_SIDE =
      Codecs.of(WireValues.DYAD_SIDE);
  private static final Codec<org.sitrep.EstimateQualifier> ESTIMATE_QUALIFIER =
      Codecs.of(WireValues.ESTIMATE_QUALIFIER);
  private static final Codec<org.sitrep.EventClarity> EVENT_CLARITY =
      Codecs.of(WireValues.EVENT_CLARITY);
  private static final Codec<org.sitrep.EvidenceKind> EVIDENCE_KIND =
      Codecs.of(WireValues.EVIDENCE_KIND);
  private static final Codec<String> GAZETTEER_ID =
      Codecs.of(WireValues.GAZETTEER_ID);
  private static final Codec<org.sitrep.GazetteerScheme> GAZETTEER_SCHEME =
      Codecs.of(WireValues.GAZETTEER_SCHEME);
  private static final Codec<org.sitrep.GeoPrecision> GEO_PRECISION =
      Codecs.of(WireValues.GEO_PRECISION);
  private static final Codec<org.sitrep.GlobalId> GLOBAL_ID =
      Codecs.of(WireValues.GLOBAL_ID);
  private static final Codec<String> HANDLE =
      Codecs.of(WireValues.HANDLE);
  private static final Codec<org.sitrep.HashAlgorithm> HASH_ALGORITHM =
      Codecs.of(WireValues.HASH_ALGORITHM);
  private static final Codec<String> HEX_DIGEST =
      Codecs.of(WireValues.HEX_DIGEST);
  private static final Codec<java.net.URI> HTTP_URL =
      Codecs.of(WireValues.HTTP_URL);
  private static final Codec<org.sitrep.IncidentId> INCIDENT_ID =
      Codecs.of(WireValues.INCIDENT_ID);
  private static final Codec<org.sitrep.IncidentOutcome> INCIDENT_OUTCOME =
      Codecs.of(WireValues.INCIDENT_OUTCOME);
  private static final Codec<org.sitrep.IncidentRelation> INCIDENT_RELATION =
      Codecs.of(WireValues.INCIDENT_RELATION);
  private static final Codec<org.sitrep.IncidentType> INCIDENT_TYPE =
      Codecs.of(WireValues.INCIDENT_TYPE);
  private static final Codec<org.sitrep.InjuryCause> INJURY_CAUSE =
      Codecs.of(WireValues.INJURY_CAUSE);
  private static final Codec<org.sitrep.InterceptionMethod> INTERCEPTION_METHOD =
      Codecs.of(WireValues.INTERCEPTION_METHOD);
  private static final Codec<org.sitrep.ItemCategory> ITEM_CATEGORY =
      Codecs.of(WireValues.ITEM_CATEGORY);
  private static final Codec<String> LANGUAGE_TAG =
      Codecs.of(WireValues.LANGUAGE_TAG);
  private static final Codec<Double> LATITUDE =
      Codecs.of(WireValues.LATITUDE);
  private static final Codec<Double> LONGITUDE =
      Codecs.of(WireValues.LONGITUDE);
  private static final Codec<org.sitrep.Means> MEANS =
      Codecs.of(WireValues.MEANS);
  private static final Codec<org.sitrep.PartyRole> PARTY_ROLE =
      Codecs.of(WireValues.PARTY_ROLE);
  private static final Codec<org.sitrep.PartOfDay> PART_OF_DAY =
      Codecs.of(WireValues.PART_OF_DAY);
  private static final Codec<org.sitrep.PopulationGroup> POPULATION_GROUP =
      Codecs.of(WireValues.POPULATION_GROUP);
  private static final Codec<org.sitrep.PostId> POST_ID =
      Codecs.of(WireValues.POST_ID);
  private static final Codec<Double> PROBABILITY =
      Codecs.of(WireValues.PROBABILITY);
  private static final Codec<org.sitrep.Proportion> PROPORTION =
      Codecs.of(WireValues.PROPORTION);
  private static final Codec<org.sitrep.ReportId> REPORT_ID =
      Codecs.of(WireValues.REPORT_ID);
  private static final Codec<String> SCHEMA_VERSION =
      Codecs.of(WireValues.SCHEMA_VERSION);
  private static final Codec<org.sitrep.SiteKind> SITE_KIND =
      Codecs.of(WireValues.SITE_KIND);
  private static final Codec<org.sitrep.SiteRole> SITE_ROLE =
      Codecs.of(WireValues.SITE_ROLE);
  private static final Codec<String> SPDX_ID =
      Codecs.of(WireValues.SPDX_ID);
  private static final Codec<String> SUBDIVISION_CODE =
      Codecs.of(WireValues.SUBDIVISION_CODE);
  private static final Codec<String> TEXT =
      Codecs.of(WireValues.TEXT);
  private static final Codec<org.sitrep.TimeAnchor> TIME_ANCHOR =
      Codecs.of(WireValues.TIME_ANCHOR);
  private static final Codec<org.sitrep.TimePrecision> TIME_PRECISION =
      Codecs.of(WireValues.TIME_PRECISION);
  private static final Codec<org.sitrep.Tlp> TLP =
      Codecs.of(WireValues.TLP);
  private static final Codec<org.sitrep.VerificationMethod> VERIFICATION_METHOD =
      Codecs.of(WireValues.VERIFICATION_METHOD);
  private static final Codec<org.sitrep.VerificationStatus> VERIFICATION_STATUS =
      Codecs.of(WireValues.VERIFICATION_STATUS);
  private static final Codec<org.sitrep.ViolenceType> VIOLENCE_TYPE =
      Codecs.of(WireValues.VIOLENCE_TYPE);
  private static final Codec<org.sitrep.WithdrawalKind> WITHDRAWAL_KIND =
      Codecs.of(WireValues.WITHDRAWAL_KIND);

  /** The codec of {@code Report}. */
  static final class ReportCodec extends ObjectCodec<org.sitrep.Report> {
    static final ReportCodec INSTANCE = new ReportCodec();

    private static final SerializableString N_ID = new SerializedString("id");
    private static final SerializableString N_SCHEMA_VERSION = new SerializedString("schema_version");
    private static final SerializableString N_HEADLINE = new SerializedString("headline");
    private static final SerializableString N_PUBLISHER = new SerializedString("publisher");
    private static final SerializableString N_URL = new SerializedString("url");
    private static final SerializableString N_PUBLISHED_AT = new SerializedString("published_at");
    private static final SerializableString N_PUBLISHED_ON = new SerializedString("published_on");
    private static final SerializableString N_MODIFIED_AT = new SerializedString("modified_at");
    private static final SerializableString N_SUPERSEDES = new SerializedString("supersedes");
    private static final SerializableString N_RETRIEVED_AT = new SerializedString("retrieved_at");
    private static final SerializableString N_LANGUAGE = new SerializedString("language");
    private static final SerializableString N_TLP = new SerializedString("tlp");
    private static final SerializableString N_LICENCE = new SerializedString("licence");
    private static final SerializableString N_AUTHORS = new SerializedString("authors");
    private static final SerializableString N_SYNDICATION = new SerializedString("syndication");
    private static final SerializableString N_OTHER_PUBLICATIONS = new SerializedString("other_publications");
    private static final SerializableString N_POSTS = new SerializedString("posts");
    private static final SerializableString N_INCIDENTS = new SerializedString("incidents");
    private static final SerializableString N_CLAIMS = new SerializedString("claims");
    private static final SerializableString N_AID_PACKAGES = new SerializedString("aid_packages");

    private ReportCodec() {
      super(WireTypes.REPORT);
    }

    @Override
    public org.sitrep.Report read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Report.Builder b = org.sitrep.Report.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.id(REPORT_ID.read(p, mode));
            break;
          case 1:
            b.schemaVersion(SCHEMA_VERSION.read(p, mode));
            break;
          case 2:
            b.headline(TEXT.read(p, mode));
            break;
          case 3:
            b.publisher(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 4:
            b.url(HTTP_URL.read(p, mode));
            break;
          case 5:
            b.publishedAt(DATE_TIME.read(p, mode));
            break;
          case 6:
            b.publishedOn(DATE.read(p, mode));
            break;
          case 7:
            b.modifiedAt(DATE_TIME.read(p, mode));
            break;
          case 8:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addSupersedes(REPORT_ID.read(p, mode));
            }
            break;
          case 9:
            b.retrievedAt(DATE_TIME.read(p, mode));
            break;
          case 10:
            b.language(LANGUAGE_TAG.read(p, mode));
            break;
          case 11:
            b.tlp(TLP.read(p, mode));
            break;
          case 12:
            b.licence(LicenceCodec.INSTANCE.read(p, mode));
            break;
          case 13:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAuthor(ActorCodec.INSTANCE.read(p, mode));
            }
            break;
          case 14:
            b.syndication(SyndicationCodec.INSTANCE.read(p, mode));
            break;
          case 15:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addOtherPublication(PublicationCodec.INSTANCE.read(p, mode));
            }
            break;
          case 16:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addPost(EmbeddedPostCodec.INSTANCE.read(p, mode));
            }
            break;
          case 17:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addIncident(IncidentCodec.INSTANCE.read(p, mode));
            }
            break;
          case 18:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addClaim(ClaimCodec.INSTANCE.read(p, mode));
            }
            break;
          case 19:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAidPackage(AidPackageCodec.INSTANCE.read(p, mode));
            }
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Report value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ID);
      REPORT_ID.write(value.id(), g);
      g.writeFieldName(N_SCHEMA_VERSION);
      SCHEMA_VERSION.write(value.schemaVersion(), g);
      Optional<String> v2 = value.headline();
      if (v2.isPresent()) {
        g.writeFieldName(N_HEADLINE);
        TEXT.write(v2.get(), g);
      }
      Optional<org.sitrep.Actor> v3 = value.publisher();
      if (v3.isPresent()) {
        g.writeFieldName(N_PUBLISHER);
        ActorCodec.INSTANCE.write(v3.get(), g);
      }
      Optional<java.net.URI> v4 = value.url();
      if (v4.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v4.get(), g);
      }
      Optional<java.time.OffsetDateTime> v5 = value.publishedAt();
      if (v5.isPresent()) {
        g.writeFieldName(N_PUBLISHED_AT);
        DATE_TIME.write(v5.get(), g);
      }
      Optional<java.time.LocalDate> v6 = value.publishedOn();
      if (v6.isPresent()) {
        g.writeFieldName(N_PUBLISHED_ON);
        DATE.write(v6.get(), g);
      }
      Optional<java.time.OffsetDateTime> v7 = value.modifiedAt();
      if (v7.isPresent()) {
        g.writeFieldName(N_MODIFIED_AT);
        DATE_TIME.write(v7.get(), g);
      }
      List<org.sitrep.ReportId> v8 = value.supersedes();
      if (!v8.isEmpty()) {
        g.writeFieldName(N_SUPERSEDES);
        g.writeStartArray(v8, v8.size());
        for (org.sitrep.ReportId item : v8) {
          REPORT_ID.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<java.time.OffsetDateTime> v9 = value.retrievedAt();
      if (v9.isPresent()) {
        g.writeFieldName(N_RETRIEVED_AT);
        DATE_TIME.write(v9.get(), g);
      }
      Optional<String> v10 = value.language();
      if (v10.isPresent()) {
        g.writeFieldName(N_LANGUAGE);
        LANGUAGE_TAG.write(v10.get(), g);
      }
      Optional<org.sitrep.Tlp> v11 = value.tlp();
      if (v11.isPresent()) {
        g.writeFieldName(N_TLP);
        TLP.write(v11.get(), g);
      }
      Optional<org.sitrep.Licence> v12 = value.licence();
      if (v12.isPresent()) {
        g.writeFieldName(N_LICENCE);
        LicenceCodec.INSTANCE.write(v12.get(), g);
      }
      List<org.sitrep.Actor> v13 = value.authors();
      if (!v13.isEmpty()) {
        g.writeFieldName(N_AUTHORS);
        g.writeStartArray(v13, v13.size());
        for (org.sitrep.Actor item : v13) {
          ActorCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.Syndication> v14 = value.syndication();
      if (v14.isPresent()) {
        g.writeFieldName(N_SYNDICATION);
        SyndicationCodec.INSTANCE.write(v14.get(), g);
      }
      List<org.sitrep.Publication> v15 = value.otherPublications();
      if (!v15.isEmpty()) {
        g.writeFieldName(N_OTHER_PUBLICATIONS);
        g.writeStartArray(v15, v15.size());
        for (org.sitrep.Publication item : v15) {
          PublicationCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.EmbeddedPost> v16 = value.posts();
      if (!v16.isEmpty()) {
        g.writeFieldName(N_POSTS);
        g.writeStartArray(v16, v16.size());
        for (org.sitrep.EmbeddedPost item : v16) {
          EmbeddedPostCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Incident> v17 = value.incidents();
      if (!v17.isEmpty()) {
        g.writeFieldName(N_INCIDENTS);
        g.writeStartArray(v17, v17.size());
        for (org.sitrep.Incident item : v17) {
          IncidentCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Claim> v18 = value.claims();
      if (!v18.isEmpty()) {
        g.writeFieldName(N_CLAIMS);
        g.writeStartArray(v18, v18.size());
        for (org.sitrep.Claim item : v18) {
          ClaimCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.AidPackage> v19 = value.aidPackages();
      if (!v19.isEmpty()) {
        g.writeFieldName(N_AID_PACKAGES);
        g.writeStartArray(v19, v19.size());
        for (org.sitrep.AidPackage item : v19) {
          AidPackageCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Incident}. */
  static final class IncidentCodec extends ObjectCodec<org.sitrep.Incident> {
    static final IncidentCodec INSTANCE = new IncidentCodec();

    private static final SerializableString N_ID = new SerializedString("id");
    private static final SerializableString N_GLOBAL_ID = new SerializedString("global_id");
    private static final SerializableString N_TYPE = new SerializedString("type");
    private static final SerializableString N_TIME = new SerializedString("time");
    private static final SerializableString N_LOCATION = new SerializedString("location");
    private static final SerializableString N_MEANS = new SerializedString("means");
    private static final SerializableString N_QUANTITY = new SerializedString("quantity");
    private static final SerializableString N_ENGAGEMENTS = new SerializedString("engagements");
    private static final SerializableString N_OUTCOME = new SerializedString("outcome");
    private static final SerializableString N_VIOLENCE_TYPE = new SerializedString("violence_type");
    private static final SerializableString N_PARTIES = new SerializedString("parties");
    private static final SerializableString N_SITES = new SerializedString("sites");
    private static final SerializableString N_DAMAGE = new SerializedString("damage");
    private static final SerializableString N_CASUALTIES = new SerializedString("casualties");
    private static final SerializableString N_SUMMARY = new SerializedString("summary");
    private static final SerializableString N_CLAIMS = new SerializedString("claims");
    private static final SerializableString N_LINKS = new SerializedString("links");
    private static final SerializableString N_RECORDS = new SerializedString("records");
    private static final SerializableString N_ACLED = new SerializedString("acled");
    private static final SerializableString N_UCDP = new SerializedString("ucdp");
    private static final SerializableString N_CODING = new SerializedString("coding");
    private static final SerializableString N_TLP = new SerializedString("tlp");
    private static final SerializableString N_LICENCE = new SerializedString("licence");

    private IncidentCodec() {
      super(WireTypes.INCIDENT);
    }

    @Override
    public org.sitrep.Incident read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Incident.Builder b = org.sitrep.Incident.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.id(INCIDENT_ID.read(p, mode));
            break;
          case 1:
            b.globalId(GLOBAL_ID.read(p, mode));
            break;
          case 2:
            b.type(INCIDENT_TYPE.read(p, mode));
            break;
          case 3:
            b.time(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 4:
            b.location(LocationCodec.INSTANCE.read(p, mode));
            break;
          case 5:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addMeans(MEANS.read(p, mode));
            }
            break;
          case 6:
            b.quantity(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 7:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addEngagement(EngagementCodec.INSTANCE.read(p, mode));
            }
            break;
          case 8:
            b.outcome(INCIDENT_OUTCOME.read(p, mode));
            break;
          case 9:
            b.violenceType(VIOLENCE_TYPE.read(p, mode));
            break;
          case 10:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addParty(PartyCodec.INSTANCE.read(p, mode));
            }
            break;
          case 11:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addSite(SiteCodec.INSTANCE.read(p, mode));
            }
            break;
          case 12:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addDamage(DamageCodec.INSTANCE.read(p, mode));
            }
            break;
          case 13:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addCasualty(CasualtyCodec.INSTANCE.read(p, mode));
            }
            break;
          case 14:
            b.summary(TEXT.read(p, mode));
            break;
          case 15:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addClaim(CLAIM_ID.read(p, mode));
            }
            break;
          case 16:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addLink(IncidentLinkCodec.INSTANCE.read(p, mode));
            }
            break;
          case 17:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addRecord(DatasetRecordCodec.INSTANCE.read(p, mode));
            }
            break;
          case 18:
            b.acled(AcledCodingCodec.INSTANCE.read(p, mode));
            break;
          case 19:
            b.ucdp(UcdpCodingCodec.INSTANCE.read(p, mode));
            break;
          case 20:
            b.coding(CodingCodec.INSTANCE.read(p, mode));
            break;
          case 21:
            b.tlp(TLP.read(p, mode));
            break;
          case 22:
            b.licence(LicenceCodec.INSTANCE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Incident value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ID);
      INCIDENT_ID.write(value.id(), g);
      Optional<org.sitrep.GlobalId> v1 = value.globalId();
      if (v1.isPresent()) {
        g.writeFieldName(N_GLOBAL_ID);
        GLOBAL_ID.write(v1.get(), g);
      }
      g.writeFieldName(N_TYPE);
      INCIDENT_TYPE.write(value.type(), g);
      Optional<org.sitrep.ReportedTime> v3 = value.time();
      if (v3.isPresent()) {
        g.writeFieldName(N_TIME);
        ReportedTimeCodec.INSTANCE.write(v3.get(), g);
      }
      Optional<org.sitrep.Location> v4 = value.location();
      if (v4.isPresent()) {
        g.writeFieldName(N_LOCATION);
        LocationCodec.INSTANCE.write(v4.get(), g);
      }
      List<org.sitrep.Means> v5 = value.means();
      if (!v5.isEmpty()) {
        g.writeFieldName(N_MEANS);
        g.writeStartArray(v5, v5.size());
        for (org.sitrep.Means item : v5) {
          MEANS.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.Estimate> v6 = value.quantity();
      if (v6.isPresent()) {
        g.writeFieldName(N_QUANTITY);
        EstimateCodec.INSTANCE.write(v6.get(), g);
      }
      List<org.sitrep.Engagement> v7 = value.engagements();
      if (!v7.isEmpty()) {
        g.writeFieldName(N_ENGAGEMENTS);
        g.writeStartArray(v7, v7.size());
        for (org.sitrep.Engagement item : v7) {
          EngagementCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      g.writeFieldName(N_OUTCOME);
      INCIDENT_OUTCOME.write(value.outcome(), g);
      Optional<org.sitrep.ViolenceType> v9 = value.violenceType();
      if (v9.isPresent()) {
        g.writeFieldName(N_VIOLENCE_TYPE);
        VIOLENCE_TYPE.write(v9.get(), g);
      }
      List<org.sitrep.Party> v10 = value.parties();
      if (!v10.isEmpty()) {
        g.writeFieldName(N_PARTIES);
        g.writeStartArray(v10, v10.size());
        for (org.sitrep.Party item : v10) {
          PartyCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Site> v11 = value.sites();
      if (!v11.isEmpty()) {
        g.writeFieldName(N_SITES);
        g.writeStartArray(v11, v11.size());
        for (org.sitrep.Site item : v11) {
          SiteCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Damage> v12 = value.damage();
      if (!v12.isEmpty()) {
        g.writeFieldName(N_DAMAGE);
        g.writeStartArray(v12, v12.size());
        for (org.sitrep.Damage item : v12) {
          DamageCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Casualty> v13 = value.casualties();
      if (!v13.isEmpty()) {
        g.writeFieldName(N_CASUALTIES);
        g.writeStartArray(v13, v13.size());
        for (org.sitrep.Casualty item : v13) {
          CasualtyCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<String> v14 = value.summary();
      if (v14.isPresent()) {
        g.writeFieldName(N_SUMMARY);
        TEXT.write(v14.get(), g);
      }
      List<org.sitrep.ClaimId> v15 = value.claims();
      if (!v15.isEmpty()) {
        g.writeFieldName(N_CLAIMS);
        g.writeStartArray(v15, v15.size());
        for (org.sitrep.ClaimId item : v15) {
          CLAIM_ID.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.IncidentLink> v16 = value.links();
      if (!v16.isEmpty()) {
        g.writeFieldName(N_LINKS);
        g.writeStartArray(v16, v16.size());
        for (org.sitrep.IncidentLink item : v16) {
          IncidentLinkCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.DatasetRecord> v17 = value.records();
      if (!v17.isEmpty()) {
        g.writeFieldName(N_RECORDS);
        g.writeStartArray(v17, v17.size());
        for (org.sitrep.DatasetRecord item : v17) {
          DatasetRecordCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.AcledCoding> v18 = value.acled();
      if (v18.isPresent()) {
        g.writeFieldName(N_ACLED);
        AcledCodingCodec.INSTANCE.write(v18.get(), g);
      }
      Optional<org.sitrep.UcdpCoding> v19 = value.ucdp();
      if (v19.isPresent()) {
        g.writeFieldName(N_UCDP);
        UcdpCodingCodec.INSTANCE.write(v19.get(), g);
      }
      Optional<org.sitrep.Coding> v20 = value.coding();
      if (v20.isPresent()) {
        g.writeFieldName(N_CODING);
        CodingCodec.INSTANCE.write(v20.get(), g);
      }
      Optional<org.sitrep.Tlp> v21 = value.tlp();
      if (v21.isPresent()) {
        g.writeFieldName(N_TLP);
        TLP.write(v21.get(), g);
      }
      Optional<org.sitrep.Licence> v22 = value.licence();
      if (v22.isPresent()) {
        g.writeFieldName(N_LICENCE);
        LicenceCodec.INSTANCE.write(v22.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Claim}. */
  static final class ClaimCodec extends ObjectCodec<org.sitrep.Claim> {
    static final ClaimCodec INSTANCE = new ClaimCodec();

    private static final SerializableString N_ID = new SerializedString("id");
    private static final SerializableString N_SOURCE = new SerializedString("source");
    private static final SerializableString N_CHANNEL = new SerializedString("channel");
    private static final SerializableString N_MADE_ON = new SerializedString("made_on");
    private static final SerializableString N_STATEMENT = new SerializedString("statement");
    private static final SerializableString N_QUOTE = new SerializedString("quote");
    private static final SerializableString N_KIND = new SerializedString("kind");
    private static final SerializableString N_VERIFICATION = new SerializedString("verification");
    private static final SerializableString N_ABOUT_INCIDENTS = new SerializedString("about_incidents");
    private static final SerializableString N_ABOUT_CASUALTIES = new SerializedString("about_casualties");
    private static final SerializableString N_ABOUT_AID_PACKAGES = new SerializedString("about_aid_packages");
    private static final SerializableString N_ABOUT_CLAIMS = new SerializedString("about_claims");
    private static final SerializableString N_POST = new SerializedString("post");
    private static final SerializableString N_SILENT_ON = new SerializedString("silent_on");
    private static final SerializableString N_ASSESSMENTS = new SerializedString("assessments");
    private static final SerializableString N_EVIDENCE = new SerializedString("evidence");
    private static final SerializableString N_CODING = new SerializedString("coding");

    private ClaimCodec() {
      super(WireTypes.CLAIM);
    }

    @Override
    public org.sitrep.Claim read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Claim.Builder b = org.sitrep.Claim.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.id(CLAIM_ID.read(p, mode));
            break;
          case 1:
            b.source(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.channel(ChannelCodec.INSTANCE.read(p, mode));
            break;
          case 3:
            b.madeOn(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 4:
            b.statement(TEXT.read(p, mode));
            break;
          case 5:
            b.quote(TEXT.read(p, mode));
            break;
          case 6:
            b.kind(CLAIM_KIND.read(p, mode));
            break;
          case 7:
            b.verification(VERIFICATION_STATUS.read(p, mode));
            break;
          case 8:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAboutIncident(INCIDENT_ID.read(p, mode));
            }
            break;
          case 9:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAboutCasualty(CASUALTY_ID.read(p, mode));
            }
            break;
          case 10:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAboutAidPackage(AID_PACKAGE_ID.read(p, mode));
            }
            break;
          case 11:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAboutClaim(CLAIM_ID.read(p, mode));
            }
            break;
          case 12:
            b.post(POST_ID.read(p, mode));
            break;
          case 13:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addSilentOn(CLAIM_TOPIC.read(p, mode));
            }
            break;
          case 14:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAssessment(AssessmentCodec.INSTANCE.read(p, mode));
            }
            break;
          case 15:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addEvidence(EvidenceCodec.INSTANCE.read(p, mode));
            }
            break;
          case 16:
            b.coding(CodingCodec.INSTANCE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Claim value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ID);
      CLAIM_ID.write(value.id(), g);
      g.writeFieldName(N_SOURCE);
      ActorCodec.INSTANCE.write(value.source(), g);
      Optional<org.sitrep.Channel> v2 = value.channel();
      if (v2.isPresent()) {
        g.writeFieldName(N_CHANNEL);
        ChannelCodec.INSTANCE.write(v2.get(), g);
      }
      Optional<org.sitrep.ReportedTime> v3 = value.madeOn();
      if (v3.isPresent()) {
        g.writeFieldName(N_MADE_ON);
        ReportedTimeCodec.INSTANCE.write(v3.get(), g);
      }
      Optional<String> v4 = value.statement();
      if (v4.isPresent()) {
        g.writeFieldName(N_STATEMENT);
        TEXT.write(v4.get(), g);
      }
      Optional<String> v5 = value.quote();
      if (v5.isPresent()) {
        g.writeFieldName(N_QUOTE);
        TEXT.write(v5.get(), g);
      }
      g.writeFieldName(N_KIND);
      CLAIM_KIND.write(value.kind(), g);
      g.writeFieldName(N_VERIFICATION);
      VERIFICATION_STATUS.write(value.verification(), g);
      List<org.sitrep.IncidentId> v8 = value.aboutIncidents();
      if (!v8.isEmpty()) {
        g.writeFieldName(N_ABOUT_INCIDENTS);
        g.writeStartArray(v8, v8.size());
        for (org.sitrep.IncidentId item : v8) {
          INCIDENT_ID.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.CasualtyId> v9 = value.aboutCasualties();
      if (!v9.isEmpty()) {
        g.writeFieldName(N_ABOUT_CASUALTIES);
        g.writeStartArray(v9, v9.size());
        for (org.sitrep.CasualtyId item : v9) {
          CASUALTY_ID.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.AidPackageId> v10 = value.aboutAidPackages();
      if (!v10.isEmpty()) {
        g.writeFieldName(N_ABOUT_AID_PACKAGES);
        g.writeStartArray(v10, v10.size());
        for (org.sitrep.AidPackageId item : v10) {
          AID_PACKAGE_ID.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.ClaimId> v11 = value.aboutClaims();
      if (!v11.isEmpty()) {
        g.writeFieldName(N_ABOUT_CLAIMS);
        g.writeStartArray(v11, v11.size());
        for (org.sitrep.ClaimId item : v11) {
          CLAIM_ID.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.PostId> v12 = value.post();
      if (v12.isPresent()) {
        g.writeFieldName(N_POST);
        POST_ID.write(v12.get(), g);
      }
      List<org.sitrep.ClaimTopic> v13 = value.silentOn();
      if (!v13.isEmpty()) {
        g.writeFieldName(N_SILENT_ON);
        g.writeStartArray(v13, v13.size());
        for (org.sitrep.ClaimTopic item : v13) {
          CLAIM_TOPIC.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Assessment> v14 = value.assessments();
      if (!v14.isEmpty()) {
        g.writeFieldName(N_ASSESSMENTS);
        g.writeStartArray(v14, v14.size());
        for (org.sitrep.Assessment item : v14) {
          AssessmentCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Evidence> v15 = value.evidence();
      if (!v15.isEmpty()) {
        g.writeFieldName(N_EVIDENCE);
        g.writeStartArray(v15, v15.size());
        for (org.sitrep.Evidence item : v15) {
          EvidenceCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.Coding> v16 = value.coding();
      if (v16.isPresent()) {
        g.writeFieldName(N_CODING);
        CodingCodec.INSTANCE.write(v16.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code AidPackage}. */
  static final class AidPackageCodec extends ObjectCodec<org.sitrep.AidPackage> {
    static final AidPackageCodec INSTANCE = new AidPackageCodec();

    private static final SerializableString N_ID = new SerializedString("id");
    private static final SerializableString N_DONOR = new SerializedString("donor");
    private static final SerializableString N_RECIPIENT = new SerializedString("recipient");
    private static final SerializableString N_ANNOUNCED_ON = new SerializedString("announced_on");
    private static final SerializableString N_CATEGORY = new SerializedString("category");
    private static final SerializableString N_VALUE = new SerializedString("value");
    private static final SerializableString N_ITEMS = new SerializedString("items");
    private static final SerializableString N_EXPECTED_DELIVERY = new SerializedString("expected_delivery");
    private static final SerializableString N_STAGE = new SerializedString("stage");
    private static final SerializableString N_RELATED = new SerializedString("related");
    private static final SerializableString N_CLAIMS = new SerializedString("claims");
    private static final SerializableString N_SUMMARY = new SerializedString("summary");

    private AidPackageCodec() {
      super(WireTypes.AID_PACKAGE);
    }

    @Override
    public org.sitrep.AidPackage read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.AidPackage.Builder b = org.sitrep.AidPackage.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.id(AID_PACKAGE_ID.read(p, mode));
            break;
          case 1:
            b.donor(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.recipient(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 3:
            b.announcedOn(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 4:
            b.category(AID_CATEGORY.read(p, mode));
            break;
          case 5:
            b.value(MonetaryValueCodec.INSTANCE.read(p, mode));
            break;
          case 6:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addItem(AidItemCodec.INSTANCE.read(p, mode));
            }
            break;
          case 7:
            b.expectedDelivery(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 8:
            b.stage(AID_STAGE.read(p, mode));
            break;
          case 9:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addRelated(AID_PACKAGE_ID.read(p, mode));
            }
            break;
          case 10:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addClaim(CLAIM_ID.read(p, mode));
            }
            break;
          case 11:
            b.summary(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.AidPackage value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ID);
      AID_PACKAGE_ID.write(value.id(), g);
      g.writeFieldName(N_DONOR);
      ActorCodec.INSTANCE.write(value.donor(), g);
      g.writeFieldName(N_RECIPIENT);
      ActorCodec.INSTANCE.write(value.recipient(), g);
      Optional<org.sitrep.ReportedTime> v3 = value.announcedOn();
      if (v3.isPresent()) {
        g.writeFieldName(N_ANNOUNCED_ON);
        ReportedTimeCodec.INSTANCE.write(v3.get(), g);
      }
      g.writeFieldName(N_CATEGORY);
      AID_CATEGORY.write(value.category(), g);
      Optional<org.sitrep.MonetaryValue> v5 = value.value();
      if (v5.isPresent()) {
        g.writeFieldName(N_VALUE);
        MonetaryValueCodec.INSTANCE.write(v5.get(), g);
      }
      List<org.sitrep.AidItem> v6 = value.items();
      if (!v6.isEmpty()) {
        g.writeFieldName(N_ITEMS);
        g.writeStartArray(v6, v6.size());
        for (org.sitrep.AidItem item : v6) {
          AidItemCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.ReportedTime> v7 = value.expectedDelivery();
      if (v7.isPresent()) {
        g.writeFieldName(N_EXPECTED_DELIVERY);
        ReportedTimeCodec.INSTANCE.write(v7.get(), g);
      }
      g.writeFieldName(N_STAGE);
      AID_STAGE.write(value.stage(), g);
      List<org.sitrep.AidPackageId> v9 = value.related();
      if (!v9.isEmpty()) {
        g.writeFieldName(N_RELATED);
        g.writeStartArray(v9, v9.size());
        for (org.sitrep.AidPackageId item : v9) {
          AID_PACKAGE_ID.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.ClaimId> v10 = value.claims();
      if (!v10.isEmpty()) {
        g.writeFieldName(N_CLAIMS);
        g.writeStartArray(v10, v10.size());
        for (org.sitrep.ClaimId item : v10) {
          CLAIM_ID.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<String> v11 = value.summary();
      if (v11.isPresent()) {
        g.writeFieldName(N_SUMMARY);
        TEXT.write(v11.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Location}. */
  static final class LocationCodec extends ObjectCodec<org.sitrep.Location> {
    static final LocationCodec INSTANCE = new LocationCodec();

    private static final SerializableString N_NAME = new SerializedString("name");
    private static final SerializableString N_ALTERNATE_NAMES = new SerializedString("alternate_names");
    private static final SerializableString N_COUNTRY = new SerializedString("country");
    private static final SerializableString N_ADMIN1 = new SerializedString("admin1");
    private static final SerializableString N_ADMIN2 = new SerializedString("admin2");
    private static final SerializableString N_ADMIN3 = new SerializedString("admin3");
    private static final SerializableString N_POINT = new SerializedString("point");
    private static final SerializableString N_PRECISION = new SerializedString("precision");
    private static final SerializableString N_CONTROL = new SerializedString("control");
    private static final SerializableString N_GAZETTEER_IDS = new SerializedString("gazetteer_ids");
    private static final SerializableString N_RELATIVE_TO = new SerializedString("relative_to");
    private static final SerializableString N_DESCRIPTION = new SerializedString("description");

    private LocationCodec() {
      super(WireTypes.LOCATION);
    }

    @Override
    public org.sitrep.Location read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Location.Builder b = org.sitrep.Location.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.name(TEXT.read(p, mode));
            break;
          case 1:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAlternateName(PlaceNameCodec.INSTANCE.read(p, mode));
            }
            break;
          case 2:
            b.country(COUNTRY_CODE.read(p, mode));
            break;
          case 3:
            b.admin1(AdminAreaCodec.INSTANCE.read(p, mode));
            break;
          case 4:
            b.admin2(AdminAreaCodec.INSTANCE.read(p, mode));
            break;
          case 5:
            b.admin3(AdminAreaCodec.INSTANCE.read(p, mode));
            break;
          case 6:
            b.point(GeoPointCodec.INSTANCE.read(p, mode));
            break;
          case 7:
            b.precision(GEO_PRECISION.read(p, mode));
            break;
          case 8:
            b.control(DeFactoControlCodec.INSTANCE.read(p, mode));
            break;
          case 9:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addGazetteerId(GazetteerRefCodec.INSTANCE.read(p, mode));
            }
            break;
          case 10:
            b.relativeTo(RelativePositionCodec.INSTANCE.read(p, mode));
            break;
          case 11:
            b.description(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Location value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      Optional<String> v0 = value.name();
      if (v0.isPresent()) {
        g.writeFieldName(N_NAME);
        TEXT.write(v0.get(), g);
      }
      List<org.sitrep.PlaceName> v1 = value.alternateNames();
      if (!v1.isEmpty()) {
        g.writeFieldName(N_ALTERNATE_NAMES);
        g.writeStartArray(v1, v1.size());
        for (org.sitrep.PlaceName item : v1) {
          PlaceNameCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<String> v2 = value.country();
      if (v2.isPresent()) {
        g.writeFieldName(N_COUNTRY);
        COUNTRY_CODE.write(v2.get(), g);
      }
      Optional<org.sitrep.AdminArea> v3 = value.admin1();
      if (v3.isPresent()) {
        g.writeFieldName(N_ADMIN1);
        AdminAreaCodec.INSTANCE.write(v3.get(), g);
      }
      Optional<org.sitrep.AdminArea> v4 = value.admin2();
      if (v4.isPresent()) {
        g.writeFieldName(N_ADMIN2);
        AdminAreaCodec.INSTANCE.write(v4.get(), g);
      }
      Optional<org.sitrep.AdminArea> v5 = value.admin3();
      if (v5.isPresent()) {
        g.writeFieldName(N_ADMIN3);
        AdminAreaCodec.INSTANCE.write(v5.get(), g);
      }
      Optional<org.sitrep.GeoPoint> v6 = value.point();
      if (v6.isPresent()) {
        g.writeFieldName(N_POINT);
        GeoPointCodec.INSTANCE.write(v6.get(), g);
      }
      g.writeFieldName(N_PRECISION);
      GEO_PRECISION.write(value.precision(), g);
      Optional<org.sitrep.DeFactoControl> v8 = value.control();
      if (v8.isPresent()) {
        g.writeFieldName(N_CONTROL);
        DeFactoControlCodec.INSTANCE.write(v8.get(), g);
      }
      List<org.sitrep.GazetteerRef> v9 = value.gazetteerIds();
      if (!v9.isEmpty()) {
        g.writeFieldName(N_GAZETTEER_IDS);
        g.writeStartArray(v9, v9.size());
        for (org.sitrep.GazetteerRef item : v9) {
          GazetteerRefCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.RelativePosition> v10 = value.relativeTo();
      if (v10.isPresent()) {
        g.writeFieldName(N_RELATIVE_TO);
        RelativePositionCodec.INSTANCE.write(v10.get(), g);
      }
      Optional<String> v11 = value.description();
      if (v11.isPresent()) {
        g.writeFieldName(N_DESCRIPTION);
        TEXT.write(v11.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Casualty}. */
  static final class CasualtyCodec extends ObjectCodec<org.sitrep.Casualty> {
    static final CasualtyCodec INSTANCE = new CasualtyCodec();

    private static final SerializableString N_ID = new SerializedString("id");
    private static final SerializableString N_GLOBAL_ID = new SerializedString("global_id");
    private static final SerializableString N_OUTCOME = new SerializedString("outcome");
    private static final SerializableString N_POPULATION = new SerializedString("population");
    private static final SerializableString N_SIDE = new SerializedString("side");
    private static final SerializableString N_COUNT = new SerializedString("count");
    private static final SerializableString N_BREAKDOWN = new SerializedString("breakdown");
    private static final SerializableString N_CONDITION = new SerializedString("condition");
    private static final SerializableString N_CAUSES = new SerializedString("causes");
    private static final SerializableString N_LOCATION = new SerializedString("location");
    private static final SerializableString N_AS_OF = new SerializedString("as_of");
    private static final SerializableString N_PROVISIONAL = new SerializedString("provisional");
    private static final SerializableString N_SUPERSEDES = new SerializedString("supersedes");
    private static final SerializableString N_CLAIM = new SerializedString("claim");
    private static final SerializableString N_CODING = new SerializedString("coding");

    private CasualtyCodec() {
      super(WireTypes.CASUALTY);
    }

    @Override
    public org.sitrep.Casualty read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Casualty.Builder b = org.sitrep.Casualty.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.id(CASUALTY_ID.read(p, mode));
            break;
          case 1:
            b.globalId(GLOBAL_ID.read(p, mode));
            break;
          case 2:
            b.outcome(CASUALTY_OUTCOME.read(p, mode));
            break;
          case 3:
            b.population(POPULATION_GROUP.read(p, mode));
            break;
          case 4:
            b.side(DYAD_SIDE.read(p, mode));
            break;
          case 5:
            b.count(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 6:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addBreakdown(CasualtyGroupCodec.INSTANCE.read(p, mode));
            }
            break;
          case 7:
            b.condition(CASUALTY_CONDITION.read(p, mode));
            break;
          case 8:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addCause(INJURY_CAUSE.read(p, mode));
            }
            break;
          case 9:
            b.location(LocationCodec.INSTANCE.read(p, mode));
            break;
          case 10:
            b.asOf(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 11:
            b.provisional(BOOLEAN.read(p, mode));
            break;
          case 12:
            b.supersedes(CASUALTY_ID.read(p, mode));
            break;
          case 13:
            b.claim(CLAIM_ID.read(p, mode));
            break;
          case 14:
            b.coding(CodingCodec.INSTANCE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Casualty value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ID);
      CASUALTY_ID.write(value.id(), g);
      Optional<org.sitrep.GlobalId> v1 = value.globalId();
      if (v1.isPresent()) {
        g.writeFieldName(N_GLOBAL_ID);
        GLOBAL_ID.write(v1.get(), g);
      }
      g.writeFieldName(N_OUTCOME);
      CASUALTY_OUTCOME.write(value.outcome(), g);
      g.writeFieldName(N_POPULATION);
      POPULATION_GROUP.write(value.population(), g);
      Optional<org.sitrep.DyadSide> v4 = value.side();
      if (v4.isPresent()) {
        g.writeFieldName(N_SIDE);
        DYAD_SIDE.write(v4.get(), g);
      }
      g.writeFieldName(N_COUNT);
      EstimateCodec.INSTANCE.write(value.count(), g);
      List<org.sitrep.CasualtyGroup> v6 = value.breakdown();
      if (!v6.isEmpty()) {
        g.writeFieldName(N_BREAKDOWN);
        g.writeStartArray(v6, v6.size());
        for (org.sitrep.CasualtyGroup item : v6) {
          CasualtyGroupCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.CasualtyCondition> v7 = value.condition();
      if (v7.isPresent()) {
        g.writeFieldName(N_CONDITION);
        CASUALTY_CONDITION.write(v7.get(), g);
      }
      List<org.sitrep.InjuryCause> v8 = value.causes();
      if (!v8.isEmpty()) {
        g.writeFieldName(N_CAUSES);
        g.writeStartArray(v8, v8.size());
        for (org.sitrep.InjuryCause item : v8) {
          INJURY_CAUSE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.Location> v9 = value.location();
      if (v9.isPresent()) {
        g.writeFieldName(N_LOCATION);
        LocationCodec.INSTANCE.write(v9.get(), g);
      }
      Optional<org.sitrep.ReportedTime> v10 = value.asOf();
      if (v10.isPresent()) {
        g.writeFieldName(N_AS_OF);
        ReportedTimeCodec.INSTANCE.write(v10.get(), g);
      }
      g.writeFieldName(N_PROVISIONAL);
      BOOLEAN.write(value.provisional(), g);
      Optional<org.sitrep.CasualtyId> v12 = value.supersedes();
      if (v12.isPresent()) {
        g.writeFieldName(N_SUPERSEDES);
        CASUALTY_ID.write(v12.get(), g);
      }
      Optional<org.sitrep.ClaimId> v13 = value.claim();
      if (v13.isPresent()) {
        g.writeFieldName(N_CLAIM);
        CLAIM_ID.write(v13.get(), g);
      }
      Optional<org.sitrep.Coding> v14 = value.coding();
      if (v14.isPresent()) {
        g.writeFieldName(N_CODING);
        CodingCodec.INSTANCE.write(v14.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Estimate}. */
  static final class EstimateCodec extends ObjectCodec<org.sitrep.Estimate> {
    static final EstimateCodec INSTANCE = new EstimateCodec();

    private static final SerializableString N_LOW = new SerializedString("low");
    private static final SerializableString N_BEST = new SerializedString("best");
    private static final SerializableString N_HIGH = new SerializedString("high");
    private static final SerializableString N_QUALIFIER = new SerializedString("qualifier");
    private static final SerializableString N_PHRASE = new SerializedString("phrase");

    private EstimateCodec() {
      super(WireTypes.ESTIMATE);
    }

    @Override
    public org.sitrep.Estimate read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Estimate.Builder b = org.sitrep.Estimate.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.low(COUNT.read(p, mode).longValue());
            break;
          case 1:
            b.best(COUNT.read(p, mode).longValue());
            break;
          case 2:
            b.high(COUNT.read(p, mode).longValue());
            break;
          case 3:
            b.qualifier(ESTIMATE_QUALIFIER.read(p, mode));
            break;
          case 4:
            b.phrase(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Estimate value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      OptionalLong v0 = value.low();
      if (v0.isPresent()) {
        g.writeFieldName(N_LOW);
        COUNT.write(v0.getAsLong(), g);
      }
      OptionalLong v1 = value.best();
      if (v1.isPresent()) {
        g.writeFieldName(N_BEST);
        COUNT.write(v1.getAsLong(), g);
      }
      OptionalLong v2 = value.high();
      if (v2.isPresent()) {
        g.writeFieldName(N_HIGH);
        COUNT.write(v2.getAsLong(), g);
      }
      g.writeFieldName(N_QUALIFIER);
      ESTIMATE_QUALIFIER.write(value.qualifier(), g);
      Optional<String> v4 = value.phrase();
      if (v4.isPresent()) {
        g.writeFieldName(N_PHRASE);
        TEXT.write(v4.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code ReportedTime}. */
  static final class ReportedTimeCodec extends ObjectCodec<org.sitrep.ReportedTime> {
    static final ReportedTimeCodec INSTANCE = new ReportedTimeCodec();

    private static final SerializableString N_START = new SerializedString("start");
    private static final SerializableString N_END = new SerializedString("end");
    private static final SerializableString N_INSTANT = new SerializedString("instant");
    private static final SerializableString N_PRECISION = new SerializedString("precision");
    private static final SerializableString N_PART_OF_DAY = new SerializedString("part_of_day");
    private static final SerializableString N_CLOCK_TIME = new SerializedString("clock_time");
    private static final SerializableString N_EQUIVALENTS = new SerializedString("equivalents");
    private static final SerializableString N_ANCHOR = new SerializedString("anchor");
    private static final SerializableString N_PHRASE = new SerializedString("phrase");

    private ReportedTimeCodec() {
      super(WireTypes.REPORTED_TIME);
    }

    @Override
    public org.sitrep.ReportedTime read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.ReportedTime.Builder b = org.sitrep.ReportedTime.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.start(DATE.read(p, mode));
            break;
          case 1:
            b.end(DATE.read(p, mode));
            break;
          case 2:
            b.instant(DATE_TIME.read(p, mode));
            break;
          case 3:
            b.precision(TIME_PRECISION.read(p, mode));
            break;
          case 4:
            b.partOfDay(PART_OF_DAY.read(p, mode));
            break;
          case 5:
            b.clockTime(CLOCK_TIME.read(p, mode));
            break;
          case 6:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addEquivalent(DATE_TIME.read(p, mode));
            }
            break;
          case 7:
            b.anchor(TIME_ANCHOR.read(p, mode));
            break;
          case 8:
            b.phrase(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.ReportedTime value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_START);
      DATE.write(value.start(), g);
      g.writeFieldName(N_END);
      DATE.write(value.end(), g);
      Optional<java.time.OffsetDateTime> v2 = value.instant();
      if (v2.isPresent()) {
        g.writeFieldName(N_INSTANT);
        DATE_TIME.write(v2.get(), g);
      }
      g.writeFieldName(N_PRECISION);
      TIME_PRECISION.write(value.precision(), g);
      Optional<org.sitrep.PartOfDay> v4 = value.partOfDay();
      if (v4.isPresent()) {
        g.writeFieldName(N_PART_OF_DAY);
        PART_OF_DAY.write(v4.get(), g);
      }
      Optional<java.time.OffsetTime> v5 = value.clockTime();
      if (v5.isPresent()) {
        g.writeFieldName(N_CLOCK_TIME);
        CLOCK_TIME.write(v5.get(), g);
      }
      List<java.time.OffsetDateTime> v6 = value.equivalents();
      if (!v6.isEmpty()) {
        g.writeFieldName(N_EQUIVALENTS);
        g.writeStartArray(v6, v6.size());
        for (java.time.OffsetDateTime item : v6) {
          DATE_TIME.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.TimeAnchor> v7 = value.anchor();
      if (v7.isPresent()) {
        g.writeFieldName(N_ANCHOR);
        TIME_ANCHOR.write(v7.get(), g);
      }
      Optional<String> v8 = value.phrase();
      if (v8.isPresent()) {
        g.writeFieldName(N_PHRASE);
        TEXT.write(v8.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Money}. */
  static final class MoneyCodec extends ObjectCodec<org.sitrep.Money> {
    static final MoneyCodec INSTANCE = new MoneyCodec();

    private static final SerializableString N_AMOUNT = new SerializedString("amount");
    private static final SerializableString N_CURRENCY = new SerializedString("currency");

    private MoneyCodec() {
      super(WireTypes.MONEY);
    }

    @Override
    public org.sitrep.Money read(JsonParser p, ReadMode mode) throws IOException {
      Object b = WireTypes.MONEY.newBuilder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            set(WireTypes.MONEY, 0, b, DECIMAL_AMOUNT.read(p, mode));
            break;
          case 1:
            set(WireTypes.MONEY, 1, b, CURRENCY.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      try {
        return build(WireTypes.MONEY, b, extensions);
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Money value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_AMOUNT);
      DECIMAL_AMOUNT.write(value.amount(), g);
      g.writeFieldName(N_CURRENCY);
      CURRENCY.write(value.currency(), g);
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code MonetaryValue}. */
  static final class MonetaryValueCodec extends ObjectCodec<org.sitrep.MonetaryValue> {
    static final MonetaryValueCodec INSTANCE = new MonetaryValueCodec();

    private static final SerializableString N_AMOUNT = new SerializedString("amount");
    private static final SerializableString N_QUALIFIER = new SerializedString("qualifier");
    private static final SerializableString N_EQUIVALENTS = new SerializedString("equivalents");
    private static final SerializableString N_PHRASE = new SerializedString("phrase");

    private MonetaryValueCodec() {
      super(WireTypes.MONETARY_VALUE);
    }

    @Override
    public org.sitrep.MonetaryValue read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.MonetaryValue.Builder b = org.sitrep.MonetaryValue.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.amount(MoneyCodec.INSTANCE.read(p, mode));
            break;
          case 1:
            b.qualifier(ESTIMATE_QUALIFIER.read(p, mode));
            break;
          case 2:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addEquivalent(MoneyCodec.INSTANCE.read(p, mode));
            }
            break;
          case 3:
            b.phrase(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.MonetaryValue value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_AMOUNT);
      MoneyCodec.INSTANCE.write(value.amount(), g);
      g.writeFieldName(N_QUALIFIER);
      ESTIMATE_QUALIFIER.write(value.qualifier(), g);
      List<org.sitrep.Money> v2 = value.equivalents();
      if (!v2.isEmpty()) {
        g.writeFieldName(N_EQUIVALENTS);
        g.writeStartArray(v2, v2.size());
        for (org.sitrep.Money item : v2) {
          MoneyCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<String> v3 = value.phrase();
      if (v3.isPresent()) {
        g.writeFieldName(N_PHRASE);
        TEXT.write(v3.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Actor}. */
  static final class ActorCodec extends ObjectCodec<org.sitrep.Actor> {
    static final ActorCodec INSTANCE = new ActorCodec();

    private static final SerializableString N_NAME = new SerializedString("name");
    private static final SerializableString N_KIND = new SerializedString("kind");
    private static final SerializableString N_ROLE = new SerializedString("role");
    private static final SerializableString N_COUNTRY = new SerializedString("country");
    private static final SerializableString N_AFFILIATION = new SerializedString("affiliation");
    private static final SerializableString N_HANDLE = new SerializedString("handle");
    private static final SerializableString N_URL = new SerializedString("url");

    private ActorCodec() {
      super(WireTypes.ACTOR);
    }

    @Override
    public org.sitrep.Actor read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Actor.Builder b = org.sitrep.Actor.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.name(TEXT.read(p, mode));
            break;
          case 1:
            b.kind(ACTOR_KIND.read(p, mode));
            break;
          case 2:
            b.role(TEXT.read(p, mode));
            break;
          case 3:
            b.country(COUNTRY_CODE.read(p, mode));
            break;
          case 4:
            b.affiliation(TEXT.read(p, mode));
            break;
          case 5:
            b.handle(HANDLE.read(p, mode));
            break;
          case 6:
            b.url(HTTP_URL.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Actor value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_NAME);
      TEXT.write(value.name(), g);
      g.writeFieldName(N_KIND);
      ACTOR_KIND.write(value.kind(), g);
      Optional<String> v2 = value.role();
      if (v2.isPresent()) {
        g.writeFieldName(N_ROLE);
        TEXT.write(v2.get(), g);
      }
      Optional<String> v3 = value.country();
      if (v3.isPresent()) {
        g.writeFieldName(N_COUNTRY);
        COUNTRY_CODE.write(v3.get(), g);
      }
      Optional<String> v4 = value.affiliation();
      if (v4.isPresent()) {
        g.writeFieldName(N_AFFILIATION);
        TEXT.write(v4.get(), g);
      }
      Optional<String> v5 = value.handle();
      if (v5.isPresent()) {
        g.writeFieldName(N_HANDLE);
        HANDLE.write(v5.get(), g);
      }
      Optional<java.net.URI> v6 = value.url();
      if (v6.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v6.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Channel}. */
  static final class ChannelCodec extends ObjectCodec<org.sitrep.Channel> {
    static final ChannelCodec INSTANCE = new ChannelCodec();

    private static final SerializableString N_KIND = new SerializedString("kind");
    private static final SerializableString N_NAME = new SerializedString("name");
    private static final SerializableString N_URL = new SerializedString("url");

    private ChannelCodec() {
      super(WireTypes.CHANNEL);
    }

    @Override
    public org.sitrep.Channel read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Channel.Builder b = org.sitrep.Channel.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.kind(CHANNEL_KIND.read(p, mode));
            break;
          case 1:
            b.name(TEXT.read(p, mode));
            break;
          case 2:
            b.url(HTTP_URL.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Channel value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_KIND);
      CHANNEL_KIND.write(value.kind(), g);
      Optional<String> v1 = value.name();
      if (v1.isPresent()) {
        g.writeFieldName(N_NAME);
        TEXT.write(v1.get(), g);
      }
      Optional<java.net.URI> v2 = value.url();
      if (v2.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v2.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code PlaceName}. */
  static final class PlaceNameCodec extends ObjectCodec<org.sitrep.PlaceName> {
    static final PlaceNameCodec INSTANCE = new PlaceNameCodec();

    private static final SerializableString N_NAME = new SerializedString("name");
    private static final SerializableString N_LANGUAGE = new SerializedString("language");

    private PlaceNameCodec() {
      super(WireTypes.PLACE_NAME);
    }

    @Override
    public org.sitrep.PlaceName read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.PlaceName.Builder b = org.sitrep.PlaceName.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.name(TEXT.read(p, mode));
            break;
          case 1:
            b.language(LANGUAGE_TAG.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.PlaceName value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_NAME);
      TEXT.write(value.name(), g);
      Optional<String> v1 = value.language();
      if (v1.isPresent()) {
        g.writeFieldName(N_LANGUAGE);
        LANGUAGE_TAG.write(v1.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code AdminArea}. */
  static final class AdminAreaCodec extends ObjectCodec<org.sitrep.AdminArea> {
    static final AdminAreaCodec INSTANCE = new AdminAreaCodec();

    private static final SerializableString N_NAME = new SerializedString("name");
    private static final SerializableString N_ISO_CODE = new SerializedString("iso_code");
    private static final SerializableString N_ALTERNATE_NAMES = new SerializedString("alternate_names");

    private AdminAreaCodec() {
      super(WireTypes.ADMIN_AREA);
    }

    @Override
    public org.sitrep.AdminArea read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.AdminArea.Builder b = org.sitrep.AdminArea.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.name(TEXT.read(p, mode));
            break;
          case 1:
            b.isoCode(SUBDIVISION_CODE.read(p, mode));
            break;
          case 2:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addAlternateName(PlaceNameCodec.INSTANCE.read(p, mode));
            }
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.AdminArea value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_NAME);
      TEXT.write(value.name(), g);
      Optional<String> v1 = value.isoCode();
      if (v1.isPresent()) {
        g.writeFieldName(N_ISO_CODE);
        SUBDIVISION_CODE.write(v1.get(), g);
      }
      List<org.sitrep.PlaceName> v2 = value.alternateNames();
      if (!v2.isEmpty()) {
        g.writeFieldName(N_ALTERNATE_NAMES);
        g.writeStartArray(v2, v2.size());
        for (org.sitrep.PlaceName item : v2) {
          PlaceNameCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code GeoPoint}. */
  static final class GeoPointCodec extends ObjectCodec<org.sitrep.GeoPoint> {
    static final GeoPointCodec INSTANCE = new GeoPointCodec();

    private static final SerializableString N_LATITUDE = new SerializedString("latitude");
    private static final SerializableString N_LONGITUDE = new SerializedString("longitude");

    private GeoPointCodec() {
      super(WireTypes.GEO_POINT);
    }

    @Override
    public org.sitrep.GeoPoint read(JsonParser p, ReadMode mode) throws IOException {
      Object b = WireTypes.GEO_POINT.newBuilder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            set(WireTypes.GEO_POINT, 0, b, LATITUDE.read(p, mode));
            break;
          case 1:
            set(WireTypes.GEO_POINT, 1, b, LONGITUDE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      try {
        return build(WireTypes.GEO_POINT, b, extensions);
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.GeoPoint value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_LATITUDE);
      LATITUDE.write(value.latitude(), g);
      g.writeFieldName(N_LONGITUDE);
      LONGITUDE.write(value.longitude(), g);
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code DeFactoControl}. */
  static final class DeFactoControlCodec extends ObjectCodec<org.sitrep.DeFactoControl> {
    static final DeFactoControlCodec INSTANCE = new DeFactoControlCodec();

    private static final SerializableString N_CONTROLLER = new SerializedString("controller");
    private static final SerializableString N_AS_OF = new SerializedString("as_of");
    private static final SerializableString N_CLAIM = new SerializedString("claim");
    private static final SerializableString N_PHRASE = new SerializedString("phrase");

    private DeFactoControlCodec() {
      super(WireTypes.DE_FACTO_CONTROL);
    }

    @Override
    public org.sitrep.DeFactoControl read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.DeFactoControl.Builder b = org.sitrep.DeFactoControl.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.controller(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 1:
            b.asOf(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.claim(CLAIM_ID.read(p, mode));
            break;
          case 3:
            b.phrase(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.DeFactoControl value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_CONTROLLER);
      ActorCodec.INSTANCE.write(value.controller(), g);
      Optional<org.sitrep.ReportedTime> v1 = value.asOf();
      if (v1.isPresent()) {
        g.writeFieldName(N_AS_OF);
        ReportedTimeCodec.INSTANCE.write(v1.get(), g);
      }
      Optional<org.sitrep.ClaimId> v2 = value.claim();
      if (v2.isPresent()) {
        g.writeFieldName(N_CLAIM);
        CLAIM_ID.write(v2.get(), g);
      }
      Optional<String> v3 = value.phrase();
      if (v3.isPresent()) {
        g.writeFieldName(N_PHRASE);
        TEXT.write(v3.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code GazetteerRef}. */
  static final class GazetteerRefCodec extends ObjectCodec<org.sitrep.GazetteerRef> {
    static final GazetteerRefCodec INSTANCE = new GazetteerRefCodec();

    private static final SerializableString N_SCHEME = new SerializedString("scheme");
    private static final SerializableString N_ID = new SerializedString("id");

    private GazetteerRefCodec() {
      super(WireTypes.GAZETTEER_REF);
    }

    @Override
    public org.sitrep.GazetteerRef read(JsonParser p, ReadMode mode) throws IOException {
      Object b = WireTypes.GAZETTEER_REF.newBuilder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            set(WireTypes.GAZETTEER_REF, 0, b, GAZETTEER_SCHEME.read(p, mode));
            break;
          case 1:
            set(WireTypes.GAZETTEER_REF, 1, b, GAZETTEER_ID.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      try {
        return build(WireTypes.GAZETTEER_REF, b, extensions);
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.GazetteerRef value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_SCHEME);
      GAZETTEER_SCHEME.write(value.scheme(), g);
      g.writeFieldName(N_ID);
      GAZETTEER_ID.write(value.id(), g);
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Party}. */
  static final class PartyCodec extends ObjectCodec<org.sitrep.Party> {
    static final PartyCodec INSTANCE = new PartyCodec();

    private static final SerializableString N_ACTOR = new SerializedString("actor");
    private static final SerializableString N_ROLE = new SerializedString("role");
    private static final SerializableString N_SIDE = new SerializedString("side");
    private static final SerializableString N_CLAIM = new SerializedString("claim");
    private static final SerializableString N_PHRASE = new SerializedString("phrase");

    private PartyCodec() {
      super(WireTypes.PARTY);
    }

    @Override
    public org.sitrep.Party read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Party.Builder b = org.sitrep.Party.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.actor(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 1:
            b.role(PARTY_ROLE.read(p, mode));
            break;
          case 2:
            b.side(DYAD_SIDE.read(p, mode));
            break;
          case 3:
            b.claim(CLAIM_ID.read(p, mode));
            break;
          case 4:
            b.phrase(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Party value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ACTOR);
      ActorCodec.INSTANCE.write(value.actor(), g);
      g.writeFieldName(N_ROLE);
      PARTY_ROLE.write(value.role(), g);
      Optional<org.sitrep.DyadSide> v2 = value.side();
      if (v2.isPresent()) {
        g.writeFieldName(N_SIDE);
        DYAD_SIDE.write(v2.get(), g);
      }
      Optional<org.sitrep.ClaimId> v3 = value.claim();
      if (v3.isPresent()) {
        g.writeFieldName(N_CLAIM);
        CLAIM_ID.write(v3.get(), g);
      }
      Optional<String> v4 = value.phrase();
      if (v4.isPresent()) {
        g.writeFieldName(N_PHRASE);
        TEXT.write(v4.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Site}. */
  static final class SiteCodec extends ObjectCodec<org.sitrep.Site> {
    static final SiteCodec INSTANCE = new SiteCodec();

    private static final SerializableString N_KIND = new SerializedString("kind");
    private static final SerializableString N_ROLE = new SerializedString("role");
    private static final SerializableString N_DESCRIPTION = new SerializedString("description");

    private SiteCodec() {
      super(WireTypes.SITE);
    }

    @Override
    public org.sitrep.Site read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Site.Builder b = org.sitrep.Site.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.kind(SITE_KIND.read(p, mode));
            break;
          case 1:
            b.role(SITE_ROLE.read(p, mode));
            break;
          case 2:
            b.description(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Site value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_KIND);
      SITE_KIND.write(value.kind(), g);
      Optional<org.sitrep.SiteRole> v1 = value.role();
      if (v1.isPresent()) {
        g.writeFieldName(N_ROLE);
        SITE_ROLE.write(v1.get(), g);
      }
      Optional<String> v2 = value.description();
      if (v2.isPresent()) {
        g.writeFieldName(N_DESCRIPTION);
        TEXT.write(v2.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Damage}. */
  static final class DamageCodec extends ObjectCodec<org.sitrep.Damage> {
    static final DamageCodec INSTANCE = new DamageCodec();

    private static final SerializableString N_KIND = new SerializedString("kind");
    private static final SerializableString N_OBJECT = new SerializedString("object");
    private static final SerializableString N_COUNT = new SerializedString("count");
    private static final SerializableString N_CAUSE = new SerializedString("cause");
    private static final SerializableString N_CAUSE_TYPE = new SerializedString("cause_type");

    private DamageCodec() {
      super(WireTypes.DAMAGE);
    }

    @Override
    public org.sitrep.Damage read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Damage.Builder b = org.sitrep.Damage.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.kind(DAMAGE_KIND.read(p, mode));
            break;
          case 1:
            b.object(TEXT.read(p, mode));
            break;
          case 2:
            b.count(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 3:
            b.cause(TEXT.read(p, mode));
            break;
          case 4:
            b.causeType(DAMAGE_CAUSE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Damage value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_KIND);
      DAMAGE_KIND.write(value.kind(), g);
      g.writeFieldName(N_OBJECT);
      TEXT.write(value.object(), g);
      Optional<org.sitrep.Estimate> v2 = value.count();
      if (v2.isPresent()) {
        g.writeFieldName(N_COUNT);
        EstimateCodec.INSTANCE.write(v2.get(), g);
      }
      Optional<String> v3 = value.cause();
      if (v3.isPresent()) {
        g.writeFieldName(N_CAUSE);
        TEXT.write(v3.get(), g);
      }
      Optional<org.sitrep.DamageCause> v4 = value.causeType();
      if (v4.isPresent()) {
        g.writeFieldName(N_CAUSE_TYPE);
        DAMAGE_CAUSE.write(v4.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code CasualtyGroup}. */
  static final class CasualtyGroupCodec extends ObjectCodec<org.sitrep.CasualtyGroup> {
    static final CasualtyGroupCodec INSTANCE = new CasualtyGroupCodec();

    private static final SerializableString N_GROUP = new SerializedString("group");
    private static final SerializableString N_COUNT = new SerializedString("count");

    private CasualtyGroupCodec() {
      super(WireTypes.CASUALTY_GROUP);
    }

    @Override
    public org.sitrep.CasualtyGroup read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.CasualtyGroup.Builder b = org.sitrep.CasualtyGroup.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.group(DEMOGRAPHIC.read(p, mode));
            break;
          case 1:
            b.count(EstimateCodec.INSTANCE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.CasualtyGroup value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_GROUP);
      DEMOGRAPHIC.write(value.group(), g);
      g.writeFieldName(N_COUNT);
      EstimateCodec.INSTANCE.write(value.count(), g);
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code AidItem}. */
  static final class AidItemCodec extends ObjectCodec<org.sitrep.AidItem> {
    static final AidItemCodec INSTANCE = new AidItemCodec();

    private static final SerializableString N_DESCRIPTION = new SerializedString("description");
    private static final SerializableString N_CATEGORY = new SerializedString("category");
    private static final SerializableString N_QUANTITY = new SerializedString("quantity");
    private static final SerializableString N_PLATFORM = new SerializedString("platform");

    private AidItemCodec() {
      super(WireTypes.AID_ITEM);
    }

    @Override
    public org.sitrep.AidItem read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.AidItem.Builder b = org.sitrep.AidItem.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.description(TEXT.read(p, mode));
            break;
          case 1:
            b.category(ITEM_CATEGORY.read(p, mode));
            break;
          case 2:
            b.quantity(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 3:
            b.platform(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.AidItem value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_DESCRIPTION);
      TEXT.write(value.description(), g);
      g.writeFieldName(N_CATEGORY);
      ITEM_CATEGORY.write(value.category(), g);
      Optional<org.sitrep.Estimate> v2 = value.quantity();
      if (v2.isPresent()) {
        g.writeFieldName(N_QUANTITY);
        EstimateCodec.INSTANCE.write(v2.get(), g);
      }
      Optional<String> v3 = value.platform();
      if (v3.isPresent()) {
        g.writeFieldName(N_PLATFORM);
        TEXT.write(v3.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code EmbeddedPost}. */
  static final class EmbeddedPostCodec extends ObjectCodec<org.sitrep.EmbeddedPost> {
    static final EmbeddedPostCodec INSTANCE = new EmbeddedPostCodec();

    private static final SerializableString N_ID = new SerializedString("id");
    private static final SerializableString N_AUTHOR = new SerializedString("author");
    private static final SerializableString N_PLATFORM = new SerializedString("platform");
    private static final SerializableString N_URL = new SerializedString("url");
    private static final SerializableString N_POSTED_ON = new SerializedString("posted_on");
    private static final SerializableString N_TEXT = new SerializedString("text");
    private static final SerializableString N_LINKS = new SerializedString("links");

    private EmbeddedPostCodec() {
      super(WireTypes.EMBEDDED_POST);
    }

    @Override
    public org.sitrep.EmbeddedPost read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.EmbeddedPost.Builder b = org.sitrep.EmbeddedPost.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.id(POST_ID.read(p, mode));
            break;
          case 1:
            b.author(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.platform(TEXT.read(p, mode));
            break;
          case 3:
            b.url(HTTP_URL.read(p, mode));
            break;
          case 4:
            b.postedOn(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 5:
            b.text(TEXT.read(p, mode));
            break;
          case 6:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addLink(HTTP_URL.read(p, mode));
            }
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.EmbeddedPost value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ID);
      POST_ID.write(value.id(), g);
      g.writeFieldName(N_AUTHOR);
      ActorCodec.INSTANCE.write(value.author(), g);
      g.writeFieldName(N_PLATFORM);
      TEXT.write(value.platform(), g);
      Optional<java.net.URI> v3 = value.url();
      if (v3.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v3.get(), g);
      }
      Optional<org.sitrep.ReportedTime> v4 = value.postedOn();
      if (v4.isPresent()) {
        g.writeFieldName(N_POSTED_ON);
        ReportedTimeCodec.INSTANCE.write(v4.get(), g);
      }
      Optional<String> v5 = value.text();
      if (v5.isPresent()) {
        g.writeFieldName(N_TEXT);
        TEXT.write(v5.get(), g);
      }
      List<java.net.URI> v6 = value.links();
      if (!v6.isEmpty()) {
        g.writeFieldName(N_LINKS);
        g.writeStartArray(v6, v6.size());
        for (java.net.URI item : v6) {
          HTTP_URL.write(item, g);
        }
        g.writeEndArray();
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code DatasetRecord}. */
  static final class DatasetRecordCodec extends ObjectCodec<org.sitrep.DatasetRecord> {
    static final DatasetRecordCodec INSTANCE = new DatasetRecordCodec();

    private static final SerializableString N_SCHEME = new SerializedString("scheme");
    private static final SerializableString N_ID = new SerializedString("id");
    private static final SerializableString N_UPDATED_AT = new SerializedString("updated_at");

    private DatasetRecordCodec() {
      super(WireTypes.DATASET_RECORD);
    }

    @Override
    public org.sitrep.DatasetRecord read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.DatasetRecord.Builder b = org.sitrep.DatasetRecord.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.scheme(DATASET_SCHEME.read(p, mode));
            break;
          case 1:
            b.id(DATASET_RECORD_ID.read(p, mode));
            break;
          case 2:
            b.updatedAt(DATE_TIME.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.DatasetRecord value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_SCHEME);
      DATASET_SCHEME.write(value.scheme(), g);
      g.writeFieldName(N_ID);
      DATASET_RECORD_ID.write(value.id(), g);
      Optional<java.time.OffsetDateTime> v2 = value.updatedAt();
      if (v2.isPresent()) {
        g.writeFieldName(N_UPDATED_AT);
        DATE_TIME.write(v2.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code AcledCoding}. */
  static final class AcledCodingCodec extends ObjectCodec<org.sitrep.AcledCoding> {
    static final AcledCodingCodec INSTANCE = new AcledCodingCodec();

    private static final SerializableString N_DISORDER_TYPES = new SerializedString("disorder_types");
    private static final SerializableString N_CIVILIAN_TARGETING = new SerializedString("civilian_targeting");
    private static final SerializableString N_SOURCE_SCALE = new SerializedString("source_scale");
    private static final SerializableString N_TAGS = new SerializedString("tags");
    private static final SerializableString N_INTER1 = new SerializedString("inter1");
    private static final SerializableString N_INTER2 = new SerializedString("inter2");
    private static final SerializableString N_REGION = new SerializedString("region");
    private static final SerializableString N_COUNTRY = new SerializedString("country");
    private static final SerializableString N_EVENT_DATE = new SerializedString("event_date");

    private AcledCodingCodec() {
      super(WireTypes.ACLED_CODING);
    }

    @Override
    public org.sitrep.AcledCoding read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.AcledCoding.Builder b = org.sitrep.AcledCoding.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addDisorderType(DISORDER_TYPE.read(p, mode));
            }
            break;
          case 1:
            b.civilianTargeting(BOOLEAN.read(p, mode));
            break;
          case 2:
            b.sourceScale(TEXT.read(p, mode));
            break;
          case 3:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addTag(TEXT.read(p, mode));
            }
            break;
          case 4:
            b.inter1(ACLED_ACTOR_TYPE.read(p, mode));
            break;
          case 5:
            b.inter2(ACLED_ACTOR_TYPE.read(p, mode));
            break;
          case 6:
            b.region(TEXT.read(p, mode));
            break;
          case 7:
            b.country(TEXT.read(p, mode));
            break;
          case 8:
            b.eventDate(DATE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.AcledCoding value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      List<org.sitrep.DisorderType> v0 = value.disorderTypes();
      if (!v0.isEmpty()) {
        g.writeFieldName(N_DISORDER_TYPES);
        g.writeStartArray(v0, v0.size());
        for (org.sitrep.DisorderType item : v0) {
          DISORDER_TYPE.write(item, g);
        }
        g.writeEndArray();
      }
      g.writeFieldName(N_CIVILIAN_TARGETING);
      BOOLEAN.write(value.civilianTargeting(), g);
      Optional<String> v2 = value.sourceScale();
      if (v2.isPresent()) {
        g.writeFieldName(N_SOURCE_SCALE);
        TEXT.write(v2.get(), g);
      }
      List<String> v3 = value.tags();
      if (!v3.isEmpty()) {
        g.writeFieldName(N_TAGS);
        g.writeStartArray(v3, v3.size());
        for (String item : v3) {
          TEXT.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.AcledActorType> v4 = value.inter1();
      if (v4.isPresent()) {
        g.writeFieldName(N_INTER1);
        ACLED_ACTOR_TYPE.write(v4.get(), g);
      }
      Optional<org.sitrep.AcledActorType> v5 = value.inter2();
      if (v5.isPresent()) {
        g.writeFieldName(N_INTER2);
        ACLED_ACTOR_TYPE.write(v5.get(), g);
      }
      Optional<String> v6 = value.region();
      if (v6.isPresent()) {
        g.writeFieldName(N_REGION);
        TEXT.write(v6.get(), g);
      }
      Optional<String> v7 = value.country();
      if (v7.isPresent()) {
        g.writeFieldName(N_COUNTRY);
        TEXT.write(v7.get(), g);
      }
      Optional<java.time.LocalDate> v8 = value.eventDate();
      if (v8.isPresent()) {
        g.writeFieldName(N_EVENT_DATE);
        DATE.write(v8.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code UcdpCoding}. */
  static final class UcdpCodingCodec extends ObjectCodec<org.sitrep.UcdpCoding> {
    static final UcdpCodingCodec INSTANCE = new UcdpCodingCodec();

    private static final SerializableString N_CONFLICT_ID = new SerializedString("conflict_id");
    private static final SerializableString N_DYAD_ID = new SerializedString("dyad_id");
    private static final SerializableString N_EVENT_CLARITY = new SerializedString("event_clarity");
    private static final SerializableString N_CODE_STATUS = new SerializedString("code_status");
    private static final SerializableString N_NUMBER_OF_SOURCES = new SerializedString("number_of_sources");
    private static final SerializableString N_RELID = new SerializedString("relid");
    private static final SerializableString N_ACTIVE_YEAR = new SerializedString("active_year");
    private static final SerializableString N_CONFLICT_DATASET_ID = new SerializedString("conflict_dataset_id");
    private static final SerializableString N_CONFLICT_NAME = new SerializedString("conflict_name");
    private static final SerializableString N_DYAD_DATASET_ID = new SerializedString("dyad_dataset_id");
    private static final SerializableString N_DYAD_NAME = new SerializedString("dyad_name");
    private static final SerializableString N_SIDE_A_ID = new SerializedString("side_a_id");
    private static final SerializableString N_SIDE_A_DATASET_ID = new SerializedString("side_a_dataset_id");
    private static final SerializableString N_SIDE_B_ID = new SerializedString("side_b_id");
    private static final SerializableString N_SIDE_B_DATASET_ID = new SerializedString("side_b_dataset_id");
    private static final SerializableString N_GWNO_A = new SerializedString("gwno_a");
    private static final SerializableString N_GWNO_B = new SerializedString("gwno_b");
    private static final SerializableString N_SOURCE_ARTICLE = new SerializedString("source_article");
    private static final SerializableString N_SOURCE_OFFICE = new SerializedString("source_office");
    private static final SerializableString N_SOURCE_DATE = new SerializedString("source_date");
    private static final SerializableString N_SOURCE_HEADLINE = new SerializedString("source_headline");
    private static final SerializableString N_SOURCE_ORIGINAL = new SerializedString("source_original");
    private static final SerializableString N_COUNTRY = new SerializedString("country");
    private static final SerializableString N_COUNTRY_ID = new SerializedString("country_id");
    private static final SerializableString N_REGION = new SerializedString("region");
    private static final SerializableString N_DEATHS_LOW = new SerializedString("deaths_low");
    private static final SerializableString N_DEATHS_HIGH = new SerializedString("deaths_high");

    private UcdpCodingCodec() {
      super(WireTypes.UCDP_CODING);
    }

    @Override
    public org.sitrep.UcdpCoding read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.UcdpCoding.Builder b = org.sitrep.UcdpCoding.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.conflictId(COUNT.read(p, mode).longValue());
            break;
          case 1:
            b.dyadId(COUNT.read(p, mode).longValue());
            break;
          case 2:
            b.eventClarity(EVENT_CLARITY.read(p, mode));
            break;
          case 3:
            b.codeStatus(TEXT.read(p, mode));
            break;
          case 4:
            b.numberOfSources(COUNT.read(p, mode).longValue());
            break;
          case 5:
            b.relid(TEXT.read(p, mode));
            break;
          case 6:
            b.activeYear(BOOLEAN.read(p, mode));
            break;
          case 7:
            b.conflictDatasetId(COUNT.read(p, mode).longValue());
            break;
          case 8:
            b.conflictName(TEXT.read(p, mode));
            break;
          case 9:
            b.dyadDatasetId(COUNT.read(p, mode).longValue());
            break;
          case 10:
            b.dyadName(TEXT.read(p, mode));
            break;
          case 11:
            b.sideAId(COUNT.read(p, mode).longValue());
            break;
          case 12:
            b.sideADatasetId(COUNT.read(p, mode).longValue());
            break;
          case 13:
            b.sideBId(COUNT.read(p, mode).longValue());
            break;
          case 14:
            b.sideBDatasetId(COUNT.read(p, mode).longValue());
            break;
          case 15:
            b.gwnoA(TEXT.read(p, mode));
            break;
          case 16:
            b.gwnoB(TEXT.read(p, mode));
            break;
          case 17:
            b.sourceArticle(TEXT.read(p, mode));
            break;
          case 18:
            b.sourceOffice(TEXT.read(p, mode));
            break;
          case 19:
            b.sourceDate(TEXT.read(p, mode));
            break;
          case 20:
            b.sourceHeadline(TEXT.read(p, mode));
            break;
          case 21:
            b.sourceOriginal(TEXT.read(p, mode));
            break;
          case 22:
            b.country(TEXT.read(p, mode));
            break;
          case 23:
            b.countryId(COUNT.read(p, mode).longValue());
            break;
          case 24:
            b.region(TEXT.read(p, mode));
            break;
          case 25:
            b.deathsLow(COUNT.read(p, mode).longValue());
            break;
          case 26:
            b.deathsHigh(COUNT.read(p, mode).longValue());
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.UcdpCoding value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      OptionalLong v0 = value.conflictId();
      if (v0.isPresent()) {
        g.writeFieldName(N_CONFLICT_ID);
        COUNT.write(v0.getAsLong(), g);
      }
      OptionalLong v1 = value.dyadId();
      if (v1.isPresent()) {
        g.writeFieldName(N_DYAD_ID);
        COUNT.write(v1.getAsLong(), g);
      }
      Optional<org.sitrep.EventClarity> v2 = value.eventClarity();
      if (v2.isPresent()) {
        g.writeFieldName(N_EVENT_CLARITY);
        EVENT_CLARITY.write(v2.get(), g);
      }
      Optional<String> v3 = value.codeStatus();
      if (v3.isPresent()) {
        g.writeFieldName(N_CODE_STATUS);
        TEXT.write(v3.get(), g);
      }
      OptionalLong v4 = value.numberOfSources();
      if (v4.isPresent()) {
        g.writeFieldName(N_NUMBER_OF_SOURCES);
        COUNT.write(v4.getAsLong(), g);
      }
      Optional<String> v5 = value.relid();
      if (v5.isPresent()) {
        g.writeFieldName(N_RELID);
        TEXT.write(v5.get(), g);
      }
      Optional<Boolean> v6 = value.activeYear();
      if (v6.isPresent()) {
        g.writeFieldName(N_ACTIVE_YEAR);
        BOOLEAN.write(v6.get(), g);
      }
      OptionalLong v7 = value.conflictDatasetId();
      if (v7.isPresent()) {
        g.writeFieldName(N_CONFLICT_DATASET_ID);
        COUNT.write(v7.getAsLong(), g);
      }
      Optional<String> v8 = value.conflictName();
      if (v8.isPresent()) {
        g.writeFieldName(N_CONFLICT_NAME);
        TEXT.write(v8.get(), g);
      }
      OptionalLong v9 = value.dyadDatasetId();
      if (v9.isPresent()) {
        g.writeFieldName(N_DYAD_DATASET_ID);
        COUNT.write(v9.getAsLong(), g);
      }
      Optional<String> v10 = value.dyadName();
      if (v10.isPresent()) {
        g.writeFieldName(N_DYAD_NAME);
        TEXT.write(v10.get(), g);
      }
      OptionalLong v11 = value.sideAId();
      if (v11.isPresent()) {
        g.writeFieldName(N_SIDE_A_ID);
        COUNT.write(v11.getAsLong(), g);
      }
      OptionalLong v12 = value.sideADatasetId();
      if (v12.isPresent()) {
        g.writeFieldName(N_SIDE_A_DATASET_ID);
        COUNT.write(v12.getAsLong(), g);
      }
      OptionalLong v13 = value.sideBId();
      if (v13.isPresent()) {
        g.writeFieldName(N_SIDE_B_ID);
        COUNT.write(v13.getAsLong(), g);
      }
      OptionalLong v14 = value.sideBDatasetId();
      if (v14.isPresent()) {
        g.writeFieldName(N_SIDE_B_DATASET_ID);
        COUNT.write(v14.getAsLong(), g);
      }
      Optional<String> v15 = value.gwnoA();
      if (v15.isPresent()) {
        g.writeFieldName(N_GWNO_A);
        TEXT.write(v15.get(), g);
      }
      Optional<String> v16 = value.gwnoB();
      if (v16.isPresent()) {
        g.writeFieldName(N_GWNO_B);
        TEXT.write(v16.get(), g);
      }
      Optional<String> v17 = value.sourceArticle();
      if (v17.isPresent()) {
        g.writeFieldName(N_SOURCE_ARTICLE);
        TEXT.write(v17.get(), g);
      }
      Optional<String> v18 = value.sourceOffice();
      if (v18.isPresent()) {
        g.writeFieldName(N_SOURCE_OFFICE);
        TEXT.write(v18.get(), g);
      }
      Optional<String> v19 = value.sourceDate();
      if (v19.isPresent()) {
        g.writeFieldName(N_SOURCE_DATE);
        TEXT.write(v19.get(), g);
      }
      Optional<String> v20 = value.sourceHeadline();
      if (v20.isPresent()) {
        g.writeFieldName(N_SOURCE_HEADLINE);
        TEXT.write(v20.get(), g);
      }
      Optional<String> v21 = value.sourceOriginal();
      if (v21.isPresent()) {
        g.writeFieldName(N_SOURCE_ORIGINAL);
        TEXT.write(v21.get(), g);
      }
      Optional<String> v22 = value.country();
      if (v22.isPresent()) {
        g.writeFieldName(N_COUNTRY);
        TEXT.write(v22.get(), g);
      }
      OptionalLong v23 = value.countryId();
      if (v23.isPresent()) {
        g.writeFieldName(N_COUNTRY_ID);
        COUNT.write(v23.getAsLong(), g);
      }
      Optional<String> v24 = value.region();
      if (v24.isPresent()) {
        g.writeFieldName(N_REGION);
        TEXT.write(v24.get(), g);
      }
      OptionalLong v25 = value.deathsLow();
      if (v25.isPresent()) {
        g.writeFieldName(N_DEATHS_LOW);
        COUNT.write(v25.getAsLong(), g);
      }
      OptionalLong v26 = value.deathsHigh();
      if (v26.isPresent()) {
        g.writeFieldName(N_DEATHS_HIGH);
        COUNT.write(v26.getAsLong(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Engagement}. */
  static final class EngagementCodec extends ObjectCodec<org.sitrep.Engagement> {
    static final EngagementCodec INSTANCE = new EngagementCodec();

    private static final SerializableString N_MEANS = new SerializedString("means");
    private static final SerializableString N_LAUNCHED = new SerializedString("launched");
    private static final SerializableString N_STOPPED = new SerializedString("stopped");
    private static final SerializableString N_STOPPED_SHARE = new SerializedString("stopped_share");
    private static final SerializableString N_HIT = new SerializedString("hit");
    private static final SerializableString N_METHODS = new SerializedString("methods");
    private static final SerializableString N_INTERCEPTORS = new SerializedString("interceptors");
    private static final SerializableString N_CLAIM = new SerializedString("claim");
    private static final SerializableString N_PHRASE = new SerializedString("phrase");

    private EngagementCodec() {
      super(WireTypes.ENGAGEMENT);
    }

    @Override
    public org.sitrep.Engagement read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Engagement.Builder b = org.sitrep.Engagement.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.means(MEANS.read(p, mode));
            break;
          case 1:
            b.launched(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.stopped(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 3:
            b.stoppedShare(PROPORTION.read(p, mode));
            break;
          case 4:
            b.hit(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 5:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addMethod(INTERCEPTION_METHOD.read(p, mode));
            }
            break;
          case 6:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addInterceptor(ActorCodec.INSTANCE.read(p, mode));
            }
            break;
          case 7:
            b.claim(CLAIM_ID.read(p, mode));
            break;
          case 8:
            b.phrase(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Engagement value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_MEANS);
      MEANS.write(value.means(), g);
      Optional<org.sitrep.Estimate> v1 = value.launched();
      if (v1.isPresent()) {
        g.writeFieldName(N_LAUNCHED);
        EstimateCodec.INSTANCE.write(v1.get(), g);
      }
      Optional<org.sitrep.Estimate> v2 = value.stopped();
      if (v2.isPresent()) {
        g.writeFieldName(N_STOPPED);
        EstimateCodec.INSTANCE.write(v2.get(), g);
      }
      Optional<org.sitrep.Proportion> v3 = value.stoppedShare();
      if (v3.isPresent()) {
        g.writeFieldName(N_STOPPED_SHARE);
        PROPORTION.write(v3.get(), g);
      }
      Optional<org.sitrep.Estimate> v4 = value.hit();
      if (v4.isPresent()) {
        g.writeFieldName(N_HIT);
        EstimateCodec.INSTANCE.write(v4.get(), g);
      }
      List<org.sitrep.InterceptionMethod> v5 = value.methods();
      if (!v5.isEmpty()) {
        g.writeFieldName(N_METHODS);
        g.writeStartArray(v5, v5.size());
        for (org.sitrep.InterceptionMethod item : v5) {
          INTERCEPTION_METHOD.write(item, g);
        }
        g.writeEndArray();
      }
      List<org.sitrep.Actor> v6 = value.interceptors();
      if (!v6.isEmpty()) {
        g.writeFieldName(N_INTERCEPTORS);
        g.writeStartArray(v6, v6.size());
        for (org.sitrep.Actor item : v6) {
          ActorCodec.INSTANCE.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<org.sitrep.ClaimId> v7 = value.claim();
      if (v7.isPresent()) {
        g.writeFieldName(N_CLAIM);
        CLAIM_ID.write(v7.get(), g);
      }
      Optional<String> v8 = value.phrase();
      if (v8.isPresent()) {
        g.writeFieldName(N_PHRASE);
        TEXT.write(v8.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code RelativePosition}. */
  static final class RelativePositionCodec extends ObjectCodec<org.sitrep.RelativePosition> {
    static final RelativePositionCodec INSTANCE = new RelativePositionCodec();

    private static final SerializableString N_DIRECTION = new SerializedString("direction");
    private static final SerializableString N_DISTANCE_KM = new SerializedString("distance_km");
    private static final SerializableString N_REFERENCE = new SerializedString("reference");
    private static final SerializableString N_PHRASE = new SerializedString("phrase");

    private RelativePositionCodec() {
      super(WireTypes.RELATIVE_POSITION);
    }

    @Override
    public org.sitrep.RelativePosition read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.RelativePosition.Builder b = org.sitrep.RelativePosition.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.direction(COMPASS_DIRECTION.read(p, mode));
            break;
          case 1:
            b.distanceKm(EstimateCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.reference(TEXT.read(p, mode));
            break;
          case 3:
            b.phrase(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.RelativePosition value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      Optional<org.sitrep.CompassDirection> v0 = value.direction();
      if (v0.isPresent()) {
        g.writeFieldName(N_DIRECTION);
        COMPASS_DIRECTION.write(v0.get(), g);
      }
      Optional<org.sitrep.Estimate> v1 = value.distanceKm();
      if (v1.isPresent()) {
        g.writeFieldName(N_DISTANCE_KM);
        EstimateCodec.INSTANCE.write(v1.get(), g);
      }
      g.writeFieldName(N_REFERENCE);
      TEXT.write(value.reference(), g);
      Optional<String> v3 = value.phrase();
      if (v3.isPresent()) {
        g.writeFieldName(N_PHRASE);
        TEXT.write(v3.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code IncidentLink}. */
  static final class IncidentLinkCodec extends ObjectCodec<org.sitrep.IncidentLink> {
    static final IncidentLinkCodec INSTANCE = new IncidentLinkCodec();

    private static final SerializableString N_RELATION = new SerializedString("relation");
    private static final SerializableString N_INCIDENT = new SerializedString("incident");
    private static final SerializableString N_GLOBAL_ID = new SerializedString("global_id");
    private static final SerializableString N_CLAIM = new SerializedString("claim");

    private IncidentLinkCodec() {
      super(WireTypes.INCIDENT_LINK);
    }

    @Override
    public org.sitrep.IncidentLink read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.IncidentLink.Builder b = org.sitrep.IncidentLink.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.relation(INCIDENT_RELATION.read(p, mode));
            break;
          case 1:
            b.incident(INCIDENT_ID.read(p, mode));
            break;
          case 2:
            b.globalId(GLOBAL_ID.read(p, mode));
            break;
          case 3:
            b.claim(CLAIM_ID.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.IncidentLink value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_RELATION);
      INCIDENT_RELATION.write(value.relation(), g);
      Optional<org.sitrep.IncidentId> v1 = value.incident();
      if (v1.isPresent()) {
        g.writeFieldName(N_INCIDENT);
        INCIDENT_ID.write(v1.get(), g);
      }
      Optional<org.sitrep.GlobalId> v2 = value.globalId();
      if (v2.isPresent()) {
        g.writeFieldName(N_GLOBAL_ID);
        GLOBAL_ID.write(v2.get(), g);
      }
      Optional<org.sitrep.ClaimId> v3 = value.claim();
      if (v3.isPresent()) {
        g.writeFieldName(N_CLAIM);
        CLAIM_ID.write(v3.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Assessment}. */
  static final class AssessmentCodec extends ObjectCodec<org.sitrep.Assessment> {
    static final AssessmentCodec INSTANCE = new AssessmentCodec();

    private static final SerializableString N_ASSESSOR = new SerializedString("assessor");
    private static final SerializableString N_ASSESSED_ON = new SerializedString("assessed_on");
    private static final SerializableString N_RESULT = new SerializedString("result");
    private static final SerializableString N_METHODS = new SerializedString("methods");
    private static final SerializableString N_STATEMENT = new SerializedString("statement");

    private AssessmentCodec() {
      super(WireTypes.ASSESSMENT);
    }

    @Override
    public org.sitrep.Assessment read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Assessment.Builder b = org.sitrep.Assessment.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.assessor(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 1:
            b.assessedOn(ReportedTimeCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.result(VERIFICATION_STATUS.read(p, mode));
            break;
          case 3:
            startList(p);
            for (int n = 0; nextElement(p, n); n++) {
              b.addMethod(VERIFICATION_METHOD.read(p, mode));
            }
            break;
          case 4:
            b.statement(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Assessment value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ASSESSOR);
      ActorCodec.INSTANCE.write(value.assessor(), g);
      Optional<org.sitrep.ReportedTime> v1 = value.assessedOn();
      if (v1.isPresent()) {
        g.writeFieldName(N_ASSESSED_ON);
        ReportedTimeCodec.INSTANCE.write(v1.get(), g);
      }
      g.writeFieldName(N_RESULT);
      VERIFICATION_STATUS.write(value.result(), g);
      List<org.sitrep.VerificationMethod> v3 = value.methods();
      if (!v3.isEmpty()) {
        g.writeFieldName(N_METHODS);
        g.writeStartArray(v3, v3.size());
        for (org.sitrep.VerificationMethod item : v3) {
          VERIFICATION_METHOD.write(item, g);
        }
        g.writeEndArray();
      }
      Optional<String> v4 = value.statement();
      if (v4.isPresent()) {
        g.writeFieldName(N_STATEMENT);
        TEXT.write(v4.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Evidence}. */
  static final class EvidenceCodec extends ObjectCodec<org.sitrep.Evidence> {
    static final EvidenceCodec INSTANCE = new EvidenceCodec();

    private static final SerializableString N_KIND = new SerializedString("kind");
    private static final SerializableString N_URL = new SerializedString("url");
    private static final SerializableString N_ARCHIVE_URL = new SerializedString("archive_url");
    private static final SerializableString N_HASH = new SerializedString("hash");
    private static final SerializableString N_CAPTURED_AT = new SerializedString("captured_at");
    private static final SerializableString N_DESCRIPTION = new SerializedString("description");

    private EvidenceCodec() {
      super(WireTypes.EVIDENCE);
    }

    @Override
    public org.sitrep.Evidence read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Evidence.Builder b = org.sitrep.Evidence.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.kind(EVIDENCE_KIND.read(p, mode));
            break;
          case 1:
            b.url(HTTP_URL.read(p, mode));
            break;
          case 2:
            b.archiveUrl(HTTP_URL.read(p, mode));
            break;
          case 3:
            b.hash(ContentHashCodec.INSTANCE.read(p, mode));
            break;
          case 4:
            b.capturedAt(DATE_TIME.read(p, mode));
            break;
          case 5:
            b.description(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Evidence value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_KIND);
      EVIDENCE_KIND.write(value.kind(), g);
      Optional<java.net.URI> v1 = value.url();
      if (v1.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v1.get(), g);
      }
      Optional<java.net.URI> v2 = value.archiveUrl();
      if (v2.isPresent()) {
        g.writeFieldName(N_ARCHIVE_URL);
        HTTP_URL.write(v2.get(), g);
      }
      Optional<org.sitrep.ContentHash> v3 = value.hash();
      if (v3.isPresent()) {
        g.writeFieldName(N_HASH);
        ContentHashCodec.INSTANCE.write(v3.get(), g);
      }
      Optional<java.time.OffsetDateTime> v4 = value.capturedAt();
      if (v4.isPresent()) {
        g.writeFieldName(N_CAPTURED_AT);
        DATE_TIME.write(v4.get(), g);
      }
      Optional<String> v5 = value.description();
      if (v5.isPresent()) {
        g.writeFieldName(N_DESCRIPTION);
        TEXT.write(v5.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code ContentHash}. */
  static final class ContentHashCodec extends ObjectCodec<org.sitrep.ContentHash> {
    static final ContentHashCodec INSTANCE = new ContentHashCodec();

    private static final SerializableString N_ALGORITHM = new SerializedString("algorithm");
    private static final SerializableString N_HEX = new SerializedString("hex");

    private ContentHashCodec() {
      super(WireTypes.CONTENT_HASH);
    }

    @Override
    public org.sitrep.ContentHash read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.ContentHash.Builder b = org.sitrep.ContentHash.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.algorithm(HASH_ALGORITHM.read(p, mode));
            break;
          case 1:
            b.hex(HEX_DIGEST.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.ContentHash value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_ALGORITHM);
      HASH_ALGORITHM.write(value.algorithm(), g);
      g.writeFieldName(N_HEX);
      HEX_DIGEST.write(value.hex(), g);
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Coding}. */
  static final class CodingCodec extends ObjectCodec<org.sitrep.Coding> {
    static final CodingCodec INSTANCE = new CodingCodec();

    private static final SerializableString N_METHOD = new SerializedString("method");
    private static final SerializableString N_CODER = new SerializedString("coder");
    private static final SerializableString N_MODEL = new SerializedString("model");
    private static final SerializableString N_PROBABILITY = new SerializedString("probability");
    private static final SerializableString N_CODED_AT = new SerializedString("coded_at");
    private static final SerializableString N_CONFIDENCE = new SerializedString("confidence");

    private CodingCodec() {
      super(WireTypes.CODING);
    }

    @Override
    public org.sitrep.Coding read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Coding.Builder b = org.sitrep.Coding.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.method(CODING_METHOD.read(p, mode));
            break;
          case 1:
            b.coder(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 2:
            b.model(TEXT.read(p, mode));
            break;
          case 3:
            b.probability(PROBABILITY.read(p, mode));
            break;
          case 4:
            b.codedAt(DATE_TIME.read(p, mode));
            break;
          case 5:
            b.confidence(ConfidenceCodec.INSTANCE.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Coding value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_METHOD);
      CODING_METHOD.write(value.method(), g);
      Optional<org.sitrep.Actor> v1 = value.coder();
      if (v1.isPresent()) {
        g.writeFieldName(N_CODER);
        ActorCodec.INSTANCE.write(v1.get(), g);
      }
      Optional<String> v2 = value.model();
      if (v2.isPresent()) {
        g.writeFieldName(N_MODEL);
        TEXT.write(v2.get(), g);
      }
      Optional<Double> v3 = value.probability();
      if (v3.isPresent()) {
        g.writeFieldName(N_PROBABILITY);
        PROBABILITY.write(v3.get(), g);
      }
      Optional<java.time.OffsetDateTime> v4 = value.codedAt();
      if (v4.isPresent()) {
        g.writeFieldName(N_CODED_AT);
        DATE_TIME.write(v4.get(), g);
      }
      Optional<org.sitrep.Confidence> v5 = value.confidence();
      if (v5.isPresent()) {
        g.writeFieldName(N_CONFIDENCE);
        ConfidenceCodec.INSTANCE.write(v5.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Confidence}. */
  static final class ConfidenceCodec extends ObjectCodec<org.sitrep.Confidence> {
    static final ConfidenceCodec INSTANCE = new ConfidenceCodec();

    private static final SerializableString N_SCORE = new SerializedString("score");
    private static final SerializableString N_LEVEL = new SerializedString("level");

    private ConfidenceCodec() {
      super(WireTypes.CONFIDENCE);
    }

    @Override
    public org.sitrep.Confidence read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Confidence.Builder b = org.sitrep.Confidence.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.score(CONFIDENCE_SCORE.read(p, mode).longValue());
            break;
          case 1:
            b.level(CONFIDENCE_LEVEL.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Confidence value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      OptionalLong v0 = value.score();
      if (v0.isPresent()) {
        g.writeFieldName(N_SCORE);
        CONFIDENCE_SCORE.write(v0.getAsLong(), g);
      }
      Optional<org.sitrep.ConfidenceLevel> v1 = value.level();
      if (v1.isPresent()) {
        g.writeFieldName(N_LEVEL);
        CONFIDENCE_LEVEL.write(v1.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Syndication}. */
  static final class SyndicationCodec extends ObjectCodec<org.sitrep.Syndication> {
    static final SyndicationCodec INSTANCE = new SyndicationCodec();

    private static final SerializableString N_AGENCY = new SerializedString("agency");
    private static final SerializableString N_URL = new SerializedString("url");
    private static final SerializableString N_PUBLISHED_AT = new SerializedString("published_at");
    private static final SerializableString N_BYLINE = new SerializedString("byline");

    private SyndicationCodec() {
      super(WireTypes.SYNDICATION);
    }

    @Override
    public org.sitrep.Syndication read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Syndication.Builder b = org.sitrep.Syndication.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.agency(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 1:
            b.url(HTTP_URL.read(p, mode));
            break;
          case 2:
            b.publishedAt(DATE_TIME.read(p, mode));
            break;
          case 3:
            b.byline(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Syndication value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_AGENCY);
      ActorCodec.INSTANCE.write(value.agency(), g);
      Optional<java.net.URI> v1 = value.url();
      if (v1.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v1.get(), g);
      }
      Optional<java.time.OffsetDateTime> v2 = value.publishedAt();
      if (v2.isPresent()) {
        g.writeFieldName(N_PUBLISHED_AT);
        DATE_TIME.write(v2.get(), g);
      }
      Optional<String> v3 = value.byline();
      if (v3.isPresent()) {
        g.writeFieldName(N_BYLINE);
        TEXT.write(v3.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Publication}. */
  static final class PublicationCodec extends ObjectCodec<org.sitrep.Publication> {
    static final PublicationCodec INSTANCE = new PublicationCodec();

    private static final SerializableString N_PUBLISHER = new SerializedString("publisher");
    private static final SerializableString N_URL = new SerializedString("url");
    private static final SerializableString N_PUBLISHED_AT = new SerializedString("published_at");
    private static final SerializableString N_HEADLINE = new SerializedString("headline");

    private PublicationCodec() {
      super(WireTypes.PUBLICATION);
    }

    @Override
    public org.sitrep.Publication read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Publication.Builder b = org.sitrep.Publication.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.publisher(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 1:
            b.url(HTTP_URL.read(p, mode));
            break;
          case 2:
            b.publishedAt(DATE_TIME.read(p, mode));
            break;
          case 3:
            b.headline(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Publication value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_PUBLISHER);
      ActorCodec.INSTANCE.write(value.publisher(), g);
      Optional<java.net.URI> v1 = value.url();
      if (v1.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v1.get(), g);
      }
      Optional<java.time.OffsetDateTime> v2 = value.publishedAt();
      if (v2.isPresent()) {
        g.writeFieldName(N_PUBLISHED_AT);
        DATE_TIME.write(v2.get(), g);
      }
      Optional<String> v3 = value.headline();
      if (v3.isPresent()) {
        g.writeFieldName(N_HEADLINE);
        TEXT.write(v3.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Licence}. */
  static final class LicenceCodec extends ObjectCodec<org.sitrep.Licence> {
    static final LicenceCodec INSTANCE = new LicenceCodec();

    private static final SerializableString N_SPDX_ID = new SerializedString("spdx_id");
    private static final SerializableString N_URL = new SerializedString("url");
    private static final SerializableString N_ATTRIBUTION = new SerializedString("attribution");

    private LicenceCodec() {
      super(WireTypes.LICENCE);
    }

    @Override
    public org.sitrep.Licence read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Licence.Builder b = org.sitrep.Licence.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.spdxId(SPDX_ID.read(p, mode));
            break;
          case 1:
            b.url(HTTP_URL.read(p, mode));
            break;
          case 2:
            b.attribution(TEXT.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Licence value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      Optional<String> v0 = value.spdxId();
      if (v0.isPresent()) {
        g.writeFieldName(N_SPDX_ID);
        SPDX_ID.write(v0.get(), g);
      }
      Optional<java.net.URI> v1 = value.url();
      if (v1.isPresent()) {
        g.writeFieldName(N_URL);
        HTTP_URL.write(v1.get(), g);
      }
      Optional<String> v2 = value.attribution();
      if (v2.isPresent()) {
        g.writeFieldName(N_ATTRIBUTION);
        TEXT.write(v2.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }

  /** The codec of {@code Withdrawal}. */
  static final class WithdrawalCodec extends ObjectCodec<org.sitrep.Withdrawal> {
    static final WithdrawalCodec INSTANCE = new WithdrawalCodec();

    private static final SerializableString N_WITHDRAWS = new SerializedString("withdraws");
    private static final SerializableString N_SCHEMA_VERSION = new SerializedString("schema_version");
    private static final SerializableString N_KIND = new SerializedString("kind");
    private static final SerializableString N_WITHDRAWN_AT = new SerializedString("withdrawn_at");
    private static final SerializableString N_BY = new SerializedString("by");
    private static final SerializableString N_REASON = new SerializedString("reason");
    private static final SerializableString N_REPLACED_BY = new SerializedString("replaced_by");

    private WithdrawalCodec() {
      super(WireTypes.WITHDRAWAL);
    }

    @Override
    public org.sitrep.Withdrawal read(JsonParser p, ReadMode mode) throws IOException {
      org.sitrep.Withdrawal.Builder b = org.sitrep.Withdrawal.builder();
      long seen = 0;
      Map<String, String> extensions = null;
      int next = 0;
      for (String name = start(p); name != null; name = p.nextFieldName()) {
        int i = find(name, next);
        if (i < 0) {
          extensions = extension(p, mode, name, extensions);
          continue;
        }
        seen = see(p, seen, i);
        next = i + 1;
        p.nextToken();
        switch (i) {
          case 0:
            b.withdraws(REPORT_ID.read(p, mode));
            break;
          case 1:
            b.schemaVersion(SCHEMA_VERSION.read(p, mode));
            break;
          case 2:
            b.kind(WITHDRAWAL_KIND.read(p, mode));
            break;
          case 3:
            b.withdrawnAt(DATE_TIME.read(p, mode));
            break;
          case 4:
            b.by(ActorCodec.INSTANCE.read(p, mode));
            break;
          case 5:
            b.reason(TEXT.read(p, mode));
            break;
          case 6:
            b.replacedBy(REPORT_ID.read(p, mode));
            break;
          default:
            throw new IllegalStateException("no property " + i);
        }
      }
      requireAll(p, seen);
      if (extensions != null) {
        b.putAllExtensions(extensions);
      }
      try {
        return b.build();
      } catch (SitrepValidationException e) {
        throw refused(p, e);
      }
    }

    @Override
    public void write(org.sitrep.Withdrawal value, JsonGenerator g) throws IOException {
      g.writeStartObject(value);
      g.writeFieldName(N_WITHDRAWS);
      REPORT_ID.write(value.withdraws(), g);
      g.writeFieldName(N_SCHEMA_VERSION);
      SCHEMA_VERSION.write(value.schemaVersion(), g);
      g.writeFieldName(N_KIND);
      WITHDRAWAL_KIND.write(value.kind(), g);
      g.writeFieldName(N_WITHDRAWN_AT);
      DATE_TIME.write(value.withdrawnAt(), g);
      Optional<org.sitrep.Actor> v4 = value.by();
      if (v4.isPresent()) {
        g.writeFieldName(N_BY);
        ActorCodec.INSTANCE.write(v4.get(), g);
      }
      Optional<String> v5 = value.reason();
      if (v5.isPresent()) {
        g.writeFieldName(N_REASON);
        TEXT.write(v5.get(), g);
      }
      Optional<org.sitrep.ReportId> v6 = value.replacedBy();
      if (v6.isPresent()) {
        g.writeFieldName(N_REPLACED_BY);
        REPORT_ID.write(v6.get(), g);
      }
      writeExtensions(value.extensions(), g);
      g.writeEndObject();
    }
  }
}
