package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The jar carries the licence and the notice beside the classes (META-INF). */
class LicenceFilesTest {
  @Test
  void theLicenceAndNoticeAreBesideTheClasses() throws Exception {
    String classes = Report.class.getProtectionDomain().getCodeSource().getLocation().toString();
    for (String name : new String[] {"META-INF/LICENSE", "META-INF/NOTICE"}) {
      // target/classes while testing; the jar when the tests run against a packaged artifact
      URL found =
          classes.endsWith("/") ? new URL(classes + name) : new URL("jar:" + classes + "!/" + name);
      try (InputStream in = found.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(name).contains(name.endsWith("LICENSE") ? "Apache License" : "Sitrep");
      }
    }
  }
}
