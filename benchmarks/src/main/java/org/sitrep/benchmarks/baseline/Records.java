package org.sitrep.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

/**
 * The second baseline: Java records, one per Sitrep value type, with the same components and
 * Java types as {@link Pojos}. Jackson binds them through their canonical constructors; nothing
 * is validated and absent values are {@code null}.
 */
public final class Records {
  private Records() {}

  /** Mirrors {@link org.sitrep.Report}. */
  @BaselineJson
  public record Report(
      String id,
      String schemaVersion,
      String headline,
      Actor publisher,
      URI url,
      OffsetDateTime publishedAt,
      LocalDate publishedOn,
      OffsetDateTime modifiedAt,
      List<String> supersedes,
      OffsetDateTime retrievedAt,
      String language,
      String tlp,
      Licence licence,
      List<Actor> authors,
      Syndication syndication,
      List<Publication> otherPublications,
      List<EmbeddedPost> posts,
      List<Incident> incidents,
      List<Claim> claims,
      List<AidPackage> aidPackages) {}

  /** Mirrors {@link org.sitrep.Incident}. */
  @BaselineJson
  public record Incident(
      String id,
      String globalId,
      String type,
      ReportedTime time,
      Location location,
      List<String> means,
      Estimate quantity,
      List<Engagement> engagements,
      String outcome,
      String violenceType,
      List<Party> parties,
      List<Site> sites,
      List<Damage> damage,
      List<Casualty> casualties,
      String summary,
      List<String> claims,
      List<IncidentLink> links,
      List<DatasetRecord> records,
      AcledCoding acled,
      UcdpCoding ucdp,
      Coding coding,
      String tlp,
      Licence licence) {}

  /** Mirrors {@link org.sitrep.DatasetRecord}. */
  @BaselineJson
  public record DatasetRecord(String scheme, String id, OffsetDateTime updatedAt) {}

  /** Mirrors {@link org.sitrep.AcledCoding}. */
  @BaselineJson
  public record AcledCoding(
      List<String> disorderTypes,
      Boolean civilianTargeting,
      String sourceScale,
      List<String> tags,
      String inter1,
      String inter2,
      String region,
      String country,
      String eventDate) {}

  /** Mirrors {@link org.sitrep.UcdpCoding}. */
  @BaselineJson
  public record UcdpCoding(
      Long conflictId,
      Long dyadId,
      String eventClarity,
      String codeStatus,
      Long numberOfSources,
      String relid,
      Boolean activeYear,
      Long conflictDatasetId,
      String conflictName,
      Long dyadDatasetId,
      String dyadName,
      @com.fasterxml.jackson.annotation.JsonProperty("side_a_id") Long sideAId,
      @com.fasterxml.jackson.annotation.JsonProperty("side_a_dataset_id") Long sideADatasetId,
      @com.fasterxml.jackson.annotation.JsonProperty("side_b_id") Long sideBId,
      @com.fasterxml.jackson.annotation.JsonProperty("side_b_dataset_id") Long sideBDatasetId,
      String gwnoA,
      String gwnoB,
      String sourceArticle,
      String sourceOffice,
      String sourceDate,
      String sourceHeadline,
      String sourceOriginal,
      String country,
      Long countryId,
      String region,
      Long deathsLow,
      Long deathsHigh) {}

  /** Mirrors {@link org.sitrep.Claim}. */
  @BaselineJson
  public record Claim(
      String id,
      Actor source,
      Channel channel,
      ReportedTime madeOn,
      String statement,
      String quote,
      String kind,
      String verification,
      List<String> aboutIncidents,
      List<String> aboutCasualties,
      List<String> aboutAidPackages,
      List<String> aboutClaims,
      String post,
      List<String> silentOn,
      List<Assessment> assessments,
      List<Evidence> evidence,
      Coding coding) {}

  /** Mirrors {@link org.sitrep.AidPackage}. */
  @BaselineJson
  public record AidPackage(
      String id,
      Actor donor,
      Actor recipient,
      ReportedTime announcedOn,
      String category,
      MonetaryValue value,
      List<AidItem> items,
      ReportedTime expectedDelivery,
      String stage,
      List<String> related,
      List<String> claims,
      String summary) {}

  /** Mirrors {@link org.sitrep.EmbeddedPost}. */
  @BaselineJson
  public record EmbeddedPost(
      String id,
      Actor author,
      String platform,
      URI url,
      ReportedTime postedOn,
      String text,
      List<URI> links) {}

  /** Mirrors {@link org.sitrep.Actor}. */
  @BaselineJson
  public record Actor(
      String name,
      String kind,
      String role,
      String country,
      String affiliation,
      String handle,
      URI url) {}

  /** Mirrors {@link org.sitrep.Channel}. */
  @BaselineJson
  public record Channel(String kind, String name, URI url) {}

  /** Mirrors {@link org.sitrep.Location}. */
  @BaselineJson
  public record Location(
      String name,
      List<PlaceName> alternateNames,
      String country,
      AdminArea admin1,
      AdminArea admin2,
      AdminArea admin3,
      GeoPoint point,
      String precision,
      DeFactoControl control,
      List<GazetteerRef> gazetteerIds,
      RelativePosition relativeTo,
      String description) {}

