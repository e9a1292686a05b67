package org.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.testing.SeedArticle;

/** Both bindings' benchmarks do the same work: the same bytes in, the same value and bytes out. */
class SitrepJackson3SideTest {
  @Test
  void bothBindingsReadAndWriteTheSameSeedReport() throws Exception {
    byte[] json = BenchmarkInputs.seedReportJson();
    assertThat(SitrepJackson3Side.readReport(json)).isEqualTo(SitrepSide.readReport(json));
    assertThat(SitrepJackson3Side.write(SeedArticle.report()))
        .isEqualTo(SitrepSide.write(SeedArticle.report()));
  }
}
