package org.sitrep.wire;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.regex.Pattern;
import org.sitrep.ActorKind;
import org.sitrep.AidCategory;
import org.sitrep.AidPackageId;
import org.sitrep.AidStage;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.ChannelKind;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.DamageKind;
import org.sitrep.EstimateQualifier;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPrecision;
import org.sitrep.Identifier;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.ItemCategory;
import org.sitrep.Means;
import org.sitrep.PopulationGroup;
import org.sitrep.PostId;
import org.sitrep.ReportId;
import org.sitrep.SiteKind;
import org.sitrep.TimePrecision;
import org.sitrep.VerificationStatus;

/**
 * The codecs of single values: text, numbers, dates, URLs, codes and ids, each named after the
 * JSON Schema definition that describes it. The object types are in {@link WireTypes}.
 */
public final class WireValues {
  private WireValues() {}

  // ---- text ----------------------------------------------------------------------------------
  /** Free text, trimmed and never blank (the core checks). */
  public static final WireValue<String> TEXT = plain("Text");
  /** An ISO 3166-1 alpha-2 country code (the core checks). */
  public static final WireValue<String> COUNTRY_CODE = plain("CountryCode");
  /** An ISO 3166-2 subdivision code (the core checks). */
  public static final WireValue<String> SUBDIVISION_CODE = plain("SubdivisionCode");
  /** A BCP 47 language tag (the core checks). */
  public static final WireValue<String> LANGUAGE_TAG = plain("LanguageTag");
  /** An account handle (the core checks). */
  public static final WireValue<String> HANDLE = plain("Handle");
  /** A row's id in a dataset (the core checks). */
  public static final WireValue<String> DATASET_RECORD_ID = plain("DatasetRecordId");
  /** An id in a gazetteer, whose form depends on the scheme (the core checks). */
  public static final WireValue<String> GAZETTEER_ID = plain("GazetteerId");
  /** An SPDX licence id: {@code "CC-BY-4.0"} (the core checks its form). */
  public static final WireValue<String> SPDX_ID = plain("SpdxId");
  /** A digest in lowercase hexadecimal (the core checks its length). */
  public static final WireValue<String> HEX_DIGEST = plain("HexDigest");

  /** A report's schema version, {@code MAJOR.MINOR}. */
  public static final WireValue<String> SCHEMA_VERSION = WireValue.schemaVersion();

  // ---- numbers, booleans ---------------------------------------------------------------------
  /** A whole number of at least zero (the core checks the sign). */
  public static final WireValue<Long> COUNT = WireValue.integer("Count");
  /** Degrees north of the equator. */
  public static final WireValue<Double> LATITUDE = WireValue.number("Latitude");
  /** Degrees east of Greenwich. */
  public static final WireValue<Double> LONGITUDE = WireValue.number("Longitude");
  /** A boolean. */
  public static final WireValue<Boolean> BOOLEAN = WireValue.bool("Boolean");
  /** A confidence score from 0 to 100 (the core checks the range). */
  public static final WireValue<Long> CONFIDENCE_SCORE = WireValue.integer("ConfidenceScore");
  /** A probability from 0 to 1 (the core checks the range). */
  public static final WireValue<Double> PROBABILITY = WireValue.number("Probability");

  // ---- formatted strings ---------------------------------------------------------------------
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern CURRENCY_PATTERN = Pattern.compile("[A-Z]{3}");

  /** A money amount: a decimal string such as {@code "175000000"} or {@code "12.50"}. */
  public static final WireValue<BigDecimal> DECIMAL_AMOUNT =
      WireValue.text(
          BigDecimal.class,
          "DecimalAmount",
          "a decimal amount as a string of at most "
              + Limits.MAX_NUMBER_LENGTH
              + " characters, digits with an optional '.' and fraction, e.g. \"175000000\"",
          s -> {
            if (s.length() > Limits.MAX_NUMBER_LENGTH || !DECIMAL.matcher(s).matches()) {
              throw new IllegalArgumentException();
            }
            return new BigDecimal(s);
          },
          BigDecimal::toPlainString);

