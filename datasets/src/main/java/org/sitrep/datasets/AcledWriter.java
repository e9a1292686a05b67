package org.sitrep.datasets;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.AcledActorType;
import org.sitrep.AcledCoding;
import org.sitrep.ActorKind;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.DatasetRecord;
import org.sitrep.DatasetScheme;
import org.sitrep.DisorderType;
import org.sitrep.DyadSide;
import org.sitrep.Incident;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.Party;
import org.sitrep.PartyRole;
import org.sitrep.Report;
import org.sitrep.ReportedTime;

/** Incidents as ACLED rows (docs/datasets.md, "ACLED"). Package-private. */
final class AcledWriter extends TableWriter {
  private final AcledStyle style;

  AcledWriter(Writer out, AcledStyle style) {
    super(out, List.of(Acled.COLUMNS));
    this.style = style;
  }

  @Override
  List<String> row(Report report, Incident incident) {
    Optional<AcledCoding> coding = incident.acled();
    List<String> f = new ArrayList<>(Acled.COLUMNS.size());
    f.add(incident.records().stream()
        .filter(r -> r.scheme().equals(DatasetScheme.ACLED))
        .map(DatasetRecord::id)
        .findFirst()
        .orElse(incident.id().value()));
    ReportedTime time =
        incident.time().orElseThrow(() -> refuse(incident, "time", "ACLED needs an event date"));
    LocalDate date = coding.flatMap(AcledCoding::eventDate).orElse(AcledRows.eventDate(time));
    f.add(style.longDates() ? AcledRows.LONG_DATE.format(date) : date.toString());
    f.add(Integer.toString(date.getYear()));
    f.add(Integer.toString(time.precision().acledTimePrecision()));
    List<DisorderType> disorder =
        coding.map(AcledCoding::disorderTypes).filter(l -> !l.isEmpty())
            .orElse(disorderOf(incident.type()));
    List<String> labels = new ArrayList<>();
    disorder.forEach(d -> labels.add(d.acledLabel()));
    f.add(Fields.join(labels));
    IncidentType type = incident.type();
    if (type.acledEventType().isEmpty() || type.acledSubEventType().isEmpty()) {
      throw refuse(incident, "type", "'" + type + "' has no ACLED event and sub-event type");
    }
    f.add(type.acledEventType().get());
    f.add(type.acledSubEventType().get());

    Side a = side(incident, DyadSide.SIDE_A, PartyRole.PERPETRATOR);
    Side b = side(incident, DyadSide.SIDE_B, PartyRole.TARGET);
    // An actor type is written with its actor only: ACLED has no type without an actor.
    Optional<AcledActorType> inter1 =
        a.main.isEmpty()
            ? Optional.empty()
            : coding.isPresent()
                ? coding.get().inter1()
                : interOf(a.main.get().actor().kind());
    Optional<AcledActorType> inter2 =
        b.main.isEmpty() || inter1.isEmpty()
            ? Optional.empty()
            : coding.isPresent()
                ? coding.get().inter2()
                : interOf(b.main.get().actor().kind());
    f.add(a.main.map(p -> listed(incident, "parties", p.actor().name())).orElse(""));
    f.add(join(incident, "parties", a.associated));
    f.add(inter1.map(this::inter).orElse(""));
    f.add(b.main.map(p -> listed(incident, "parties", p.actor().name())).orElse(""));
    f.add(join(incident, "parties", b.associated));
    f.add(inter2.map(this::inter).orElse(""));
    f.add(inter1.map(i -> interaction(i, inter2.orElse(null))).orElse(""));
    f.add(coding.map(AcledCoding::civilianTargeting).orElse(false) ? "Civilian targeting" : "");

    Optional<Location> location = incident.location();
    if (location.isPresent() && location.get().name().isEmpty() && location.get().point().isEmpty()) {
      throw refuse(incident, "location",
          "ACLED needs the place's name or its coordinates; a description alone cannot be a row");
    }
    Optional<String> country = location.flatMap(Location::country);
    Optional<String> countryName = coding.flatMap(AcledCoding::country);
    f.add(country.flatMap(Countries::numeric).map(String::valueOf)
        .orElse(countryName.isPresent() ? "0" : ""));
    f.add(coding.flatMap(AcledCoding::region).orElse(""));
    f.add(countryName.orElse(country.map(Countries::englishName).orElse("")));
    f.add(location.flatMap(Location::admin1).map(x -> x.name()).orElse(""));
    f.add(location.flatMap(Location::admin2).map(x -> x.name()).orElse(""));
    f.add(location.flatMap(Location::admin3).map(x -> x.name()).orElse(""));
    f.add(location.flatMap(Location::name).orElse(""));
    f.add(location.flatMap(Location::point).map(p -> Fields.decimal(p.latitude())).orElse(""));
    f.add(location.flatMap(Location::point).map(p -> Fields.decimal(p.longitude())).orElse(""));
    f.add(location.map(l -> Integer.toString(l.precision().acledGeoPrecision()))
        .orElseThrow(() -> refuse(incident, "location", "ACLED needs a geo_precision")));

    List<String> sources = new ArrayList<>();
    Optional<String> statement = Optional.empty();
    for (Claim claim : report.claims()) {
      if (claim.aboutIncidents().contains(incident.id())) {
        sources.add(listed(incident, "claims", claim.source().name()));
        if (statement.isEmpty()) {
          statement = claim.statement().or(claim::quote);
        }
      }
    }
    f.add(Fields.join(sources));
    f.add(coding.flatMap(AcledCoding::sourceScale).orElse(""));
    Optional<String> firstStatement = statement;
    f.add(incident.summary().or(() -> firstStatement).orElse(""));
    try {
      f.add(Long.toString(fatalities(incident)));
    } catch (ArithmeticException e) {
      throw refuse(incident, "casualties", "the fatalities add up to more than ACLED's numbers hold");
    }
    List<String> tags = new ArrayList<>();
    for (String tag : coding.map(AcledCoding::tags).orElse(List.of())) {
      tags.add(listed(incident, "acled.tags", tag));
    }
    f.add(Fields.join(tags));
    f.add(incident.records().stream()
        .filter(r -> r.scheme().equals(DatasetScheme.ACLED))
        .findFirst()
        .flatMap(DatasetRecord::updatedAt)
        .map(t -> Long.toString(t.toEpochSecond()))
        .orElse(""));
    return f;
  }

