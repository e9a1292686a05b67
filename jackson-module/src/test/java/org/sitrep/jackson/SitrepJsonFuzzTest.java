package org.sitrep.jackson;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.Incident;
import org.sitrep.Report;

/**
 * The fuzz harness of the readers (issue 11), with Jazzer: coverage-guided, over {@link
 * SitrepJson} reads in both modes and over feeds, checking {@link FuzzProperties}.
 *
 * <p>In a normal build ({@code mvn verify}) Jazzer runs in regression mode: each test runs once on
 * every input kept under {@code src/test/resources/org/sitrep/jackson/SitrepJsonFuzzTestInputs/
 * <method>/} (seeds from the conformance corpus, and any input a fuzzing run found to fail, added
 * there as a regression), in a few seconds. {@link FuzzCorpusTest} runs the same properties over
 * the whole conformance corpus. To fuzz one target for ten minutes ({@code maxDuration}; the
 * corpus it grows is kept in {@code jackson-module/.cifuzz-corpus/}, ignored by git, and an input
 * that fails is written under the inputs directory above, to be committed with its fix):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl jackson-module -am test -Dtest='SitrepJsonFuzzTest#report' \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>({@code #incident} and {@code #incidentFeed} likewise.) Nothing here is timed: a slow input
 * shows as a low rate of executions in Jazzer's output, and the hostile documents of issue 11 are
 * measured by {@link HostileDocumentsTiming}.
 */
class SitrepJsonFuzzTest {
  /** @param input any bytes, read as a report in both modes */
  @FuzzTest(maxDuration = "10m")
  void report(byte[] input) {
    FuzzProperties.read(input, Report.class);
  }

  /** @param input any bytes, read as an incident in both modes */
  @FuzzTest(maxDuration = "10m")
  void incident(byte[] input) {
    FuzzProperties.read(input, Incident.class);
  }

  /** @param input any bytes, read as feeds of incidents, NDJSON and JSON array, skipping errors */
  @FuzzTest(maxDuration = "10m")
  void incidentFeed(byte[] input) {
    FuzzProperties.feeds(input, Incident.class);
  }
}
