package org.sitrep.datasets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AdminArea;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Coding;
import org.sitrep.CodingMethod;
import org.sitrep.DatasetRecord;
import org.sitrep.DatasetScheme;
import org.sitrep.DyadSide;
import org.sitrep.Estimate;
import org.sitrep.EventClarity;
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
import org.sitrep.UcdpCoding;
import org.sitrep.ViolenceType;

/** A UCDP GED row as a report (docs/datasets.md, "UCDP GED"). Package-private. */
final class UcdpRows implements RowMapper {
  /** UCDP, the publisher of every row's report and the coder of its incident. */
  static final Actor UCDP = Actor.of("UCDP", ActorKind.ORGANISATION);

  /** The time of day UCDP's CSV download gives every date: "2023-09-06 00:00:00.000". */
  static final String MIDNIGHT = " 00:00:00.000";

  /** What a row's report, incident and figure ids start with: "ucdp-487361". */
  static final String ID_PREFIX = "ucdp-";

  /** The four deaths columns, in order; {@code best} is their sum. */
  static final List<String> DEATHS =
      List.of("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown");

  /** How each deaths column's figure id ends: "ucdp-487361-deaths-a". */
  static final List<String> DEATHS_IDS =
      List.of("-deaths-a", "-deaths-b", "-deaths-civilians", "-deaths-unknown");

  private static final String DATE_FORMS =
      "is not a date of the forms 2023-09-06 or 2023-09-06 00:00:00.000";

  private static final Set<String> REQUIRED =
      Set.of("id", "type_of_violence", "where_prec", "date_prec", "date_start", "date_end",
          "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best");
  private static final Set<String> KNOWN = Set.copyOf(Ucdp.COLUMNS);

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
    String id = Fields.required(row, "id");
    Fields.requiredCount(row, "id");
    String key = ID_PREFIX + id;
    IncidentId incidentId = id(row, key, IncidentId::of);

    Incident.Builder incident =
        Incident.builder()
            .id(incidentId)
            .type(IncidentType.UNKNOWN)
            .outcome(IncidentOutcome.UNKNOWN)
            .addRecord(record(row, id))
            .coding(Coding.builder().method(CodingMethod.HUMAN).coder(UCDP).build());
    UcdpCoding.Builder coding = UcdpCoding.builder();

    text(row, "relid").ifPresent(coding::relid);
    activeYear(row).ifPresent(coding::activeYear);
    text(row, "code_status").ifPresent(coding::codeStatus);
    Optional<ViolenceType> violence = violenceType(row);
    violence.ifPresent(incident::violenceType);

    Fields.count(row, "conflict_dset_id").ifPresent(coding::conflictDatasetId);
    Fields.count(row, "conflict_new_id").ifPresent(coding::conflictId);
    text(row, "conflict_name").ifPresent(coding::conflictName);
    Fields.count(row, "dyad_dset_id").ifPresent(coding::dyadDatasetId);
    Fields.count(row, "dyad_new_id").ifPresent(coding::dyadId);
    text(row, "dyad_name").ifPresent(coding::dyadName);
    Fields.count(row, "side_a_dset_id").ifPresent(coding::sideADatasetId);
    Fields.count(row, "side_a_new_id").ifPresent(coding::sideAId);
    Fields.count(row, "side_b_dset_id").ifPresent(coding::sideBDatasetId);
    Fields.count(row, "side_b_new_id").ifPresent(coding::sideBId);
    boolean oneSided = violence.equals(Optional.of(ViolenceType.ONE_SIDED));
    party(row, incident, "side_a", DyadSide.SIDE_A,
        oneSided ? PartyRole.PERPETRATOR : PartyRole.UNKNOWN);
    party(row, incident, "side_b", DyadSide.SIDE_B,
        oneSided ? PartyRole.TARGET : PartyRole.UNKNOWN);
    text(row, "gwnoa").ifPresent(coding::gwnoA);
    text(row, "gwnob").ifPresent(coding::gwnoB);

    Fields.count(row, "number_of_sources").ifPresent(coding::numberOfSources);
    text(row, "source_article").ifPresent(coding::sourceArticle);
    text(row, "source_office").ifPresent(coding::sourceOffice);
    text(row, "source_date").ifPresent(coding::sourceDate);
    text(row, "source_headline").ifPresent(coding::sourceHeadline);
    text(row, "source_original").ifPresent(coding::sourceOriginal);

