package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.Extensible;
import org.sitrep.testing.GoldenValues;
import org.sitrep.testing.GoldenValues.Sample;
import org.sitrep.testing.EveryAttribute;

/**
 * The golden files pin the wire format: one canonical document per public object type and the
 * full seed report. Writing must give exactly the golden text; reading it must give an equal
 * value. A golden file changes only on purpose ({@code -Dsitrep.golden.update=true}).
 */
class GoldenFilesTest {
  static List<Sample> samples() {
    return GoldenValues.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writingGivesExactlyTheGoldenText(Sample sample) {
    String written = SitrepJson.tolerant().writePrettyString(sample.value());
    assertThat(written).isEqualTo(TestFiles.golden(sample.name(), written));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readingTheGoldenTextGivesAnEqualValue(Sample sample) throws Exception {
    String golden = TestFiles.text("golden/" + sample.name() + ".json");
    assertThat(SitrepJson.strict().read(golden, sample.type())).isEqualTo(sample.value());
    assertThat(SitrepJson.tolerant().read(golden, sample.type())).isEqualTo(sample.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void compactFormIsTheGoldenTextWithoutInsignificantWhiteSpace(Sample sample)
      throws IOException {
    String golden = TestFiles.text("golden/" + sample.name() + ".json");
    assertThat(SitrepJson.tolerant().writeString(sample.value())).isEqualTo(compact(golden));
  }

  @Test
  void everyPublicObjectTypeHasAGoldenFile() {
    Set<Class<?>> objectTypes =
        CodecTable.ALL.keySet().stream()
            .filter(Extensible.class::isAssignableFrom)
            .collect(Collectors.toSet());
    Set<Class<?>> covered = samples().stream().map(Sample::type).collect(Collectors.toSet());
    assertThat(objectTypes).hasSize(38);
    assertThat(covered).containsAll(objectTypes);
  }

  @Test
  void anExactZeroIsWrittenDistinctlyFromAnAbsentEstimate() {
    String zero = TestFiles.text("golden/estimate-exact-zero.json");
    assertThat(zero)
        .contains("\"low\": 0", "\"best\": 0", "\"high\": 0", "\"qualifier\": \"exact\"");
    String damage = TestFiles.text("golden/damage.json");
    String noCount =
        SitrepJson.tolerant()
            .writeString(EveryAttribute.damage().withCount(java.util.Optional.empty()));
    assertThat(damage).contains("\"count\"");
    assertThat(noCount).doesNotContain("count");
  }

  /** The same JSON without white space outside strings, by plain Jackson, not by our writer. */
  private static String compact(String json) throws IOException {
    JsonFactory factory = new JsonFactory();
    StringWriter out = new StringWriter();
    try (JsonParser p = factory.createParser(json);
        JsonGenerator g = factory.createGenerator(out)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
    return out.toString();
  }
}
