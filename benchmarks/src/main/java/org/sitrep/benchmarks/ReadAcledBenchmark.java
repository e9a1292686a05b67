package org.sitrep.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.Report;
import org.sitrep.datasets.Acled;
import org.sitrep.datasets.DatasetReader;
import org.sitrep.testing.DatasetSamples;

/**
 * Issue 13: ACLED rows per second read into Sitrep reports (parsed, mapped, validated), against
 * plain CSV parsing of the same text into a map per row (FastCSV's {@code NamedCsvRecord}), on a
 * table of {@value #ROWS} rows: the nine rows of {@link DatasetSamples#acled()} again and again,
 * each with its own id. One operation reads the whole table; rows per second are {@value #ROWS}
 * times the operations per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ReadAcledBenchmark {
  /** Rows in the table each operation reads. */
  public static final int ROWS = 10_000;

  private String table;

  /** Builds the table. */
  @Setup
  public void setUp() {
    String[] lines = DatasetSamples.acled().split("\n(?=[A-Z]{3}[0-9]+,)");
    StringBuilder b = new StringBuilder(lines[0]).append('\n');
    for (int i = 0; i < ROWS; i++) {
      String row = lines[1 + i % (lines.length - 1)];
      String id = row.substring(0, row.indexOf(','));
      b.append(id).append('x').append(i).append(row, id.length(), row.length());
      if (!row.endsWith("\n")) {
        b.append('\n');
      }
    }
    table = b.toString();
  }

  /**
   * @param bh consumes each report
   * @return the rows read
   */
  @Benchmark
  public int sitrep(Blackhole bh) {
    return sitrep(bh::consume);
  }

  int sitrep(Consumer<Object> sink) {
    int n = 0;
    try (DatasetReader rows = Acled.reader(new StringReader(table))) {
      for (Report r = rows.read(); r != null; r = rows.read()) {
        sink.accept(r);
        n++;
      }
    }
    return n;
  }

  /**
   * @param bh consumes each row's map
   * @return the rows read
   */
  @Benchmark
  public int maps(Blackhole bh) {
    return maps(bh::consume);
  }

  int maps(Consumer<Object> sink) {
    int n = 0;
    for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(new StringReader(table))) {
      sink.accept(r.getFieldsAsMap());
      n++;
    }
    return n;
  }
}
