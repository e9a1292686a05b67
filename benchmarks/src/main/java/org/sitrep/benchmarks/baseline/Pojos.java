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
  @Wire
  public static class Report {
    public String id;
    public String schemaVersion;
    public String headline;
    public Actor publisher;
    public URI url;
    public OffsetDateTime publishedAt;
    public OffsetDateTime retrievedAt;
    public String language;
    public List<Actor> authors;
    public List<EmbeddedPost> posts;
    public List<Incident> incidents;
    public List<Claim> claims;
    public List<AidPackage> aidPackages;
  }

  /** Mirrors {@link org.sitrep.Incident}. */
  @Wire
  public static class Incident {
    public String id;
    public String type;
    public ReportedTime time;
    public Location location;
    public List<String> means;
    public Estimate quantity;
    public String outcome;
    public Actor perpetrator;
    public List<Site> sites;
    public List<Damage> damage;
    public List<Casualty> casualties;
    public String summary;
    public List<String> claims;
  }

  /** Mirrors {@link org.sitrep.Claim}. */
  @Wire
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
    public String post;
  }

  /** Mirrors {@link org.sitrep.AidPackage}. */
  @Wire
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
  @Wire
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
  @Wire
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
  @Wire
  public static class Channel {
    public String kind;
    public String name;
    public URI url;
  }

  /** Mirrors {@link org.sitrep.Location}. */
  @Wire
  public static class Location {
    public String name;
    public List<PlaceName> alternateNames;
    public String country;
    public AdminArea admin1;
    public AdminArea admin2;
    public GeoPoint point;
    public String precision;
    public DeFactoControl control;
    public List<GazetteerRef> gazetteerIds;
    public String description;
  }

  /** Mirrors {@link org.sitrep.PlaceName}. */
  @Wire
  public static class PlaceName {
    public String name;
    public String language;
  }

  /** Mirrors {@link org.sitrep.AdminArea}. */
  @Wire
  public static class AdminArea {
    public String name;
    public String isoCode;
    public List<PlaceName> alternateNames;
  }

  /** Mirrors {@link org.sitrep.GeoPoint}. */
  @Wire
  public static class GeoPoint {
    public double latitude;
    public double longitude;
  }

  /** Mirrors {@link org.sitrep.DeFactoControl}. */
  @Wire
  public static class DeFactoControl {
    public Actor controller;
    public ReportedTime asOf;
    public String claim;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.GazetteerRef}. */
  @Wire
  public static class GazetteerRef {
    public String scheme;
    public String id;
  }

  /** Mirrors {@link org.sitrep.ReportedTime}. */
  @Wire
  public static class ReportedTime {
    public LocalDate start;
    public LocalDate end;
    public OffsetDateTime instant;
    public String precision;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Estimate}. */
  @Wire
  public static class Estimate {
    public Long low;
    public Long best;
    public Long high;
    public String qualifier;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Site}. */
  @Wire
  public static class Site {
    public String kind;
    public String description;
  }

  /** Mirrors {@link org.sitrep.Damage}. */
  @Wire
  public static class Damage {
    public String kind;
    public String object;
    public Estimate count;
    public String cause;
  }

  /** Mirrors {@link org.sitrep.Casualty}. */
  @Wire
  public static class Casualty {
    public String id;
    public String outcome;
    public String population;
    public Estimate count;
    public ReportedTime asOf;
    public Boolean provisional;
    public String claim;
  }

  /** Mirrors {@link org.sitrep.MonetaryValue}. */
  @Wire
  public static class MonetaryValue {
    public Money amount;
    public String qualifier;
    public List<Money> equivalents;
    public String phrase;
  }

  /** Mirrors {@link org.sitrep.Money}: the amount is a decimal string on the wire. */
  @Wire
  public static class Money {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal amount;

    public Currency currency;
  }

  /** Mirrors {@link org.sitrep.AidItem}. */
  @Wire
  public static class AidItem {
    public String description;
    public String category;
    public Estimate quantity;
    public String platform;
  }
}
