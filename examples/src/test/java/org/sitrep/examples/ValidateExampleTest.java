package org.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.conformance.Corpus;
import org.sitrep.conformance.Document;
import org.sitrep.examples.ValidateExample.Outcome;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.testing.SeedArticle;

/**
 * The validator on the README's example files (under {@code examples/data/}) and others, among
 * them files of the conformance corpus.
 */
class ValidateExampleTest {
  private static final InputStream NO_INPUT = InputStream.nullInputStream();
  /** Files of the conformance corpus, copied out of its jar for the validator to read. */
  @TempDir static Path corpusFiles;

  private static String goldenSeed;
  private static String newerMinor;

  @BeforeAll
  static void copyTheCorpusFiles() throws IOException {
    Corpus corpus = Corpus.v1_0();
    goldenSeed = copy(corpus.golden("seed-report"));
    newerMinor = copy(corpus.relay("newer-minor-version"));
  }

  private static String copy(Document document) throws IOException {
    Path file = corpusFiles.resolve(document.fileName());
    Files.write(file, document.bytes());
    return file.toString();
  }

  @Test
  void aValidReportIsValidWithAOneLineSummary() {
    assertThat(run("data/report.json")).isEqualTo(new Outcome(0, "valid: data/report.json: "
        + "report kharkiv-2024-05-25-hypermarket (schema 1.0): 1 incident, 1 claim, "
        + "0 aid packages\n"));
  }

  @Test
  void theGoldenSeedReportIsValidInStrictMode() {
    assertThat(run("--strict", goldenSeed)).isEqualTo(new Outcome(ValidateExample.VALID,
        "valid: " + goldenSeed + ": report seed-2023-09-07-drones-across-russia "
            + "(schema 1.0): 10 incidents, 13 claims, 2 aid packages\n"));
  }

  @Test
  void standardInputIsReadWithoutAFileOrWithADash() {
    String seed = SitrepJson.tolerant().writeString(SeedArticle.report());
    assertOutcome(runOn(seed), 0, "valid: standard input: report seed-2023-09-07");
    assertOutcome(runOn(seed, "-"), 0, "valid: standard input: report seed-2023-09-07");
  }

  @Test
  void anInvalidReportListsEveryProblemOfTheValueWithItsJsonPath() {
    assertThat(run("data/invalid-report.json")).isEqualTo(new Outcome(ValidateExample.INVALID,
        "invalid: data/invalid-report.json: 2 problems (rule_violation, line 42, column 11)\n"
            + "  $.incidents[0].casualties[0].count.best: low (12) must not be greater than best "
            + "(10)\n"
            + "  $.incidents[0].casualties[0].count.high: best (10) must not be greater than high "
            + "(8)\n"));
  }

  @Test
  void lowAboveHighIsInvalid() {
    String json = SitrepJson.tolerant().writeString(SeedArticle.report())
        .replace("{\"high\":17,\"qualifier\":\"at_most\"",
            "{\"low\":18,\"high\":17,\"qualifier\":\"range\"");
    Outcome outcome = assertOutcome(runOn(json), 1, "invalid: standard input: 1 problem (rule_");
    assertThat(outcome.output()).endsWith("  $.incidents[8].casualties[0].count.high: "
        + "low (18) must not be greater than high (17)\n");
  }

  @Test
  void aNewerMinorVersionIsValidWhenTolerantAndInvalidWhenStrict() {
    assertThat(run(newerMinor).output()).contains("(schema 1.3)");
    assertThat(run(newerMinor).exitCode()).isEqualTo(0);
    assertThat(run("--strict", newerMinor)).isEqualTo(new Outcome(1, "invalid: " + newerMinor
        + ": 1 problem (unknown_value, line 29, column 15)\n"
        + "  $.incidents[0].type: 'glide_bomb_intercepted' is not a code of "
        + "IncidentType known to this version (strict mode)\n"));
  }

  @Test
  void brokenJsonIsUnreadable() {
    Outcome outcome = assertOutcome(run("data/broken.json"), ValidateExample.UNREADABLE,
        "unreadable: data/broken.json (syntax, line 32, column 9)\n"
            + "  $.incidents[0].casualties[0]: Unexpected end-of-input");
    assertThat(outcome.output()).endsWith("\n").hasLineCount(2);
  }

  @Test
  void aMissingFileIsUnreadable() {
    assertThat(run("data/no-such-report.json"))
        .isEqualTo(new Outcome(2, "unreadable: data/no-such-report.json: no such file\n"));
  }

  @Test
  void emptyInputIsUnreadable() {
    assertOutcome(runOn("", "-"), 2, "unreadable: standard input (syntax");
  }

  @Test
  void aBadCommandLineIsUnreadableWithTheUsage() {
    assertThat(run("--lenient", "data/report.json"))
        .isEqualTo(new Outcome(2, "unknown option: --lenient\n" + ValidateExample.USAGE));
    assertOutcome(run("a.json", "b.json"), 2, "more than one file: a.json, b.json\nusage: ");
    assertThat(run("--help")).isEqualTo(new Outcome(0, ValidateExample.USAGE));
  }

  /** main itself, in a JVM of its own: what it prints and the process's exit code. */
  @Test
  void mainPrintsTheOutcomeAndExitsWithItsCode(@TempDir Path dir) throws Exception {
    assertThat(runMain(dir, "data/report.json")).isEqualTo("0 valid: data/report.json: report "
        + "kharkiv-2024-05-25-hypermarket (schema 1.0): 1 incident, 1 claim, 0 aid packages\n");
    assertThat(runMain(dir, "data/invalid-report.json"))
        .startsWith("1 invalid: data/invalid-report.json: 2 problems");
    assertThat(runMain(dir, "data/broken.json"))
        .startsWith("2 unreadable: data/broken.json (syntax");
  }

  private static Outcome run(String... args) {
    return ValidateExample.run(List.of(args), NO_INPUT);
  }

  private static Outcome runOn(String stdin, String... args) {
    return ValidateExample.run(
        List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  private static Outcome assertOutcome(Outcome outcome, int exitCode, String outputStart) {
    assertThat(outcome.output()).startsWith(outputStart);
    assertThat(outcome.exitCode()).isEqualTo(exitCode);
    return outcome;
  }

  private static String runMain(Path dir, String file) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            ValidateExample.class.getName(), file)
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() + " " + Files.readString(out, StandardCharsets.UTF_8);
  }
}
