/**
 * Sitrep values as the tables conflict researchers and humanitarian data desks use: ACLED's and
 * UCDP GED's event tables in and out ({@link org.sitrep.datasets.Acled}, {@link
 * org.sitrep.datasets.Ucdp}), read one row at a time in constant memory by a {@link
 * org.sitrep.datasets.DatasetReader} that reports every row it cannot map as a {@link
 * org.sitrep.datasets.RowError}, and written by a {@link org.sitrep.datasets.DatasetWriter};
 * incidents for map tools as GeoJSON ({@link org.sitrep.datasets.GeoJson}) and for the
 * Humanitarian Data Exchange as HXL-tagged CSV ({@link org.sitrep.datasets.Hxl}). {@code
 * docs/datasets.md} maps every column.
 */
package org.sitrep.datasets;