  /**
   * ACLED's fatalities: the sum of the incident's current figures of people killed, each by its
   * best figure, else its lower bound (one more than a bound that is not reached), else 0.
   *
   * @throws ArithmeticException if the sum is beyond a {@code long}
   */
  static long fatalities(Incident incident) {
    long sum = 0;
    for (Casualty c : incident.currentCasualties()) {
      if (c.outcome().equals(CasualtyOutcome.KILLED)) {
        sum = Math.addExact(sum, Figures.number(c.count()));
      }
    }
    return sum;
  }

  /**
   * A name in one of ACLED's ";"-separated lists: one that holds a ";" would read back as two
   * names, and is refused.
   */
  private String listed(Incident incident, String field, String name) {
    if (name.indexOf(';') >= 0) {
      throw refuse(incident, field,
          "'" + name + "' holds a ';', which separates the names of ACLED's lists");
    }
    return name;
  }

  /** The parties' names, each once, in order, as one of ACLED's lists. */
  private String join(Incident incident, String field, List<Party> parties) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    for (Party p : parties) {
      names.add(listed(incident, field, p.actor().name()));
    }
    return Fields.join(new ArrayList<>(names));
  }

  /** ACLED's disorder type of an event type, for an incident that does not come from ACLED. */
  static List<DisorderType> disorderOf(IncidentType type) {
    String event = type.acledEventType().orElse("");
    String sub = type.acledSubEventType().orElse("");
    if (sub.equals("Excessive force against protesters")) {
      return List.of(DisorderType.POLITICAL_VIOLENCE, DisorderType.DEMONSTRATIONS);
    }
    if (event.equals("Protests") || event.equals("Riots")) {
      return List.of(DisorderType.DEMONSTRATIONS);
    }
    if (event.equals("Strategic developments")) {
      return List.of(DisorderType.STRATEGIC_DEVELOPMENTS);
    }
    return List.of(DisorderType.POLITICAL_VIOLENCE);
  }

  private String inter(AcledActorType t) {
    return style.interLabels() ? t.acledLabel() : Integer.toString(t.acledCode());
  }

  private String interaction(AcledActorType first, AcledActorType second) {
    return style.interLabels()
        ? AcledRows.interactionLabel(first, second)
        : Integer.toString(AcledActorType.interaction(first, second));
  }

  /** ACLED's actor type of an actor kind, for an incident that does not come from ACLED. */
  static Optional<AcledActorType> interOf(ActorKind kind) {
    if (kind.equals(ActorKind.ARMED_FORCES) || kind.equals(ActorKind.GOVERNMENT)
        || kind.equals(ActorKind.STATE)) {
      return Optional.of(AcledActorType.STATE_FORCES);
    }
    return Optional.empty();
  }

  /** A side's main actor and its associated actors. */
  private static final class Side {
    Optional<Party> main = Optional.empty();
    final List<Party> associated = new ArrayList<>();
  }

  /**
   * The parties of a side: those coded with the side, or, in an incident whose parties have no
   * sides, those of the role given (perpetrators as actor1, targets as actor2).
   */
  private static Side side(Incident incident, DyadSide dyadSide, PartyRole role) {
    Side side = new Side();
    boolean sided = incident.parties().stream().anyMatch(p -> p.side().isPresent());
    for (Party p : incident.parties()) {
      boolean mine = sided ? p.side().equals(Optional.of(dyadSide)) : p.role().equals(role);
      if (!mine) {
        continue;
      }
      if (side.main.isEmpty() && !p.role().equals(PartyRole.ASSOCIATED)) {
        side.main = Optional.of(p);
      } else {
        side.associated.add(p);
      }
    }
    if (side.main.isEmpty() && !side.associated.isEmpty()) {
      // ACLED has no associated actor without a main one: the first becomes the main actor
      side.main = Optional.of(side.associated.remove(0));
    }
    side.main.ifPresent(m -> side.associated.removeIf(p -> p.actor().name().equals(m.actor().name())));
    return side;
  }
}
