package org.sitrep;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * One reported event: a drone shot down, a missile strike, an explosion, a fire.
 *
 * <p>It says what kind of event it was ({@link IncidentType}, mapped to ACLED), when and where,
 * by what means, how many (drones, explosions), whether the attack was stopped ({@link
 * IncidentOutcome}, independent of the type), the parties (who is alleged to be behind it, what
 * or whom it was aimed at, who stopped it), what was hit and damaged, the casualty figures, and the
 * claims that support or dispute it.
 *
 * <p>From the seed article: "Two drones were also downed over Bryansk ... debris of which shattered
 * windows in a railway station building and damaged cars nearby, the Interfax news agency
 * reported" is an incident of type {@link IncidentType#DRONE_INTERCEPTED}, quantity {@code
 * Estimate.exactly(2)}, outcome {@link IncidentOutcome#INTERCEPTED}, two {@link Damage}s, and the
 * Interfax claim.
 *
 * <p>Built with {@code Incident.builder().id(...).type(...).outcome(...)} and, for the lists,
 * {@code addMeans(Means)}, {@code addParty(Party)}, {@code addSite(Site)}, {@code
 * addDamage(Damage)}, {@code addEngagement(Engagement)}, {@code addCasualty(Casualty)}, {@code addClaim(ClaimId)}, {@code
 * addRecord(DatasetRecord)} (each with an {@code addAll...} form).
 *
 * <p>Rules: the summary is trimmed and not blank; no means, party, casualty id or claim is listed
 * twice, no dataset row twice; ACLED or UCDP columns only with a record of that dataset, and
 * ACLED's event date within the incident's time; no link
 * twice and none to the incident itself; a figure {@link Casualty#supersedes() supersedes} a
 * figure of this incident, each figure is superseded by one figure at most, and no chain of
 * supersessions is a cycle.
 */
@Value.Immutable
@SitrepStyle
public abstract class Incident implements WithIncident, Extensible {
  Incident() {}

  /** @return the incident's id within its report */
  public abstract IncidentId id();

  /**
   * The incident's name across reports: the reports that tell of the same event, and the revisions
   * of one report, give it the same global id (an ACLED {@code event_id_cnty} is one).
   *
   * @return the global id, if the recorder gives one
   */
  public abstract Optional<GlobalId> globalId();

  /** @return what kind of event */
  public abstract IncidentType type();

  /** @return when it happened, as precisely as reported */
  public abstract Optional<ReportedTime> time();

  /** @return where it happened */
  public abstract Optional<Location> location();

  /** @return the means used: drone, missile */
  public abstract List<Means> means();

  /** @return how many: "two drones", "at least 3 explosions" */
  public abstract Optional<Estimate> quantity();

  /**
   * The fate of each kind of weapon in an attack wave, as reported: launched, stopped and how,
   * hit. Added with {@code addEngagement(Engagement)}.
   *
   * @return the engagements, in the order reported
   */
  public abstract List<Engagement> engagements();

  /** @return whether the attack was intercepted, hit, or is not known to have done either */
  public abstract IncidentOutcome outcome();

  /**
   * @return the kind of organised violence it belongs to, as UCDP GED's {@code type_of_violence}
   *     codes it, where the report or dataset says
   */
  public abstract Optional<ViolenceType> violenceType();

  /**
   * The actors taking part, each in a role and on a side where reported: the perpetrator as
   * attributed ("Ukrainian drones"), the target, associated actors, the interceptor. Added with
   * {@code addParty(Party)}.
   *
   * @return the parties, in the order reported
   */
  public abstract List<Party> parties();

  /** @return the places hit or targeted: "a market, shops and a pharmacy" */
  public abstract List<Site> sites();

  /** @return what was damaged and how */
  public abstract List<Damage> damage();

  /** @return the casualty figures reported for it */
  public abstract List<Casualty> casualties();

  /** @return a short summary in the recorder's words */
  public abstract Optional<String> summary();

  /** @return the claims in the same report that support or dispute it */
  public abstract List<ClaimId> claims();

  /**
   * Links to other incidents, in this report or others: the same event, possibly the same, part of
   * a wave, a follow-up. Each is asserted by a claim or by the recorder.
   *
   * @return the links; no link is listed twice
   */
  public abstract List<IncidentLink> links();

  /**
   * The dataset rows it was built from or matches, each by dataset and id: an ACLED {@code
   * event_id_cnty}, a UCDP GED {@code id}. Added with {@code addRecord(DatasetRecord)}.
   *
   * @return the records; no two name the same row
   */
  public abstract List<DatasetRecord> records();

  /** @return the ACLED columns that have no other home, for an incident with an ACLED record */
  public abstract Optional<AcledCoding> acled();

  /** @return the UCDP GED columns that have no other home, for one with a UCDP GED record */
  public abstract Optional<UcdpCoding> ucdp();

  /** @return who or what coded the incident, and how confident they were */
  public abstract Optional<Coding> coding();

  /** @return who the incident's record may be shared with, where it is marked */
  public abstract Optional<Tlp> tlp();

  /** @return the licence and attribution terms of the incident's record */
  public abstract Optional<Licence> licence();

  /**
   * The current casualty figures: every figure that no other figure of the incident {@link
   * Casualty#supersedes() supersedes}, in order. "At least 12 killed", revised to "17 killed",
   * gives the second only: a revision replaces, it never adds.
   *
   * @return the figures not superseded
   */
  public final List<Casualty> currentCasualties() {
    java.util.Set<CasualtyId> superseded = new java.util.HashSet<>();
    casualties().forEach(c -> c.supersedes().ifPresent(superseded::add));
    if (superseded.isEmpty()) {
      return casualties();
    }
    return casualties().stream()
        .filter(c -> !superseded.contains(c.id()))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * @return the actors said to be responsible: the parties of role {@link PartyRole#PERPETRATOR},
   *     in order
   */
  public final List<Actor> perpetrators() {
    return parties().stream()
        .filter(p -> p.role().equals(PartyRole.PERPETRATOR))
        .map(Party::actor)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Incident}; each attribute may be set once. */
  public static final class Builder extends ImmutableIncident.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.distinct(v, "means", means());
    Rules.distinct(v, "parties", parties());
    Rules.distinct(v, "claims", claims());
    Rules.distinct(v, "links", links());
    for (int i = 0; i < links().size(); i++) {
      IncidentLink link = links().get(i);
      Optional<IncidentId> other = link.incident();
      Optional<GlobalId> otherGlobal = link.globalId();
      if ((other.isPresent() && other.get().equals(id()))
          || (otherGlobal.isPresent() && otherGlobal.equals(globalId()))) {
        v.add("links[" + i + "]", "an incident does not link to itself");
      }
    }
    // No map and no key text for the usual single record: a repeat needs two.
    if (records().size() >= 2) {
      java.util.Map<String, Integer> rows = new java.util.HashMap<>();
      for (int i = 0; i < records().size(); i++) {
        DatasetRecord r = records().get(i);
        Integer earlier = rows.putIfAbsent(r.scheme().code() + " " + r.id(), i);
        if (earlier != null && v.keeps()) {
          v.add(
              "records[" + i + "]",
              "names the same row as records[" + earlier + "] (" + r.scheme() + " " + r.id()
                  + ")");
        } else if (earlier != null) {
          v.omit();
        }
      }
    }
    requireRecord(v, "acled", acled(), DatasetScheme.ACLED);
    requireRecord(v, "ucdp", ucdp(), DatasetScheme.UCDP_GED);
    checkAcledEventDate(v);
    List<Casualty> figures = casualties();
    boolean revisions = false;
    for (int i = 0; i < figures.size() && !revisions; i++) {
      revisions = figures.get(i).supersedes().isPresent();
    }
    // The index of the figures by id serves two rules: a repeat needs two figures, and without a
    // figure that supersedes another there is no revision to check.
    if (figures.size() >= 2 || revisions) {
      java.util.Map<CasualtyId, Integer> first = new java.util.HashMap<>();
      for (int i = 0; i < figures.size(); i++) {
        CasualtyId id = figures.get(i).id();
        Integer j = first.putIfAbsent(id, i);
        if (j != null && v.keeps()) {
          v.add("casualties[" + i + "].id", "repeats the id '" + id + "' of casualties[" + j + "]");
        } else if (j != null) {
          v.omit();
        }
      }
      if (revisions) {
        checkRevisions(v, first);
      }
    }
    Rules.text(v, "summary", summary());
    Rules.extensions(v, extensions());
    v.throwIfAny("Incident");
  }

  /**
   * A figure supersedes a figure of this incident, each figure is superseded by one figure at
   * most, and no chain of supersessions comes back to where it started.
   */
  private void checkRevisions(Violations v, java.util.Map<CasualtyId, Integer> index) {
    java.util.Map<CasualtyId, Integer> revisedBy = new java.util.HashMap<>();
    for (int i = 0; i < casualties().size(); i++) {
      Optional<CasualtyId> old = casualties().get(i).supersedes();
      if (old.isEmpty()) {
        continue;
      }
      String at = "casualties[" + i + "].supersedes";
      if (!index.containsKey(old.get())) {
        v.add(at, "refers to casualty figure '" + old.get() + "', which is not a figure of this incident");
        continue;
      }
      Integer earlier = revisedBy.putIfAbsent(old.get(), i);
      if (earlier != null) {
        v.add(
            at,
            "supersedes '" + old.get() + "', which casualties[" + earlier
                + "] already supersedes: a figure is revised by one figure at most");
      }
    }
    // Each figure supersedes one figure at most, so the supersessions are chains, each perhaps
    // ending in a cycle. One walk per chain, colouring figures as it goes, finds the figures on a
    // cycle in time linear in the number of figures (a walk from every figure was quadratic on a
    // long chain, 10^8 steps for a list at its limit).
    int n = casualties().size();
    int[] state = new int[n]; // 0 not reached, 1 on the current walk, 2 done
    boolean[] onCycle = new boolean[n];
    for (int i = 0; i < n; i++) {
      int at = i;
      while (at >= 0 && state[at] == 0) {
        state[at] = 1;
        at = superseded(at, index);
      }
      if (at >= 0 && state[at] == 1) {
        int c = at;
        do {
          onCycle[c] = true;
          c = superseded(c, index);
        } while (c != at);
      }
      for (int j = i; j >= 0 && state[j] == 1; j = superseded(j, index)) {
        state[j] = 2;
      }
    }
    for (int i = 0; i < n; i++) {
      Casualty figure = casualties().get(i);
      // A repeated id (refused above) names its first figure: walk from the repeat as before.
      boolean cycle = index.get(figure.id()) == i ? onCycle[i] : chainReturnsTo(i, index);
      if (cycle) {
        v.add(
            "casualties[" + i + "].supersedes",
            "the figures' supersessions form a cycle through '" + figure.id() + "'");
      }
    }
  }

  /** @return the index of the figure that figure {@code i} supersedes, or -1 */
  private int superseded(int i, java.util.Map<CasualtyId, Integer> index) {
    Optional<CasualtyId> old = casualties().get(i).supersedes();
    Integer k = old.isPresent() ? index.get(old.get()) : null;
    return k == null ? -1 : k;
  }

  /** Whether the chain from figure {@code i} comes back to a figure of its id. */
  private boolean chainReturnsTo(int i, java.util.Map<CasualtyId, Integer> index) {
    CasualtyId id = casualties().get(i).id();
    Optional<CasualtyId> next = casualties().get(i).supersedes();
    for (int steps = 0; next.isPresent() && steps < casualties().size(); steps++) {
      if (next.get().equals(id)) {
        return true;
      }
      Integer k = index.get(next.get());
      next = k == null ? Optional.empty() : casualties().get(k).supersedes();
    }
    return false;
  }

  /** ACLED's event date, where kept, is a day of the incident's time. */
  private void checkAcledEventDate(Violations v) {
    if (acled().isEmpty() || acled().get().eventDate().isEmpty()) {
      return;
    }
    java.time.LocalDate date = acled().get().eventDate().get();
    if (time().isEmpty()) {
      v.add("acled.eventDate", "needs the incident's time");
    } else if (date.isBefore(time().get().start()) || date.isAfter(time().get().end())) {
      v.add("acled.eventDate", "must lie within the incident's time ("
          + time().get().start() + " to " + time().get().end() + "), was " + date);
    }
  }

  private void requireRecord(
      Violations v, String path, Optional<?> coding, DatasetScheme scheme) {
    if (coding.isEmpty()) {
      return;
    }
    for (int i = 0; i < records().size(); i++) {
      if (records().get(i).scheme().equals(scheme)) {
        return;
      }
    }
    v.add(path, "needs a record of scheme " + scheme + " among the records it comes from");
  }
}
