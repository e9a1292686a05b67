package org.sitrep.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

/**
 * The first baseline: plain mutable classes with public fields, one per Sitrep value type, with
 * the same attributes in the same order and the Java types a Jackson user would pick (strings for
 * ids and codes, {@code java.time} for dates, {@code BigDecimal} for money). Bound by a default
 * {@code ObjectMapper} (see {@link Baselines}): nothing is validated, a missing required value is
 * a {@code null}, an unknown property fails the read.
 */
public final class Pojos {
  private Pojos() {}

  /** Mirrors {@link org.sitrep.Report}. */
  @BaselineJson
  public static class Report {
    public String id;
    public String schemaVersion;
    public String headline;
    public Actor publisher;
    public URI url;
    public OffsetDateTime publishedAt;
    public LocalDate publishedOn;
    public OffsetDateTime modifiedAt;
    public List<String> supersedes;
    public OffsetDateTime retrievedAt;
    public String language;
    public String tlp;
    public Licence licence;
    public List<Actor> authors;
    public Syndication syndication;
    public List<Publication> otherPublications;
    public List<EmbeddedPost> posts;
    public List<Incident> incidents;
    public List<Claim> claims;
    public List<AidPackage> aidPackages;
  }

  /** Mirrors {@link org.sitrep.Incident}. */
  @BaselineJson
  public static class Incident {
    public String id;
    public String globalId;
    public String type;
    public ReportedTime time;
    public Location location;
    public List<String> means;
    public Estimate quantity;
    public List<Engagement> engagements;
    public String outcome;
    public String violenceType;
    public List<Party> parties;
    public List<Site> sites;
    public List<Damage> damage;
    public List<Casualty> casualties;
    public String summary;
    public List<String> claims;
    public List<IncidentLink> links;
    public List<DatasetRecord> records;
    public AcledCoding acled;
    public UcdpCoding ucdp;
    public Coding coding;
    public String tlp;
    public Licence licence;
  }

  /** Mirrors {@link org.sitrep.DatasetRecord}. */
  @BaselineJson
  public static class DatasetRecord {
    public String scheme;
    public String id;
    public OffsetDateTime updatedAt;
  }

  /** Mirrors {@link org.sitrep.AcledCoding}. */
  @BaselineJson
  public static class AcledCoding {
    public List<String> disorderTypes;
    public Boolean civilianTargeting;
    public String sourceScale;
    public List<String> tags;
    public String inter1;
    public String inter2;
    public String region;
    public String country;
    public String eventDate;
  }

  /** Mirrors {@link org.sitrep.UcdpCoding}. */
  @BaselineJson
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({
    "conflict_id", "dyad_id", "event_clarity", "code_status", "number_of_sources", "relid", "active_year", "conflict_dataset_id", "conflict_name", "dyad_dataset_id", "dyad_name", "side_a_id", "side_a_dataset_id", "side_b_id", "side_b_dataset_id", "gwno_a", "gwno_b", "source_article", "source_office", "source_date", "source_headline", "source_original", "country", "country_id", "region", "deaths_low", "deaths_high"
  })
  public static class UcdpCoding {
    public Long conflictId;
    public Long dyadId;
    public String eventClarity;
    public String codeStatus;
    public Long numberOfSources;
    public String relid;
    public Boolean activeYear;
    public Long conflictDatasetId;
    public String conflictName;
    public Long dyadDatasetId;
    public String dyadName;
    @com.fasterxml.jackson.annotation.JsonProperty("side_a_id")
    public Long sideAId;
    @com.fasterxml.jackson.annotation.JsonProperty("side_a_dataset_id")
    public Long sideADatasetId;
    @com.fasterxml.jackson.annotation.JsonProperty("side_b_id")
    public Long sideBId;
    @com.fasterxml.jackson.annotation.JsonProperty("side_b_dataset_id")
    public Long sideBDatasetId;
    public String gwnoA;
    public String gwnoB;
    public String sourceArticle;
    public String sourceOffice;
    public String sourceDate;
    public String sourceHeadline;
    public String sourceOriginal;
    public String country;
    public Long countryId;
    public String region;
    public Long deathsLow;
    public Long deathsHigh;
  }

