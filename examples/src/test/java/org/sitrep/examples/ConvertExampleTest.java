package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertExampleTest {
  /** The ACLED sample of sitrep-datasets' tests, as the README's commands use it. */
  static final Path ACLED =
      Path.of("../testing/src/main/resources/org/sitrep/testing/datasets/acled-sample.csv");

  @TempDir Path dir;

  private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
  private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);

  private ValidateExample.Outcome convert(String... args) {
    return ConvertExample.run(List.of(args), progress, 4);
  }

  @Test
  void acledToSitrepAndBackGivesTheSameTable() throws IOException {
    Path feed = dir.resolve("acled.ndjson");
    Path back = dir.resolve("acled.csv");
    ValidateExample.Outcome toSitrep = convert("--from", "acled", "--to", "sitrep", ACLED.toString(), feed.toString());
    assertThat(toSitrep.exitCode()).as(toSitrep.output()).isEqualTo(ValidateExample.VALID);
    assertThat(toSitrep.output()).isEqualTo("converted 9 reports (9 incidents) from acled to sitrep, skipped 0\n");
    assertThat(Files.readAllLines(feed)).hasSize(9).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\""));
    assertThat(progressBytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("acled-sample.csv: 4 reports, 4 incidents, 0 skipped\n"
            + "acled-sample.csv: 8 reports, 8 incidents, 0 skipped\n");

    ValidateExample.Outcome toAcled = convert("--from", "sitrep", "--to", "acled", feed.toString(), back.toString());
    assertThat(toAcled.exitCode()).as(toAcled.output()).isEqualTo(ValidateExample.VALID);
    assertThat(Files.readString(back)).isEqualTo(Files.readString(ACLED));
  }

  static final Path UCDP =
      Path.of("../testing/src/main/resources/org/sitrep/testing/datasets/ucdp-sample.csv");

  @Test
  void ucdpToSitrepAndBackAndEveryTargetFormatIsWritten() throws IOException {
    Path feed = dir.resolve("ucdp.ndjson");
    assertThat(convert("--from", "ucdp", "--to", "sitrep", UCDP.toString(), feed.toString()).output())
        .isEqualTo("converted 8 reports (8 incidents) from ucdp to sitrep, skipped 0\n");
    Path back = dir.resolve("ucdp.csv");
    assertThat(convert("--from", "sitrep", "--to", "ucdp", feed.toString(), back.toString()).exitCode())
        .isEqualTo(ValidateExample.VALID);
    assertThat(Files.readString(back)).isEqualTo(Files.readString(UCDP));

    Path geojson = dir.resolve("acled.geojson");
    assertThat(convert("--from", "acled", "--to", "geojson", ACLED.toString(), geojson.toString()).exitCode())
        .isEqualTo(ValidateExample.VALID);
    assertThat(Files.readString(geojson)).startsWith("{\"type\":\"FeatureCollection\"")
        .contains("\"coordinates\":[37.7069,48.5277]");
    Path hxl = dir.resolve("ucdp-hxl.csv");
    assertThat(convert("--from", "ucdp", "--to", "hxl", UCDP.toString(), hxl.toString()).exitCode())
        .isEqualTo(ValidateExample.VALID);
    List<String> hxlLines = Files.readAllLines(hxl);
    assertThat(hxlLines.get(1)).startsWith("\"#event+id\",#meta+report_id,");
  }

  @Test
  void aValueTheTargetCannotHoldStopsTheConversionWithTheIncidentAndField() throws IOException {
    Path feed = dir.resolve("ucdp.ndjson");
    convert("--from", "ucdp", "--to", "sitrep", UCDP.toString(), feed.toString());
    ValidateExample.Outcome toAcled =
        convert("--from", "sitrep", "--to", "acled", feed.toString(), dir.resolve("x.csv").toString());
    assertThat(toAcled.exitCode()).isEqualTo(ValidateExample.INVALID);
    assertThat(toAcled.output()).contains("column type").contains("has no ACLED event and sub-event type");
  }

  @Test
  void badRowsStopTheConversionOrAreSkippedWithTheirRowAndColumn() throws IOException {
    List<String> lines = Files.readAllLines(ACLED);
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, List.of(lines.get(0), lines.get(1), lines.get(1).replace(",2023,1,", ",2021,1,"), lines.get(2)));
    Path out = dir.resolve("out.ndjson");

    ValidateExample.Outcome stop = convert("--from", "acled", "--to", "sitrep", bad.toString(), out.toString());
    assertThat(stop.exitCode()).isEqualTo(ValidateExample.INVALID);
    assertThat(stop.output())
        .contains("invalid: " + bad + ": row 2 (line 3), column year \"2021\": is not the year of event_date 2023-09-06")
        .endsWith("converted 1 reports before it\n");

    ValidateExample.Outcome skip = convert("--from", "acled", "--to", "sitrep", "--skip", bad.toString(), out.toString());
    assertThat(skip.exitCode()).isEqualTo(ValidateExample.INVALID);
    assertThat(skip.output())
        .isEqualTo("skipped: row 2 (line 3), column year \"2021\": is not the year of event_date 2023-09-06\n"
            + "converted 2 reports (2 incidents) from acled to sitrep, skipped 1\n");
    assertThat(Files.readAllLines(out)).hasSize(2);
  }

  @Test
  void anInputThatIsNotTheFormatOrAMissingFileOrABadCommandLineIsUnreadable() throws IOException {
    Path notAcled = dir.resolve("not-acled.csv");
    Files.writeString(notAcled, "id,name\n1,x\n");
    Path out = dir.resolve("out.csv");
    ValidateExample.Outcome header = convert("--from", "acled", "--to", "sitrep", notAcled.toString(), out.toString());
    assertThat(header.exitCode()).isEqualTo(ValidateExample.UNREADABLE);
    assertThat(header.output()).startsWith("unreadable: " + notAcled + ": row 0 (line 1), column ");

    ValidateExample.Outcome missing = convert("--from", "acled", "--to", "sitrep", dir.resolve("none.csv").toString(), out.toString());
    assertThat(missing.exitCode()).isEqualTo(ValidateExample.UNREADABLE);
    assertThat(missing.output()).endsWith("none.csv: no such file\n");

    assertThat(convert("--from", "excel", "--to", "sitrep", "a", "b").output())
        .startsWith("--from is one of acled, ucdp, sitrep, not excel");
    assertThat(convert("--to", "sitrep", "a").exitCode()).isEqualTo(ValidateExample.UNREADABLE);
  }
}
