package org.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;
import org.sitrep.conformance.Corpus;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;

class SitrepSerializerTest {
  @Test
  void writesTheWireFormatAndTheHeaders() {
    RecordHeaders headers = new RecordHeaders();
    byte[] body = new SitrepSerializer<Report>().serialize("t", headers, SeedArticle.report());
    assertThat(body).isEqualTo(SitrepJson.tolerant().writeBytes(SeedArticle.report()));
    assertThat(text(headers.lastHeader(SitrepHeaders.CONTENT_TYPE))).isEqualTo("application/json");
    assertThat(text(headers.lastHeader(SitrepHeaders.SCHEMA_VERSION)))
        .isEqualTo(Report.CURRENT_SCHEMA_VERSION);
  }

  @Test
  void aRelayedRecordCarriesEachHeaderOnce() {
    RecordHeaders headers = new RecordHeaders();
    SitrepSerializer<Object> serializer = new SitrepSerializer<>();
    serializer.serialize("t", headers, Fixtures.incident());
    serializer.serialize("t", headers, Fixtures.incident());
    assertThat(headers.headers(SitrepHeaders.CONTENT_TYPE)).hasSize(1);
    assertThat(headers.headers(SitrepHeaders.SCHEMA_VERSION)).hasSize(1);
  }

  @Test
  void aReportOfANewerMinorVersionSaysSoInItsHeader() throws Exception {
    Report newer = SitrepJson.tolerant()
        .read(Corpus.v1_0().relay("newer-minor-version").bytes(), Report.class);
    RecordHeaders headers = new RecordHeaders();
    new SitrepSerializer<Report>().serialize("t", headers, newer);
    assertThat(text(headers.lastHeader(SitrepHeaders.SCHEMA_VERSION))).isEqualTo("1.3");
  }

  @Test
  void nullIsATombstoneWithoutHeaders() {
    RecordHeaders headers = new RecordHeaders();
    assertThat(new SitrepSerializer<Report>().serialize("t", headers, null)).isNull();
    assertThat(headers.toArray()).isEmpty();
  }

  @Test
  void aValueThatIsNotSitrepIsASerializationException() {
    assertThatThrownBy(() -> new SitrepSerializer<Object>().serialize("t", "text"))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a Sitrep type");
  }

  private static String text(Header h) {
    return new String(h.value(), StandardCharsets.UTF_8);
  }
}