  /** An ISO 4217 currency code. */
  public static final WireValue<Currency> CURRENCY =
      WireValue.text(
          Currency.class,
          "CurrencyCode",
          "an ISO 4217 currency code such as USD",
          s -> {
            if (!CURRENCY_PATTERN.matcher(s).matches()) {
              throw new IllegalArgumentException();
            }
            return Currency.getInstance(s);
          },
          Currency::getCurrencyCode);

  /** An absolute or relative URI; the core decides which are allowed where. */
  public static final WireValue<URI> HTTP_URL =
      WireValue.text(URI.class, "HttpUrl", "a URI", URI::new, URI::toString);

  /** An ISO-8601 calendar date. */
  public static final WireValue<LocalDate> DATE =
      WireValue.text(
          LocalDate.class,
          "Date",
          "an ISO-8601 date such as 2023-09-07",
          IsoDates::date,
          LocalDate::toString);

  /** An ISO-8601 date and time with its UTC offset, kept as written. */
  public static final WireValue<OffsetDateTime> DATE_TIME =
      WireValue.text(
          OffsetDateTime.class,
          "DateTime",
          "an ISO-8601 date and time with an offset, such as 2023-09-07T06:30:00+03:00",
          IsoDates::dateTime,
          IsoDates::format);

  private static final java.time.format.DateTimeFormatter CLOCK =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm:ssXXX", java.util.Locale.ROOT);

  /** A clock time with its UTC offset, {@code HH:mm:ss} and the offset: {@code "04:30:00+03:00"}. */
  public static final WireValue<java.time.OffsetTime> CLOCK_TIME =
      WireValue.text(
          java.time.OffsetTime.class,
          "ClockTime",
          "a clock time with an offset, such as 04:30:00+03:00",
          s -> java.time.OffsetTime.parse(s, java.time.format.DateTimeFormatter.ISO_OFFSET_TIME),
          t -> CLOCK.format(t));


  // ---- ids -----------------------------------------------------------------------------------
  /** A report's id. */
  public static final WireValue<ReportId> REPORT_ID = id(ReportId.class, ReportId::of);
  /** An incident's id. */
  public static final WireValue<IncidentId> INCIDENT_ID = id(IncidentId.class, IncidentId::of);
  /** A casualty figure's id. */
  public static final WireValue<CasualtyId> CASUALTY_ID = id(CasualtyId.class, CasualtyId::of);
  /** A claim's id. */
  public static final WireValue<ClaimId> CLAIM_ID = id(ClaimId.class, ClaimId::of);
  /** An aid package's id. */
  public static final WireValue<AidPackageId> AID_PACKAGE_ID =
      id(AidPackageId.class, AidPackageId::of);
  /** An embedded post's id. */
  public static final WireValue<PostId> POST_ID = id(PostId.class, PostId::of);
  /** A name across reports: a URI with a scheme. */
  public static final WireValue<org.sitrep.GlobalId> GLOBAL_ID =
      WireValue.text(
          org.sitrep.GlobalId.class,
          "GlobalId",
          "a URI with a scheme, such as urn:acled:UKR123456",
          org.sitrep.GlobalId::of,
          org.sitrep.GlobalId::value);

