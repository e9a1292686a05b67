package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.Means;
import org.sitrep.Report;
import org.sitrep.conformance.Document;
import org.sitrep.wire.ReadFailure.Kind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forward compatibility with Jackson 3, on the relay documents of the conformance corpus: a
 * document from a newer producer passes through unchanged in tolerant mode, byte for byte as
 * through sitrep-jackson, and is refused, with the path, in strict mode.
 */
class RelayTest {
  private static final String NEWER = TestFiles.text("relay/newer-minor-version.json");

  static List<Document> relays() {
    return TestFiles.CORPUS.relay();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("relays")
  void aTolerantRelayWritesBackExactlyWhatANewerProducerWrote(Document relay) throws Exception {
    Report read = SitrepJson.tolerant().read(relay.text(), Report.class);
    assertThat(SitrepJson.tolerant().writePrettyString(read)).isEqualTo(relay.text());
    Report byJackson2 = org.sitrep.jackson.SitrepJson.tolerant().read(relay.text(), Report.class);
    assertThat(read).isEqualTo(byJackson2);
    assertThat(SitrepJson.tolerant().writeBytes(read))
        .isEqualTo(org.sitrep.jackson.SitrepJson.tolerant().writeBytes(byJackson2));
  }

  @Test
  void theUnknownContentIsCarriedOnTheValuesThatHeldIt() {
    Report read = SitrepJson.tolerant().read(NEWER, Report.class);
    assertThat(read.schemaVersion()).isEqualTo("1.3");
    assertThat(read.extensions())
        .containsOnly(
            Map.entry("generator", "{\"name\":\"sitrep-relay\",\"version\":\"2.4.0\"}"),
            Map.entry("license", "\"CC-BY-4.0\""));
    Incident first = read.incidents().get(0);
    assertThat(first.type().isKnown()).isFalse();
    assertThat(first.means()).contains(Means.DRONE, Means.of("laser"));
    assertThat(first.extensions()).containsEntry("confidence", "0.80");
    Estimate count = read.incidents().get(7).casualties().get(0).count();
    assertThat(count.extensions().get("method")).contains("12345678901234567890.000");
  }

  @Test
  void aDiscoveredModuleRelaysTheSameBytes() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Report read = mapper.readValue(NEWER, Report.class);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(SitrepJson.tolerant().writeString(read));
    assertThat(SitrepJson.tolerant().writePrettyString(read)).isEqualTo(NEWER);
  }

  @Test
  void strictModeRefusesTheFirstUnknownCodeWithItsPath() {
    Refused.assertRefused(
        () -> SitrepJson.strict().read(NEWER, Report.class),
        Kind.UNKNOWN_VALUE,
        "$.incidents[0].type");
  }

  @Test
  void aNewerMajorVersionIsRefusedBeforeTheRestIsRead() {
    String newerMajor =
        NEWER.replace("\"schema_version\": \"1.3\"", "\"schema_version\": \"2.0\"")
            .replace("\"incidents\": [", "\"incidents\": 42, \"old_incidents\": [");
    SitrepJsonException e =
        Refused.assertRefused(
            () -> SitrepJson.tolerant().read(newerMajor, Report.class),
            Kind.UNSUPPORTED_VERSION,
            "$.schema_version");
    assertThat(e.getMessage()).contains("schema version 2.0 is not supported");
  }

  @Test
  void extensionsAreWrittenSortedAfterTheKnownPropertiesAndMustBeJson() {
    Estimate e =
        Estimate.upTo(17)
            .withExtensions(Map.of("zeta", "[ 1 , 2 ]", "alpha", "{ \"a\" : true }"));
    assertThat(SitrepJson.tolerant().writeString(e))
        .isEqualTo("{\"high\":17,\"qualifier\":\"at_most\",\"alpha\":{\"a\":true},\"zeta\":[1,2]}");
    Estimate broken = Estimate.upTo(17).withExtensions(Map.of("note", "not json"));
    assertThatThrownBy(() -> SitrepJson.tolerant().writeString(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note");
    Estimate shadow = Estimate.upTo(17).withExtensions(Map.of("low", "3"));
    assertThatThrownBy(() -> SitrepJson.tolerant().writeString(shadow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'low'");
  }
}
