package org.sitrep;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * A news report as a whole: where it was published and when, who wrote it, the posts it embeds,
 * and the incidents, claims and aid packages it contains.
 *
 * <p>The seed article ("Multiple Ukrainian drones were shot down following attempted attacks across
 * Russia overnight, the Kremlin has claimed ...") is one report holding ten incidents, the claims
 * of the Kremlin, Moscow's mayor, Interfax, local media, a Russian-appointed governor and President
 * Zelensky, a tweet by @maria_drutska, and two aid packages.
 *
 * <p>A report is the unit of integrity: every id in it (of incidents, casualty figures, claims, aid
 * packages and posts) is unique across the whole report, and every reference between them resolves
 * inside it. A report that breaks this cannot be built; all its problems are reported at once, with
 * paths such as {@code claims[2].aboutIncidents[0]}.
 *
 * <p>Built with {@code Report.builder().id(ReportId.of("seed-2023-09-07")).headline(...)
 * .publisher(...).publishedAt(...)} and, for the lists, {@code addAuthor(Actor)}, {@code
 * addPost(EmbeddedPost)}, {@code addIncident(Incident)}, {@code addClaim(Claim)}, {@code
 * addAidPackage(AidPackage)} (each with an {@code addAll...} form); {@code withX(...)} copies a
 * built report with one attribute changed, checked again.
 */
@Value.Immutable
@SitrepStyle
public abstract class Report implements WithReport, Extensible {
  /** The schema version this library writes: {@value}. */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  Report() {}

  /** @return the report's id */
  public abstract ReportId id();

  /**
   * The version of the Sitrep schema the report follows, {@code MAJOR.MINOR}. Defaults to {@link
   * #CURRENT_SCHEMA_VERSION}; a report of another major version cannot be built by this library.
   *
   * @return the schema version, e.g. "1.0"
   */
  @Value.Default
  public String schemaVersion() {
    return CURRENT_SCHEMA_VERSION;
  }

  /** @return the headline as published */
  public abstract Optional<String> headline();

  /** @return who published it: a newspaper, a broadcaster */
  public abstract Optional<Actor> publisher();

  /** @return where it was published */
  public abstract Optional<URI> url();

  /** @return when it was published */
  public abstract Optional<OffsetDateTime> publishedAt();

  /**
   * @return the day it was published, where the outlet gives a date and no time; with {@link
   *     #publishedAt()}, that moment's date
   */
  public abstract Optional<java.time.LocalDate> publishedOn();

  /**
   * When the publisher last changed it, as the page says: "Updated 7 September 2023, 14:05".
   * Reports are revised as tolls rise; this tells two versions of one report apart. Not before
   * {@link #publishedAt()}.
   *
   * @return when it was last updated, if the report says
   */
  public abstract Optional<OffsetDateTime> modifiedAt();

  /**
   * The reports this one replaces: a corrected report published under a new id names the one it
   * corrects. A revision under the same id needs no entry here: a later {@link #modifiedAt()}
   * replaces it (see {@link ReportLedger}).
   *
   * @return the ids of the reports superseded; not this report's own
   */
  public abstract List<ReportId> supersedes();

  /** @return when the recorder retrieved it */
  public abstract Optional<OffsetDateTime> retrievedAt();

  /** @return the report's language, a BCP 47 tag: "en-GB" */
  public abstract Optional<String> language();

  /** @return who the report may be shared with, where it is marked (TLP 2.0) */
  public abstract Optional<Tlp> tlp();

  /** @return the licence and attribution terms of the report */
  public abstract Optional<Licence> licence();

  /** @return who wrote it */
  public abstract List<Actor> authors();

  /** @return the news agency whose copy this is, if it is agency copy: AP, AFP, Reuters */
  public abstract Optional<Syndication> syndication();

  /** @return the other outlets that ran the same story */
  public abstract List<Publication> otherPublications();

  /** @return social-media posts it embeds */
  public abstract List<EmbeddedPost> posts();

  /** @return the events it reports */
  public abstract List<Incident> incidents();

  /** @return what the people and organisations it quotes said */
  public abstract List<Claim> claims();

  /** @return the aid packages it reports */
  public abstract List<AidPackage> aidPackages();

  /**
   * @param id an incident id
   * @return the incident with that id, if the report holds one
   */
  public final Optional<Incident> incident(IncidentId id) {
    List<Incident> incidents = incidents();
    for (int i = 0; i < incidents.size(); i++) {
      if (incidents.get(i).id().equals(id)) {
        return Optional.of(incidents.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * @param id a claim id
   * @return the claim with that id, if the report holds one
   */
  public final Optional<Claim> claim(ClaimId id) {
    return claims().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * @param id an aid package id
   * @return the aid package with that id, if the report holds one
   */
  public final Optional<AidPackage> aidPackage(AidPackageId id) {
    return aidPackages().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The claims about an incident: those that name it, and those it lists.
   *
   * @param id an incident id
   * @return the claims, in report order
   */
  public final List<Claim> claimsAbout(IncidentId id) {
    Set<ClaimId> listed =
        incident(id).map(i -> (Set<ClaimId>) new HashSet<>(i.claims())).orElse(Set.of());
    return claims().stream()
        .filter(c -> c.aboutIncidents().contains(id) || listed.contains(c.id()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * What is said about a claim: the claims that answer it ({@link Claim#aboutClaims()}: denials,
   * confirmations, disputes), in report order. Its assessments are on the claim itself ({@link
   * Claim#assessments()}).
   *
   * @param id a claim id
   * @return the claims about it
   */
  public final List<Claim> claimsAbout(ClaimId id) {
    return claims().stream()
        .filter(c -> c.aboutClaims().contains(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The current casualty figures of the whole report: each incident's {@link
   * Incident#currentCasualties()}, so that a revised toll is counted once, as revised.
   *
   * @return the figures not superseded, incident by incident
   */
  public final List<Casualty> currentFigures() {
    return incidents().stream()
        .flatMap(i -> i.currentCasualties().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}; each attribute may be set once. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Rules.schemaVersion(v, "schemaVersion", schemaVersion(), CURRENT_SCHEMA_VERSION);
    Rules.text(v, "headline", headline());
    Rules.httpUrl(v, "url", url());
    Rules.languageTag(v, "language", language());
    // Messages are built only on failure: the checks run on every value read.
    Optional<OffsetDateTime> published = publishedAt();
    if (published.isPresent()) {
      OffsetDateTime at = published.get();
      Optional<OffsetDateTime> retrieved = retrievedAt();
      if (retrieved.isPresent() && retrieved.get().isBefore(at)) {
        v.add("retrievedAt", "must not be before publishedAt (" + at + ")");
      }
      Optional<java.time.LocalDate> on = publishedOn();
      if (on.isPresent() && !at.toLocalDate().equals(on.get())) {
        v.add("publishedOn", "must be the date of publishedAt (" + at.toLocalDate() + ")");
      }
      Optional<OffsetDateTime> modified = modifiedAt();
      if (modified.isPresent() && modified.get().isBefore(at)) {
        v.add("modifiedAt", "must not be before publishedAt (" + at + ")");
      }
    }
    Rules.distinct(v, "supersedes", supersedes());
    if (supersedes().contains(id())) {
      v.add("supersedes", "a report does not supersede itself ('" + id() + "')");
    }
    checkReferences(v, ReportIds.index(this, v));
    Rules.extensions(v, extensions());
    v.throwIfAny("Report");
  }

  /**
   * Every reference resolves inside the report, to a part of its kind. Paths are built only for
   * the references that do not resolve.
   */
  private void checkReferences(Violations v, ReportIds known) {
    for (int i = 0; i < incidents().size(); i++) {
      Incident incident = incidents().get(i);
      refs(v, known, "incidents", i, "claims", incident.claims(), "claim");
      for (int k = 0; k < incident.links().size(); k++) {
        IncidentLink link = incident.links().get(k);
        ref(v, known, "incidents", i, "links", k, ".incident", link.incident(), "incident");
        if (link.incident().isPresent() && link.globalId().isPresent()) {
          Optional<GlobalId> theirs = incident(link.incident().get()).flatMap(Incident::globalId);
          if (theirs.isPresent() && !theirs.equals(link.globalId())) {
            v.add(
                path("incidents", i, "links", k, ".globalId"),
                "is '" + link.globalId().get() + "', but incident '" + link.incident().get()
                    + "' has the global id '" + theirs.get() + "'");
          }
        }
        ref(v, known, "incidents", i, "links", k, ".claim", link.claim(), "claim");
      }
      for (int k = 0; k < incident.parties().size(); k++) {
        ref(v, known, "incidents", i, "parties", k, ".claim", incident.parties().get(k).claim(),
            "claim");
      }
      for (int k = 0; k < incident.engagements().size(); k++) {
        ref(v, known, "incidents", i, "engagements", k, ".claim",
            incident.engagements().get(k).claim(), "claim");
      }
      for (int k = 0; k < incident.casualties().size(); k++) {
        Casualty casualty = incident.casualties().get(k);
        ref(v, known, "incidents", i, "casualties", k, ".claim", casualty.claim(), "claim");
        Optional<DeFactoControl> control = control(casualty.location());
        if (control.isPresent()) {
          ref(v, known, "incidents", i, "casualties", k, ".location.control.claim",
              control.get().claim(), "claim");
        }
      }
      Optional<DeFactoControl> control = control(incident.location());
      if (control.isPresent()) {
        ref(v, known, "incidents", i, "location.control.claim", -1, "", control.get().claim(),
            "claim");
      }
    }
    for (int i = 0; i < claims().size(); i++) {
      Claim claim = claims().get(i);
      refs(v, known, "claims", i, "aboutIncidents", claim.aboutIncidents(), "incident");
      refs(v, known, "claims", i, "aboutCasualties", claim.aboutCasualties(), "casualty figure");
      refs(v, known, "claims", i, "aboutAidPackages", claim.aboutAidPackages(), "aid package");
      refs(v, known, "claims", i, "aboutClaims", claim.aboutClaims(), "claim");
      ref(v, known, "claims", i, "post", -1, "", claim.post(), "post");
    }
    for (int i = 0; i < aidPackages().size(); i++) {
      AidPackage aid = aidPackages().get(i);
      refs(v, known, "aidPackages", i, "related", aid.related(), "aid package");
      refs(v, known, "aidPackages", i, "claims", aid.claims(), "claim");
    }
  }

  /** {@code location.flatMap(Location::control)}, without the lambda. */
  private static Optional<DeFactoControl> control(Optional<Location> location) {
    return location.isPresent() ? location.get().control() : Optional.empty();
  }

  /** {@code list[i].step[k]tail}, or {@code list[i].steptail} without an index ({@code k < 0}). */
  private static String path(String list, int i, String step, int k, String tail) {
    return list + "[" + i + "]." + step + (k < 0 ? "" : "[" + k + "]") + tail;
  }

  private static void refs(
      Violations v,
      ReportIds known,
      String list,
      int i,
      String step,
      List<? extends Identifier> ids,
      String what) {
    for (int j = 0; j < ids.size(); j++) {
      if (known.contains(ids.get(j))) {
        continue;
      }
      if (v.keeps()) {
        unknown(v, path(list, i, step, j, ""), ids.get(j), what);
      } else {
        v.omit();
      }
    }
  }

  private static void ref(
      Violations v,
      ReportIds known,
      String list,
      int i,
      String step,
      int k,
      String tail,
      Optional<? extends Identifier> id,
      String what) {
    if (id.isPresent() && !known.contains(id.get())) {
      unknown(v, path(list, i, step, k, tail), id.get(), what);
    }
  }

  private static void unknown(Violations v, String path, Identifier id, String what) {
    if (v.keeps()) {
      v.add(path, "refers to " + what + " '" + id + "', which is not in this report");
    } else {
      v.omit();
    }
  }
}