  // ---- open vocabularies ---------------------------------------------------------------------
  /** {@link ActorKind}. */
  public static final WireValue<ActorKind> ACTOR_KIND =
      WireValue.open(ActorKind.class, ActorKind::of, ActorKind.knownValues());
  /** {@link AidCategory}. */
  public static final WireValue<AidCategory> AID_CATEGORY =
      WireValue.open(AidCategory.class, AidCategory::of, AidCategory.knownValues());
  /** {@link CasualtyOutcome}. */
  public static final WireValue<CasualtyOutcome> CASUALTY_OUTCOME =
      WireValue.open(CasualtyOutcome.class, CasualtyOutcome::of, CasualtyOutcome.knownValues());
  /** {@link org.sitrep.CasualtyCondition}. */
  public static final WireValue<org.sitrep.CasualtyCondition> CASUALTY_CONDITION =
      WireValue.open(
          org.sitrep.CasualtyCondition.class,
          org.sitrep.CasualtyCondition::of,
          org.sitrep.CasualtyCondition.knownValues());
  /** {@link ChannelKind}. */
  public static final WireValue<ChannelKind> CHANNEL_KIND =
      WireValue.open(ChannelKind.class, ChannelKind::of, ChannelKind.knownValues());
  /** {@link ClaimKind}. */
  public static final WireValue<ClaimKind> CLAIM_KIND =
      WireValue.open(ClaimKind.class, ClaimKind::of, ClaimKind.knownValues());
  /** {@link org.sitrep.DatasetScheme}. */
  public static final WireValue<org.sitrep.DatasetScheme> DATASET_SCHEME =
      WireValue.open(
          org.sitrep.DatasetScheme.class,
          org.sitrep.DatasetScheme::of,
          org.sitrep.DatasetScheme.knownValues());
  /** {@link org.sitrep.DamageCause}. */
  public static final WireValue<org.sitrep.DamageCause> DAMAGE_CAUSE =
      WireValue.open(
          org.sitrep.DamageCause.class, org.sitrep.DamageCause::of, org.sitrep.DamageCause.knownValues());
  /** {@link org.sitrep.InterceptionMethod}. */
  public static final WireValue<org.sitrep.InterceptionMethod> INTERCEPTION_METHOD =
      WireValue.open(
          org.sitrep.InterceptionMethod.class,
          org.sitrep.InterceptionMethod::of,
          org.sitrep.InterceptionMethod.knownValues());
  /** {@link org.sitrep.SiteRole}. */
  public static final WireValue<org.sitrep.SiteRole> SITE_ROLE =
      WireValue.open(
          org.sitrep.SiteRole.class, org.sitrep.SiteRole::of, org.sitrep.SiteRole.knownValues());
  /** {@link DamageKind}. */
  public static final WireValue<DamageKind> DAMAGE_KIND =
      WireValue.open(DamageKind.class, DamageKind::of, DamageKind.knownValues());
  /** {@link org.sitrep.Demographic}. */
  public static final WireValue<org.sitrep.Demographic> DEMOGRAPHIC =
      WireValue.open(
          org.sitrep.Demographic.class,
          org.sitrep.Demographic::of,
          org.sitrep.Demographic.knownValues());
  /** {@link GazetteerScheme}. */
  public static final WireValue<GazetteerScheme> GAZETTEER_SCHEME =
      WireValue.open(GazetteerScheme.class, GazetteerScheme::of, GazetteerScheme.knownValues());
  /** {@link IncidentOutcome}. */
  public static final WireValue<IncidentOutcome> INCIDENT_OUTCOME =
      WireValue.open(IncidentOutcome.class, IncidentOutcome::of, IncidentOutcome.knownValues());
  /** {@link IncidentType}. */
  public static final WireValue<IncidentType> INCIDENT_TYPE =
      WireValue.open(IncidentType.class, IncidentType::of, IncidentType.knownValues());
  /** {@link org.sitrep.InjuryCause}. */
  public static final WireValue<org.sitrep.InjuryCause> INJURY_CAUSE =
      WireValue.open(
          org.sitrep.InjuryCause.class,
          org.sitrep.InjuryCause::of,
          org.sitrep.InjuryCause.knownValues());
  /** {@link ItemCategory}. */
  public static final WireValue<ItemCategory> ITEM_CATEGORY =
      WireValue.open(ItemCategory.class, ItemCategory::of, ItemCategory.knownValues());
  /** {@link Means}. */
  public static final WireValue<Means> MEANS =
      WireValue.open(Means.class, Means::of, Means.knownValues());
  /** {@link org.sitrep.PartyRole}. */
  public static final WireValue<org.sitrep.PartyRole> PARTY_ROLE =
      WireValue.open(
          org.sitrep.PartyRole.class, org.sitrep.PartyRole::of, org.sitrep.PartyRole.knownValues());
  /** {@link PopulationGroup}. */
  public static final WireValue<PopulationGroup> POPULATION_GROUP =
      WireValue.open(PopulationGroup.class, PopulationGroup::of, PopulationGroup.knownValues());
  /** {@link AidStage}. */
  public static final WireValue<AidStage> AID_STAGE =
      WireValue.open(AidStage.class, AidStage::of, AidStage.knownValues());
  /** {@link org.sitrep.ClaimTopic}. */
  public static final WireValue<org.sitrep.ClaimTopic> CLAIM_TOPIC =
      WireValue.open(
          org.sitrep.ClaimTopic.class, org.sitrep.ClaimTopic::of, org.sitrep.ClaimTopic.knownValues());
  /** {@link org.sitrep.CodingMethod}. */
  public static final WireValue<org.sitrep.CodingMethod> CODING_METHOD =
      WireValue.open(
          org.sitrep.CodingMethod.class,
          org.sitrep.CodingMethod::of,
          org.sitrep.CodingMethod.knownValues());
  /** {@link org.sitrep.EvidenceKind}. */
  public static final WireValue<org.sitrep.EvidenceKind> EVIDENCE_KIND =
      WireValue.open(
          org.sitrep.EvidenceKind.class,
          org.sitrep.EvidenceKind::of,
          org.sitrep.EvidenceKind.knownValues());
  /** {@link org.sitrep.IncidentRelation}. */
  public static final WireValue<org.sitrep.IncidentRelation> INCIDENT_RELATION =
      WireValue.open(
          org.sitrep.IncidentRelation.class,
          org.sitrep.IncidentRelation::of,
          org.sitrep.IncidentRelation.knownValues());
  /** {@link org.sitrep.VerificationMethod}. */
  public static final WireValue<org.sitrep.VerificationMethod> VERIFICATION_METHOD =
      WireValue.open(
          org.sitrep.VerificationMethod.class,
          org.sitrep.VerificationMethod::of,
          org.sitrep.VerificationMethod.knownValues());
  /** {@link org.sitrep.WithdrawalKind}. */
  public static final WireValue<org.sitrep.WithdrawalKind> WITHDRAWAL_KIND =
      WireValue.open(
          org.sitrep.WithdrawalKind.class,
          org.sitrep.WithdrawalKind::of,
          org.sitrep.WithdrawalKind.knownValues());
  /** {@link SiteKind}. */
  public static final WireValue<SiteKind> SITE_KIND =
      WireValue.open(SiteKind.class, SiteKind::of, SiteKind.knownValues());

