package org.sitrep.datasets;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Map;

/**
 * One data row of a table, its fields by column name. Package-private: what mappings read.
 */
final class Row {
  private final Map<String, Integer> columns;
  private final CsvRecord record;

  Row(Map<String, Integer> columns, CsvRecord record) {
    this.columns = columns;
    this.record = record;
  }

  /** @return whether the header has this column */
  boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * @param column a column name of the header
   * @return the field as written, "" for an empty field or a column the header does not have
   */
  String get(String column) {
    Integer i = columns.get(column);
    return i == null ? "" : record.getField(i);
  }

  /** @return the line of the file the row starts on */
  long line() {
    return record.getStartingLineNumber();
  }
}
