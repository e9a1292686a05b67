package org.sitrep.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.Estimate;

/**
 * The values of the golden files of the conformance corpus ({@code sitrep-conformance}, {@code
 * golden/}): one per public object type, each from {@link EveryAttribute} (so each sets every
 * property of its type; {@code report} holds them all), and the seed report; the golden estimate
 * is an open-ended one ("up to 17"), with the exact zero beside it. Every binding's golden test
 * writes these values and compares with the files, so that all bindings are held to one set of
 * files and one set of values.
 */
public final class GoldenValues {
  private GoldenValues() {}

  /**
   * A value with its public type and the name of its golden file (under {@code golden/}).
   *
   * @param name the golden file's name without {@code .json}, such as {@code seed-report}
   * @param type the value's public Sitrep type, such as {@code Report.class}
   * @param value the value the golden file holds
   */
  public record Sample(String name, Class<?> type, Object value) {
    /** @return the name, for test reports */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Every golden value.
   *
   * @return the samples, in the order of the wire-format document
   */
  public static List<Sample> all() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seed-report", SeedArticle.report());
    m.put("report", EveryAttribute.report());
    m.put("incident", EveryAttribute.incident());
    m.put("claim", EveryAttribute.claim());
    m.put("aid-package", EveryAttribute.aidPackage());
    m.put("location", EveryAttribute.location());
    m.put(
        "location-international",
        org.sitrep.Location.builder()
            .name("Black Sea")
            .precision(org.sitrep.GeoPrecision.INTERNATIONAL)
            .description("over the Black Sea")
            .build());
    m.put("casualty", EveryAttribute.casualty());
    m.put("estimate", Estimate.upTo(17).withPhrase("up to 17"));
    m.put("estimate-exact-zero", Estimate.exactly(0).withPhrase("no casualties"));
    m.put("estimate-more-than", Estimate.moreThan(24).withPhrase("over two dozen"));
    m.put("estimate-fewer-than", Estimate.fewerThan(12).withBest(10).withPhrase("under a dozen"));
    m.put("reported-time", EveryAttribute.reportedTime());
    m.put(
        "reported-time-approximate",
        org.sitrep.ReportedTime.around(java.time.OffsetDateTime.parse("2023-09-07T21:15:00+03:00"))
            .withPhrase("around 21:15"));
    m.put("money", EveryAttribute.money());
    m.put("monetary-value", EveryAttribute.monetaryValue());
    m.put("actor", EveryAttribute.actor());
    m.put("channel", EveryAttribute.channel());
    m.put("place-name", EveryAttribute.placeName());
    m.put("admin-area", EveryAttribute.adminArea());
    m.put("geo-point", EveryAttribute.geoPoint());
    m.put("de-facto-control", EveryAttribute.deFactoControl());
    m.put("gazetteer-ref", EveryAttribute.gazetteerRef());
    m.put("engagement", EveryAttribute.engagement());
    m.put("party", EveryAttribute.party());
    m.put("relative-position", EveryAttribute.relativePosition());
    m.put("casualty-group", EveryAttribute.casualtyGroup());
    m.put("site", EveryAttribute.site());
    m.put("damage", EveryAttribute.damage());
    m.put("aid-item", EveryAttribute.aidItem());
    m.put("embedded-post", EveryAttribute.embeddedPost());
    m.put("dataset-record", EveryAttribute.datasetRecord());
    m.put("acled-coding", EveryAttribute.acledCoding());
    m.put("ucdp-coding", EveryAttribute.ucdpCoding());
    m.put("incident-link", EveryAttribute.incidentLink());
    m.put("assessment", EveryAttribute.assessment());
    m.put("evidence", EveryAttribute.evidence());
    m.put("content-hash", EveryAttribute.contentHash());
    m.put("coding", EveryAttribute.coding());
    m.put("confidence", EveryAttribute.confidence());
    m.put("syndication", EveryAttribute.syndication());
    m.put("publication", EveryAttribute.publication());
    m.put("licence", EveryAttribute.licence());
    m.put("withdrawal", EveryAttribute.withdrawal());
    List<Sample> samples = new ArrayList<>();
    m.forEach((name, value) -> samples.add(new Sample(name, publicType(value.getClass()), value)));
    return samples;
  }

  /**
   * The public Sitrep type of a value: the abstract type behind a generated class.
   *
   * @param type a value's class, such as {@code ImmutableReport}
   * @return its public type, such as {@code Report}
   */
  public static Class<?> publicType(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }
}
