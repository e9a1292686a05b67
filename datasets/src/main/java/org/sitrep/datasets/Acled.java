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
 * ACLED's event table, in and out: each row is a {@link org.sitrep.Report} published by ACLED
 * holding one incident, with one claim per source of ACLED's {@code source} column; and each
 * incident of a report becomes one row. {@code docs/datasets.md} maps every column.
 *
 * <pre>{@code
 * try (DatasetReader rows = Acled.reader(Path.of("acled.csv"), skipped::add);
 *     DatasetWriter out = Acled.writer(Files.newBufferedWriter(Path.of("copy.csv")))) {
 *   for (Report report : rows) {
 *     out.write(report);
 *   }
 * }
 * }</pre>
 *
 * <p>The columns are those of ACLED's codebook since 2023 ({@link #COLUMNS}); a table may hold
 * them in any order, and must hold {@code event_id_cnty}, {@code event_date}, {@code
 * time_precision}, {@code event_type}, {@code sub_event_type}, {@code geo_precision} and {@code
 * fatalities}. A column the codebook does not define is refused: its values would have no home.
 *
 * <p>ACLED's "0" fatalities means that no fatalities were reported, not that there were none: the
 * row's incident has no fatality figure, and each source's claim is {@link
 * org.sitrep.Claim#silentOn() silent on} casualties. A number above 0 is a figure of at least that
 * many killed (ACLED codes the most conservative figure its sources give).
 */
public final class Acled {
  /** ACLED's columns, in the order of ACLED's exports, the order a writer writes them in. */
  public static final List<String> COLUMNS =
      List.of(
          "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
          "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
          "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
          "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
          "source_scale", "notes", "fatalities", "tags", "timestamp");

  private Acled() {}

  /**
   * Reads a file, stopping at the first bad row; the encoding is found as described at {@link
   * #reader(InputStream)}.
   *
   * @param file an ACLED CSV file
   * @return the rows, as reports
   * @throws DatasetException if the header is not ACLED's
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static DatasetReader reader(Path file) {
    return new DatasetReader(Decoding.of(open(file)), new AcledRows(), null);
  }

  /**
   * Reads a file, passing each bad row to {@code skipped} and going on.
   *
   * @param file an ACLED CSV file
   * @param skipped told of each row that cannot be mapped
   * @return the rows, as reports
   * @throws DatasetException if the header is not ACLED's
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
    return new DatasetReader(in, new AcledRows(), null);
  }

  /**
   * Reads text, passing each bad row to {@code skipped} and going on.
   *
   * @param in the table's text; closed with the reader
   * @param skipped told of each row that cannot be mapped
   * @return the rows, as reports
   */
  public static DatasetReader reader(Reader in, Consumer<? super RowError> skipped) {
    return new DatasetReader(in, new AcledRows(), Objects.requireNonNull(skipped, "skipped"));
  }

  /**
   * A writer of ACLED rows in the {@linkplain AcledStyle#standard() standard style}: ISO dates,
   * numeric actor types.
   *
   * @param out where the table goes; closed with the writer
   * @return the writer; it writes the header first
   */
  public static DatasetWriter writer(Writer out) {
    return writer(out, AcledStyle.standard());
  }

  /**
   * @param out where the table goes; closed with the writer
   * @param style the form of dates and actor types
   * @return the writer; it writes the header first
   */
  public static DatasetWriter writer(Writer out, AcledStyle style) {
    return new AcledWriter(out, style);
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
