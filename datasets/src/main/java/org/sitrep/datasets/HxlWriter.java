package org.sitrep.datasets;

import java.io.Writer;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.AdminArea;
import org.sitrep.CasualtyOutcome;
import org.sitrep.GeoPoint;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.ReportedTime;

/** Incidents as rows of an HXL-tagged table (docs/datasets.md, "HXL"). Package-private. */
final class HxlWriter extends TableWriter {
  HxlWriter(Writer out) {
    super(out, List.of(Hxl.COLUMNS, Hxl.HASHTAGS));
  }

  @Override
  List<String> row(Report report, Incident incident) {
    return row(new FlatIncident(report, incident));
  }

  private static List<String> row(FlatIncident f) {
    Incident incident = f.incident;
    List<String> r = new ArrayList<>(Hxl.COLUMNS.size());
    r.add(f.id());
    r.add(f.report.id().value());
    r.add(incident.id().value());
    r.add(incident.type().acledEventType().orElse(""));
    r.add(incident.type().acledSubEventType().orElse(""));
    r.add(incident.type().code());
    r.add(incident.outcome().code());
    Optional<ReportedTime> time = incident.time();
    r.add(time.map(t -> t.start().toString()).orElse(""));
    r.add(time.map(t -> t.end().toString()).orElse(""));
    r.add(time.map(t -> FlatIncident.code(t.precision())).orElse(""));
    r.add(time.flatMap(ReportedTime::instant)
        .map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(""));
    Optional<Location> location = incident.location();
    r.add(location.flatMap(Location::name).orElse(""));
    r.add(f.country().flatMap(Countries::alpha3).orElse(""));
    r.add(f.countryName().orElse(""));
    admin(r, location.flatMap(Location::admin1));
    admin(r, location.flatMap(Location::admin2));
    admin(r, location.flatMap(Location::admin3));
    Optional<GeoPoint> point = location.flatMap(Location::point);
    r.add(point.map(p -> Fields.decimal(p.latitude())).orElse(""));
    r.add(point.map(p -> Fields.decimal(p.longitude())).orElse(""));
    r.add(location.map(l -> FlatIncident.code(l.precision())).orElse(""));

    Map<CasualtyOutcome, OutcomeTotal> known = new HashMap<>();
    List<String> others = new ArrayList<>();
    for (OutcomeTotal t : f.totals) {
      if (t.outcome().isKnown()) {
        known.put(t.outcome(), t);
      } else {
        others.add(other(t));
      }
    }
    for (CasualtyOutcome o : CasualtyOutcome.knownValues()) {
      Optional<OutcomeTotal> t = Optional.ofNullable(known.get(o));
      r.add(number(t.flatMap(OutcomeTotal::figure)));
      r.add(number(t.flatMap(OutcomeTotal::low)));
      r.add(number(t.flatMap(OutcomeTotal::high)));
    }
    r.add(Fields.join(others));
    r.add(Integer.toString(f.claims.size()));
    r.add(Fields.join(f.claimIds()));
    r.add(Fields.join(f.claimSources()));
    r.add(Fields.join(f.records()));
    r.add(incident.summary().orElse(""));
    return r;
  }

  /**
   * A total of an outcome without a column: {@code displaced 30 (at_least, 30-)}: the outcome, the
   * figure ({@code ?} where none), the qualifier and the bounds.
   */
  private static String other(OutcomeTotal t) {
    return t.outcome().code() + " " + t.figure().map(BigInteger::toString).orElse("?")
        + " (" + FlatIncident.code(t.qualifier()) + ", " + number(t.low()) + "-" + number(t.high())
        + ")";
  }

  private static void admin(List<String> r, Optional<AdminArea> area) {
    r.add(area.map(AdminArea::name).orElse(""));
    r.add(area.flatMap(AdminArea::isoCode).orElse(""));
  }

  private static String number(Optional<BigInteger> n) {
    return n.map(BigInteger::toString).orElse("");
  }
}
