package org.sitrep.datasets;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.AdminArea;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.DatasetRecord;
import org.sitrep.DatasetScheme;
import org.sitrep.DyadSide;
import org.sitrep.Estimate;
import org.sitrep.GeoPoint;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Party;
import org.sitrep.PartyRole;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportedTime;
import org.sitrep.UcdpCoding;

/** Incidents as UCDP GED rows (docs/datasets.md, "UCDP GED"). Package-private. */
final class UcdpWriter extends TableWriter {
  private final UcdpStyle style;

  UcdpWriter(Writer out, UcdpStyle style) {
    super(out, List.of(Ucdp.COLUMNS));
    this.style = style;
  }

  @Override
  List<String> row(Report report, Incident incident) {
    Optional<UcdpCoding> coding = incident.ucdp();
    ReportedTime time =
        incident.time().orElseThrow(
            () -> refuse(incident, "time", "UCDP needs date_start and date_end"));
    Location location =
        incident.location().orElseThrow(
            () -> refuse(incident, "location", "UCDP needs a where_prec"));
    Deaths deaths = deaths(incident);
    OptionalLong low = coding.isPresent() ? coding.get().deathsLow() : deaths.low();
    OptionalLong high = coding.isPresent() ? coding.get().deathsHigh() : deaths.high();
    if (deaths.any
        && ((low.isPresent() && low.getAsLong() > deaths.best)
            || (high.isPresent() && high.getAsLong() < deaths.best))) {
      throw refuse(incident, "casualties", "best " + deaths.best + ", the sum of the deaths,"
          + " lies outside low " + text(low) + " and high " + text(high) + " of its UCDP coding");
    }
    List<String> sources = sources(report, incident);

    List<String> f = new ArrayList<>(Ucdp.COLUMNS.size());
    f.add(incident.records().stream()
        .filter(r -> r.scheme().equals(DatasetScheme.UCDP_GED))
        .map(DatasetRecord::id)
        .findFirst()
        .orElse(incident.id().value()));
    f.add(coding.flatMap(UcdpCoding::relid).orElse(""));
    f.add(Integer.toString(time.start().getYear()));
    f.add(coding.flatMap(UcdpCoding::activeYear).map(this::activeYear).orElse(""));
    f.add(coding.flatMap(UcdpCoding::codeStatus).orElse(""));
    f.add(incident.violenceType().map(v -> Integer.toString(v.ucdpCode())).orElse(""));
    f.add(number(coding, UcdpCoding::conflictDatasetId));
    f.add(number(coding, UcdpCoding::conflictId));
    f.add(coding.flatMap(UcdpCoding::conflictName).orElse(""));
    f.add(number(coding, UcdpCoding::dyadDatasetId));
    f.add(number(coding, UcdpCoding::dyadId));
    f.add(coding.flatMap(UcdpCoding::dyadName).orElse(""));
    f.add(number(coding, UcdpCoding::sideADatasetId));
    f.add(number(coding, UcdpCoding::sideAId));
    f.add(side(incident, DyadSide.SIDE_A, PartyRole.PERPETRATOR));
    f.add(number(coding, UcdpCoding::sideBDatasetId));
    f.add(number(coding, UcdpCoding::sideBId));
    f.add(side(incident, DyadSide.SIDE_B, PartyRole.TARGET));
    f.add(coding.isPresent()
        ? number(coding, UcdpCoding::numberOfSources)
        : sources.isEmpty() ? "" : Integer.toString(sources.size()));
    f.add(coding.flatMap(UcdpCoding::sourceArticle).orElse(""));
    f.add(coding.isPresent()
        ? coding.get().sourceOffice().orElse("")
        : Fields.join(sources));
    f.add(coding.flatMap(UcdpCoding::sourceDate).orElse(""));
    f.add(coding.flatMap(UcdpCoding::sourceHeadline).orElse(""));
    f.add(coding.flatMap(UcdpCoding::sourceOriginal).orElse(""));

    f.add(Integer.toString(location.precision().ucdpWherePrecision()));
    f.add(location.name().orElse(""));
    f.add(location.description().orElse(""));
    f.add(location.admin1().map(AdminArea::name).orElse(""));
    f.add(location.admin2().map(AdminArea::name).orElse(""));
    Optional<GeoPoint> point = location.point();
    f.add(point.map(p -> Fields.decimal(p.latitude())).orElse(""));
    f.add(point.map(p -> Fields.decimal(p.longitude())).orElse(""));
    f.add(point.map(UcdpRows::wkt).orElse(""));
    f.add(point.map(p -> Long.toString(PrioGrid.gid(p.latitude(), p.longitude()))).orElse(""));
    f.add(coding.flatMap(UcdpCoding::country)
        .orElse(location.country().map(UcdpCountries::name).orElse("")));
    f.add(number(coding, UcdpCoding::countryId));
    f.add(coding.flatMap(UcdpCoding::region).orElse(""));
    f.add(coding.flatMap(UcdpCoding::eventClarity).map(c -> Integer.toString(c.ucdpCode()))
        .orElse(""));

    f.add(Integer.toString(time.precision().ucdpDatePrecision()));
    f.add(date(time.start()));
    f.add(date(time.end()));
    for (long n : deaths.byColumn) {
      f.add(deaths.any ? Long.toString(n) : "");
    }
    f.add(deaths.any ? Long.toString(deaths.best) : "");
    f.add(text(high));
    f.add(text(low));
    f.add(coding.flatMap(UcdpCoding::gwnoA).orElse(""));
    f.add(coding.flatMap(UcdpCoding::gwnoB).orElse(""));
    return f;
  }

