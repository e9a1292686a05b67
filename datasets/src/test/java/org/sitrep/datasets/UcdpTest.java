package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.CodingMethod;
import org.sitrep.DatasetRecord;
import org.sitrep.DatasetScheme;
import org.sitrep.DyadSide;
import org.sitrep.Estimate;
import org.sitrep.EventClarity;
import org.sitrep.GeoPoint;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.Party;
import org.sitrep.PartyRole;
import org.sitrep.PopulationGroup;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.TimePrecision;
import org.sitrep.UcdpCoding;
import org.sitrep.VerificationStatus;
import org.sitrep.ViolenceType;

class UcdpTest {
  static String sample() {
    return org.sitrep.testing.DatasetSamples.ucdp();
  }

  static List<Report> read(String csv) {
    try (DatasetReader rows = Ucdp.reader(new StringReader(csv))) {
      return rows.stream().collect(Collectors.toList());
    }
  }

  static String write(List<Report> reports, UcdpStyle style) throws IOException {
    return Tables.write(out -> Ucdp.writer(out, style), reports);
  }

  static List<List<String>> rows(String csv) {
    return Tables.rows(csv);
  }

  static String csv(List<List<String>> rows) {
    return Tables.csv(rows);
  }

  /** The sample's first data row as a map from column to field, for building bad rows. */
  static Map<String, String> firstRow() throws IOException {
    List<List<String>> rows = rows(sample());
    Map<String, String> row = new java.util.LinkedHashMap<>();
    for (int c = 0; c < Ucdp.COLUMNS.size(); c++) {
      row.put(rows.get(0).get(c), rows.get(1).get(c));
    }
    return row;
  }

  /** The first row with some fields changed, as one CSV line. */
  static String withFields(String... columnsAndValues) throws IOException {
    Map<String, String> row = firstRow();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      assertThat(row).containsKey(columnsAndValues[i]);
      row.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return csv(List.of(new ArrayList<>(row.values())));
  }

  static String header() {
    return String.join(",", Ucdp.COLUMNS) + "\n";
  }

  @Test
  void theSampleRowsReadAndWrittenBackAreEqualColumnByColumn() throws IOException {
    String sample = sample();
    List<Report> reports = read(sample);
    assertThat(reports).hasSize(8);
    Tables.assertSameFields(sample, write(reports, UcdpStyle.standard()), Ucdp.COLUMNS);
    assertThat(write(reports, UcdpStyle.standard())).isEqualTo(sample);
  }

  @Test
  void isoDatesAndNumericActiveYearsReadAsTheSameReportsAndWriteBackTheSame() throws IOException {
    List<Report> reports = read(sample());
    UcdpStyle style = UcdpStyle.standard().withIsoDates().withNumericActiveYear();
    String styled = write(reports, style);
    List<List<String>> rows = rows(styled);
    int activeYear = Ucdp.COLUMNS.indexOf("active_year");
    int dateStart = Ucdp.COLUMNS.indexOf("date_start");
    assertThat(rows.get(1).get(activeYear)).isEqualTo("1");
    assertThat(rows.get(3).get(activeYear)).isEqualTo("0");
    assertThat(rows.get(1).subList(dateStart, dateStart + 2))
        .containsExactly("2023-09-06", "2023-09-06");
    assertThat(read(styled)).isEqualTo(reports);
    assertThat(write(read(styled), style)).isEqualTo(styled);

    List<List<String>> mixed = new ArrayList<>(rows(sample()));
    mixed.set(1, rows.get(1));
    mixed.set(4, rows.get(4));
    assertThat(read(csv(mixed))).as("both forms in one table").isEqualTo(reports);
    assertThat(UcdpStyle.standard().withIsoDates()).isEqualTo(UcdpStyle.standard().withIsoDates())
        .isNotEqualTo(UcdpStyle.standard());
  }

