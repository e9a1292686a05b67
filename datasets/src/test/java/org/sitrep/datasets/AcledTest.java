package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.AcledActorType;
import org.sitrep.AcledCoding;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Claim;
import org.sitrep.ClaimTopic;
import org.sitrep.DatasetScheme;
import org.sitrep.DisorderType;
import org.sitrep.DyadSide;
import org.sitrep.EstimateQualifier;
import org.sitrep.GeoPrecision;
import org.sitrep.Incident;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.Party;
import org.sitrep.PartyRole;
import org.sitrep.Report;
import org.sitrep.TimePrecision;
import org.sitrep.testing.DatasetSamples;

class AcledTest {
  static String sample() {
    return DatasetSamples.acled();
  }

  static List<Report> read(String csv) {
    try (DatasetReader rows = Acled.reader(new StringReader(csv))) {
      return rows.stream().collect(Collectors.toList());
    }
  }

  static String write(List<Report> reports, AcledStyle style) throws IOException {
    return Tables.write(out -> Acled.writer(out, style), reports);
  }

  static List<List<String>> rows(String csv) {
    return Tables.rows(csv);
  }

  @Test
  void theSampleRowsReadAndWrittenBackAreEqualColumnByColumn() throws IOException {
    String sample = sample();
    List<Report> reports = read(sample);
    assertThat(reports).hasSize(9);
    Tables.assertSameFields(sample, write(reports, AcledStyle.standard()), Acled.COLUMNS);
    assertThat(write(reports, AcledStyle.standard())).isEqualTo(sample);
  }

  @Test
  void longDatesAndInterLabelsReadAsTheSameReportsAndWriteBackTheSame() throws IOException {
    List<Report> reports = read(sample());
    AcledStyle style = AcledStyle.standard().withLongDates().withInterLabels();
    String styled = write(reports, style);
    List<List<String>> rows = rows(styled);
    assertThat(rows.get(1).subList(0, 4)).containsExactly("UKR123456", "06 September 2023", "2023", "1");
    assertThat(rows.get(1).subList(9, 14))
        .containsExactly("State forces", "Civilians (Ukraine)", "", "Civilians", "State forces-Civilians");
    assertThat(rows.get(2).get(13)).isEqualTo("Protesters only");
    assertThat(read(styled)).isEqualTo(reports);
    assertThat(write(read(styled), style)).isEqualTo(styled);
  }

