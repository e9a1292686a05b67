package org.sitrep.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.benchmarks.SitrepSide;
import org.sitrep.testing.SeedArticle;

/**
 * The two sides of {@code BuildReportBenchmark} build the same report: the POJOs of {@link
 * PojoSeed}, written by the baselines' mapper, are the JSON Sitrep writes for {@code
 * SeedArticle.report()}, byte for byte but for one known difference of escaping.
 */
class PojoSeedTest {
  private static final JsonMapper MAPPER = Baselines.mapper();
  private static final ObjectMapper TREES = new ObjectMapper();

  /** "🔥" (U+1F525) in UTF-8, as Sitrep writes it (COMBINE_UNICODE_SURROGATES_IN_UTF8). */
  private static final String FIRE_UTF8 = "\uD83D\uDD25";

  /** The same character as plain Jackson writes it, one escape per UTF-16 surrogate. */
  private static final String FIRE_ESCAPED = "\\uD83D\\uDD25";

  @Test
  void sameJsonTree() throws IOException {
    byte[] pojo = MAPPER.writeValueAsBytes(PojoSeed.report());
    byte[] sitrep = SitrepSide.write(SeedArticle.report());

    assertThat(TREES.readTree(pojo)).isEqualTo(TREES.readTree(sitrep));
  }

  @Test
  void sameBytesButTheEscapedEmoji() throws IOException {
    String pojo = utf8(MAPPER.writeValueAsBytes(PojoSeed.report()));
    String sitrep = utf8(SitrepSide.write(SeedArticle.report()));

    // The emoji is in the post's text and in the claim quoting it, nowhere else.
    assertThat(sitrep.split(FIRE_UTF8, -1)).hasSize(3);
    assertThat(pojo).doesNotContain(FIRE_UTF8);
    assertThat(pojo).isEqualTo(sitrep.replace(FIRE_UTF8, FIRE_ESCAPED));
  }

  @Test
  void aNewGraphOnEveryCall() {
    Pojos.Report first = PojoSeed.report();
    Pojos.Report second = PojoSeed.report();

    assertThat(second).isNotSameAs(first);
    assertThat(second.incidents.get(0)).isNotSameAs(first.incidents.get(0));
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
