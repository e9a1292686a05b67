package org.sitrep.datasets;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.Report;
import org.sitrep.SitrepValidationException;

/**
 * The rows of a dataset's table read as Sitrep reports, one row at a time and in constant memory:
 * from {@code Acled.reader} or {@code Ucdp.reader}.
 *
 * <pre>{@code
 * List<RowError> skipped = new ArrayList<>();
 * try (DatasetReader rows = Acled.reader(Path.of("acled.csv"), skipped::add)) {
 *   rows.stream().forEach(report -> ...);
 * }
 * skipped.forEach(e -> log.warn("{}", e));   // row 12 (line 13), column fatalities "x": ...
 * }</pre>
 *
 * <p><b>Bad rows.</b> A reader that stops at bad rows throws the first one's {@link
 * DatasetException} and ends. A reader that skips them passes each one to the caller's consumer
 * as a {@link RowError} (row, line, column, value, reason) and goes on; nothing is dropped without
 * being reported. Some errors end the reading in both modes, thrown: a header that lacks a
 * required column or has a column the dataset's codebook does not define (its values would have
 * no home), a CSV syntax error (an unclosed quote: where the next row starts is unknown), and a
 * failing input ({@link UncheckedIOException}).
 *
 * <p>{@link #read()}, {@link #iterator()} and {@link #stream()} are views of the same rows: each
 * is delivered once. A reader is for one thread. Closing it closes the input.
 */
public final class DatasetReader implements Iterable<Report>, AutoCloseable {
  private final CsvReader<CsvRecord> csv;
  private final CloseableIterator<CsvRecord> records;
  private final RowMapper mapper;
  private final Consumer<? super RowError> skipped;
  private final Map<String, Integer> columns;
  private final int width;
  private long row;
  private boolean done;

  DatasetReader(Reader in, RowMapper mapper, Consumer<? super RowError> skipped) {
    this.csv =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .ofCsvRecord(in);
    this.records = csv.iterator();
    this.mapper = mapper;
    this.skipped = skipped;
    CsvRecord header = nextRecord();
    if (header == null) {
      throw fileError(null, "the input is empty: a table starts with its header row");
    }
    Map<String, Integer> byName = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      String name = header.getField(i);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      if (byName.putIfAbsent(name, i) != null) {
        throw fileError(name, "the header names this column twice");
      }
      if (!mapper.knownColumns().contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw fileError(unknown.get(0), "the header has columns this dataset's codebook does not"
          + " define, whose values would have no home: " + unknown);
    }
    TreeSet<String> missing = new TreeSet<>(mapper.requiredColumns());
    missing.removeAll(byName.keySet());
    if (!missing.isEmpty()) {
      throw fileError(missing.first(), "the header lacks required columns: " + missing);
    }
    this.columns = Collections.unmodifiableMap(byName);
    this.width = header.getFieldCount();
  }

  private DatasetException fileError(String column, String reason) {
    close();
    return new DatasetException(new RowError(0, 1, column, null, reason), null);
  }

  private CsvRecord nextRecord() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      done = true;
      close();
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw new UncheckedIOException((IOException) cause);
      }
      throw new DatasetException(
          new RowError(row + 1, -1, null, null, "not CSV: " + e.getMessage()), e);
    } catch (UncheckedIOException e) {
      done = true;
      close();
      throw new UncheckedIOException(e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Reads the next row that maps.
   *
   * @return the row's report, validated by the core; null at the end of the table
   * @throws DatasetException at a bad row if this reader stops at them, or at an error that ends
   *     the reading; the reader is then at its end
   * @throws UncheckedIOException if the input fails
   */
  public Report read() {
    while (!done) {
      CsvRecord record = nextRecord();
      if (record == null) {
        done = true;
        return null;
      }
      row++;
      RowError error;
      if (record.getFieldCount() != width) {
        error = new RowError(row, record.getStartingLineNumber(), null, null,
            "has " + record.getFieldCount() + " fields, the header " + width);
      } else {
        try {
          return mapper.map(new Row(columns, record));
        } catch (RowProblem p) {
          error = new RowError(row, record.getStartingLineNumber(), p.column, p.value,
              p.getMessage());
        } catch (SitrepValidationException e) {
          error = new RowError(row, record.getStartingLineNumber(), null, null,
              "maps to a value Sitrep refuses: " + e.getMessage());
        }
      }
      if (skipped == null) {
        done = true;
        close();
        throw new DatasetException(error, null);
      }
      skipped.accept(error);
    }
    return null;
  }

  /** @return the rows read so far, bad ones included (1 after the first data row) */
  public long rowsRead() {
    return row;
  }

  /** @return the reports of the rows not yet read, in order */
  @Override
  public Iterator<Report> iterator() {
    return new Iterator<>() {
      private Report next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = read();
        }
        return next != null;
      }

      @Override
      public Report next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Report r = next;
        next = null;
        return r;
      }
    };
  }

  /** @return the reports of the rows not yet read, in order, as a sequential stream */
  public Stream<Report> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Closes the input. */
  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
