package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.Estimate;
import org.sitrep.Incident;
import org.sitrep.Means;
import org.sitrep.Report;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * Forward compatibility: a document from a newer producer (schema 1.3, unknown properties at
 * several levels, codes this version does not know) passes through this version unchanged in
 * tolerant mode, and is refused, with the path, in strict mode.
 */
class RelayTest {
  private static final String NEWER = TestFiles.text("relay/newer-minor-version.json");

  @Test
  void aTolerantRelayWritesBackExactlyWhatANewerProducerWrote() throws Exception {
    Report read = SitrepJson.tolerant().read(NEWER, Report.class);
    assertThat(SitrepJson.tolerant().writePrettyString(read)).isEqualTo(NEWER);
  }

  @Test
  void theUnknownContentIsCarriedOnTheValuesThatHeldIt() throws Exception {
    Report read = SitrepJson.tolerant().read(NEWER, Report.class);
    assertThat(read.schemaVersion()).isEqualTo("1.3");
    assertThat(read.extensions())
        .containsOnly(
            Map.entry("generator", "{\"name\":\"sitrep-relay\",\"version\":\"2.4.0\"}"),
            Map.entry("license", "\"CC-BY-4.0\""));
    Incident first = read.incidents().get(0);
    assertThat(first.type().code()).isEqualTo("glide_bomb_intercepted");
    assertThat(first.type().isKnown()).isFalse();
    assertThat(first.means()).contains(Means.DRONE, Means.of("laser"));
    assertThat(first.extensions()).containsEntry("confidence", "0.80");
    Estimate count = read.incidents().get(7).casualties().get(0).count();
    assertThat(count.extensions().get("method")).contains("12345678901234567890.000");
    assertThat(read.withExtensions(Map.of()).withSchemaVersion("1.0"))
        .isNotEqualTo(SeedArticle.report());
  }

  @Test
  void aUserMapperRelaysTheSameBytes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Report read = mapper.readValue(NEWER, Report.class);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(SitrepJson.tolerant().writeString(read));
    assertThat(SitrepJson.tolerant().writePrettyString(read)).isEqualTo(NEWER);
  }

  @Test
  void strictModeRefusesTheFirstUnknownPropertyWithItsPath() {
    Refused.assertRefused(
        () -> SitrepJson.strict().read(NEWER, Report.class),
        Kind.UNKNOWN_VALUE,
        "$.incidents[0].type");
    String onlyAnUnknownProperty =
        "{\"id\":\"r\",\"schema_version\":\"1.3\","
            + "\"incidents\":[{\"id\":\"i\",\"type\":\"shelling\","
            + "\"outcome\":\"impact\",\"location\":{\"name\":\"Bryansk\",\"precision\":\"town\","
            + "\"h3_cell\":\"8a2a1072b59ffff\"}}]}";
    Refused.assertRefused(
        () -> SitrepJson.strict().read(onlyAnUnknownProperty, Report.class),
        Kind.UNKNOWN_PROPERTY,
        "$.incidents[0].location.h3_cell");
  }

  @Test
  void aNewerMajorVersionIsRefusedWithAClearMessageBeforeTheRestIsRead() {
    String newerMajor =
        NEWER.replace("\"schema_version\": \"1.3\"", "\"schema_version\": \"2.0\"")
            .replace("\"incidents\": [", "\"incidents\": 42, \"old_incidents\": [");
    SitrepJsonException e =
        Refused.assertRefused(
            () -> SitrepJson.tolerant().read(newerMajor, Report.class),
            Kind.UNSUPPORTED_VERSION,
            "$.schema_version");
    assertThat(e.getMessage())
        .contains("schema version 2.0 is not supported", "reads schema 1.x");
  }

  @Test
  void extensionsAreWrittenSortedAfterTheKnownPropertiesInCompactForm() {
    Estimate e =
        Estimate.upTo(17)
            .withExtensions(Map.of("zeta", "[ 1 , 2 ]", "alpha", "{ \"a\" : true }"));
    assertThat(SitrepJson.tolerant().writeString(e))
        .isEqualTo("{\"high\":17,\"qualifier\":\"at_most\",\"alpha\":{\"a\":true},\"zeta\":[1,2]}");
  }

  @Test
  void anExtensionThatIsNotJsonOrShadowsAPropertyCannotBeWritten() {
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
