package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Report;
import org.sitrep.datasets.Acled;
import org.sitrep.datasets.DatasetReader;
import org.sitrep.datasets.DatasetWriter;
import org.sitrep.datasets.RowError;

/** The README's datasets snippet, as written there, on the ACLED sample with one bad row. */
class ReadmeDatasetsTest {
  @TempDir Path dir;

  @Test
  void theReadmeSnippetCopiesATableAndTellsOfTheBadRow() throws IOException {
    List<String> lines = Files.readAllLines(ConvertExampleTest.ACLED);
    Path acled = dir.resolve("acled.csv");
    Path copy = dir.resolve("copy.csv");
    Files.write(acled, List.of(lines.get(0), lines.get(1), lines.get(2).replace(",2023,1,", ",2021,1,"), lines.get(3)));

    List<RowError> skipped = new ArrayList<>();
    try (DatasetReader rows = Acled.reader(acled, skipped::add); // acled, copy: Paths
        DatasetWriter out = Acled.writer(Files.newBufferedWriter(copy))) {
      for (Report report : rows) {
        out.write(report); // each incident one row: equal to the input, column by column
      }
    }
    skipped.forEach(System.err::println); // row 2 (line 3), column year "2021": is not the year of event_date 2023-09-10

    assertThat(skipped).hasSize(1);
    assertThat(skipped.get(0).toString())
        .isEqualTo("row 2 (line 3), column year \"2021\": is not the year of event_date 2023-09-10");
    assertThat(Files.readAllLines(copy)).containsExactly(lines.get(0), lines.get(1), lines.get(3));
  }
}
