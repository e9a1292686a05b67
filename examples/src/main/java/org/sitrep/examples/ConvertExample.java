package org.sitrep.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.Report;
import org.sitrep.datasets.Acled;
import org.sitrep.datasets.DatasetException;
import org.sitrep.datasets.DatasetReader;
import org.sitrep.datasets.DatasetWriter;
import org.sitrep.datasets.GeoJson;
import org.sitrep.datasets.Hxl;
import org.sitrep.datasets.RowError;
import org.sitrep.datasets.Ucdp;
import org.sitrep.jackson.SitrepFeed;
import org.sitrep.jackson.SitrepFeedWriter;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;

/**
 * Converts between Sitrep's NDJSON feed of reports and the dataset formats of {@code
 * sitrep-datasets}, streaming, in constant memory.
 *
 * <pre>
 * usage: ConvertExample --from acled|ucdp|sitrep --to sitrep|acled|ucdp|geojson|hxl [--skip] IN OUT
 * </pre>
 *
 * <p>{@code sitrep} is an NDJSON feed of reports, read tolerantly; {@code acled} and {@code ucdp}
 * are their CSV tables ({@code docs/datasets.md}), {@code geojson} an RFC 7946 FeatureCollection
 * of the incidents, {@code hxl} an HXL-tagged CSV table. By default the conversion stops
 * at the first row or record it cannot convert; {@code --skip} goes on, printing each one with
 * its row (or line), column (or JSON path) and reason. On long inputs a progress line is printed
 * every {@value #PROGRESS_EVERY} records.
 *
 * <p>Exit codes, as {@link ValidateExample}'s: {@value ValidateExample#VALID} every record
 * converted; {@value ValidateExample#INVALID} a record could not be converted (stopped there, or
 * skipped with {@code --skip}: the output holds the others); {@value ValidateExample#UNREADABLE}
 * the input could not be read (no such file, not the format's header, a CSV or JSON syntax error
 * that ends the reading, a bad command line).
 */
public final class ConvertExample {
  /** A progress line every this many records read. */
  public static final int PROGRESS_EVERY = 100_000;

  static final String USAGE =
      "usage: ConvertExample --from acled|ucdp|sitrep --to sitrep|acled|ucdp|geojson|hxl [--skip]"
          + " IN OUT\n";

  private static final List<String> FROM = List.of("acled", "ucdp", "sitrep");
  private static final List<String> TO = List.of("sitrep", "acled", "ucdp", "geojson", "hxl");

  private ConvertExample() {}

  /**
   * Entry point: converts, prints the outcome of {@link #run} and exits with its code.
   *
   * @param args {@code --from F --to T [--skip] IN OUT}
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    ValidateExample.Outcome outcome = run(List.of(args), err);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(outcome.output());
    out.flush();
    System.exit(outcome.exitCode());
  }

  /**
   * Converts the file named on the command line.
   *
   * @param args {@code --from F --to T [--skip] IN OUT}
   * @param progress where progress lines go (standard error from {@link #main})
   * @return the exit code and the output: a summary line, and each record skipped
   */
  public static ValidateExample.Outcome run(List<String> args, PrintStream progress) {
    return run(args, progress, PROGRESS_EVERY);
  }