  /** Mirrors {@link org.sitrep.RelativePosition}. */
  @BaselineJson
  public record RelativePosition(
      String direction, Estimate distanceKm, String reference, String phrase) {}

  /** Mirrors {@link org.sitrep.PlaceName}. */
  @BaselineJson
  public record PlaceName(String name, String language) {}

  /** Mirrors {@link org.sitrep.AdminArea}. */
  @BaselineJson
  public record AdminArea(String name, String isoCode, List<PlaceName> alternateNames) {}

  /** Mirrors {@link org.sitrep.GeoPoint}. */
  @BaselineJson
  public record GeoPoint(double latitude, double longitude) {}

  /** Mirrors {@link org.sitrep.DeFactoControl}. */
  @BaselineJson
  public record DeFactoControl(Actor controller, ReportedTime asOf, String claim, String phrase) {}

  /** Mirrors {@link org.sitrep.GazetteerRef}. */
  @BaselineJson
  public record GazetteerRef(String scheme, String id) {}

  /** Mirrors {@link org.sitrep.ReportedTime}. */
  @BaselineJson
  public record ReportedTime(
      LocalDate start,
      LocalDate end,
      OffsetDateTime instant,
      String precision,
      String partOfDay,
      String clockTime,
      List<OffsetDateTime> equivalents,
      String anchor,
      String phrase) {}

  /** Mirrors {@link org.sitrep.Estimate}. */
  @BaselineJson
  public record Estimate(Long low, Long best, Long high, String qualifier, String phrase) {}

  /** Mirrors {@link org.sitrep.Engagement}. */
  @BaselineJson
  public record Engagement(
      String means,
      Estimate launched,
      Estimate stopped,
      String stoppedShare,
      Estimate hit,
      List<String> methods,
      List<Actor> interceptors,
      String claim,
      String phrase) {}

  /** Mirrors {@link org.sitrep.Party}. */
  @BaselineJson
  public record Party(Actor actor, String role, String side, String claim, String phrase) {}

  /** Mirrors {@link org.sitrep.Site}. */
  @BaselineJson
  public record Site(String kind, String role, String description) {}

  /** Mirrors {@link org.sitrep.Damage}. */
  @BaselineJson
  public record Damage(String kind, String object, Estimate count, String cause, String causeType) {}

  /** Mirrors {@link org.sitrep.CasualtyGroup}. */
  @BaselineJson
  public record CasualtyGroup(String group, Estimate count) {}

  /** Mirrors {@link org.sitrep.Casualty}. */
  @BaselineJson
  public record Casualty(
      String id,
      String globalId,
      String outcome,
      String population,
      String side,
      Estimate count,
      List<CasualtyGroup> breakdown,
      String condition,
      List<String> causes,
      Location location,
      ReportedTime asOf,
      Boolean provisional,
      String supersedes,
      String claim,
      Coding coding) {}

  /** Mirrors {@link org.sitrep.MonetaryValue}. */
  @BaselineJson
  public record MonetaryValue(
      Money amount, String qualifier, List<Money> equivalents, String phrase) {}

  /** Mirrors {@link org.sitrep.Money}: the amount is a decimal string on the wire. */
  @BaselineJson
  public record Money(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency) {}

  /** Mirrors {@link org.sitrep.AidItem}. */
  @BaselineJson
  public record AidItem(String description, String category, Estimate quantity, String platform) {}

  /** Mirrors {@link org.sitrep.IncidentLink}. */
  @BaselineJson
  public record IncidentLink(
      String relation,
      String incident,
      String globalId,
      String claim) {}

  /** Mirrors {@link org.sitrep.Assessment}. */
  @BaselineJson
  public record Assessment(
      Actor assessor,
      ReportedTime assessedOn,
      String result,
      List<String> methods,
      String statement) {}

  /** Mirrors {@link org.sitrep.Evidence}. */
  @BaselineJson
  public record Evidence(
      String kind,
      URI url,
      URI archiveUrl,
      ContentHash hash,
      OffsetDateTime capturedAt,
      String description) {}

  /** Mirrors {@link org.sitrep.ContentHash}. */
  @BaselineJson
  public record ContentHash(
      String algorithm,
      String hex) {}

  /** Mirrors {@link org.sitrep.Coding}. */
  @BaselineJson
  public record Coding(
      String method,
      Actor coder,
      String model,
      Double probability,
      OffsetDateTime codedAt,
      Confidence confidence) {}

  /** Mirrors {@link org.sitrep.Confidence}. */
  @BaselineJson
  public record Confidence(
      Long score,
      String level) {}

  /** Mirrors {@link org.sitrep.Syndication}. */
  @BaselineJson
  public record Syndication(
      Actor agency,
      URI url,
      OffsetDateTime publishedAt,
      String byline) {}

  /** Mirrors {@link org.sitrep.Publication}. */
  @BaselineJson
  public record Publication(
      Actor publisher,
      URI url,
      OffsetDateTime publishedAt,
      String headline) {}

  /** Mirrors {@link org.sitrep.Licence}. */
  @BaselineJson
  public record Licence(
      String spdxId,
      URI url,
      String attribution) {}
}
