package org.sitrep.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * UCDP's Georeferenced Event Dataset (GED), in and out: each row is a {@link org.sitrep.Report}
 * published by UCDP holding one incident, with its type of violence, its two sides as parties, its
 * time and place, and four casualty figures (the deaths of side A, of side B, of civilians and of
 * unknown status); and each incident of a report becomes one row. {@code docs/datasets.md} maps
 * every column.
 *
 * <pre>{@code
 * try (DatasetReader rows = Ucdp.reader(Path.of("GEDEvent_v23_1.csv"), skipped::add);
 *     DatasetWriter out = Ucdp.writer(Files.newBufferedWriter(Path.of("copy.csv")))) {
 *   for (Report report : rows) {
 *     out.write(report);
 *   }
 * }
 * }</pre>
 *
 * <p>The columns are those of UCDP GED's CSV since version 23.1 ({@link #COLUMNS}); a table may
 * hold them in any order, and must hold {@code id}, {@code type_of_violence}, {@code where_prec},
 * {@code date_prec}, {@code date_start}, {@code date_end}, the four {@code deaths_} columns and
 * {@code best}. A column the codebook does not define is refused: its values would have no home.
 *
 * <p>UCDP's deaths are exact counts, a zero included, and {@code best} is their sum: a row whose
 * {@code best} is not the sum, or does not lie between {@code low} and {@code high}, is a {@link
 * RowError} at column {@code best}; a {@code year}, {@code geom_wkt} or {@code priogrid_gid} that
 * does not agree with the dates or the point it is derived from is one at its own column. Each row
 * is a report with the id {@code ucdp-} and UCDP's {@code id} ({@code ucdp-487361}), its figures
 * {@code ucdp-487361-deaths-a}, {@code -deaths-b}, {@code -deaths-civilians} and {@code
 * -deaths-unknown}.
 */
public final class Ucdp {
  /** UCDP GED's columns, in the order of UCDP's CSV, the order a writer writes them in. */
  public static final List<String> COLUMNS =
      List.of(
          "id", "relid", "year", "active_year", "code_status", "type_of_violence",
          "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
          "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
          "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
          "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
          "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
          "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
          "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
          "best", "high", "low", "gwnoa", "gwnob");

  private Ucdp() {}

  /**
   * Reads a file, stopping at the first bad row; the encoding is found as described at {@link
   * #reader(InputStream)}.
   *
   * @param file a UCDP GED CSV file
   * @return the rows, as reports
   * @throws DatasetException if the header is not UCDP GED's
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static DatasetReader reader(Path file) {
    return new DatasetReader(Decoding.of(open(file)), new UcdpRows(), null);
  }

  /**
   * Reads a file, passing each bad row to {@code skipped} and going on.
   *
   * @param file a UCDP GED CSV file
   * @param skipped told of each row that cannot be mapped
   * @return the rows, as reports
   * @throws DatasetException if the header is not UCDP GED's
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static DatasetReader reader(Path file, Consumer<? super RowError> skipped) {
    return reader(Decoding.of(open(file)), skipped);
  }

  /**
   * Reads bytes whose encoding is not given, stopping at the first bad row: a byte-order mark
   * decides (UTF-8, UTF-16); without one the bytes are UTF-8, and a file that is not UTF-8 while
   * all before was ASCII is read on as windows-1252 (a spreadsheet's export). A byte that is
   * neither ends the reading with an {@link UncheckedIOException} giving its offset.
   *
   * @param in the table's bytes; closed with the reader
   * @return the rows, as reports
   */
  public static DatasetReader reader(InputStream in) {
    return reader(Decoding.of(in));
  }

  /**
   * Reads bytes whose encoding is not given (found as at {@link #reader(InputStream)}), passing
   * each bad row to {@code skipped} and going on.
   *
   * @param in the table's bytes; closed with the reader
   * @param skipped told of each row that cannot be mapped
   * @return the rows, as reports
   */
  public static DatasetReader reader(InputStream in, Consumer<? super RowError> skipped) {
    return reader(Decoding.of(in), skipped);
  }

  /**
   * Reads bytes in a given encoding, passing each bad row to {@code skipped} and going on.
   *
   * @param in the table's bytes; closed with the reader
   * @param charset their encoding (bytes not in it end the reading)
   * @param skipped told of each row that cannot be mapped
   * @return the rows, as reports
   */
  public static DatasetReader reader(
      InputStream in, Charset charset, Consumer<? super RowError> skipped) {
    return reader(Decoding.of(in, charset), skipped);
  }

  /**
   * Reads text, stopping at the first bad row.
   *
   * @param in the table's text; closed with the reader
   * @return the rows, as reports
   */
  public static DatasetReader reader(Reader in) {
    return new DatasetReader(in, new UcdpRows(), null);
  }

  /**
   * Reads text, passing each bad row to {@code skipped} and going on.
   *
   * @param in the table's text; closed with the reader
   * @param skipped told of each row that cannot be mapped
   * @return the rows, as reports
   */
  public static DatasetReader reader(Reader in, Consumer<? super RowError> skipped) {
    return new DatasetReader(in, new UcdpRows(), Objects.requireNonNull(skipped, "skipped"));
  }

  /**
   * A writer of UCDP GED rows in the {@linkplain UcdpStyle#standard() standard style}, the form of
   * UCDP's CSV download: dates {@code 2023-09-06 00:00:00.000}, {@code active_year} {@code TRUE}
   * or {@code FALSE}.
   *
   * @param out where the table goes; closed with the writer
   * @return the writer; it writes the header first
   */
  public static DatasetWriter writer(Writer out) {
    return writer(out, UcdpStyle.standard());
  }

  /**
   * A writer of UCDP GED rows in the given style.
   *
   * @param out where the table goes; closed with the writer
   * @param style the form of dates and of {@code active_year}
   * @return the writer; it writes the header first
   */
  public static DatasetWriter writer(Writer out, UcdpStyle style) {
    return new UcdpWriter(out, style);
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
