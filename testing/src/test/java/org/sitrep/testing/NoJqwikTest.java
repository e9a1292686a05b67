package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user who only wants the fixtures gets no jqwik: neither its API on the compile class path
 * nor its engine (a JUnit Platform engine found by the service loader, which prints its message
 * on every run) on the test class path. This module's own test class path is what such a user
 * has, plus JUnit and AssertJ. The generators are in sitrep-testing-jqwik (decision 0017).
 */
class NoJqwikTest {
  @Test
  void jqwikIsNotOnTheClassPath() {
    assertThat(getClass().getClassLoader().getResource("net/jqwik/api/Arbitrary.class")).isNull();
  }

  @Test
  void theOnlyTestEngineIsJupiters() throws IOException {
    List<URL> services =
        Collections.list(
            getClass()
                .getClassLoader()
                .getResources("META-INF/services/org.junit.platform.engine.TestEngine"));
    assertThat(services).isNotEmpty();
    for (URL url : services) {
      try (InputStream in = url.openStream()) {
        String engines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(engines).as(url.toString()).doesNotContain("jqwik");
      }
    }
  }
}
