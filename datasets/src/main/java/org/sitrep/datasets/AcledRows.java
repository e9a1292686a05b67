package org.sitrep.datasets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.sitrep.AcledActorType;
import org.sitrep.AcledCoding;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AdminArea;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.ClaimTopic;
import org.sitrep.Coding;
import org.sitrep.CodingMethod;
import org.sitrep.DatasetRecord;
import org.sitrep.DatasetScheme;
import org.sitrep.DisorderType;
import org.sitrep.DyadSide;
import org.sitrep.Estimate;
import org.sitrep.GeoPoint;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.Party;
import org.sitrep.PartyRole;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.SitrepValidationException;
import org.sitrep.VerificationStatus;

/** An ACLED row as a report (docs/datasets.md, "ACLED"). Package-private. */
final class AcledRows implements RowMapper {
  /** ACLED, the publisher of every row's report and the coder of its incident. */
  static final Actor ACLED = Actor.of("ACLED", ActorKind.ORGANISATION);

  /** Every row's coding, the same value each time: by a person, at ACLED. */
  private static final Coding CODED_BY_ACLED =
      Coding.builder().method(CodingMethod.HUMAN).coder(ACLED).build();

  /** ACLED's export tool's date form: "06 September 2023". */
  static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("dd MMMM uuuu", Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final Set<String> REQUIRED =
      Set.of("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
          "geo_precision", "fatalities");
  private static final Set<String> KNOWN = Set.copyOf(Acled.COLUMNS);

  @Override
  public Set<String> requiredColumns() {
    return REQUIRED;
  }

  @Override
  public Set<String> knownColumns() {
    return KNOWN;
  }

  @Override
  public Report map(Row row) throws RowProblem {
    String eventId = Fields.required(row, "event_id_cnty");
    DatasetRecord record = record(row, eventId);
    IncidentId incidentId = id(row, "event_id_cnty", eventId, IncidentId::of);

    Incident.Builder incident =
        Incident.builder()
            .id(incidentId)
            .type(type(row))
            .outcome(IncidentOutcome.UNKNOWN)
            .addRecord(record)
            .coding(CODED_BY_ACLED);
    AcledCoding.Builder coding = AcledCoding.builder();

    LocalDate eventDate = date(row, "event_date");
    int timePrecision = code(row, "time_precision", 1, 3);
    ReportedTime time = ReportedTime.fromAcled(eventDate, timePrecision);
    if (!eventDate(time).equals(eventDate)) {
      coding.eventDate(eventDate);
    }
    incident.time(time);
    OptionalLong year = Fields.count(row, "year");
    if (year.isPresent() && year.getAsLong() != eventDate.getYear()) {
      throw new RowProblem("year", row.get("year"), "is not the year of event_date " + eventDate);
    }

    List<String> disorderTypes = Fields.parts(row, "disorder_type");
    for (int i = 0; i < disorderTypes.size(); i++) {
      String label = disorderTypes.get(i);
      try {
        coding.addDisorderType(DisorderType.fromAcledLabel(label));
      } catch (IllegalArgumentException e) {
        throw new RowProblem("disorder_type", row.get("disorder_type"), e.getMessage(), e);
      }
    }

    Optional<AcledActorType> inter1 = inter(row, "inter1");
    Optional<AcledActorType> inter2 = inter(row, "inter2");
    if (inter1.isPresent()) {
      coding.inter1(inter1.get());
    }
    if (inter2.isPresent()) {
      coding.inter2(inter2.get());
    }
    checkInteraction(row, inter1, inter2);
    parties(row, incident, "actor1", "assoc_actor_1", "inter1", inter1, DyadSide.SIDE_A);
    parties(row, incident, "actor2", "assoc_actor_2", "inter2", inter2, DyadSide.SIDE_B);

    String targeting = row.get("civilian_targeting");
    if (targeting.equals("Civilian targeting")) {
      coding.civilianTargeting(true);
    } else if (!targeting.isEmpty()) {
      throw new RowProblem("civilian_targeting", targeting,
          "is \"Civilian targeting\" or empty");
    }
    // Plain ifs, not ifPresent(coding::region): no Optional and no bound method per field.
    String region = row.get("region");
    if (!region.isEmpty()) {
      coding.region(region);
    }
    String country = row.get("country");
    if (!country.isEmpty()) {
      coding.country(country);
    }
    incident.location(location(row));

    List<String> sources = Fields.parts(row, "source");
    Optional<String> notes = Fields.text(row, "notes");
    if (notes.isPresent()) {
      incident.summary(notes.get());
    }
    String sourceScale = row.get("source_scale");
    if (!sourceScale.isEmpty()) {
      coding.sourceScale(sourceScale);
    }
    List<String> tags = Fields.parts(row, "tags");
    for (int i = 0; i < tags.size(); i++) {
      coding.addTag(tags.get(i));
    }

    long fatalities = Fields.requiredCount(row, "fatalities");
    if (fatalities > 0) {
      incident.addCasualty(
          Casualty.builder()
              .id(id(row, "event_id_cnty", eventId + "-fatalities", CasualtyId::of))
              .outcome(CasualtyOutcome.KILLED)
              .population(PopulationGroup.UNKNOWN)
              .count(Estimate.atLeast(fatalities))
              .build());
    }

    Report.Builder report =
        Report.builder().id(id(row, "event_id_cnty", eventId, ReportId::of)).publisher(ACLED);
    if (!sources.isEmpty() && notes.isEmpty()) {
      throw new RowProblem("notes", "",
          "must not be empty where the row names sources: their claims are the notes");
    }
    for (int i = 0; i < sources.size(); i++) {
      ClaimId claim = id(row, "source", eventId + "-source-" + (i + 1), ClaimId::of);
      Claim.Builder c =
          Claim.builder()
              .id(claim)
              .source(Actor.of(sources.get(i), ActorKind.UNKNOWN))
              .kind(ClaimKind.FACTUAL_ASSERTION)
              .verification(VerificationStatus.UNVERIFIED)
              .statement(notes.get())
              .addAboutIncidents(incidentId);
      if (fatalities == 0) {
        c.addSilentOn(ClaimTopic.CASUALTIES);
      }
      report.addClaim(c.build());
      incident.addClaims(claim);
    }
    incident.acled(coding.build());
    return report.addIncident(incident.build()).build();
  }

  /**
   * The event date ACLED writes for a time: the day of a day, the middle day of a longer span
   * (the fourth of a week, the 15th or 16th of a month). A row whose date is another day keeps it
   * in {@link AcledCoding#eventDate()}.
   */
  static LocalDate eventDate(ReportedTime time) {
    long days = time.end().toEpochDay() - time.start().toEpochDay();
    return time.start().plusDays(days / 2);
  }

  private static <T> T id(Row row, String column, String value, java.util.function.Function<String, T> of)
      throws RowProblem {
    try {
      return of.apply(value);
    } catch (SitrepValidationException e) {
      throw new RowProblem(column, row.get(column), "does not make a Sitrep id: " + e.getMessage(), e);
    }
  }

  private static DatasetRecord record(Row row, String eventId) throws RowProblem {
    DatasetRecord.Builder r = DatasetRecord.builder().scheme(DatasetScheme.ACLED).id(eventId);
    String stamp = row.get("timestamp");
    if (!stamp.isEmpty()) {
      r.updatedAt(timestamp(stamp));
    }
    try {
      return r.build();
    } catch (SitrepValidationException e) {
      throw new RowProblem("event_id_cnty", eventId, e.getMessage(), e);
    }
  }

  private static OffsetDateTime timestamp(String stamp) throws RowProblem {
    boolean digits = Fields.isDigits(stamp.startsWith("-") ? stamp.substring(1) : stamp);
    try {
      if (digits && stamp.length() <= 13) {
        return Instant.ofEpochSecond(Long.parseLong(stamp)).atOffset(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(stamp);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new RowProblem("timestamp", stamp,
          "is neither seconds since 1970 (UTC) nor an ISO 8601 date-time with an offset", e);
    }
  }

  private static IncidentType type(Row row) throws RowProblem {
    try {
      return IncidentType.fromAcled(row.get("event_type"), row.get("sub_event_type"));
    } catch (IllegalArgumentException e) {
      throw new RowProblem("sub_event_type", row.get("sub_event_type"), e.getMessage(), e);
    }
  }

  static LocalDate date(Row row, String column) throws RowProblem {
    String s = Fields.required(row, column);
    LocalDate iso = Fields.isoDate(s);
    if (iso != null) {
      return iso;
    }
    try {
      return LocalDate.parse(s, LONG_DATE);
    } catch (DateTimeParseException e) {
      throw new RowProblem(column, s,
          "is not a date of the forms 2023-09-06 or 06 September 2023", e);
    }
  }

  static int code(Row row, String column, int min, int max) throws RowProblem {
    long c = Fields.requiredCount(row, column);
    if (c < min || c > max) {
      throw new RowProblem(column, row.get(column), "is a code from " + min + " to " + max);
    }
    return (int) c;
  }

  private static Optional<AcledActorType> inter(Row row, String column) throws RowProblem {
    String s = row.get(column);
    if (s.isEmpty() || s.equals("0")) {
      return Optional.empty();
    }
    try {
      if (Fields.isDigits(s)) {
        return Optional.of(AcledActorType.fromAcledCode(Integer.parseInt(s)));
      }
      return Optional.of(AcledActorType.fromAcledLabel(s));
    } catch (IllegalArgumentException e) {
      throw new RowProblem(column, s, e.getMessage(), e);
    }
  }

  private static void checkInteraction(
      Row row, Optional<AcledActorType> inter1, Optional<AcledActorType> inter2) throws RowProblem {
    String written = row.get("interaction");
    if (written.isEmpty() && inter1.isEmpty()) {
      return;
    }
    if (inter1.isEmpty()) {
      throw new RowProblem("interaction", written, "needs inter1");
    }
    boolean numeric = Fields.isDigits(written);
    String expected =
        numeric
            ? Integer.toString(AcledActorType.interaction(inter1.get(), inter2.orElse(null)))
            : interactionLabel(inter1.get(), inter2.orElse(null));
    if (!written.equals(expected)) {
      throw new RowProblem("interaction", written,
          "does not agree with inter1 and inter2, which make " + expected);
    }
  }

  /** ACLED's interaction in words: "State forces-Civilians" (the lower code first). */
  static String interactionLabel(AcledActorType first, AcledActorType second) {
    if (second == null) {
      return first.acledLabel() + " only";
    }
    AcledActorType low = first.acledCode() <= second.acledCode() ? first : second;
    AcledActorType high = low == first ? second : first;
    return low.acledLabel() + "-" + high.acledLabel();
  }

  private static void parties(
      Row row, Incident.Builder incident, String actorColumn, String assocColumn,
      String interColumn, Optional<AcledActorType> inter, DyadSide side) throws RowProblem {
    Optional<String> actor = Fields.text(row, actorColumn);
    if (actor.isEmpty() && inter.isPresent()) {
      throw new RowProblem(interColumn, row.get(interColumn), "needs " + actorColumn);
    }
    List<String> associated = Fields.parts(row, assocColumn);
    if (actor.isEmpty() && !associated.isEmpty()) {
      throw new RowProblem(assocColumn, row.get(assocColumn), "needs " + actorColumn);
    }
    if (actor.isPresent()) {
      incident.addParty(
          Party.builder()
              .actor(Actor.of(actor.get(), kind(inter)))
              .role(PartyRole.UNKNOWN)
              .side(side)
              .build());
    }
    // The set only for a list long enough to repeat a name.
    Set<String> seen = associated.size() < 2 ? null : new LinkedHashSet<>();
    for (int i = 0; i < associated.size(); i++) {
      String name = associated.get(i);
      if (seen != null && !seen.add(name)) {
        throw new RowProblem(assocColumn, row.get(assocColumn), "names '" + name + "' twice");
      }
      incident.addParty(
          Party.builder()
              .actor(Actor.of(name, ActorKind.UNKNOWN))
              .role(PartyRole.ASSOCIATED)
              .side(side)
              .build());
    }
  }

  /** The kind of actor an ACLED actor type suggests; the type itself stays in the coding. */
  static ActorKind kind(Optional<AcledActorType> inter) {
    if (inter.isEmpty()) {
      return ActorKind.UNKNOWN;
    }
    switch (inter.get()) {
      case STATE_FORCES:
        return ActorKind.ARMED_FORCES;
      case REBEL_GROUP:
      case POLITICAL_MILITIA:
      case IDENTITY_MILITIA:
        return ActorKind.ARMED_GROUP;
      default:
        return ActorKind.UNKNOWN;
    }
  }

  private static Location location(Row row) throws RowProblem {
    Location.Builder l = Location.builder();
    int precision = code(row, "geo_precision", 1, 3);
    l.precision(GeoPrecision.fromAcledGeoPrecision(precision));
    String name = row.get("location");
    if (!name.isEmpty()) {
      l.name(name);
    }
    String admin1 = row.get("admin1");
    if (!admin1.isEmpty()) {
      l.admin1(admin(admin1));
    }
    String admin2 = row.get("admin2");
    if (!admin2.isEmpty()) {
      l.admin2(admin(admin2));
    }
    String admin3 = row.get("admin3");
    if (!admin3.isEmpty()) {
      l.admin3(admin(admin3));
    }
    String iso = row.get("iso");
    if (!iso.isEmpty()) {
      long n = Fields.requiredCount(row, "iso");
      if (n != 0) {
        Optional<String> alpha2 = Countries.alpha2((int) Math.min(n, Integer.MAX_VALUE));
        if (alpha2.isEmpty()) {
          throw new RowProblem("iso", iso, "is not an ISO 3166-1 numeric country code");
        }
        l.country(alpha2.get());
      } else if (row.get("country").isEmpty()) {
        throw new RowProblem("iso", iso,
            "is ACLED's 0 for a country without an ISO code, and needs the country's name");
      }
    }
    Optional<Double> lat = Fields.decimal(row, "latitude");
    Optional<Double> lon = Fields.decimal(row, "longitude");
    if (lat.isPresent() != lon.isPresent()) {
      String missing = lat.isPresent() ? "longitude" : "latitude";
      throw new RowProblem(missing, "", "must be given with " + (lat.isPresent() ? "latitude" : "longitude"));
    }
    if (lat.isPresent()) {
      try {
        l.point(GeoPoint.of(lat.get(), lon.get()));
      } catch (SitrepValidationException e) {
        throw new RowProblem("latitude", row.get("latitude"), e.getMessage(), e);
      }
    }
    try {
      return l.build();
    } catch (SitrepValidationException e) {
      throw new RowProblem("location", row.get("location"), e.getMessage(), e);
    }
  }

  private static AdminArea admin(String name) {
    return AdminArea.builder().name(name).build();
  }
}
