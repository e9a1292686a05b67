package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The golden files of the conformance corpus, the same files and the same values ({@link
 * GoldenValues}) as sitrep-jackson's golden test: writing with Jackson 3 must give exactly the
 * golden text, and exactly the bytes sitrep-jackson writes; reading it must give an equal value.
 */
class GoldenFilesTest {
  static List<Sample> samples() {
    return GoldenValues.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writingGivesExactlyTheGoldenText(Sample sample) {
    String golden = TestFiles.text("golden/" + sample.name() + ".json");
    assertThat(SitrepJson.tolerant().writePrettyString(sample.value())).isEqualTo(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readingTheGoldenTextGivesAnEqualValue(Sample sample) {
    String golden = TestFiles.text("golden/" + sample.name() + ".json");
    byte[] bytes = TestFiles.bytes("golden/" + sample.name() + ".json");
    assertThat(SitrepJson.strict().read(golden, sample.type())).isEqualTo(sample.value());
    assertThat(SitrepJson.tolerant().read(golden, sample.type())).isEqualTo(sample.value());
    assertThat(SitrepJson.strict().read(bytes, sample.type())).isEqualTo(sample.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void compactFormIsTheGoldenTextWithoutInsignificantWhiteSpace(Sample sample) {
    String golden = TestFiles.text("golden/" + sample.name() + ".json");
    assertThat(SitrepJson.tolerant().writeString(sample.value())).isEqualTo(compact(golden));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theBytesAreThoseOfSitrepJacksonForJackson2(Sample sample) {
    org.sitrep.jackson.SitrepJson jackson2 = org.sitrep.jackson.SitrepJson.tolerant();
    assertThat(SitrepJson.tolerant().writeBytes(sample.value()))
        .isEqualTo(jackson2.writeBytes(sample.value()));
    assertThat(SitrepJson.tolerant().writePrettyString(sample.value()))
        .isEqualTo(jackson2.writePrettyString(sample.value()));
  }

  @Test
  void everyTypeOfTheWireDefinitionHasAGoldenFile() {
    Set<Class<?>> objectTypes =
        WireTypes.all().stream().map(WireType::javaType).collect(Collectors.toSet());
    Set<Class<?>> registered =
        CodecTable.ALL.keySet().stream()
            .filter(Extensible.class::isAssignableFrom)
            .collect(Collectors.toSet());
    Set<Class<?>> covered = samples().stream().map(Sample::type).collect(Collectors.toSet());
    assertThat(registered).isEqualTo(objectTypes);
    assertThat(covered).containsAll(objectTypes);
  }

  /** The same JSON without white space outside strings, by plain Jackson 3, not by our writer. */
  private static String compact(String json) {
    JsonFactory factory = new JsonFactory();
    StringWriter out = new StringWriter();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json);
        JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
    return out.toString();
  }
}
