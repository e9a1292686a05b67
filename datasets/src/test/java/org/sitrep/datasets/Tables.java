package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.Report;

/** CSV in and out for the tests of this package: tables as rows of fields, and back. */
final class Tables {
  private Tables() {}

  /** @return the table's records, the header first, each as its fields */
  static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    for (CsvRecord r : CsvReader.builder().ofCsvRecord(csv)) {
      rows.add(r.getFields());
    }
    return rows;
  }

  /** @return the rows as CSV text, as the writers write it (LF line ends) */
  static String csv(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
      rows.forEach(w::writeRecord);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** @return what a writer made by {@code writer} writes of the reports */
  static String write(Function<Writer, DatasetWriter> writer, List<Report> reports)
      throws IOException {
    StringWriter out = new StringWriter();
    try (DatasetWriter w = writer.apply(out)) {
      for (Report r : reports) {
        w.write(r);
      }
    }
    return out.toString();
  }

  /** Asserts that two tables of these columns hold the same fields, naming the first that differs. */
  static void assertSameFields(String expected, String actual, List<String> columns) {
    List<List<String>> in = rows(expected);
    List<List<String>> out = rows(actual);
    assertThat(out.get(0)).isEqualTo(columns).isEqualTo(in.get(0));
    assertThat(out).hasSameSizeAs(in);
    for (int r = 1; r < in.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        assertThat(out.get(r).get(c))
            .as("row %d, column %s", r, columns.get(c))
            .isEqualTo(in.get(r).get(c));
      }
    }
  }
}
