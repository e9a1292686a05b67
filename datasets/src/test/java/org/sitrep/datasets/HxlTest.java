package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.datasets.JsonTree.array;
import static org.sitrep.datasets.JsonTree.object;
import static org.sitrep.datasets.TestReports.figure;
import static org.sitrep.datasets.TestReports.incident;
import static org.sitrep.datasets.TestReports.located;
import static org.sitrep.datasets.TestReports.report;
import static org.sitrep.datasets.TestReports.unlocated;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Estimate;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.testing.SeedArticle;

class HxlTest {
  /**
   * The HXL standard's hashtag syntax, as its hashtag row must follow it: {@code #}, a name (a
   * letter, then letters, digits or underscores), then attributes, each {@code +} and a name. HXL
   * compares them case-insensitively; Sitrep writes them in lower case.
   */
  static final Pattern HASHTAG = Pattern.compile("#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*");

  static String hxl(List<Report> reports) throws IOException {
    return Tables.write(Hxl::writer, reports);
  }

  static List<List<String>> rows(String csv) {
    return Tables.rows(csv);
  }

  /** The data rows (after the header and the hashtag row), each by column name. */
  static List<Map<String, String>> records(String csv) {
    List<List<String>> rows = rows(csv);
    assertThat(rows.get(0)).isEqualTo(Hxl.COLUMNS);
    assertThat(rows.get(1)).isEqualTo(Hxl.HASHTAGS);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> row : rows.subList(2, rows.size())) {
      assertThat(row).hasSameSizeAs(Hxl.COLUMNS);
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        m.put(Hxl.COLUMNS.get(i), row.get(i));
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void theHashtagRowFollowsTheHxlSyntaxUnderTheHeaderRow() throws IOException {
    List<List<String>> rows = rows(hxl(List.of()));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(Hxl.COLUMNS).doesNotHaveDuplicates();
    assertThat(rows.get(1)).isEqualTo(Hxl.HASHTAGS).hasSameSizeAs(Hxl.COLUMNS).doesNotHaveDuplicates();
    assertThat(rows.get(1)).allSatisfy(tag -> assertThat(tag).matches(HASHTAG));
    // The syntax check can fail: a capital, a space, a missing name, an attribute without "+".
    assertThat(List.of("#Geo+lat", "#geo +lat", "#+lat", "geo+lat", "#geo+", "#geo+1st", "#geo-lat"))
        .noneMatch(t -> HASHTAG.matcher(t).matches());
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 0; i < Hxl.COLUMNS.size(); i++) {
      tags.put(Hxl.COLUMNS.get(i), Hxl.HASHTAGS.get(i));
    }
    // The HXL standard's core hashtags where one fits.
    assertThat(tags).containsEntry("event_id", "#event+id").containsEntry("acled_event_type", "#event+type")
        .containsEntry("acled_sub_event_type", "#event+type+sub")
        .containsEntry("time_start", "#date+start").containsEntry("time_end", "#date+end")
        .containsEntry("country_code", "#country+code").containsEntry("country_name", "#country+name")
        .containsEntry("admin1", "#adm1+name").containsEntry("admin2", "#adm2+name")
        .containsEntry("admin3", "#adm3+name").containsEntry("location_name", "#loc+name")
        .containsEntry("latitude", "#geo+lat").containsEntry("longitude", "#geo+lon")
        .containsEntry("killed", "#affected+killed").containsEntry("injured", "#affected+injured")
        .containsEntry("claim_sources", "#meta+source").containsEntry("summary", "#description");
    // A column for each outcome the core knows: its figure, its least and its most.
    for (CasualtyOutcome o : CasualtyOutcome.knownValues()) {
      assertThat(tags).containsEntry(o.code(), "#affected+" + o.code())
          .containsEntry(o.code() + "_low", "#affected+" + o.code() + "+min")
          .containsEntry(o.code() + "_high", "#affected+" + o.code() + "+max");
    }
  }

