package org.sitrep.datasets;

/**
 * PRIO-GRID, the global grid of 0.5 by 0.5 degree cells that UCDP GED's {@code priogrid_gid}
 * names: 360 rows from the south pole up, 720 columns from 180 degrees west eastwards, numbered
 * from 1 at the south-west corner along each row ({@code gid = row * 720 + column + 1}, row and
 * column counted from 0). A cell holds its southern and western edges; the north pole and the
 * antimeridian at 180 degrees east fall in the last row and column. Package-private.
 */
final class PrioGrid {
  /** Cells in a row: 360 degrees of longitude at 0.5 degrees. */
  static final int COLUMNS = 720;

  /** Rows: 180 degrees of latitude at 0.5 degrees. */
  static final int ROWS = 360;

  private PrioGrid() {}

  /**
   * @param latitude -90 to 90
   * @param longitude -180 to 180
   * @return the id of the cell holding the point, 1 to 259,200
   */
  static long gid(double latitude, double longitude) {
    int row = Math.min((int) Math.floor((latitude + 90) * 2), ROWS - 1);
    int column = Math.min((int) Math.floor((longitude + 180) * 2), COLUMNS - 1);
    return (long) row * COLUMNS + column + 1;
  }
}