  static ValidateExample.Outcome run(List<String> args, PrintStream progress, int every) {
    String from = null;
    String to = null;
    boolean skip = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if ((arg.equals("--from") || arg.equals("--to")) && i + 1 < args.size()) {
        if (arg.equals("--from")) {
          from = args.get(++i);
        } else {
          to = args.get(++i);
        }
      } else if (arg.equals("--skip")) {
        skip = true;
      } else if (arg.equals("-h") || arg.equals("--help")) {
        return new ValidateExample.Outcome(ValidateExample.VALID, USAGE);
      } else if (arg.startsWith("-")) {
        return usage("unknown option: " + arg);
      } else {
        files.add(arg);
      }
    }
    if (from == null || to == null || files.size() != 2) {
      return usage("--from, --to, IN and OUT are required");
    }
    if (!FROM.contains(from)) {
      return usage("--from is one of " + String.join(", ", FROM) + ", not " + from);
    }
    if (!TO.contains(to)) {
      return usage("--to is one of " + String.join(", ", TO) + ", not " + to);
    }
    return convert(from, to, skip, Path.of(files.get(0)), Path.of(files.get(1)), progress, every);
  }

  private static ValidateExample.Outcome usage(String why) {
    return new ValidateExample.Outcome(ValidateExample.UNREADABLE, why + "\n" + USAGE);
  }

  private static ValidateExample.Outcome convert(
      String from, String to, boolean skip, Path in, Path out, PrintStream progress, int every) {
    StringBuilder report = new StringBuilder();
    List<String> skipped = new ArrayList<>();
    Consumer<String> onSkip = line -> {
      skipped.add(line);
      report.append("skipped: ").append(line).append('\n');
    };
    long reports = 0;
    long incidents = 0;
    try (InputStream input = Files.newInputStream(in);
        Source source = open(from, input, skip ? onSkip : null);
        OutputStream output = new BufferedOutputStream(Files.newOutputStream(out));
        DatasetWriter target = target(to, output)) {
      for (Iterator<Report> it = source.reports(); it.hasNext(); ) {
        Report r = it.next();
        target.write(r);
        reports++;
        incidents += r.incidents().size();
        if (reports % every == 0) {
          progress.println(in.getFileName() + ": " + reports + " reports, " + incidents
              + " incidents, " + skipped.size() + " skipped");
        }
      }
    } catch (NoSuchFileException e) {
      return new ValidateExample.Outcome(ValidateExample.UNREADABLE,
          "unreadable: " + e.getFile() + ": no such file\n");
    } catch (AccessDeniedException e) {
      return new ValidateExample.Outcome(ValidateExample.UNREADABLE,
          "unreadable: " + e.getFile() + ": permission denied\n");
    } catch (DatasetException e) {
      boolean header = e.error().row() == 0;
      return new ValidateExample.Outcome(
          header ? ValidateExample.UNREADABLE : ValidateExample.INVALID,
          report + (header ? "unreadable: " : "invalid: ") + in + ": " + e.getMessage() + "\n"
              + "converted " + reports + " reports before it\n");
    } catch (SitrepJsonException e) {
      return new ValidateExample.Outcome(ValidateExample.INVALID,
          report + "invalid: " + in + ": " + e.getMessage() + "\nconverted " + reports
              + " reports before it\n");
    } catch (IOException | UncheckedIOException e) {
      return new ValidateExample.Outcome(ValidateExample.UNREADABLE,
          report + "unreadable: " + in + ": " + e.getMessage() + "\n");
    }
    report.append("converted ").append(reports).append(" reports (").append(incidents)
        .append(" incidents) from ").append(from).append(" to ").append(to).append(", skipped ")
        .append(skipped.size()).append('\n');
    return new ValidateExample.Outcome(
        skipped.isEmpty() ? ValidateExample.VALID : ValidateExample.INVALID, report.toString());
  }

  /** The reports of an input, and the resources to close after. */
  private interface Source extends AutoCloseable {
    Iterator<Report> reports();

    @Override
    void close();
  }

  private static Source open(String from, InputStream in, Consumer<String> onSkip) {
    if (from.equals("sitrep")) {
      SitrepFeed<Report> feed =
          onSkip == null
              ? SitrepJson.tolerant().readFeed(in, Report.class, FeedFormat.NDJSON)
              : SitrepJson.tolerant().readFeed(in, Report.class, FeedFormat.NDJSON,
                  (FeedError e) -> onSkip.accept(e.toString()));
      return new Source() {
        @Override
        public Iterator<Report> reports() {
          return feed.iterator();
        }

        @Override
        public void close() {
          feed.close();
        }
      };
    }
    Consumer<RowError> rows = onSkip == null ? null : e -> onSkip.accept(e.toString());
    DatasetReader reader;
    if (from.equals("ucdp")) {
      reader = rows == null ? Ucdp.reader(in) : Ucdp.reader(in, rows);
    } else {
      reader = rows == null ? Acled.reader(in) : Acled.reader(in, rows);
    }
    return new Source() {
      @Override
      public Iterator<Report> reports() {
        return reader.iterator();
      }

      @Override
      public void close() {
        reader.close();
      }
    };
  }

  private static DatasetWriter target(String to, OutputStream out) {
    if (to.equals("sitrep")) {
      SitrepFeedWriter<Report> feed =
          SitrepJson.tolerant().writeFeed(out, Report.class, FeedFormat.NDJSON);
      return new DatasetWriter() {
        @Override
        public void write(Report report) throws IOException {
          feed.write(report);
        }

        @Override
        public void flush() throws IOException {
          feed.flush();
        }

        @Override
        public void close() throws IOException {
          feed.close();
        }
      };
    }
    switch (to) {
      case "ucdp":
        return Ucdp.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      case "geojson":
        return GeoJson.writer(out);
      case "hxl":
        return Hxl.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      default:
        return Acled.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
  }
}