  @Test
  void theAcledSampleRowsHoldTheAcledColumnsValues() throws IOException {
    List<Report> reports = GeoJsonTest.acledSample();
    List<Map<String, String>> hxl = records(hxl(reports));
    List<List<String>> acled = AcledTest.rows(AcledTest.sample());
    assertThat(hxl).hasSize(acled.size() - 1).hasSize(9);
    for (int r = 0; r < hxl.size(); r++) {
      Map<String, String> row = hxl.get(r);
      Map<String, String> in = new LinkedHashMap<>();
      for (int c = 0; c < Acled.COLUMNS.size(); c++) {
        in.put(Acled.COLUMNS.get(c), acled.get(r + 1).get(c));
      }
      String at = "row " + (r + 1);
      assertThat(row.get("report_id")).as(at).isEqualTo(in.get("event_id_cnty"));
      assertThat(row.get("event_id")).as(at).isEqualTo(in.get("event_id_cnty") + "/" + in.get("event_id_cnty"));
      assertThat(row.get("acled_event_type")).as(at).isEqualTo(in.get("event_type"));
      assertThat(row.get("acled_sub_event_type")).as(at).isEqualTo(in.get("sub_event_type"));
      assertThat(row.get("location_name")).as(at).isEqualTo(in.get("location"));
      assertThat(row.get("admin1")).as(at).isEqualTo(in.get("admin1"));
      assertThat(row.get("admin2")).as(at).isEqualTo(in.get("admin2"));
      assertThat(row.get("admin3")).as(at).isEqualTo(in.get("admin3"));
      assertThat(new BigDecimal(row.get("latitude"))).as(at).isEqualByComparingTo(in.get("latitude"));
      assertThat(new BigDecimal(row.get("longitude"))).as(at).isEqualByComparingTo(in.get("longitude"));
      assertThat(row.get("claim_sources")).as(at).isEqualTo(in.get("source"));
      assertThat(row.get("summary")).as(at).isEqualTo(in.get("notes"));
      assertThat(row.get("records")).as(at).isEqualTo("acled:" + in.get("event_id_cnty"));
      // ACLED's 0 is no figure: an empty cell, not a zero.
      String fatalities = in.get("fatalities");
      assertThat(row.get("killed")).as(at).isEqualTo(fatalities.equals("0") ? "" : fatalities);
      assertThat(row.get("killed_low")).as(at).isEqualTo(fatalities.equals("0") ? "" : fatalities);
      assertThat(row.get("killed_high")).as(at).isEmpty();
      assertThat(row.get("country_name")).as(at).isEqualTo(in.get("country"));
    }
    Map<String, String> first = hxl.get(0);
    assertThat(first).containsEntry("country_code", "UKR").containsEntry("time_start", "2023-09-06")
        .containsEntry("time_end", "2023-09-06").containsEntry("time_precision", "day")
        .containsEntry("geo_precision", "town").containsEntry("type", "shelling_or_missile_attack")
        .containsEntry("claims_count", "2")
        .containsEntry("claim_ids", "UKR123456-source-1; UKR123456-source-2");
    assertThat(hxl.get(2)).containsEntry("country_code", "RUS").containsEntry("time_precision", "week");
    assertThat(hxl.get(5)).containsEntry("country_code", "").containsEntry("country_name", "Kosovo");
  }

