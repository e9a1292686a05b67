package org.sitrep.datasets;

import java.util.Set;
import org.sitrep.Report;

/** Turns one row of a dataset's table into a report. Package-private. */
interface RowMapper {
  /** @return the columns a table must have, by their names in the header */
  Set<String> requiredColumns();

  /** @return every column this mapping reads or derives; a header with any other is refused */
  Set<String> knownColumns();

  /**
   * @param row the row
   * @return the report
   * @throws RowProblem if the row cannot be mapped
   */
  Report map(Row row) throws RowProblem;
}