  // ---- closed vocabularies -------------------------------------------------------------------
  /** {@link org.sitrep.ConfidenceLevel}. */
  public static final WireValue<org.sitrep.ConfidenceLevel> CONFIDENCE_LEVEL =
      WireValue.closed(org.sitrep.ConfidenceLevel.class);
  /** {@link org.sitrep.HashAlgorithm}. */
  public static final WireValue<org.sitrep.HashAlgorithm> HASH_ALGORITHM =
      WireValue.closed(org.sitrep.HashAlgorithm.class);
  /** {@link org.sitrep.Tlp}. */
  public static final WireValue<org.sitrep.Tlp> TLP = WireValue.closed(org.sitrep.Tlp.class);
  /** {@link EstimateQualifier}. */
  public static final WireValue<EstimateQualifier> ESTIMATE_QUALIFIER =
      WireValue.closed(EstimateQualifier.class);
  /** {@link org.sitrep.ViolenceType}. */
  public static final WireValue<org.sitrep.ViolenceType> VIOLENCE_TYPE =
      WireValue.closed(org.sitrep.ViolenceType.class);
  /** {@link org.sitrep.DisorderType}. */
  public static final WireValue<org.sitrep.DisorderType> DISORDER_TYPE =
      WireValue.closed(org.sitrep.DisorderType.class);
  /** {@link org.sitrep.AcledActorType}. */
  public static final WireValue<org.sitrep.AcledActorType> ACLED_ACTOR_TYPE =
      WireValue.closed(org.sitrep.AcledActorType.class);
  /** {@link org.sitrep.EventClarity}. */
  public static final WireValue<org.sitrep.EventClarity> EVENT_CLARITY =
      WireValue.closed(org.sitrep.EventClarity.class);
  /** {@link org.sitrep.PartOfDay}. */
  public static final WireValue<org.sitrep.PartOfDay> PART_OF_DAY =
      WireValue.closed(org.sitrep.PartOfDay.class);
  /** {@link org.sitrep.TimeAnchor}. */
  public static final WireValue<org.sitrep.TimeAnchor> TIME_ANCHOR =
      WireValue.closed(org.sitrep.TimeAnchor.class);
  /** {@link org.sitrep.CompassDirection}. */
  public static final WireValue<org.sitrep.CompassDirection> COMPASS_DIRECTION =
      WireValue.closed(org.sitrep.CompassDirection.class);
  /** {@link org.sitrep.Proportion}. */
  public static final WireValue<org.sitrep.Proportion> PROPORTION =
      WireValue.closed(org.sitrep.Proportion.class);
  /** {@link org.sitrep.DyadSide}. */
  public static final WireValue<org.sitrep.DyadSide> DYAD_SIDE =
      WireValue.closed(org.sitrep.DyadSide.class);
  /** {@link GeoPrecision}. */
  public static final WireValue<GeoPrecision> GEO_PRECISION =
      WireValue.closed(GeoPrecision.class);
  /** {@link TimePrecision}. */
  public static final WireValue<TimePrecision> TIME_PRECISION =
      WireValue.closed(TimePrecision.class);
  /** {@link VerificationStatus}. */
  public static final WireValue<VerificationStatus> VERIFICATION_STATUS =
      WireValue.closed(VerificationStatus.class);

