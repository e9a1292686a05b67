/**
 * Sitrep values to and from the datasets of the field ({@link org.sitrep.datasets}): ACLED and
 * UCDP GED rows, GeoJSON and HXL.
 */
module org.sitrep.datasets {
  requires transitive org.sitrep.core;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.core;

  exports org.sitrep.datasets;
}
