package org.sitrep.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.sitrep.Estimate;
import org.sitrep.GeoPoint;
import org.sitrep.Location;
import org.sitrep.Money;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.testing.SeedArticle;

/**
 * The generators reach the cases that break code: as named edge cases, which jqwik tries early, and
 * within the ordinary run of generated values.
 */
class SitrepArbitrariesEdgeCasesTest {

  @Example
  void estimates_edgeCases_includeExactZero_andOpenEnds() {
    assertThat(edgeCases(SitrepArbitraries.estimates()))
        .contains(
            Estimate.exactly(0),
            Estimate.exactly(0).withPhrase("no casualties"),
            Estimate.atLeast(0),
            Estimate.upTo(Long.MAX_VALUE),
            Estimate.unspecified("several"));
  }

  @Example
  void texts_edgeCases_includeCyrillic_andEmoji() {
    assertThat(edgeCases(SitrepArbitraries.texts())).contains("x", "Костянтинівка", "🔥");
    assertThat(edgeCases(SitrepArbitraries.names())).contains("Rostov doesn't sleep🔥");
  }

  @Example
  void geoPoints_edgeCases_includeThePoles_andTheAntimeridian() {
    assertThat(edgeCases(SitrepArbitraries.geoPoints()))
        .contains(
            GeoPoint.of(90, 180),
            GeoPoint.of(-90, -180),
            GeoPoint.of(90, -180),
            GeoPoint.of(-90, 180));
  }

  @Example
  void locations_edgeCases_includeUnicodeNames_atTheEdgesOfTheMap() {
    assertThat(edgeCases(SitrepArbitraries.locations()))
        .anySatisfy(
            l -> {
              assertThat(l.name()).contains("Енергодар");
              assertThat(l.point()).hasValue(GeoPoint.of(90, 180));
            })
        .anySatisfy(
            l -> {
              assertThat(l.name()).contains("🔥");
              assertThat(l.point()).hasValue(GeoPoint.of(-90, -180));
            });
  }

  @Example
  void money_edgeCases_includeZero_withAndWithoutDecimals() {
    assertThat(edgeCases(SitrepArbitraries.moneys()))
        .contains(Money.of("0", "USD"), Money.of("0.00", "EUR"));
  }

  @Example
  void reports_edgeCases_includeTheEmptyReport_andTheSeedArticle() {
    assertThat(edgeCases(SitrepArbitraries.reports()))
        .contains(Report.builder().id(ReportId.of("x")).build(), SeedArticle.report());
  }

  @Example
  void ids_edgeCases_includeTheShortest_andTheLongest() {
    assertThat(edgeCases(SitrepArbitraries.idTokens()))
        .anySatisfy(id -> assertThat(id).hasSize(1))
        .anySatisfy(id -> assertThat(id).hasSize(128));
  }

  /**
   * Edge cases also come up among ordinary values, not only as jqwik's first tries: each of these
   * labels is true for at least one of 1000 values (in practice 5 to 50 percent of them).
   */
  @Property(tries = 1000)
  @StatisticsReport(onFailureOnly = true)
  void edgeCases_comeUpAmongGeneratedValues(@ForAll Estimate estimate, @ForAll Location location) {
    Statistics.label("exact zero").collect(estimate.isZero());
    Statistics.label("open-ended").collect(estimate.high().isEmpty());
    Statistics.label("Cyrillic name").collect(hasCyrillic(location.name().orElse("")));
    Statistics.label("emoji in a name").collect(hasEmoji(location.name().orElse("")));
    Statistics.label("pole or antimeridian")
        .collect(
            location
                .point()
                .map(p -> Math.abs(p.latitude()) == 90 || Math.abs(p.longitude()) == 180)
                .orElse(false));

    for (String label :
        List.of(
            "exact zero",
            "open-ended",
            "Cyrillic name",
            "emoji in a name",
            "pole or antimeridian")) {
      Statistics.label(label).coverage(checker -> checker.check(true).count(c -> c > 0));
    }
  }

  private static <T> List<T> edgeCases(Arbitrary<T> arbitrary) {
    List<T> values = new ArrayList<>();
    for (Shrinkable<T> edgeCase : arbitrary.edgeCases()) {
      values.add(edgeCase.value());
    }
    return values;
  }

  private static boolean hasCyrillic(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }

  private static boolean hasEmoji(String text) {
    return text.codePoints().anyMatch(c -> c >= 0x1F000);
  }
}