  @Test
  void theColumnsMayComeInAnyOrder() throws IOException {
    List<List<String>> rows = rows(sample());
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < Ucdp.COLUMNS.size(); c++) {
      order.add(c);
    }
    Collections.reverse(order);
    List<List<String>> shuffled = new ArrayList<>();
    for (List<String> row : rows) {
      shuffled.add(order.stream().map(row::get).collect(Collectors.toList()));
    }
    assertThat(read(csv(shuffled))).isEqualTo(read(sample()));
  }

  @Test
  void everyColumnOfARowHasATypedHome() throws IOException {
    Report report = read(sample()).get(0);
    assertThat(report.id()).isEqualTo(ReportId.of("ucdp-487361"));
    assertThat(report.publisher()).hasValue(Actor.of("UCDP", ActorKind.ORGANISATION));
    assertThat(report.claims()).isEmpty();
    Incident i = report.incidents().get(0);
    assertThat(i.id()).isEqualTo(IncidentId.of("ucdp-487361"));
    // id
    assertThat(i.records()).containsExactly(DatasetRecord.of(DatasetScheme.UCDP_GED, "487361"));
    assertThat(i.type()).isEqualTo(IncidentType.UNKNOWN);
    assertThat(i.outcome()).isEqualTo(IncidentOutcome.UNKNOWN);
    assertThat(i.coding().orElseThrow().method()).isEqualTo(CodingMethod.HUMAN);
    assertThat(i.coding().orElseThrow().coder()).hasValue(UcdpRows.UCDP);
    UcdpCoding c = i.ucdp().orElseThrow();
    // relid, active_year, code_status, type_of_violence
    assertThat(c.relid()).hasValue("UKR-2023-1-13243-412");
    assertThat(c.activeYear()).hasValue(true);
    assertThat(c.codeStatus()).hasValue("Clear");
    assertThat(i.violenceType()).hasValue(ViolenceType.STATE_BASED);
    // conflict, dyad and sides
    assertThat(c.conflictDatasetId()).hasValue(13243);
    assertThat(c.conflictId()).hasValue(13243);
    assertThat(c.conflictName()).hasValue("Russia - Ukraine");
    assertThat(c.dyadDatasetId()).hasValue(15839);
    assertThat(c.dyadId()).hasValue(15839);
    assertThat(c.dyadName())
        .hasValue("Government of Russia (Soviet Union) - Government of Ukraine");
    assertThat(c.sideADatasetId()).hasValue(57);
    assertThat(c.sideAId()).hasValue(57);
    assertThat(c.sideBDatasetId()).hasValue(127);
    assertThat(c.sideBId()).hasValue(127);
    assertThat(i.parties())
        .extracting(p -> p.actor().name(), p -> p.actor().kind(), Party::role, Party::side)
        .containsExactly(
            tuple("Government of Russia (Soviet Union)", ActorKind.GOVERNMENT, PartyRole.UNKNOWN,
                java.util.Optional.of(DyadSide.SIDE_A)),
            tuple("Government of Ukraine", ActorKind.GOVERNMENT, PartyRole.UNKNOWN,
                java.util.Optional.of(DyadSide.SIDE_B)));
    // sources, as written
    assertThat(c.numberOfSources()).hasValue(3);
    assertThat(c.sourceArticle().orElseThrow())
        .contains("market;\nSuspilne").contains("\"17 killed, 32 injured\"");
    assertThat(c.sourceOffice()).hasValue("Ukrinform;Suspilne;Reuters");
    assertThat(c.sourceDate()).hasValue("2023-09-06;2023-09-06;2023-09-07");
    assertThat(c.sourceHeadline()).hasValue("Russian strike on Kostiantynivka market kills 17");
    assertThat(c.sourceOriginal())
        .hasValue("Ukrainian Interior Ministry; Donetsk regional military administration");
    // where_prec, where_coordinates, where_description, adm_1, adm_2, latitude, longitude
    Location l = i.location().orElseThrow();
    assertThat(l.precision()).isEqualTo(GeoPrecision.TOWN);
    assertThat(l.name()).hasValue("Kostiantynivka town");
    assertThat(l.description()).hasValue("central market");
    assertThat(l.admin1().orElseThrow().name()).isEqualTo("Donetsk oblast");
    assertThat(l.admin2().orElseThrow().name()).isEqualTo("Kostiantynivka raion");
    assertThat(l.point()).hasValue(GeoPoint.of(48.5277, 37.7069));
    // geom_wkt and priogrid_gid are derived from the point, and checked against it
    assertThat(UcdpRows.wkt(l.point().get())).isEqualTo("POINT (37.7069 48.5277)");
    assertThat(PrioGrid.gid(48.5277, 37.7069)).isEqualTo(199876);
    // country, country_id, region, event_clarity
    assertThat(l.country()).hasValue("UA");
    assertThat(c.country()).hasValue("Ukraine");
    assertThat(c.countryId()).hasValue(369);
    assertThat(c.region()).hasValue("Europe");
    assertThat(c.eventClarity()).hasValue(EventClarity.HIGH);
    // date_prec, date_start, date_end (year is checked against date_start)
    assertThat(i.time()).hasValue(ReportedTime.on(LocalDate.of(2023, 9, 6)));
    // deaths_a, deaths_b, deaths_civilians, deaths_unknown; best is their sum
    assertThat(i.casualties())
        .extracting(x -> x.id().value(), Casualty::outcome, Casualty::population, Casualty::side,
            x -> x.count())
        .containsExactly(
            tuple("ucdp-487361-deaths-a", CasualtyOutcome.KILLED, PopulationGroup.MILITARY,
                java.util.Optional.of(DyadSide.SIDE_A), Estimate.exactly(0)),
            tuple("ucdp-487361-deaths-b", CasualtyOutcome.KILLED, PopulationGroup.MILITARY,
                java.util.Optional.of(DyadSide.SIDE_B), Estimate.exactly(0)),
            tuple("ucdp-487361-deaths-civilians", CasualtyOutcome.KILLED,
                PopulationGroup.CIVILIAN, java.util.Optional.empty(), Estimate.exactly(17)),
            tuple("ucdp-487361-deaths-unknown", CasualtyOutcome.KILLED, PopulationGroup.UNKNOWN,
                java.util.Optional.empty(), Estimate.exactly(0)));
    // low, high, gwnoa, gwnob
    assertThat(c.deathsLow()).hasValue(16);
    assertThat(c.deathsHigh()).hasValue(17);
    assertThat(c.gwnoA()).hasValue("365");
    assertThat(c.gwnoB()).hasValue("369");
  }

  @Test
  void oneSidedViolenceHasAPerpetratorAndATargetAndTheZerosAreExact() throws IOException {
    List<Report> reports = read(sample());
    Incident oneSided = reports.get(1).incidents().get(0);
    assertThat(oneSided.violenceType()).hasValue(ViolenceType.ONE_SIDED);
    assertThat(oneSided.parties()).extracting(p -> p.actor().name(), Party::role)
        .containsExactly(tuple("JNIM", PartyRole.PERPETRATOR), tuple("Civilians", PartyRole.TARGET));
    assertThat(oneSided.perpetrators()).extracting(Actor::name).containsExactly("JNIM");
    assertThat(oneSided.casualties().get(1).population()).isEqualTo(PopulationGroup.CIVILIAN);
    assertThat(oneSided.casualties().get(2).count()).isEqualTo(Estimate.exactly(12));
    assertThat(oneSided.ucdp().orElseThrow().gwnoA()).isEmpty();

    Incident nonState = reports.get(2).incidents().get(0);
    assertThat(nonState.violenceType()).hasValue(ViolenceType.NON_STATE);
    assertThat(nonState.parties()).extracting(Party::role)
        .containsExactly(PartyRole.UNKNOWN, PartyRole.UNKNOWN);
    assertThat(nonState.parties()).extracting(p -> p.actor().kind())
        .containsOnly(ActorKind.UNKNOWN);
    assertThat(nonState.casualties()).extracting(x -> x.count().best().getAsLong())
        .containsExactly(3L, 2L, 0L, 1L);
    assertThat(nonState.ucdp().orElseThrow().activeYear()).hasValue(false);
    assertThat(nonState.ucdp().orElseThrow().eventClarity()).hasValue(EventClarity.LOW);

    Incident none = reports.get(3).incidents().get(0);
    assertThat(none.casualties()).hasSize(4).allSatisfy(x -> assertThat(x.count().isZero()).isTrue());
    assertThat(none.ucdp().orElseThrow().deathsLow()).hasValue(0);
    assertThat(none.ucdp().orElseThrow().deathsHigh()).hasValue(3);
    assertThat(none.ucdp().orElseThrow().sourceOriginal()).isEmpty();
  }

  @Test
  void datePrecisionsOneToFiveAreSpansOfTheirPrecision() throws IOException {
    List<ReportedTime> times = read(sample()).stream()
        .map(r -> r.incidents().get(0).time().orElseThrow())
        .collect(Collectors.toList());
    assertThat(times.subList(0, 5))
        .extracting(ReportedTime::precision, ReportedTime::start, ReportedTime::end)
        .containsExactly(
            tuple(TimePrecision.DAY, LocalDate.of(2023, 9, 6), LocalDate.of(2023, 9, 6)),
            tuple(TimePrecision.FEW_DAYS, LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 12)),
            tuple(TimePrecision.WEEK, LocalDate.of(2023, 2, 13), LocalDate.of(2023, 2, 19)),
            tuple(TimePrecision.MONTH, LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 30)),
            tuple(TimePrecision.YEAR, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 9, 30)));
  }

  @Test
  void wherePrecisionsOneToSevenAndUcdpsCountryNames() throws IOException {
    List<Location> places = read(sample()).stream()
        .map(r -> r.incidents().get(0).location().orElseThrow())
        .collect(Collectors.toList());
    assertThat(places).extracting(Location::precision)
        .containsExactly(GeoPrecision.TOWN, GeoPrecision.NEAR, GeoPrecision.DISTRICT,
            GeoPrecision.REGION, GeoPrecision.AREA, GeoPrecision.COUNTRY,
            GeoPrecision.INTERNATIONAL, GeoPrecision.TOWN);
    assertThat(places).extracting(l -> l.country().orElse("-"))
        .containsExactly("UA", "BF", "MX", "CD", "MM", "YE", "-", "TR");
    Incident blackSea = read(sample()).get(6).incidents().get(0);
    assertThat(blackSea.ucdp().orElseThrow().country()).hasValue("Ukraine");
    assertThat(blackSea.location().orElseThrow().description())
        .hasValue("off Cape Tarkhankut, Crimea");
    assertThat(places.get(1).name()).hasValue("Dédougou town");
    assertThat(places.get(5).admin1()).isEmpty();
  }

  @Test
  void aCountryNameThatMatchesNoIsoCountryKeepsOnlyUcdpsName() throws IOException {
    Incident i = read(header() + withFields("country", "Hyderabad")).get(0).incidents().get(0);
    assertThat(i.location().orElseThrow().country()).isEmpty();
    assertThat(i.ucdp().orElseThrow().country()).hasValue("Hyderabad");
    for (String name : List.of("Serbia (Yugoslavia)", "Cambodia (Kampuchea)",
        "Zimbabwe (Rhodesia)", "Madagascar (Malagasy)", "Kingdom of eSwatini (Swaziland)",
        "Bosnia-Herzegovina", "Russia (Soviet Union)", "Mali")) {
      Incident named = read(header() + withFields("country", name)).get(0).incidents().get(0);
      assertThat(named.location().orElseThrow().country()).as(name).isPresent();
      assertThat(UcdpCountries.name(named.location().get().country().get())).isEqualTo(name);
    }
  }

  @Test
  void prioGridCellsAreNumberedFromTheSouthWestCornerRowByRow() {
    assertThat(PrioGrid.gid(-90, -180)).isEqualTo(1);
    assertThat(PrioGrid.gid(-89.75, -179.75)).isEqualTo(1);
    assertThat(PrioGrid.gid(-90, -179.5)).isEqualTo(2);
    assertThat(PrioGrid.gid(-89.5, -180)).isEqualTo(721);
    assertThat(PrioGrid.gid(89.99, 179.99)).isEqualTo(259_200);
    assertThat(PrioGrid.gid(90, 180)).isEqualTo(259_200);
    // a cell whose id PRIO-GRID's tools give: 10.51 N, 2.29 E (row 201, column 364 from 0)
    assertThat(PrioGrid.gid(10.51, 2.29)).isEqualTo(145_085);
  }

  @Test
  void badRowsAreSkippedWithTheirRowColumnAndReasonOrStopTheReader() throws IOException {
    String good = csv(List.of(rows(sample()).get(1)));
    String csv =
        header()
            + good
            + withFields("best", "18")
            + withFields("low", "18", "high", "20")
            + withFields("high", "12")
            + withFields("year", "2022")
            + withFields("geom_wkt", "POINT (48.5277 37.7069)")
            + withFields("priogrid_gid", "199877")
            + withFields("date_start", "2023-09-06 12:30:00.000")
            + withFields("date_prec", "6")
            + withFields("where_prec", "8")
            + withFields("type_of_violence", "4")
            + withFields("active_year", "yes")
            + withFields("side_a", "Government of Russia ")
            + "487361,UKR-2023\n"
            + withFields("id", "UKR1")
            + withFields("date_end", "2023-09-08")
            + withFields("where_prec", "7")
            + withFields("deaths_b", "")
            + withFields("latitude", "")
            + good;
    List<RowError> skipped = new ArrayList<>();
    List<Report> reports;
    try (DatasetReader rows = Ucdp.reader(new StringReader(csv), skipped::add)) {
      reports = rows.stream().collect(Collectors.toList());
    }
    assertThat(reports).hasSize(2);
    assertThat(skipped).extracting(RowError::row)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L,
            18L, 19L);
    assertThat(skipped).extracting(e -> e.column().orElse("-"))
        .containsExactly("best", "best", "best", "year", "geom_wkt", "priogrid_gid", "date_start",
            "date_prec", "where_prec", "type_of_violence", "active_year", "side_a", "-", "id",
            "date_end", "adm_1", "deaths_b", "latitude");
    assertThat(skipped.get(0).toString()).isEqualTo("row 2 (line 4), column best \"18\": is not"
        + " the sum of deaths_a, deaths_b, deaths_civilians and deaths_unknown, which is 17");
    assertThat(skipped.get(1).reason()).isEqualTo("lies outside low 18 and high 20");
    assertThat(skipped.get(2).reason()).isEqualTo("lies outside low 16 and high 12");
    assertThat(skipped.get(3).reason()).isEqualTo("is not the year of date_start 2023-09-06");
    assertThat(skipped.get(4).reason())
        .isEqualTo("is not the point of longitude and latitude, POINT (37.7069 48.5277)");
    assertThat(skipped.get(5).reason())
        .isEqualTo("is not the PRIO-GRID cell of latitude and longitude, which is 199876");
    assertThat(skipped.get(6).reason())
        .isEqualTo("is not a date of the forms 2023-09-06 or 2023-09-06 00:00:00.000");
    assertThat(skipped.get(7).reason()).isEqualTo("is a code from 1 to 5");
    assertThat(skipped.get(11).reason()).contains("white space");
    assertThat(skipped.get(12).reason()).isEqualTo("has 2 fields, the header 49");
    assertThat(skipped.get(13).reason()).isEqualTo("is not a whole number");
    assertThat(skipped.get(14).reason()).contains("date_prec 1").contains("spans 3 days");
    assertThat(skipped.get(15).reason()).contains("where_prec is 7");
    assertThat(skipped.get(16).reason()).contains("all four deaths columns or none");
    assertThat(skipped.get(17).reason()).isEqualTo("must be given with longitude");
    assertThat(skipped.get(0).line()).isEqualTo(4);

    DatasetReader stopping = Ucdp.reader(new StringReader(csv));
    assertThat(stopping.read()).isNotNull();
    assertThatThrownBy(stopping::read)
        .isInstanceOf(DatasetException.class)
        .satisfies(e -> assertThat(((DatasetException) e).error().column()).hasValue("best"))
        .satisfies(e -> assertThat(((DatasetException) e).error().row()).isEqualTo(2));
    assertThat(stopping.read()).isNull();
  }

  @Test
  void aRowWithoutDeathsHasNoFigures() throws IOException {
    Incident i = read(header() + withFields("deaths_a", "", "deaths_b", "", "deaths_civilians", "",
        "deaths_unknown", "", "best", "", "low", "", "high", "")).get(0).incidents().get(0);
    assertThat(i.casualties()).isEmpty();
    List<RowError> skipped = new ArrayList<>();
    try (DatasetReader rows = Ucdp.reader(new StringReader(header()
        + withFields("deaths_a", "", "deaths_b", "", "deaths_civilians", "", "deaths_unknown", "")
        + withFields("deaths_a", "", "deaths_b", "", "deaths_civilians", "", "deaths_unknown", "",
            "best", "", "low", "5", "high", "3")), skipped::add)) {
      assertThat(rows.stream().count()).isZero();
    }
    assertThat(skipped).extracting(e -> e.column().orElseThrow(), RowError::reason)
        .containsExactly(
            tuple("best", "needs deaths_a, deaths_b, deaths_civilians and deaths_unknown, whose"
                + " sum it is"),
            tuple("low", "is above high 3"));
  }

  @Test
  void aHeaderWithAColumnOutsideTheCodebookOrWithoutARequiredOneIsRefused() {
    assertThatThrownBy(() -> Ucdp.reader(new StringReader(header().replace("\n", ",event_id_cnty\n"))))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("column event_id_cnty")
        .hasMessageContaining("no home");
    assertThatThrownBy(() -> Ucdp.reader(new StringReader(header().replace(",best,", ","))))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("lacks required columns: [best]");
    assertThatThrownBy(() -> Ucdp.reader(new StringReader(header().replace("low,", "best,"))))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("column best")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Ucdp.reader(new StringReader("")))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> Ucdp.reader(new StringReader(AcledTest.header())))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("codebook does not define");
  }

  @Test
  void legacyEncodingsAndByteOrderMarksAreRead() throws IOException {
    String sample = sample();
    List<Report> expected = read(sample);
    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE)) {
      byte[] bytes = ("\uFEFF" + sample).getBytes(cs);
      try (DatasetReader rows = Ucdp.reader(new ByteArrayInputStream(bytes))) {
        assertThat(rows.stream().collect(Collectors.toList())).as(cs.name()).isEqualTo(expected);
      }
    }
    try (DatasetReader rows = Ucdp.reader(
        new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(rows.stream().collect(Collectors.toList())).isEqualTo(expected);
    }
    // The last row's Turkish headline has letters windows-1252 lacks: the rows before it only.
    String western = sample.substring(0, sample.lastIndexOf("421553,"));
    try (DatasetReader rows = Ucdp.reader(
        new ByteArrayInputStream(western.getBytes(Charset.forName("windows-1252"))))) {
      assertThat(rows.stream().collect(Collectors.toList())).isEqualTo(expected.subList(0, 7));
    }
    byte[] cyrillic = (header() + withFields("where_coordinates", "Костянтинівка"))
        .getBytes(Charset.forName("windows-1251"));
    try (DatasetReader rows = Ucdp.reader(
        new ByteArrayInputStream(cyrillic), Charset.forName("windows-1251"), e -> { })) {
      assertThat(rows.read().incidents().get(0).location().orElseThrow().name())
          .hasValue("Костянтинівка");
    }
  }

  // ---- values that did not come from UCDP

  static Incident.Builder incident(String id) {
    return Incident.builder()
        .id(IncidentId.of(id))
        .type(IncidentType.SHELLING_OR_MISSILE_ATTACK)
        .outcome(IncidentOutcome.UNKNOWN)
        .time(ReportedTime.between(LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 10),
            TimePrecision.WEEK))
        .location(Location.builder().name("Kherson").country("UA").precision(GeoPrecision.TOWN)
            .point(GeoPoint.of(46.6354, 32.6169)).build());
  }

  static Map<String, String> written(Report report) throws IOException {
    List<List<String>> rows = rows(write(List.of(report), UcdpStyle.standard()));
    Map<String, String> row = new java.util.LinkedHashMap<>();
    for (int c = 0; c < Ucdp.COLUMNS.size(); c++) {
      row.put(rows.get(0).get(c), rows.get(1).get(c));
    }
    return row;
  }

  @Test
  void figuresThatDidNotComeFromUcdpAreWrittenByTheirSideOrPopulationWithTheirBounds()
      throws IOException {
    Incident i = incident("kherson-shelling")
        .addParty(Party.of(Actor.of("Russian forces", ActorKind.ARMED_FORCES), PartyRole.PERPETRATOR))
        .addParty(Party.of(Actor.of("Kherson residents", ActorKind.UNKNOWN), PartyRole.TARGET))
        .addCasualty(figure("a", PopulationGroup.MILITARY, DyadSide.SIDE_A, Estimate.between(3, 5)))
        .addCasualty(figure("civ", PopulationGroup.CIVILIAN, null, Estimate.upTo(20)))
        .addCasualty(figure("unk", PopulationGroup.UNKNOWN, null, Estimate.approximately(10)))
        .addCasualty(figure("mil", PopulationGroup.MILITARY, null, Estimate.moreThan(1)))
        .addCasualty(Casualty.builder().id(CasualtyId.of("hurt")).outcome(CasualtyOutcome.INJURED)
            .population(PopulationGroup.CIVILIAN).count(Estimate.exactly(40)).build())
        .build();
    Report report = Report.builder().id(ReportId.of("r1")).addIncident(i).build();
    Map<String, String> row = written(report);
    assertThat(row.get("id")).isEqualTo("kherson-shelling");
    assertThat(row.get("year")).isEqualTo("2023");
    assertThat(row.get("type_of_violence")).isEmpty();
    assertThat(row.get("side_a")).isEqualTo("Russian forces");
    assertThat(row.get("side_b")).isEqualTo("Kherson residents");
    assertThat(row.get("date_prec")).isEqualTo("3");
    assertThat(row.get("date_start")).isEqualTo("2023-09-04 00:00:00.000");
    assertThat(row.get("date_end")).isEqualTo("2023-09-10 00:00:00.000");
    assertThat(row.get("where_prec")).isEqualTo("1");
    assertThat(row.get("geom_wkt")).isEqualTo("POINT (32.6169 46.6354)");
    assertThat(row.get("priogrid_gid")).isEqualTo(Long.toString(PrioGrid.gid(46.6354, 32.6169)));
    assertThat(row.get("country")).isEqualTo("Ukraine");
    assertThat(row.get("country_id")).isEmpty();
    // side A 3 (of 3-5); civilians 0 (up to 20); unknown 10 (about 10) + 2 (more than 1)
    assertThat(List.of(row.get("deaths_a"), row.get("deaths_b"), row.get("deaths_civilians"),
        row.get("deaths_unknown"), row.get("best"), row.get("low"), row.get("high")))
        .containsExactly("3", "0", "0", "12", "15", "15", "37");
  }

  static Casualty figure(String id, PopulationGroup population, DyadSide side, Estimate count) {
    Casualty.Builder c = Casualty.builder().id(CasualtyId.of(id)).outcome(CasualtyOutcome.KILLED)
        .population(population).count(count);
    if (side != null) {
      c.side(side);
    }
    return c.build();
  }

  @Test
  void acledRowsWrittenAsUcdpRowsKeepTheirSourcesPlacesAndFatalities() throws IOException {
    List<Report> acled = AcledTest.read(AcledTest.sample());
    List<List<String>> rows = rows(write(acled, UcdpStyle.standard().withIsoDates()));
    assertThat(rows).hasSize(acled.size() + 1);
    Map<String, String> market = new java.util.LinkedHashMap<>();
    Map<String, String> protest = new java.util.LinkedHashMap<>();
    Map<String, String> belgorod = new java.util.LinkedHashMap<>();
    for (int c = 0; c < Ucdp.COLUMNS.size(); c++) {
      market.put(Ucdp.COLUMNS.get(c), rows.get(1).get(c));
      protest.put(Ucdp.COLUMNS.get(c), rows.get(2).get(c));
      belgorod.put(Ucdp.COLUMNS.get(c), rows.get(3).get(c));
    }
    assertThat(market.get("id")).isEqualTo("UKR123456");
    assertThat(market.get("side_a")).isEqualTo("Military Forces of Russia (2000-)");
    assertThat(market.get("side_b")).isEqualTo("Civilians (Ukraine)");
    assertThat(market.get("number_of_sources")).isEqualTo("2");
    assertThat(market.get("source_office")).isEqualTo("Ukrinform; Suspilne");
    assertThat(market.get("where_coordinates")).isEqualTo("Kostiantynivka");
    assertThat(market.get("adm_1")).isEqualTo("Donetsk");
    assertThat(market.get("date_start")).isEqualTo("2023-09-06");
    // ACLED's "at least 17" fatalities: of unknown population, so deaths_unknown
    assertThat(List.of(market.get("deaths_a"), market.get("deaths_civilians"),
        market.get("deaths_unknown"), market.get("best"), market.get("low"), market.get("high")))
        .containsExactly("0", "0", "17", "17", "17", "17");
    // ACLED's 0 (none reported) has no figure: no deaths, not UCDP's known zero
    assertThat(List.of(protest.get("deaths_a"), protest.get("best"), protest.get("low"),
        protest.get("high"))).containsOnly("");
    assertThat(belgorod.get("country")).isEqualTo("Russia (Soviet Union)");
    assertThat(belgorod.get("date_prec")).isEqualTo("3");

    // Such a table is not UCDP's: its ids are not UCDP's numbers, and a reader says so.
    List<RowError> skipped = new ArrayList<>();
    try (DatasetReader back = Ucdp.reader(new StringReader(csv(rows)), skipped::add)) {
      assertThat(back.stream().count()).isZero();
    }
    assertThat(skipped).hasSize(acled.size())
        .allSatisfy(e -> assertThat(e.column()).hasValue("id"));
  }

  @Test
  void anIncidentUcdpCannotHoldIsRefusedNamingTheIncidentAndField() throws IOException {
    Incident timeless = Incident.builder().id(IncidentId.of("x")).type(IncidentType.UNKNOWN)
        .outcome(IncidentOutcome.UNKNOWN).build();
    assertThatThrownBy(() -> write(List.of(Report.builder().id(ReportId.of("r")).addIncident(timeless)
        .build()), UcdpStyle.standard()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("incident x: UCDP needs date_start and date_end")
        .satisfies(e -> assertThat(((DatasetException) e).error().column()).hasValue("time"));
    Incident placeless = Incident.builder().id(IncidentId.of("y")).type(IncidentType.UNKNOWN)
        .outcome(IncidentOutcome.UNKNOWN).time(ReportedTime.on(LocalDate.of(2023, 1, 1))).build();
    assertThatThrownBy(() -> write(List.of(Report.builder().id(ReportId.of("r"))
        .addIncident(placeless).build()), UcdpStyle.standard()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("incident y: UCDP needs a where_prec");

    // A UCDP row whose figures were changed so that best leaves UCDP's low and high.
    Report read = read(sample()).get(0);
    Incident row = read.incidents().get(0);
    List<Casualty> more = new ArrayList<>(row.casualties());
    more.add(figure("later", PopulationGroup.CIVILIAN, null, Estimate.exactly(5)));
    Report changed = read.withIncidents(row.withCasualties(more));
    assertThatThrownBy(() -> write(List.of(changed), UcdpStyle.standard()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("best 22, the sum of the deaths, lies outside low 16 and high 17");
  }

  @Test
  void claimsAboutAnIncidentGiveItsSourcesAndThoseAboutOthersDoNot() throws IOException {
    Incident a = incident("a").build();
    Incident b = incident("b").build();
    Report report = Report.builder().id(ReportId.of("r")).addIncident(a).addIncident(b)
        .addClaim(claim("c1", "Suspilne", "a"))
        .addClaim(claim("c2", "Suspilne", "a"))
        .addClaim(claim("c3", "Ukrinform", "a"))
        .addClaim(claim("c4", "TASS", "b"))
        .build();
    List<List<String>> rows = rows(write(List.of(report), UcdpStyle.standard()));
    int n = Ucdp.COLUMNS.indexOf("number_of_sources");
    int office = Ucdp.COLUMNS.indexOf("source_office");
    assertThat(List.of(rows.get(1).get(n), rows.get(1).get(office)))
        .containsExactly("2", "Suspilne; Ukrinform");
    assertThat(List.of(rows.get(2).get(n), rows.get(2).get(office))).containsExactly("1", "TASS");
  }

  static Claim claim(String id, String source, String about) {
    return Claim.builder().id(ClaimId.of(id)).source(Actor.of(source, ActorKind.MEDIA))
        .kind(ClaimKind.FACTUAL_ASSERTION).verification(VerificationStatus.UNVERIFIED)
        .statement("Shelling in Kherson.").addAboutIncidents(IncidentId.of(about)).build();
  }
}