  /**
   * Each row holds the values of its incident as the GeoJSON writer gives them: a column and a
   * property of the same name hold the same value (an empty cell for null, a list joined with
   * "; "); event_id is the feature's id, latitude and longitude its point, country_code the alpha-3
   * code of its country. Checked on the seed article and on reports sitrep-testing generates.
   */
  @Example
  void rowsHoldTheIncidentsValuesAsTheGeoJsonPropertiesDo() throws IOException {
    List<Report> reports = new ArrayList<>(TestReports.generated(150, TestReports.SEED + 2));
    reports.add(SeedArticle.report());
    reports.add(report("mixed", located("a"), unlocated("b"), incident("c").build()));
    List<Map<String, String>> rows = records(hxl(reports));
    List<Map<String, Object>> features = GeoJsonTest.features(TestReports.geoJson(reports));
    assertThat(rows).hasSameSizeAs(features);
    Set<String> shared = new HashSet<>(Hxl.COLUMNS);
    shared.remove("other_casualties");
    int compared = 0;
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Map<String, Object> feature = features.get(i);
      Map<String, Object> p = GeoJsonTest.properties(feature);
      for (Map.Entry<String, Object> e : p.entrySet()) {
        if (shared.contains(e.getKey())) {
          assertThat(row.get(e.getKey())).as("row %d, column %s", i + 1, e.getKey())
              .isEqualTo(cell(e.getValue()));
          compared++;
        }
      }
      for (CasualtyOutcome o : CasualtyOutcome.knownValues()) {
        if (!p.containsKey(o.code() + "_qualifier")) {
          assertThat(row.get(o.code())).isEmpty();
          assertThat(row.get(o.code() + "_low")).isEmpty();
          assertThat(row.get(o.code() + "_high")).isEmpty();
        }
      }
      List<String> others = new ArrayList<>();
      for (Object o : p.containsKey("other_casualties") ? array(p.get("other_casualties")) : List.of()) {
        Map<String, Object> t = object(o);
        others.add(t.get("outcome") + " " + (t.get("figure") == null ? "?" : cell(t.get("figure")))
            + " (" + t.get("qualifier") + ", " + cell(t.get("low")) + "-" + cell(t.get("high")) + ")");
        compared++;
      }
      assertThat(row.get("other_casualties")).isEqualTo(String.join("; ", others));
      assertThat(row.get("event_id")).isEqualTo(feature.get("id"));
      Object geometry = feature.get("geometry");
      if (geometry == null) {
        assertThat(row.get("latitude")).isEmpty();
        assertThat(row.get("longitude")).isEmpty();
      } else {
        List<Object> lonLat = array(object(geometry).get("coordinates"));
        assertThat(row.get("longitude")).isEqualTo(cell(lonLat.get(0)));
        assertThat(row.get("latitude")).isEqualTo(cell(lonLat.get(1)));
      }
      Object country = p.get("country");
      assertThat(row.get("country_code")).isEqualTo(
          country == null ? "" : new java.util.Locale("", (String) country).getISO3Country());
    }
    assertThat(compared).isGreaterThan(rows.size() * 20);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List) {
      List<String> parts = new ArrayList<>();
      for (Object o : (List<?>) value) {
        parts.add(cell(o));
      }
      return String.join("; ", parts);
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return value.toString();
  }

  @Test
  void anOutcomeWithoutAColumnIsWrittenInOtherCasualties() throws IOException {
    Incident i =
        incident("x")
            .addCasualty(figure("fled", CasualtyOutcome.of("displaced"), Estimate.between(100, 150)))
            .addCasualty(figure("several", CasualtyOutcome.of("evacuated"), Estimate.unspecified("several")))
            .addCasualty(figure("hurt", CasualtyOutcome.INJURED, Estimate.upTo(4)))
            .build();
    Map<String, String> row = records(hxl(List.of(report("r", i)))).get(0);
    assertThat(row.get("other_casualties"))
        .isEqualTo("displaced 100 (range, 100-150); evacuated ? (unspecified, -)");
    assertThat(row).containsEntry("injured", "").containsEntry("injured_low", "")
        .containsEntry("injured_high", "4");
  }

  @Test
  void cellsWithCommasQuotesAndLineBreaksReadBackAsWritten() throws IOException {
    String summary = "Shelled, again: \"the market\"\nand the station; 3 killed";
    Incident i = incident("q").summary(summary)
        .location(Location.builder().name("Kyiv, \"centre\"").precision(GeoPrecision.TOWN).build())
        .build();
    Map<String, String> row = records(hxl(List.of(report("r", i)))).get(0);
    assertThat(row).containsEntry("summary", summary).containsEntry("location_name", "Kyiv, \"centre\"");
  }
}