    incident.location(location(row, coding));
    Optional<String> clarity = Fields.text(row, "event_clarity");
    if (clarity.isPresent()) {
      coding.eventClarity(EventClarity.fromUcdpEventClarity(code(row, "event_clarity", 1, 2)));
    }
    incident.time(time(row));
    deaths(row, key, oneSided, incident, coding);

    incident.ucdp(coding.build());
    return Report.builder()
        .id(id(row, key, ReportId::of))
        .publisher(UCDP)
        .addIncident(incident.build())
        .build();
  }

  private static <T> T id(Row row, String value, java.util.function.Function<String, T> of)
      throws RowProblem {
    try {
      return of.apply(value);
    } catch (SitrepValidationException e) {
      throw new RowProblem("id", row.get("id"), "does not make a Sitrep id: " + e.getMessage(), e);
    }
  }

  private static DatasetRecord record(Row row, String id) throws RowProblem {
    try {
      return DatasetRecord.of(DatasetScheme.UCDP_GED, id);
    } catch (SitrepValidationException e) {
      throw new RowProblem("id", row.get("id"), e.getMessage(), e);
    }
  }

  /**
   * A free text, as Sitrep keeps texts: not blank, no white space at either end, no control
   * character but line feeds and tabs.
   *
   * @return the field, or empty if it is empty
   */
  static Optional<String> text(Row row, String column) throws RowProblem {
    String s = row.get(column);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.isBlank()) {
      throw new RowProblem(column, s, "is blank: a text needs more than white space");
    }
    if (!s.strip().equals(s)) {
      throw new RowProblem(column, s,
          "starts or ends with white space, which Sitrep's texts do not keep");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw new RowProblem(column, s, String.format(
            "contains the control character U+%04X (only line feeds and tabs are allowed)",
            (int) c));
      }
    }
    return Optional.of(s);
  }

  static int code(Row row, String column, int min, int max) throws RowProblem {
    long c = Fields.requiredCount(row, column);
    if (c < min || c > max) {
      throw new RowProblem(column, row.get(column), "is a code from " + min + " to " + max);
    }
    return (int) c;
  }

  private static Optional<Boolean> activeYear(Row row) throws RowProblem {
    String s = row.get("active_year");
    switch (s) {
      case "":
        return Optional.empty();
      case "TRUE":
      case "1":
        return Optional.of(true);
      case "FALSE":
      case "0":
        return Optional.of(false);
      default:
        throw new RowProblem("active_year", s, "is TRUE, FALSE, 1 or 0");
    }
  }

  private static Optional<ViolenceType> violenceType(Row row) throws RowProblem {
    if (row.get("type_of_violence").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ViolenceType.fromUcdpTypeOfViolence(code(row, "type_of_violence", 1, 3)));
  }

  private static void party(
      Row row, Incident.Builder incident, String column, DyadSide side, PartyRole role)
      throws RowProblem {
    Optional<String> name = text(row, column);
    if (name.isPresent()) {
      incident.addParty(
          Party.builder().actor(Actor.of(name.get(), kind(name.get()))).role(role).side(side)
              .build());
    }
  }

  /**
   * The kind of actor a UCDP side's name says: UCDP names every state actor "Government of ..."
   * ("Government of Russia (Soviet Union)"); the kind of any other side is not said.
   */
  static ActorKind kind(String name) {
    return name.startsWith("Government of ") ? ActorKind.GOVERNMENT : ActorKind.UNKNOWN;
  }

  private static Location location(Row row, UcdpCoding.Builder coding) throws RowProblem {
    Location.Builder l = Location.builder();
    GeoPrecision precision = GeoPrecision.fromUcdpWherePrecision(code(row, "where_prec", 1, 7));
    boolean international = precision.equals(GeoPrecision.INTERNATIONAL);
    l.precision(precision);
    Optional<String> name = text(row, "where_coordinates");
    name.ifPresent(l::name);
    Optional<String> description = text(row, "where_description");
    description.ifPresent(l::description);
    for (String column : List.of("adm_1", "adm_2")) {
      Optional<String> area = text(row, column);
      if (area.isPresent() && international) {
        throw new RowProblem(column, area.get(), "must be empty where where_prec is 7: a place"
            + " in international waters or airspace has no administrative area");
      }
      if (area.isPresent()) {
        AdminArea a = AdminArea.builder().name(area.get()).build();
        if (column.equals("adm_1")) {
          l.admin1(a);
        } else {
          l.admin2(a);
        }
      }
    }
    Optional<String> country = text(row, "country");
    country.ifPresent(coding::country);
    if (country.isPresent() && !international) {
      UcdpCountries.alpha2(country.get()).ifPresent(l::country);
    }
    Fields.count(row, "country_id").ifPresent(coding::countryId);
    text(row, "region").ifPresent(coding::region);

    Optional<GeoPoint> point = point(row);
    point.ifPresent(l::point);
    checkDerived(row, point);
    if (name.isEmpty() && description.isEmpty() && point.isEmpty()) {
      throw new RowProblem("where_coordinates", "", "must not be empty where where_description,"
          + " latitude and longitude are: nothing else says which place it is");
    }
    return l.build();
  }

  private static Optional<GeoPoint> point(Row row) throws RowProblem {
    Optional<Double> lat = Fields.decimal(row, "latitude");
    Optional<Double> lon = Fields.decimal(row, "longitude");
    if (lat.isPresent() != lon.isPresent()) {
      String missing = lat.isPresent() ? "longitude" : "latitude";
      throw new RowProblem(missing, "",
          "must be given with " + (lat.isPresent() ? "latitude" : "longitude"));
    }
    if (lat.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(GeoPoint.of(lat.get(), lon.get()));
    } catch (SitrepValidationException e) {
      boolean latitude = Math.abs(lat.get()) > 90 || !Double.isFinite(lat.get());
      String column = latitude ? "latitude" : "longitude";
      throw new RowProblem(column, row.get(column), e.getMessage(), e);
    }
  }

  /** The WKT UCDP derives from a point: "POINT (37.7069 48.5277)", longitude first. */
  static String wkt(GeoPoint p) {
    return "POINT (" + Fields.decimal(p.longitude()) + " " + Fields.decimal(p.latitude()) + ")";
  }

  /** geom_wkt and priogrid_gid, where given, are those of the point. */
  private static void checkDerived(Row row, Optional<GeoPoint> point) throws RowProblem {
    String wkt = row.get("geom_wkt");
    if (!wkt.isEmpty()) {
      if (point.isEmpty()) {
        throw new RowProblem("geom_wkt", wkt, "needs latitude and longitude, its point");
      }
      if (!samePoint(wkt, point.get())) {
        throw new RowProblem("geom_wkt", wkt,
            "is not the point of longitude and latitude, " + wkt(point.get()));
      }
    }
    OptionalLong gid = Fields.count(row, "priogrid_gid");
    if (gid.isPresent()) {
      if (point.isEmpty()) {
        throw new RowProblem("priogrid_gid", row.get("priogrid_gid"),
            "needs latitude and longitude, whose cell it is");
      }
      long expected = PrioGrid.gid(point.get().latitude(), point.get().longitude());
      if (gid.getAsLong() != expected) {
        throw new RowProblem("priogrid_gid", row.get("priogrid_gid"),
            "is not the PRIO-GRID cell of latitude and longitude, which is " + expected);
      }
    }
  }

  private static boolean samePoint(String wkt, GeoPoint p) {
    String prefix = "POINT (";
    if (!wkt.startsWith(prefix) || !wkt.endsWith(")")) {
      return false;
    }
    String[] xy = wkt.substring(prefix.length(), wkt.length() - 1).split(" ", -1);
    if (xy.length != 2) {
      return false;
    }
    try {
      return new BigDecimal(xy[0]).doubleValue() == p.longitude()
          && new BigDecimal(xy[1]).doubleValue() == p.latitude();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A date in either of UCDP's forms: "2023-09-06" or "2023-09-06 00:00:00.000". */
  static LocalDate date(Row row, String column) throws RowProblem {
    String s = Fields.required(row, column);
    String day = s.length() == 10 + MIDNIGHT.length() && s.endsWith(MIDNIGHT)
        ? s.substring(0, 10)
        : s;
    if (day.length() == 10) {
      try {
        return LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        throw new RowProblem(column, s, DATE_FORMS, e);
      }
    }
    throw new RowProblem(column, s, DATE_FORMS);
  }

  private static ReportedTime time(Row row) throws RowProblem {
    LocalDate start = date(row, "date_start");
    LocalDate end = date(row, "date_end");
    int precision = code(row, "date_prec", 1, 5);
    ReportedTime time;
    try {
      time = ReportedTime.fromUcdp(start, end, precision);
    } catch (SitrepValidationException e) {
      throw new RowProblem("date_end", row.get("date_end"), "does not make a time with"
          + " date_start " + start + " and date_prec " + precision + ": " + e.getMessage(), e);
    }
    OptionalLong year = Fields.count(row, "year");
    if (year.isPresent() && year.getAsLong() != start.getYear()) {
      throw new RowProblem("year", row.get("year"), "is not the year of date_start " + start);
    }
    return time;
  }

  /**
   * The four deaths figures (exact, zeros included) and the checks of best, low and high: best is
   * their sum, and low &le; best &le; high. A row without deaths (all four and best empty, as a
   * writer leaves them for an incident with no figure of people killed) has no figures.
   */
  private static void deaths(
      Row row, String key, boolean oneSided, Incident.Builder incident, UcdpCoding.Builder coding)
      throws RowProblem {
    long[] deaths = new long[DEATHS.size()];
    String missing = null;
    String given = null;
    for (int i = 0; i < deaths.length; i++) {
      OptionalLong n = Fields.count(row, DEATHS.get(i));
      if (n.isPresent()) {
        deaths[i] = n.getAsLong();
        given = given == null ? DEATHS.get(i) : given;
      } else {
        missing = missing == null ? DEATHS.get(i) : missing;
      }
    }
    if (given != null && missing != null) {
      throw new RowProblem(missing, "", "must be given with " + given
          + ": a row gives all four deaths columns or none");
    }
    OptionalLong best = Fields.count(row, "best");
    OptionalLong low = Fields.count(row, "low");
    OptionalLong high = Fields.count(row, "high");
    if (given == null && best.isPresent()) {
      throw new RowProblem("best", row.get("best"),
          "needs deaths_a, deaths_b, deaths_civilians and deaths_unknown, whose sum it is");
    }
    if (given != null) {
      if (best.isEmpty()) {
        throw new RowProblem("best", "", "must not be empty where the deaths are given: it is"
            + " their sum");
      }
      long sum = 0;
      try {
        for (long n : deaths) {
          sum = Math.addExact(sum, n);
        }
      } catch (ArithmeticException e) {
        throw new RowProblem("best", row.get("best"), "the deaths add up to more than"
            + " 9223372036854775807", e);
      }
      if (sum != best.getAsLong()) {
        throw new RowProblem("best", row.get("best"), "is not the sum of deaths_a, deaths_b,"
            + " deaths_civilians and deaths_unknown, which is " + sum);
      }
      long b = best.getAsLong();
      boolean belowLow = low.isPresent() && b < low.getAsLong();
      boolean aboveHigh = high.isPresent() && b > high.getAsLong();
      if (belowLow || aboveHigh) {
        throw new RowProblem("best", row.get("best"), outside(low, high));
      }
      for (int i = 0; i < deaths.length; i++) {
        incident.addCasualty(figure(key, i, deaths[i], oneSided));
      }
    } else if (low.isPresent() && high.isPresent() && low.getAsLong() > high.getAsLong()) {
      throw new RowProblem("low", row.get("low"), "is above high " + high.getAsLong());
    }
    low.ifPresent(coding::deathsLow);
    high.ifPresent(coding::deathsHigh);
  }

  private static String outside(OptionalLong low, OptionalLong high) {
    if (low.isPresent() && high.isPresent()) {
      return "lies outside low " + low.getAsLong() + " and high " + high.getAsLong();
    }
    return low.isPresent() ? "is below low " + low.getAsLong() : "is above high " + high.getAsLong();
  }

  /**
   * One of the four figures: side A's and side B's dead are of population military (in one-sided
   * violence side B is civilians, whose dead UCDP counts in deaths_civilians: civilian), the
   * civilians' and the unknowns' have no side.
   */
  private static Casualty figure(String key, int i, long n, boolean oneSided) {
    Casualty.Builder c =
        Casualty.builder()
            .id(CasualtyId.of(key + DEATHS_IDS.get(i)))
            .outcome(CasualtyOutcome.KILLED)
            .count(Estimate.exactly(n));
    switch (i) {
      case 0:
        c.side(DyadSide.SIDE_A).population(PopulationGroup.MILITARY);
        break;
      case 1:
        c.side(DyadSide.SIDE_B)
            .population(oneSided ? PopulationGroup.CIVILIAN : PopulationGroup.MILITARY);
        break;
      case 2:
        c.population(PopulationGroup.CIVILIAN);
        break;
      default:
        c.population(PopulationGroup.UNKNOWN);
        break;
    }
    return c.build();
  }
}
