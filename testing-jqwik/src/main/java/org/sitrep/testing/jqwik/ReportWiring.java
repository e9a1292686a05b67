package org.sitrep.testing.jqwik;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.AidPackage;
import org.sitrep.AidPackageId;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.EmbeddedPost;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.Location;
import org.sitrep.PostId;
import org.sitrep.Report;

/**
 * Turns independently generated parts into one valid {@link Report}: gives every part an id unique
 * across the report, then points each reference at a part of the same report, choosing which with
 * the generated bits in {@code choices} (so that the wiring shrinks with the rest: all-zero choices
 * mean no references at all).
 */
final class ReportWiring {
  private final List<Long> choices;
  private int next;

  private ReportWiring(List<Long> choices) {
    this.choices = choices;
  }

  static Report wire(
      ReportHead head,
      String prefix,
      List<EmbeddedPost> posts,
      List<Incident> incidents,
      List<Claim> claims,
      List<AidPackage> aidPackages,
      List<Long> choices) {
    ReportWiring w = new ReportWiring(choices);
    List<PostId> postIds = ids(posts.size(), i -> PostId.of(prefix + "post-" + i));
    List<IncidentId> incidentIds =
        ids(incidents.size(), i -> IncidentId.of(prefix + "incident-" + i));
    List<ClaimId> claimIds = ids(claims.size(), i -> ClaimId.of(prefix + "claim-" + i));
    List<AidPackageId> aidIds = ids(aidPackages.size(), i -> AidPackageId.of(prefix + "aid-" + i));
    List<CasualtyId> casualtyIds = new ArrayList<>();

    List<Incident> wiredIncidents = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      IncidentId id = incidentIds.get(i);
      List<Casualty> casualties = new ArrayList<>();
      java.util.Map<CasualtyId, CasualtyId> renamed = new java.util.HashMap<>();
      for (int k = 0; k < incident.casualties().size(); k++) {
        renamed.put(incident.casualties().get(k).id(), CasualtyId.of(id.value() + ".casualty-" + k));
      }
      for (int k = 0; k < incident.casualties().size(); k++) {
        CasualtyId casualtyId = CasualtyId.of(id.value() + ".casualty-" + k);
        casualtyIds.add(casualtyId);
        Casualty original = incident.casualties().get(k);
        Casualty casualty =
            original
                .withSupersedes(java.util.Optional.empty())
                .withId(casualtyId)
                .withSupersedes(original.supersedes().map(renamed::get))
                .withClaim(w.maybe(claimIds));
        if (casualty.location().flatMap(Location::control).isPresent()) {
          Location l = casualty.location().get();
          casualty = casualty.withLocation(l.withControl(l.control().get().withClaim(w.maybe(claimIds))));
        }
        casualties.add(casualty);
      }
      Optional<Location> location =
          incident
              .location()
              .map(
                  l ->
                      l.control().isPresent()
                          ? l.withControl(l.control().get().withClaim(w.maybe(claimIds)))
                          : l);
      // Two parties (or links) that differed only by their claim may become equal: keep each once.
      java.util.Set<org.sitrep.Party> wiredParties = new java.util.LinkedHashSet<>();
      for (org.sitrep.Party party : incident.parties()) {
        wiredParties.add(party.withClaim(w.maybe(claimIds)));
      }
      List<org.sitrep.Party> parties = new ArrayList<>(wiredParties);
      java.util.Set<org.sitrep.IncidentLink> wiredLinks = new java.util.LinkedHashSet<>();
      for (org.sitrep.IncidentLink link : incident.links()) {
        wiredLinks.add(link.withClaim(w.maybe(claimIds)));
      }
      List<org.sitrep.IncidentLink> links = new ArrayList<>(wiredLinks);
      if (i > 0 && (w.nextChoice() & 1) == 1) {
        links.add(
            org.sitrep.IncidentLink.builder()
                .relation(org.sitrep.IncidentRelation.PART_OF)
                .incident(incidentIds.get(i - 1))
                .claim(w.maybe(claimIds))
                .build());
      }
      List<org.sitrep.Engagement> engagements = new ArrayList<>();
      for (org.sitrep.Engagement engagement : incident.engagements()) {
        engagements.add(engagement.withClaim(w.maybe(claimIds)));
      }
      wiredIncidents.add(
          incident
              .withId(id)
              .withCasualties(casualties)
              .withEngagements(engagements)
              .withParties(parties)
              .withLinks(links)
              .withLocation(location)
              .withClaims(w.subset(claimIds)));
    }

    List<Claim> wiredClaims = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      ClaimId id = claimIds.get(i);
      Claim claim = claims.get(i);
      boolean silentOnCasualties = claim.silentOn().contains(org.sitrep.ClaimTopic.CASUALTIES);
      List<ClaimId> otherClaims =
          claimIds.stream().filter(other -> !other.equals(id)).collect(Collectors.toList());
      wiredClaims.add(
          claim
              .withAboutClaims(List.of())
              .withId(id)
              .withAboutClaims(w.subset(otherClaims))
              .withAboutIncidents(w.subset(incidentIds))
              .withAboutCasualties(silentOnCasualties ? List.of() : w.subset(casualtyIds))
              .withAboutAidPackages(w.subset(aidIds))
              .withPost(w.maybe(postIds)));
    }

    List<AidPackage> wiredAid = new ArrayList<>();
    for (int i = 0; i < aidPackages.size(); i++) {
      AidPackageId id = aidIds.get(i);
      List<AidPackageId> others =
          aidIds.stream().filter(other -> !other.equals(id)).collect(Collectors.toList());
      wiredAid.add(
          aidPackages
              .get(i)
              .withRelated(List.of())
              .withId(id)
              .withRelated(w.subset(others))
              .withClaims(w.subset(claimIds)));
    }

    List<EmbeddedPost> wiredPosts = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      wiredPosts.add(posts.get(i).withId(postIds.get(i)));
    }

    return head.builder()
        .addAllPosts(wiredPosts)
        .addAllIncidents(wiredIncidents)
        .addAllClaims(wiredClaims)
        .addAllAidPackages(wiredAid)
        .build();
  }

  private static <T> List<T> ids(int count, Function<Integer, T> id) {
    List<T> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(id.apply(i));
    }
    return ids;
  }

  private long nextChoice() {
    long choice = choices.isEmpty() ? 0 : choices.get(next % choices.size());
    next++;
    return choice;
  }

  /**
   * @return the elements of {@code pool} whose bit is set in the next choice, in pool order
   */
  private <T> List<T> subset(List<T> pool) {
    long bits = nextChoice();
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < pool.size() && i < Long.SIZE; i++) {
      if ((bits >>> i & 1) == 1) {
        chosen.add(pool.get(i));
      }
    }
    return chosen;
  }

  /**
   * @return one element of {@code pool} or none, as the next choice says
   */
  private <T> Optional<T> maybe(List<T> pool) {
    long bits = nextChoice();
    if (pool.isEmpty() || (bits & 1) == 0) {
      return Optional.empty();
    }
    return Optional.of(pool.get((int) Long.remainderUnsigned(bits >>> 1, pool.size())));
  }
}