  /** Every value codec above, in the order declared. */
  private static final java.util.List<WireValue<?>> ALL =
      java.util.List.of(
          TEXT, COUNTRY_CODE, SUBDIVISION_CODE, LANGUAGE_TAG, HANDLE, DATASET_RECORD_ID, GAZETTEER_ID,
          SPDX_ID, HEX_DIGEST, SCHEMA_VERSION, COUNT, LATITUDE, LONGITUDE, BOOLEAN, CONFIDENCE_SCORE,
          PROBABILITY, DECIMAL_AMOUNT, CURRENCY, HTTP_URL, DATE, DATE_TIME, CLOCK_TIME, REPORT_ID,
          INCIDENT_ID, CASUALTY_ID, CLAIM_ID, AID_PACKAGE_ID, POST_ID, GLOBAL_ID, ACTOR_KIND,
          AID_CATEGORY, CASUALTY_CONDITION, CASUALTY_OUTCOME, CHANNEL_KIND, CLAIM_KIND, DAMAGE_CAUSE,
          DAMAGE_KIND, DATASET_SCHEME, DEMOGRAPHIC, INTERCEPTION_METHOD, SITE_ROLE, GAZETTEER_SCHEME,
          INCIDENT_OUTCOME, INCIDENT_TYPE, INJURY_CAUSE, ITEM_CATEGORY, MEANS, PARTY_ROLE,
          POPULATION_GROUP, AID_STAGE, CLAIM_TOPIC, CODING_METHOD, EVIDENCE_KIND, INCIDENT_RELATION,
          VERIFICATION_METHOD, WITHDRAWAL_KIND, SITE_KIND, DISORDER_TYPE, ACLED_ACTOR_TYPE, DYAD_SIDE,
          EVENT_CLARITY,
          ESTIMATE_QUALIFIER, GEO_PRECISION, TIME_PRECISION, VERIFICATION_STATUS, VIOLENCE_TYPE,
          PROPORTION, COMPASS_DIRECTION, PART_OF_DAY, TIME_ANCHOR, CONFIDENCE_LEVEL, HASH_ALGORITHM,
          TLP);

  /**
   * @return every value codec that is not an object type, in the order declared: text, numbers,
   *     dates, URLs, ids, then open and closed vocabularies
   */
  public static java.util.List<WireValue<?>> all() {
    return ALL;
  }

  private static WireValue<String> plain(String schemaName) {
    return WireValue.text(String.class, schemaName, "a string", s -> s, s -> s);
  }

  private static <I extends Identifier> WireValue<I> id(
      Class<I> type, java.util.function.Function<String, I> of) {
    return WireValue.text(type, type.getSimpleName(), "an id", of::apply, Identifier::value);
  }
}
