package org.sitrep.benchmarks;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AdminArea;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.Channel;
import org.sitrep.ChannelKind;
import org.sitrep.Claim;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;
import org.sitrep.GazetteerRef;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPoint;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.ReportedTime;
import org.sitrep.testing.SeedArticle;

/**
 * The seed report with every attribute of every type set at least once, so that a baseline
 * missing a field fails to bind it. The seed report alone leaves some unset (a geographic point,
 * an exact time, the report's publisher).
 */
public final class EveryAttribute {
  private EveryAttribute() {}

  /** @return the seed report with every attribute set */
  public static Report report() {
    Report seed = SeedArticle.report();
    Actor outlet =
        SeedArticle.PUBLISHER
            .withUrl(URI.create("https://news.example.org/"))
            .withHandle("@outlet");
    List<Incident> incidents = new ArrayList<>(seed.incidents());
    int strike = incidents.indexOf(seed.incident(SeedArticle.KOSTIANTYNIVKA_STRIKE).orElseThrow());
    Incident kostiantynivka = incidents.get(strike);
    Location place = kostiantynivka.location().orElseThrow();
    incidents.set(
        strike,
        kostiantynivka
            .withTime(
                ReportedTime.at(OffsetDateTime.of(2023, 9, 6, 14, 4, 0, 0, ZoneOffset.ofHours(3)))
                    .withPhrase("On Wednesday afternoon"))
            .withLocation(
                place
                    .withAdmin2(AdminArea.builder().name("Kramatorsk raion").build())
                    .withPoint(GeoPoint.of(48.5277, 37.7069))
                    .withGazetteerIds(
                        GazetteerRef.of(GazetteerScheme.GEONAMES, "704202"),
                        GazetteerRef.of(GazetteerScheme.WIKIDATA, "Q244924"))));

    List<Claim> claims = new ArrayList<>(seed.claims());
    Claim videos = seed.claim(SeedArticle.VIDEOS_CLAIM).orElseThrow();
    claims.set(
        claims.indexOf(videos),
        videos.withChannel(
            Channel.builder()
                .kind(ChannelKind.VIDEO)
                .name("social media")
                .url(URI.create("https://video.example.org/rostov"))
                .build()));

    List<AidPackage> aid = new ArrayList<>(seed.aidPackages());
    AidPackage us = seed.aidPackage(SeedArticle.US_AID).orElseThrow();
    aid.set(
        aid.indexOf(us),
        us.withItems(
                AidItem.builder()
                    .description("depleted uranium anti-tank shells")
                    .category(us.items().get(0).category())
                    .quantity(
                        Estimate.builder()
                            .qualifier(EstimateQualifier.APPROXIMATELY)
                            .low(1000)
                            .best(1500)
                            .high(2000)
                            .phrase("some 1,500 rounds")
                            .build())
                    .platform("Abrams tanks")
                    .build())
            .withSummary("A package of up to $175 million."));

    return seed.withHeadline("Drones downed across Russia; missile strike on Kostiantynivka market")
        .withPublisher(outlet)
        .withUrl(URI.create("https://news.example.org/2023/09/07/drones"))
        .withPublishedAt(OffsetDateTime.of(2023, 9, 7, 6, 30, 0, 0, ZoneOffset.ofHours(1)))
        .withRetrievedAt(OffsetDateTime.of(2023, 9, 7, 8, 0, 0, 0, ZoneOffset.UTC))
        .withAuthors(
            Actor.builder()
                .name("A. Reporter")
                .kind(ActorKind.PERSON)
                .role("correspondent")
                .build())
        .withPosts(
            seed.posts()
                .get(0)
                .withUrl(URI.create("https://twitter.com/maria_drutska/status/1699677")))
        .withIncidents(incidents)
        .withClaims(claims)
        .withAidPackages(aid);
  }
}