  @Test
  void everyColumnOfARowHasATypedHome() throws IOException {
    Report report = read(sample()).get(0);
    assertThat(report.id().value()).isEqualTo("UKR123456");
    assertThat(report.publisher()).hasValue(AcledRows.ACLED);
    Incident i = report.incidents().get(0);
    assertThat(i.type()).isEqualTo(IncidentType.SHELLING_OR_MISSILE_ATTACK);
    assertThat(i.records().get(0).scheme()).isEqualTo(DatasetScheme.ACLED);
    assertThat(i.records().get(0).id()).isEqualTo("UKR123456");
    assertThat(i.records().get(0).updatedAt()).hasValue(OffsetDateTime.parse("2023-09-12T08:14:03Z"));
    assertThat(i.time().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 6));
    assertThat(i.time().orElseThrow().precision()).isEqualTo(TimePrecision.DAY);
    Location l = i.location().orElseThrow();
    assertThat(l.name()).hasValue("Kostiantynivka");
    assertThat(l.country()).hasValue("UA");
    assertThat(l.admin1().orElseThrow().name()).isEqualTo("Donetsk");
    assertThat(l.admin3().orElseThrow().name()).isEqualTo("Kostiantynivska");
    assertThat(l.point().orElseThrow().latitude()).isEqualTo(48.5277);
    assertThat(l.precision()).isEqualTo(GeoPrecision.TOWN);
    assertThat(i.parties()).extracting(p -> p.actor().name(), Party::role, p -> p.side().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Military Forces of Russia (2000-)", PartyRole.UNKNOWN, DyadSide.SIDE_A),
            org.assertj.core.groups.Tuple.tuple("Civilians (Ukraine)", PartyRole.UNKNOWN, DyadSide.SIDE_B));
    AcledCoding c = i.acled().orElseThrow();
    assertThat(c.disorderTypes()).containsExactly(DisorderType.POLITICAL_VIOLENCE);
    assertThat(c.inter1()).hasValue(AcledActorType.STATE_FORCES);
    assertThat(c.inter2()).hasValue(AcledActorType.CIVILIANS);
    assertThat(c.civilianTargeting()).isTrue();
    assertThat(c.region()).hasValue("Europe");
    assertThat(c.country()).hasValue("Ukraine");
    assertThat(c.sourceScale()).hasValue("National");
    assertThat(c.eventDate()).isEmpty();
    assertThat(i.summary().orElseThrow()).startsWith("On 6 September 2023, Russian forces shelled");
    assertThat(report.claims()).extracting(cl -> cl.source().name()).containsExactly("Ukrinform", "Suspilne");
    assertThat(report.claims()).allSatisfy(cl -> {
      assertThat(cl.aboutIncidents()).containsExactly(i.id());
      assertThat(cl.silentOn()).isEmpty();
    });
    Casualty killed = i.casualties().get(0);
    assertThat(killed.outcome()).isEqualTo(CasualtyOutcome.KILLED);
    assertThat(killed.count().qualifier()).isEqualTo(EstimateQualifier.AT_LEAST);
    assertThat(killed.count().low()).hasValue(17);
  }

  @Test
  void zeroFatalitiesIsNoFigureAndSourcesSilentOnCasualtiesNotAnExactZero() throws IOException {
    Report protest = read(sample()).get(1);
    Incident i = protest.incidents().get(0);
    assertThat(i.casualties()).isEmpty();
    assertThat(protest.claims()).hasSize(1);
    Claim claim = protest.claims().get(0);
    assertThat(claim.silentOn()).containsExactly(ClaimTopic.CASUALTIES);
    assertThat(i.parties()).extracting(Party::role)
        .containsExactly(PartyRole.UNKNOWN, PartyRole.ASSOCIATED, PartyRole.ASSOCIATED);
    assertThat(i.acled().orElseThrow().inter2()).isEmpty();
    assertThat(i.acled().orElseThrow().tags()).containsExactly("crowd size=around 200");
  }

  @Test
  void weeksAndMonthsKeepTheDateAcledWrote() throws IOException {
    List<Report> reports = read(sample());
    Incident week = reports.get(2).incidents().get(0);
    assertThat(week.time().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 9, 2));
    assertThat(week.time().orElseThrow().end()).isEqualTo(LocalDate.of(2023, 9, 8));
    assertThat(week.acled().orElseThrow().eventDate()).isEmpty();
    Incident month = reports.get(3).incidents().get(0);
    assertThat(month.time().orElseThrow().precision()).isEqualTo(TimePrecision.MONTH);
    assertThat(month.time().orElseThrow().start()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(month.time().orElseThrow().end()).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(month.acled().orElseThrow().eventDate()).hasValue(LocalDate.of(2023, 8, 1));
  }

  @Test
  void acledsCountryWithoutAnIsoCodeKeepsItsName() throws IOException {
    Incident kosovo = read(sample()).get(5).incidents().get(0);
    assertThat(kosovo.location().orElseThrow().country()).isEmpty();
    assertThat(kosovo.acled().orElseThrow().country()).hasValue("Kosovo");
    assertThat(kosovo.location().orElseThrow().name()).hasValue("Mitrovicë e Veriut");
  }

  static String header() {
    return String.join(",", Acled.COLUMNS) + "\n";
  }

  static String withField(String row, String column, String value) {
    List<String> f = new ArrayList<>(rows(row).get(0));
    f.set(Acled.COLUMNS.indexOf(column), value);
    return Tables.csv(List.of(f));
  }

  @Test
  void badRowsAreSkippedWithTheirRowColumnAndReasonOrStopTheReader() throws IOException {
    String good = sample().split("\n", 3)[1] + "\n";
    String csv =
        header()
            + good
            + withField(good, "event_date", "2023-02-30")
            + withField(good, "interaction", "18")
            + withField(good, "sub_event_type", "Sharp words")
            + withField(good, "year", "2022")
            + "UKR1,2023-09-06\n"
            + withField(good, "fatalities", "-3")
            + withField(good, "latitude", "91")
            + good;
    List<RowError> skipped = new ArrayList<>();
    List<Report> reports;
    try (DatasetReader rows = Acled.reader(new StringReader(csv), skipped::add)) {
      reports = rows.stream().collect(Collectors.toList());
    }
    assertThat(reports).hasSize(2);
    assertThat(skipped).extracting(RowError::row).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(skipped).extracting(e -> e.column().orElse("-"))
        .containsExactly("event_date", "interaction", "sub_event_type", "year", "-", "fatalities", "latitude");
    assertThat(skipped.get(0).value()).hasValue("2023-02-30");
    assertThat(skipped.get(0).line()).isEqualTo(3);
    assertThat(skipped.get(1).reason()).contains("which make 17");
    assertThat(skipped.get(4).reason()).isEqualTo("has 2 fields, the header 31");
    assertThat(skipped.get(0).toString()).startsWith("row 2 (line 3), column event_date \"2023-02-30\": ");

    DatasetReader stopping = Acled.reader(new StringReader(csv));
    assertThat(stopping.read()).isNotNull();
    assertThatThrownBy(stopping::read)
        .isInstanceOf(DatasetException.class)
        .satisfies(e -> assertThat(((DatasetException) e).error().column()).hasValue("event_date"));
    assertThat(stopping.read()).isNull();
  }

  @Test
  void aHeaderWithAColumnOutsideTheCodebookOrWithoutARequiredOneIsRefused() {
    assertThatThrownBy(() -> Acled.reader(new StringReader(header().replace("\n", ",data_id\n"))))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("column data_id")
        .hasMessageContaining("no home");
    assertThatThrownBy(() -> Acled.reader(new StringReader(header().replace("fatalities,", ""))))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("lacks required columns: [fatalities]");
    assertThatThrownBy(() -> Acled.reader(new StringReader("")))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void legacyEncodingsAndByteOrderMarksAreRead() throws IOException {
    String sample = sample();
    List<Report> expected = read(sample);
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
      byte[] bytes = sample.getBytes(cs);
      try (DatasetReader rows = Acled.reader(new ByteArrayInputStream(bytes))) {
        assertThat(rows.stream().collect(Collectors.toList())).as(cs.name()).isEqualTo(expected);
      }
    }
    byte[] bom = ("\uFEFF" + sample).getBytes(StandardCharsets.UTF_16LE);
    try (DatasetReader rows = Acled.reader(new ByteArrayInputStream(bom))) {
      assertThat(rows.stream().collect(Collectors.toList())).isEqualTo(expected);
    }
    byte[] utf8Bom = ("\uFEFF" + sample).getBytes(StandardCharsets.UTF_8);
    try (DatasetReader rows = Acled.reader(new ByteArrayInputStream(utf8Bom))) {
      assertThat(rows.stream().collect(Collectors.toList())).isEqualTo(expected);
    }
  }

  @Test
  void bytesThatAreNeitherUtf8NorWindows1252AfterUtf8TextEndTheReadingWithTheirOffset() throws IOException {
    String sample = sample();
    byte[] utf8 = sample.getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 1);
    broken[utf8.length - 1] = (byte) 0xE9;
    broken[utf8.length] = '\n';
    assertThatThrownBy(() -> {
          try (DatasetReader rows = Acled.reader(new ByteArrayInputStream(broken))) {
            rows.stream().count();
          }
        })
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("byte " + (utf8.length - 1) + " is not UTF-8, though the bytes before it are UTF-8"
            + " text: give the file's charset");
  }
}
