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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.examples.ValidateExample.Outcome;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.testing.SeedArticle;

/** The validator on the README's example files (under {@code examples/data/}) and others. */
class ValidateExampleTest {
  private static final InputStream NO_INPUT = InputStream.nullInputStream();
  private static final String GOLDEN_SEED =
      "../jackson-module/src/test/resources/golden/seed-report.json";
  private static final String NEWER_MINOR =
      "../jackson-module/src/test/resources/relay/newer-minor-version.json";

  @Test
  void aValidReportIsValidWithAOneLineSummary() {
    Outcome outcome = ValidateExample.run(List.of("data/report.json"), NO_INPUT);
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.output())
        .isEqualTo("valid: data/report.json: report kharkiv-2024-05-25-hypermarket (schema 1.0): "
            + "1 incident, 1 claim, 0 aid packages\n");
  }

  @Test
  void theGoldenSeedReportIsValidInStrictMode() {
    Outcome outcome = ValidateExample.run(List.of("--strict", GOLDEN_SEED), NO_INPUT);
    assertThat(outcome.exitCode()).isEqualTo(ValidateExample.VALID);
    assertThat(outcome.output())
        .isEqualTo("valid: " + GOLDEN_SEED + ": report seed-2023-09-07-drones-across-russia "
            + "(schema 1.0): 10 incidents, 13 claims, 2 aid packages\n");
  }

  @Test
  void standardInputIsReadWithoutAFileOrWithADash() {
    byte[] seed = SitrepJson.tolerant().writeBytes(SeedArticle.report());
    for (List<String> args : List.of(List.<String>of(), List.of("-"))) {
      Outcome outcome = ValidateExample.run(args, new ByteArrayInputStream(seed));
      assertThat(outcome.exitCode()).isEqualTo(0);
      assertThat(outcome.output()).startsWith("valid: standard input: report seed-2023-09-07");
    }
  }

  @Test
  void anInvalidReportListsEveryProblemOfTheValueWithItsJsonPath() {
    Outcome outcome = ValidateExample.run(List.of("data/invalid-report.json"), NO_INPUT);
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.output())
        .isEqualTo("invalid: data/invalid-report.json: 2 problems (rule_violation, line 42, "
            + "column 11)\n"
            + "  $.incidents[0].casualties[0].count.best: low (12) must not be greater than best "
            + "(10)\n"
            + "  $.incidents[0].casualties[0].count.high: best (10) must not be greater than high "
            + "(8)\n");
  }

  @Test
  void lowAboveHighIsInvalid() {
    String json = SitrepJson.tolerant().writeString(SeedArticle.report())
        .replace("{\"high\":17,\"qualifier\":\"at_most\"",
            "{\"low\":18,\"high\":17,\"qualifier\":\"range\"");
    Outcome outcome = ValidateExample.run(
        List.of(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.output())
        .startsWith("invalid: standard input: 1 problem (rule_violation")
        .endsWith("  $.incidents[8].casualties[0].count.high: "
            + "low (18) must not be greater than high (17)\n");
  }

  @Test
  void aNewerMinorVersionIsValidWhenTolerantAndInvalidWhenStrict() {
    Outcome tolerant = ValidateExample.run(List.of(NEWER_MINOR), NO_INPUT);
    assertThat(tolerant.exitCode()).isEqualTo(0);
    assertThat(tolerant.output()).contains("(schema 1.3)");

    Outcome strict = ValidateExample.run(List.of("--strict", NEWER_MINOR), NO_INPUT);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.output())
        .contains("1 problem (unknown_value, line 29, column 15)\n")
        .contains("  $.incidents[0].type: 'glide_bomb_intercepted' is not a code of "
            + "IncidentType known to this version (strict mode)\n");
  }

  @Test
  void brokenJsonIsUnreadable() {
    Outcome outcome = ValidateExample.run(List.of("data/broken.json"), NO_INPUT);
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.output())
        .startsWith("unreadable: data/broken.json (syntax, line 32, column 9)\n"
            + "  $.incidents[0].casualties[0]: Unexpected end-of-input")
        .endsWith("\n")
        .hasLineCount(2);
  }

  @Test
  void aMissingFileIsUnreadable() {
    Outcome outcome = ValidateExample.run(List.of("data/no-such-report.json"), NO_INPUT);
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.output()).isEqualTo("unreadable: data/no-such-report.json: no such file\n");
  }

  @Test
  void emptyInputIsUnreadable() {
    Outcome outcome = ValidateExample.run(List.of("-"), NO_INPUT);
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.output()).startsWith("unreadable: standard input (syntax");
  }

  @Test
  void aBadCommandLineIsUnreadableWithTheUsage() {
    Outcome unknown = ValidateExample.run(List.of("--lenient", "data/report.json"), NO_INPUT);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.output()).isEqualTo("unknown option: --lenient\n" + ValidateExample.USAGE);

    Outcome two = ValidateExample.run(List.of("a.json", "b.json"), NO_INPUT);
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.output()).startsWith("more than one file: a.json, b.json\nusage: ");

    Outcome help = ValidateExample.run(List.of("--help"), NO_INPUT);
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.output()).isEqualTo(ValidateExample.USAGE);
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
