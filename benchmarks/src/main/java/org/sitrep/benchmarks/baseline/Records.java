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
  @Wire
  public record Report(
      String id,
      String schemaVersion,
      String headline,
      Actor publisher,
      URI url,
      OffsetDateTime publishedAt,
      OffsetDateTime retrievedAt,
      String language,
      List<Actor> authors,
      List<EmbeddedPost> posts,
      List<Incident> incidents,
      List<Claim> claims,
      List<AidPackage> aidPackages) {}

  /** Mirrors {@link org.sitrep.Incident}. */
  @Wire
  public record Incident(
      String id,
      String type,
      ReportedTime time,
      Location location,
      List<String> means,
      Estimate quantity,
      String outcome,
      Actor perpetrator,
      List<Site> sites,
      List<Damage> damage,
      List<Casualty> casualties,
      String summary,
      List<String> claims) {}

  /** Mirrors {@link org.sitrep.Claim}. */
  @Wire
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
      String post) {}

  /** Mirrors {@link org.sitrep.AidPackage}. */
  @Wire
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
  @Wire
  public record EmbeddedPost(
      String id,
      Actor author,
      String platform,
      URI url,
      ReportedTime postedOn,
      String text,
      List<URI> links) {}

  /** Mirrors {@link org.sitrep.Actor}. */
  @Wire
  public record Actor(
      String name,
      String kind,
      String role,
      String country,
      String affiliation,
      String handle,
      URI url) {}

  /** Mirrors {@link org.sitrep.Channel}. */
  @Wire
  public record Channel(String kind, String name, URI url) {}

  /** Mirrors {@link org.sitrep.Location}. */
  @Wire
  public record Location(
      String name,
      List<PlaceName> alternateNames,
      String country,
      AdminArea admin1,
      AdminArea admin2,
      GeoPoint point,
      String precision,
      DeFactoControl control,
      List<GazetteerRef> gazetteerIds,
      String description) {}

  /** Mirrors {@link org.sitrep.PlaceName}. */
  @Wire
  public record PlaceName(String name, String language) {}

  /** Mirrors {@link org.sitrep.AdminArea}. */
  @Wire
  public record AdminArea(String name, String isoCode, List<PlaceName> alternateNames) {}

  /** Mirrors {@link org.sitrep.GeoPoint}. */
  @Wire
  public record GeoPoint(double latitude, double longitude) {}

  /** Mirrors {@link org.sitrep.DeFactoControl}. */
  @Wire
  public record DeFactoControl(Actor controller, ReportedTime asOf, String claim, String phrase) {}

  /** Mirrors {@link org.sitrep.GazetteerRef}. */
  @Wire
  public record GazetteerRef(String scheme, String id) {}

  /** Mirrors {@link org.sitrep.ReportedTime}. */
  @Wire
  public record ReportedTime(
      LocalDate start,
      LocalDate end,
      OffsetDateTime instant,
      String precision,
      String phrase) {}

  /** Mirrors {@link org.sitrep.Estimate}. */
  @Wire
  public record Estimate(Long low, Long best, Long high, String qualifier, String phrase) {}

  /** Mirrors {@link org.sitrep.Site}. */
  @Wire
  public record Site(String kind, String description) {}

  /** Mirrors {@link org.sitrep.Damage}. */
  @Wire
  public record Damage(String kind, String object, Estimate count, String cause) {}

  /** Mirrors {@link org.sitrep.Casualty}. */
  @Wire
  public record Casualty(
      String id,
      String outcome,
      String population,
      Estimate count,
      ReportedTime asOf,
      Boolean provisional,
      String claim) {}

  /** Mirrors {@link org.sitrep.MonetaryValue}. */
  @Wire
  public record MonetaryValue(
      Money amount, String qualifier, List<Money> equivalents, String phrase) {}

  /** Mirrors {@link org.sitrep.Money}: the amount is a decimal string on the wire. */
  @Wire
  public record Money(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency) {}

  /** Mirrors {@link org.sitrep.AidItem}. */
  @Wire
  public record AidItem(String description, String category, Estimate quantity, String platform) {}
}
