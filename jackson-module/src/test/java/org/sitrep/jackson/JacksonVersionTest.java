package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/**
 * The suite runs on the Jackson it says: the build's own (Surefire's default run) and the oldest
 * supported 2.x (the {@code jackson-oldest} run, README "Jackson versions"), each run naming the
 * version it put on the class path in {@code sitrep.test.jackson.version}.
 */
class JacksonVersionTest {
  @Test
  void theSuiteRunsOnTheJacksonOfThisRun() {
    String expected = System.getProperty("sitrep.test.jackson.version", "");
    assertThat(expected).as("sitrep.test.jackson.version, set by the pom").isNotEmpty();
    for (Version v :
        new Version[] {
          com.fasterxml.jackson.core.json.PackageVersion.VERSION,
          com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
          com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION
        }) {
      assertThat(v.getMajorVersion() + "." + v.getMinorVersion() + "." + v.getPatchLevel())
          .as(v.getArtifactId())
          .isEqualTo(expected);
    }
  }
}
