package org.sitrep.datasets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.AcledCoding;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.DatasetRecord;
import org.sitrep.GlobalId;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.UcdpCoding;

/**
 * An incident of a report with the values the GeoJSON and HXL writers derive from the report:
 * its name in the output, the claims about it, its dataset records, its casualty totals and its
 * country's name (docs/datasets.md, "GeoJSON", "HXL"). Package-private.
 */
final class FlatIncident {
  final Report report;
  final Incident incident;
  final List<Claim> claims;
  final List<OutcomeTotal> totals;

  FlatIncident(Report report, Incident incident) {
    this.report = report;
    this.incident = incident;
    this.claims = claims(report, incident);
    this.totals = OutcomeTotal.of(incident);
  }

  /**
   * @return the incident's global id, else the report's id and the incident's joined by "/"
   *     (which no Sitrep id contains): unique among the incidents of any set of reports with
   *     distinct ids
   */
  String id() {
    return incident.globalId().map(GlobalId::value)
        .orElse(report.id().value() + "/" + incident.id().value());
  }

  /**
   * The claims about the incident: those the incident lists and those about it, in the report's
   * order, each once.
   */
  private static List<Claim> claims(Report report, Incident incident) {
    Set<ClaimId> listed = new HashSet<>(incident.claims());
    List<Claim> out = new ArrayList<>();
    for (Claim c : report.claims()) {
      if (listed.contains(c.id()) || c.aboutIncidents().contains(incident.id())) {
        out.add(c);
      }
    }
    return out;
  }

  /** @return the claims' ids */
  List<String> claimIds() {
    List<String> ids = new ArrayList<>(claims.size());
    claims.forEach(c -> ids.add(c.id().value()));
    return ids;
  }

  /** @return the claims' sources' names, claim by claim (a source claiming twice is named twice) */
  List<String> claimSources() {
    List<String> names = new ArrayList<>(claims.size());
    claims.forEach(c -> names.add(c.source().name()));
    return names;
  }

  /** @return the dataset records as {@code scheme:id}: {@code acled:UKR123456} */
  List<String> records() {
    List<String> out = new ArrayList<>(incident.records().size());
    for (DatasetRecord r : incident.records()) {
      out.add(r.scheme().code() + ":" + r.id());
    }
    return out;
  }

  /** @return the location's country, ISO 3166-1 alpha-2 */
  Optional<String> country() {
    return incident.location().flatMap(Location::country);
  }

  /**
   * @return the country's English name: ACLED's or UCDP's where the incident has one (ACLED's
   *     "Democratic Republic of Congo", its Kosovo without an ISO code), else the JDK's name of the
   *     location's country
   */
  Optional<String> countryName() {
    return incident.acled().flatMap(AcledCoding::country)
        .or(() -> incident.ucdp().flatMap(UcdpCoding::country))
        .or(() -> country().map(Countries::englishName));
  }

  /** @return the code of an enum as the wire writes it: {@code EXACT_TIME} as "exact_time" */
  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
