package org.sitrep.datasets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.Incident;
import org.sitrep.Report;

/**
 * A CSV table of one row per incident, after its header rows (LF line ends): what the ACLED, UCDP
 * and HXL writers share. Package-private.
 */
abstract class TableWriter implements DatasetWriter {
  private final CsvWriter csv;
  private long rows;

  TableWriter(Writer out, List<List<String>> header) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    header.forEach(csv::writeRecord);
  }

  /**
   * @return the incident's row, every column in the table's order
   * @throws DatasetException if the table cannot hold a value the incident needs written
   */
  abstract List<String> row(Report report, Incident incident);

  @Override
  public final void write(Report report) throws IOException {
    for (Incident incident : report.incidents()) {
      csv.writeRecord(row(report, incident));
      rows++;
    }
  }

  /** @return the refusal of the incident about to be written, as the row it would have been */
  final DatasetException refuse(Incident incident, String field, String reason) {
    return new DatasetException(
        new RowError(rows + 1, rows + 2, field, null, "incident " + incident.id() + ": " + reason),
        null);
  }

  @Override
  public final void flush() throws IOException {
    csv.flush();
  }

  @Override
  public final void close() throws IOException {
    csv.close();
  }
}