  /** Mirrors {@link org.sitrep.Claim}. */
  @BaselineJson
  public static class Claim {
    public String id;
    public Actor source;
    public Channel channel;
    public ReportedTime madeOn;
    public String statement;
    public String quote;
    public String kind;
    public String verification;
    public List<String> aboutIncidents;
    public List<String> aboutCasualties;
    public List<String> aboutAidPackages;
    public List<String> aboutClaims;
    public String post;
    public List<String> silentOn;
    public List<Assessment> assessments;
    public List<Evidence> evidence;
    public Coding coding;
  }

  /** Mirrors {@link org.sitrep.AidPackage}. */
  @BaselineJson
  public static class AidPackage {
    public String id;
    public Actor donor;
    public Actor recipient;
    public ReportedTime announcedOn;
    public String category;
    public MonetaryValue value;
    public List<AidItem> items;
    public ReportedTime expectedDelivery;
    public String stage;
    public List<String> related;
    public List<String> claims;
    public String summary;
  }

  /** Mirrors {@link org.sitrep.EmbeddedPost}. */
  @BaselineJson
  public static class EmbeddedPost {
    public String id;
    public Actor author;
    public String platform;
    public URI url;
    public ReportedTime postedOn;
    public String text;
    public List<URI> links;
  }

  /** Mirrors {@link org.sitrep.Actor}. */
  @BaselineJson
  public static class Actor {
    public String name;
    public String kind;
    public String role;
    public String country;
    public String affiliation;
    public String handle;
    public URI url;
  }

  /** Mirrors {@link org.sitrep.Channel}. */
  @BaselineJson
  public static class Channel {
    public String kind;
    public String name;
    public URI url;
  }

  /** Mirrors {@link org.sitrep.Location}. */
  @BaselineJson
  public static class Location {
    public String name;
    public List<PlaceName> alternateNames;
    public String country;
    public AdminArea admin1;
    public AdminArea admin2;
    public AdminArea admin3;
    public GeoPoint point;
    public String precision;
    public DeFactoControl control;
    public List<GazetteerRef> gazetteerIds;
    public RelativePosition relativeTo;
    public String description;
  }

  /** Mirrors {@link org.sitrep.RelativePosition}. */
  @BaselineJson
  public static class RelativePosition {
    public String direction;
    public Estimate distanceKm;
    public String reference;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.PlaceName}. */
  @BaselineJson
  public static class PlaceName {
    public String name;
    public String language;
  }

  /** Mirrors {@link org.sitrep.AdminArea}. */
  @BaselineJson
  public static class AdminArea {
    public String name;
    public String isoCode;
    public List<PlaceName> alternateNames;
  }

  /** Mirrors {@link org.sitrep.GeoPoint}. */
  @BaselineJson
  public static class GeoPoint {
    public double latitude;
    public double longitude;
  }

  /** Mirrors {@link org.sitrep.DeFactoControl}. */
  @BaselineJson
  public static class DeFactoControl {
    public Actor controller;
    public ReportedTime asOf;
    public String claim;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.GazetteerRef}. */
  @BaselineJson
  public static class GazetteerRef {
    public String scheme;
    public String id;
  }

