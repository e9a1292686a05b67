package org.sitrep.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sitrep.Report;
import org.sitrep.Violation;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.jackson.SitrepJsonException;

/**
 * A small command-line validator: reads a report as JSON from a file, or from standard input, and
 * prints either {@code valid} with a one-line summary or every problem with its JSON path.
 *
 * <pre>
 * usage: ValidateExample [--strict] [FILE | -]
 * </pre>
 *
 * <p>Exit codes: {@value #VALID} valid, {@value #INVALID} invalid (well-formed JSON that is not a
 * valid report: a missing or unknown property, a wrong type, a broken rule of the model, another
 * major schema version), {@value #UNREADABLE} unreadable (no such file, not JSON, over a size
 * limit, a bad command line).
 *
 * <p>By default the report is read as a tolerant consumer reads it: content from a newer minor
 * version of the format is kept, not refused. {@code --strict} refuses anything this version does
 * not know. Reading stops at the first structural problem (a missing property, a wrong type); a
 * value that breaks several rules of the model reports them all.
 *
 * <p>{@link #main} only prints and exits; {@link #run} does the work and returns the exit code
 * with the output, so it can be called (and tested) without ending the JVM.
 */
public final class ValidateExample {
  /** Exit code of a valid report. */
  public static final int VALID = 0;
  /** Exit code of a document that is JSON but not a valid report. */
  public static final int INVALID = 1;
  /** Exit code of input that could not be read as JSON at all, or of a bad command line. */
  public static final int UNREADABLE = 2;

  static final String USAGE =
      "usage: ValidateExample [--strict] [FILE | -]   (no FILE, or -, reads standard input)\n";

  private ValidateExample() {}

  /**
   * What a run of the validator ends with.
   *
   * @param exitCode {@link #VALID}, {@link #INVALID} or {@link #UNREADABLE}
   * @param output what to print, each line ending in {@code \n}
   */
  public record Outcome(int exitCode, String output) {}

  /**
   * Entry point: prints the outcome of {@link #run} on standard output and exits with its code.
   *
   * @param args {@code [--strict] [FILE | -]}
   */
  public static void main(String[] args) {
    Outcome outcome = run(List.of(args), System.in);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(outcome.output());
    out.flush();
    System.exit(outcome.exitCode());
  }

  /**
   * Validates the report named on the command line.
   *
   * @param args {@code [--strict] [FILE | -]}
   * @param stdin read when no file is named, or {@code -}; not closed
   * @return the exit code and the output
   */
  public static Outcome run(List<String> args, InputStream stdin) {
    boolean strict = false;
    String file = null;
    for (String arg : args) {
      if (arg.equals("--strict")) {
        strict = true;
      } else if (arg.equals("-h") || arg.equals("--help")) {
        return new Outcome(VALID, USAGE);
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        return new Outcome(UNREADABLE, "unknown option: " + arg + "\n" + USAGE);
      } else if (file != null) {
        return new Outcome(UNREADABLE, "more than one file: " + file + ", " + arg + "\n" + USAGE);
      } else {
        file = arg;
      }
    }
    SitrepJson json = strict ? SitrepJson.strict() : SitrepJson.tolerant();
    if (file == null || file.equals("-")) {
      return validate(json, stdin, "standard input");
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return validate(json, in, file);
    } catch (NoSuchFileException e) {
      return new Outcome(UNREADABLE, "unreadable: " + file + ": no such file\n");
    } catch (AccessDeniedException e) {
      return new Outcome(UNREADABLE, "unreadable: " + file + ": permission denied\n");
    } catch (IOException e) {
      return new Outcome(UNREADABLE, "unreadable: " + file + ": " + e.getMessage() + "\n");
    }
  }

  /**
   * Validates one JSON document.
   *
   * @param json the reader to use, tolerant or strict
   * @param in the document; not closed
   * @param name what to call it in the output
   * @return the exit code and the output
   */
  public static Outcome validate(SitrepJson json, InputStream in, String name) {
    Report report;
    try {
      report = json.read(in, Report.class);
    } catch (SitrepJsonException e) {
      return problems(e, name);
    }
    return new Outcome(VALID, "valid: " + name + ": " + ReportSummary.oneLine(report) + "\n");
  }

  private static Outcome problems(SitrepJsonException e, String name) {
    String kind = e.kind().name().toLowerCase(Locale.ROOT);
    String where = e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? ""
        : ", line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    boolean unreadable = switch (e.kind()) {
      case SYNTAX, LIMIT_EXCEEDED, IO -> true;
      default -> false;
    };
    List<Violation> violations = e.violations();
    StringBuilder out = new StringBuilder();
    if (unreadable) {
      out.append("unreadable: ").append(name).append(" (").append(kind).append(where)
          .append(")\n");
    } else {
      long n = violations.size() + e.omitted();
      out.append("invalid: ").append(name).append(": ").append(n)
          .append(n == 1 ? " problem" : " problems").append(" (").append(kind).append(where)
          .append(")\n");
    }
    for (Violation v : violations) {
      out.append("  ").append(v.path()).append(": ").append(oneLine(v.reason())).append('\n');
    }
    if (e.omitted() > 0) {
      out.append("  ... and ").append(e.omitted()).append(" more, not listed\n");
    }
    return new Outcome(unreadable ? UNREADABLE : INVALID, out.toString());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