  private String date(java.time.LocalDate day) {
    return style.isoDates() ? day.toString() : day + UcdpRows.MIDNIGHT;
  }

  private String activeYear(boolean active) {
    if (style.numericActiveYear()) {
      return active ? "1" : "0";
    }
    return active ? "TRUE" : "FALSE";
  }

  private static String number(
      Optional<UcdpCoding> coding, Function<UcdpCoding, OptionalLong> attribute) {
    return coding.isPresent() ? text(attribute.apply(coding.get())) : "";
  }

  private static String text(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "";
  }

  /** The distinct sources of the report's claims about the incident, in order. */
  private static List<String> sources(Report report, Incident incident) {
    Set<String> names = new LinkedHashSet<>();
    for (Claim claim : report.claimsAbout(incident.id())) {
      names.add(claim.source().name());
    }
    return new ArrayList<>(names);
  }

  /**
   * A side's name: the first party coded with the side that is not an associated actor, or, in an
   * incident whose parties have no sides, the first of the role given (perpetrator as side A,
   * target as side B).
   */
  private static String side(Incident incident, DyadSide side, PartyRole role) {
    boolean sided = incident.parties().stream().anyMatch(p -> p.side().isPresent());
    for (Party p : incident.parties()) {
      boolean mine = sided ? p.side().equals(Optional.of(side)) : p.role().equals(role);
      if (mine && !p.role().equals(PartyRole.ASSOCIATED)) {
        return p.actor().name();
      }
    }
    return "";
  }

  /** UCDP's four deaths columns, their sum and the bounds of the sum. */
  private static final class Deaths {
    final long[] byColumn = new long[UcdpRows.DEATHS.size()];
    boolean any;
    long best;
    long low;
    long high;

    OptionalLong low() {
      return any ? OptionalLong.of(low) : OptionalLong.empty();
    }

    OptionalLong high() {
      return any ? OptionalLong.of(high) : OptionalLong.empty();
    }
  }

  /**
   * The incident's current figures of people killed, each in the column of its side (side A,
   * side B) or, without one, of its population (civilian, else unknown); each counts its best
   * figure, else its lower bound (one more for {@code more_than}), else 0; low and high add up
   * the figures' bounds, a bound not given being the figure's number.
   */
  private Deaths deaths(Incident incident) {
    Deaths d = new Deaths();
    try {
      for (Casualty c : incident.currentCasualties()) {
        if (!c.outcome().equals(CasualtyOutcome.KILLED)) {
          continue;
        }
        d.any = true;
        Estimate e = c.count();
        long n = Figures.number(e);
        int column =
            c.side().equals(Optional.of(DyadSide.SIDE_A))
                ? 0
                : c.side().equals(Optional.of(DyadSide.SIDE_B))
                    ? 1
                    : c.population().equals(PopulationGroup.CIVILIAN) ? 2 : 3;
        d.byColumn[column] = Math.addExact(d.byColumn[column], n);
        d.best = Math.addExact(d.best, n);
        d.low = Math.addExact(d.low, Math.min(n, Figures.least(e).orElse(n)));
        d.high = Math.addExact(d.high, Math.max(n, Figures.most(e).orElse(n)));
      }
    } catch (ArithmeticException e) {
      throw refuse(incident, "casualties", "the deaths add up to more than UCDP's numbers hold");
    }
    return d;
  }
}