  /** Mirrors {@link org.sitrep.ReportedTime}. */
  @BaselineJson
  public static class ReportedTime {
    public LocalDate start;
    public LocalDate end;
    public OffsetDateTime instant;
    public String precision;
    public String partOfDay;
    public String clockTime;
    public List<OffsetDateTime> equivalents;
    public String anchor;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Estimate}. */
  @BaselineJson
  public static class Estimate {
    public Long low;
    public Long best;
    public Long high;
    public String qualifier;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Engagement}. */
  @BaselineJson
  public static class Engagement {
    public String means;
    public Estimate launched;
    public Estimate stopped;
    public String stoppedShare;
    public Estimate hit;
    public List<String> methods;
    public List<Actor> interceptors;
    public String claim;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Party}. */
  @BaselineJson
  public static class Party {
    public Actor actor;
    public String role;
    public String side;
    public String claim;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Site}. */
  @BaselineJson
  public static class Site {
    public String kind;
    public String role;
    public String description;
  }

  /** Mirrors {@link org.sitrep.Damage}. */
  @BaselineJson
  public static class Damage {
    public String kind;
    public String object;
    public Estimate count;
    public String cause;
    public String causeType;
  }

  /** Mirrors {@link org.sitrep.CasualtyGroup}. */
  @BaselineJson
  public static class CasualtyGroup {
    public String group;
    public Estimate count;
  }

  /** Mirrors {@link org.sitrep.Casualty}. */
  @BaselineJson
  public static class Casualty {
    public String id;
    public String globalId;
    public String outcome;
    public String population;
    public String side;
    public Estimate count;
    public List<CasualtyGroup> breakdown;
    public String condition;
    public List<String> causes;
    public Location location;
    public ReportedTime asOf;
    public Boolean provisional;
    public String supersedes;
    public String claim;
    public Coding coding;
  }

  /** Mirrors {@link org.sitrep.MonetaryValue}. */
  @BaselineJson
  public static class MonetaryValue {
    public Money amount;
    public String qualifier;
    public List<Money> equivalents;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Money}: the amount is a decimal string on the wire. */
  @BaselineJson
  public static class Money {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal amount;

    public Currency currency;
  }

  /** Mirrors {@link org.sitrep.AidItem}. */
  @BaselineJson
  public static class AidItem {
    public String description;
    public String category;
    public Estimate quantity;
    public String platform;
  }

  /** Mirrors {@link org.sitrep.IncidentLink}. */
  @BaselineJson
  public static class IncidentLink {
    public String relation;
    public String incident;
    public String globalId;
    public String claim;
  }

  /** Mirrors {@link org.sitrep.Assessment}. */
  @BaselineJson
  public static class Assessment {
    public Actor assessor;
    public ReportedTime assessedOn;
    public String result;
    public List<String> methods;
    public String statement;
  }

  /** Mirrors {@link org.sitrep.Evidence}. */
  @BaselineJson
  public static class Evidence {
    public String kind;
    public URI url;
    public URI archiveUrl;
    public ContentHash hash;
    public OffsetDateTime capturedAt;
    public String description;
  }

  /** Mirrors {@link org.sitrep.ContentHash}. */
  @BaselineJson
  public static class ContentHash {
    public String algorithm;
    public String hex;
  }

  /** Mirrors {@link org.sitrep.Coding}. */
  @BaselineJson
  public static class Coding {
    public String method;
    public Actor coder;
    public String model;
    public Double probability;
    public OffsetDateTime codedAt;
    public Confidence confidence;
  }

  /** Mirrors {@link org.sitrep.Confidence}. */
  @BaselineJson
  public static class Confidence {
    public Long score;
    public String level;
  }

  /** Mirrors {@link org.sitrep.Syndication}. */
  @BaselineJson
  public static class Syndication {
    public Actor agency;
    public URI url;
    public OffsetDateTime publishedAt;
    public String byline;
  }

  /** Mirrors {@link org.sitrep.Publication}. */
  @BaselineJson
  public static class Publication {
    public Actor publisher;
    public URI url;
    public OffsetDateTime publishedAt;
    public String headline;
  }

  /** Mirrors {@link org.sitrep.Licence}. */
  @BaselineJson
  public static class Licence {
    public String spdxId;
    public URI url;
    public String attribution;
  }
}
