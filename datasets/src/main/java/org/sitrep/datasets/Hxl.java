package org.sitrep.datasets;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sitrep.CasualtyOutcome;

/**
 * Incidents for the Humanitarian Data Exchange: a CSV table whose second row holds an HXL hashtag
 * for each column ({@code #event+id}, {@code #date+start}, {@code #country+code}, {@code
 * #adm1+name}, {@code #geo+lat}, {@code #affected+killed}, ...), written one row per incident.
 * {@code docs/datasets.md} ("HXL") gives each column's hashtag and source.
 *
 * <pre>{@code
 * try (DatasetReader rows = Acled.reader(Path.of("acled.csv"));
 *     DatasetWriter hxl = Hxl.writer(Files.newBufferedWriter(Path.of("acled-hxl.csv")))) {
 *   for (Report report : rows) {
 *     hxl.write(report);
 *   }
 * }
 * }</pre>
 *
 * <p>The hashtags are the HXL standard's core hashtags ({@code #event}, {@code #date}, {@code
 * #country}, {@code #adm1}-{@code #adm3}, {@code #loc}, {@code #geo}, {@code #affected}, {@code
 * #meta}, {@code #description}) with its core attributes where one fits ({@code +id}, {@code
 * +type}, {@code +start}, {@code +end}, {@code +name}, {@code +code}, {@code +lat}, {@code +lon},
 * {@code +killed}, {@code +injured}, {@code +source}) and documented custom attributes where none
 * does ({@code #meta+time_precision}). {@code #country+code} is ISO 3166-1 alpha-3, as HXL
 * assumes. A cell that holds several values joins them with {@code "; "}, as ACLED does.
 */
public final class Hxl {
  /** The header row: the columns' names, in order (the same names as the GeoJSON properties). */
  public static final List<String> COLUMNS;

  /** The hashtag row: each column's HXL hashtag with its attributes, in the order of {@link #COLUMNS}. */
  public static final List<String> HASHTAGS;

  static {
    List<String> columns = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String[][] head = {
      {"event_id", "#event+id"},
      {"report_id", "#meta+report_id"},
      {"incident_id", "#meta+incident_id"},
      {"acled_event_type", "#event+type"},
      {"acled_sub_event_type", "#event+type+sub"},
      {"type", "#event+type+sitrep"},
      {"outcome", "#event+outcome"},
      {"time_start", "#date+start"},
      {"time_end", "#date+end"},
      {"time_precision", "#meta+time_precision"},
      {"time_instant", "#date+occurred"},
      {"location_name", "#loc+name"},
      {"country_code", "#country+code"},
      {"country_name", "#country+name"},
      {"admin1", "#adm1+name"},
      {"admin1_code", "#adm1+code+v_iso3166_2"},
      {"admin2", "#adm2+name"},
      {"admin2_code", "#adm2+code+v_iso3166_2"},
      {"admin3", "#adm3+name"},
      {"admin3_code", "#adm3+code+v_iso3166_2"},
      {"latitude", "#geo+lat"},
      {"longitude", "#geo+lon"},
      {"geo_precision", "#meta+geo_precision"},
    };
    for (String[] c : head) {
      columns.add(c[0]);
      tags.add(c[1]);
    }
    for (CasualtyOutcome o : CasualtyOutcome.knownValues()) {
      columns.add(o.code());
      tags.add("#affected+" + o.code());
      columns.add(o.code() + "_low");
      tags.add("#affected+" + o.code() + "+min");
      columns.add(o.code() + "_high");
      tags.add("#affected+" + o.code() + "+max");
    }
    String[][] tail = {
      {"other_casualties", "#meta+other_casualties"},
      {"claims_count", "#meta+claims+num"},
      {"claim_ids", "#meta+claim_ids"},
      {"claim_sources", "#meta+source"},
      {"records", "#meta+id+dataset"},
      {"summary", "#description"},
    };
    for (String[] c : tail) {
      columns.add(c[0]);
      tags.add(c[1]);
    }
    COLUMNS = Collections.unmodifiableList(columns);
    HASHTAGS = Collections.unmodifiableList(tags);
  }

  private Hxl() {}

  /**
   * A writer of the table; it writes the header row and the hashtag row first. Every incident has
   * a row (what a row does not hold is listed in docs/datasets.md), so the writer never throws
   * {@link DatasetException}.
   *
   * @param out where the table goes; closed with the writer
   * @return the writer
   */
  public static DatasetWriter writer(Writer out) {
    return new HxlWriter(Objects.requireNonNull(out, "out"));
  }
}
