package org.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.conformance.Corpus;
import org.sitrep.conformance.InvalidDocument;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.testing.Fixtures;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.ReadFailure.Kind;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;

class SitrepDeserializerTest {
  private static final Corpus CORPUS = Corpus.v1_0();

  static Stream<WireType<?, ?>> wireTypes() {
    return WireTypes.all().stream();
  }

  static List<InvalidDocument> invalid() {
    return CORPUS.invalid();
  }

  /** The golden document of a type: {@code AdminArea} is {@code golden/admin-area.json}. */
  private static byte[] golden(WireType<?, ?> type) {
    String name = type.name().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    return CORPUS.golden(name).bytes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wireTypes")
  void everyTypeOfTheWireDefinitionRoundTripsThroughAConfiguredSerde(WireType<?, ?> type)
      throws Exception {
    SitrepSerde<Object> serde = new SitrepSerde<>();
    serde.configure(Map.of(SitrepKafkaConfig.VALUE_TYPE, type.javaType().getName(),
        SitrepKafkaConfig.VALUE_MODE, "strict"), false);
    Object expected = SitrepJson.strict().read(golden(type), type.javaType());
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serde.serializer().serialize("t", headers, expected);
    assertThat(bytes).isEqualTo(SitrepJson.tolerant().writeBytes(expected));
    Object read = serde.deserializer().deserialize("t", headers, bytes);
    assertThat(read).isEqualTo(expected);
    assertThat(read).isInstanceOf(type.javaType());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void everyInvalidDocumentIsRefusedWithItsKindAndPath(InvalidDocument doc) throws Exception {
    SitrepDeserializer<?> deserializer =
        SitrepDeserializer.of(Class.forName(doc.typeName()),
            doc.strict() ? SitrepJson.strict() : SitrepJson.tolerant());
    assertThatThrownBy(() -> deserializer.deserialize("t", new RecordHeaders(), doc.document().bytes()))
        .isInstanceOfSatisfying(SitrepDeserializationException.class, e -> {
          assertThat(e.kind().name()).isEqualTo(doc.kind());
          assertThat(e.path()).isEqualTo(doc.jsonPath());
          assertThat(e.reason()).isNotBlank();
          assertThat(e.getMessage()).contains("topic t", doc.jsonPath());
          assertThat(e.jsonException()).isPresent();
          assertThat(e.jsonException().get().failure()).isEqualTo(e.failure());
        });
  }

  @Test
  void anotherMajorVersionInTheHeaderIsRefusedBeforeTheBodyIsRead() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(SitrepHeaders.SCHEMA_VERSION, "2.0".getBytes(StandardCharsets.UTF_8));
    // The body is not even JSON: the refusal is the header's, not the parser's.
    byte[] notJson = "{{{ not json".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SitrepDeserializer.tolerant(Report.class).deserialize("t", headers, notJson))
        .isInstanceOfSatisfying(SitrepDeserializationException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
          assertThat(e.path()).isEqualTo("$");
          assertThat(e.reason()).contains("schema_version header", "2.0", "1.x");
          assertThat(e.jsonException()).isEmpty();
        });
  }

  @Test
  void aMalformedVersionHeaderIsAnInvalidValue() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(SitrepHeaders.SCHEMA_VERSION, "v1".getBytes(StandardCharsets.UTF_8));
    byte[] body = SitrepJson.tolerant().writeBytes(Fixtures.incident());
    assertThatThrownBy(() -> SitrepDeserializer.tolerant(Incident.class).deserialize("t", headers, body))
        .isInstanceOfSatisfying(SitrepDeserializationException.class,
            e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE));
  }

  @Test
  void aNewerMinorVersionAndJsonMediaTypesWithParametersAreRead() {
    byte[] body = SitrepJson.tolerant().writeBytes(Fixtures.incident());
    for (String contentType : List.of("application/json; charset=utf-8", "application/sitrep+json")) {
      RecordHeaders headers = new RecordHeaders();
      headers.add(SitrepHeaders.SCHEMA_VERSION, "1.9".getBytes(StandardCharsets.UTF_8));
      headers.add(SitrepHeaders.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
      assertThat(SitrepDeserializer.strict(Incident.class).deserialize("t", headers, body))
          .isEqualTo(Fixtures.incident());
    }
  }

  @Test
  void aContentTypeThatIsNotJsonIsRefused() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(SitrepHeaders.CONTENT_TYPE, "application/avro".getBytes(StandardCharsets.UTF_8));
    byte[] body = SitrepJson.tolerant().writeBytes(Fixtures.incident());
    assertThatThrownBy(() -> SitrepDeserializer.tolerant(Incident.class).deserialize("t", headers, body))
        .isInstanceOfSatisfying(SitrepDeserializationException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
          assertThat(e.reason()).contains("content-type", "application/avro");
        });
  }

  @Test
  void aRecordWithoutHeadersIsReadByItsBody() {
    byte[] body = SitrepJson.tolerant().writeBytes(SeedArticle.report());
    assertThat(SitrepDeserializer.tolerant(Report.class).deserialize("t", body))
        .isEqualTo(SeedArticle.report());
    assertThat(SitrepDeserializer.tolerant(Report.class).deserialize("t", new RecordHeaders(), body))
        .isEqualTo(SeedArticle.report());
  }

  @Test
  void aTombstoneIsNull() {
    assertThat(SitrepDeserializer.tolerant(Report.class).deserialize("t", new RecordHeaders(), (byte[]) null)).isNull();
    assertThat(SitrepDeserializer.tolerant(Report.class).deserialize("t", null)).isNull();
  }

  @Test
  void strictAndTolerantByPropertiesForKeysAndValues() {
    byte[] newer = CORPUS.relay("newer-minor-version").bytes();
    SitrepDeserializer<Report> tolerant = new SitrepDeserializer<>();
    tolerant.configure(Map.of(SitrepKafkaConfig.KEY_TYPE, Report.class), true);
    assertThat(tolerant.isStrict()).isFalse();
    assertThat(tolerant.type()).contains(Report.class);
    Report read = tolerant.deserialize("t", newer);
    assertThat(read.extensions()).containsKey("generator");

    SitrepDeserializer<Report> strict = new SitrepDeserializer<>();
    strict.configure(Map.of(SitrepKafkaConfig.VALUE_TYPE, "org.sitrep.Report",
        SitrepKafkaConfig.VALUE_MODE, "STRICT"), false);
    assertThat(strict.isStrict()).isTrue();
    assertThatThrownBy(() -> strict.deserialize("t", newer))
        .isInstanceOfSatisfying(SitrepDeserializationException.class, e -> {
          assertThat(e.kind()).isIn(Kind.UNKNOWN_PROPERTY, Kind.UNKNOWN_VALUE);
          assertThat(e.path()).startsWith("$.");
        });
  }

  @Test
  void identifiersAreSitrepTypesToo() {
    SitrepSerde<ReportId> keys = SitrepSerde.tolerant(ReportId.class);
    byte[] bytes = keys.serializer().serialize("t", ReportId.of("r-1"));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\"r-1\"");
    assertThat(keys.deserializer().deserialize("t", bytes)).isEqualTo(ReportId.of("r-1"));
  }

  @Test
  void badConfigurationIsAConfigExceptionNamingTheProperty() {
    assertThatThrownBy(() -> new SitrepDeserializer<>().configure(Map.of(), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining(SitrepKafkaConfig.VALUE_TYPE);
    assertThatThrownBy(() -> new SitrepDeserializer<>().configure(
            Map.of(SitrepKafkaConfig.VALUE_TYPE, String.class), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("not a Sitrep type");
    assertThatThrownBy(() -> new SitrepDeserializer<>().configure(
            Map.of(SitrepKafkaConfig.VALUE_TYPE, "org.sitrep.Nope"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no such class");
    assertThatThrownBy(() -> new SitrepDeserializer<>().configure(
            Map.of(SitrepKafkaConfig.VALUE_TYPE, Report.class, SitrepKafkaConfig.VALUE_MODE, "lenient"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining(SitrepKafkaConfig.VALUE_MODE);
    assertThatThrownBy(() -> SitrepDeserializer.tolerant(Report.class).configure(
            Map.of(SitrepKafkaConfig.VALUE_MODE, "strict"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> SitrepDeserializer.tolerant(String.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProgrammaticDeserializerIgnoresAConfigurationThatNamesNoSitrepProperty() {
    SitrepDeserializer<Report> d = SitrepDeserializer.strict(Report.class);
    d.configure(Map.of("bootstrap.servers", "localhost:9092"), false);
    assertThat(d.isStrict()).isTrue();
    assertThat(d.type()).contains(Report.class);
  }

  @Test
  void anUnconfiguredDeserializerSaysWhatIsMissing() {
    assertThatThrownBy(() -> new SitrepDeserializer<Report>().deserialize("t", new byte[] {'{', '}'}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(SitrepKafkaConfig.VALUE_TYPE);
  }

  @Test
  void oneDeserializerIsSharedByManyThreads() throws Exception {
    SitrepSerde<Incident> serde = SitrepSerde.strict(Incident.class);
    List<Incident> incidents = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      incidents.add(Fixtures.incident().withId(IncidentId.of("incident-" + i)));
    }
    List<byte[]> bodies = new ArrayList<>();
    for (Incident incident : incidents) {
      bodies.add(serde.serializer().serialize("t", new RecordHeaders(), incident));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Incident>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<Incident>> task = () -> {
          List<Incident> read = new ArrayList<>();
          for (byte[] body : bodies) {
            read.add(serde.deserializer().deserialize("t", new RecordHeaders(), body));
          }
          return read;
        };
        results.add(pool.submit(task));
      }
      for (Future<List<Incident>> r : results) {
        assertThat(r.get()).isEqualTo(incidents);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
