package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sitrep.Estimate;
import org.sitrep.IncidentType;
import org.sitrep.Report;
import org.sitrep.Violation;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.ReadFailure.Kind;

/** The facade's API: every input and output form, its errors, and what it leaves alone. */
class SitrepJsonTest {
  private static final Report SEED = SeedArticle.report();
  private static final String GOLDEN = TestFiles.text("golden/seed-report.json");

  @Test
  void readsTheSameValueFromEveryKindOfInput() throws Exception {
    SitrepJson json = SitrepJson.tolerant();
    byte[] utf8 = GOLDEN.getBytes(StandardCharsets.UTF_8);
    assertThat(json.read(GOLDEN, Report.class)).isEqualTo(SEED);
    assertThat(json.read(utf8, Report.class)).isEqualTo(SEED);
    assertThat(json.read(new ByteArrayInputStream(utf8), Report.class)).isEqualTo(SEED);
    assertThat(json.read(new StringReader(GOLDEN), Report.class)).isEqualTo(SEED);
    assertThat(json.read(GOLDEN.getBytes(StandardCharsets.UTF_16), Report.class)).isEqualTo(SEED);
  }

  @Test
  void writesTheSameCompactJsonToEveryKindOfOutput() throws Exception {
    SitrepJson json = SitrepJson.tolerant();
    String compact = json.writeString(SEED);
    assertThat(compact).doesNotContain("\n").startsWith("{\"id\":\"seed-");
    assertThat(json.writeBytes(SEED)).isEqualTo(compact.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(SEED, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
    StringWriter chars = new StringWriter();
    json.write(SEED, chars);
    assertThat(chars.toString()).isEqualTo(compact);
    assertThat(SitrepJson.strict().writeString(SEED)).isEqualTo(compact);
  }

  @Test
  void leavesTheCallersStreamsOpen() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new FilterInputStream(new ByteArrayInputStream(GOLDEN.getBytes(StandardCharsets.UTF_8))) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    SitrepJson.tolerant().read(in, Report.class);
    assertThat(closed).isFalse();
    AtomicBoolean outClosed = new AtomicBoolean();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            outClosed.set(true);
          }
        };
    SitrepJson.tolerant().write(SEED, out);
    assertThat(outClosed).isFalse();
    assertThat(out.size()).isPositive();
  }

  @Test
  void aFailingStreamIsAnIoProblem() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    SitrepJsonException e =
        Refused.assertRefused(
            () -> SitrepJson.tolerant().read(failing, Report.class), Kind.IO, "$");
    assertThat(e.reason()).contains("connection reset");
  }

  @Test
  void onlySitrepTypesAndValues() {
    assertThatThrownBy(() -> SitrepJson.tolerant().read("\"x\"", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> SitrepJson.tolerant().writeString("x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SitrepJson.tolerant().writeString(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsAndWritesSingleTermsAndIds() throws Exception {
    assertThat(SitrepJson.tolerant().writeString(IncidentType.DRONE_ATTACK))
        .isEqualTo("\"drone_attack\"");
    assertThat(SitrepJson.tolerant().read("\"glide_bomb\"", IncidentType.class).isKnown())
        .isFalse();
    Refused.assertRefused(
        () -> SitrepJson.strict().read("\"glide_bomb\"", IncidentType.class),
        Kind.UNKNOWN_VALUE,
        "$");
    assertThat(SitrepJson.tolerant().writeString(SeedArticle.KOSTIANTYNIVKA_STRIKE))
        .isEqualTo("\"kostiantynivka-strike\"");
  }

  @Test
  void modes() {
    assertThat(SitrepJson.tolerant().isStrict()).isFalse();
    assertThat(SitrepJson.strict().isStrict()).isTrue();
    assertThat(SitrepJson.tolerant()).isSameAs(SitrepJson.tolerant());
  }

  @Test
  void everyViolationOfTheModelIsReportedWithItsJsonPath() {
    String json =
        "{\"id\":\"r\",\"schema_version\":\"1.0\",\"headline\":\" padded \","
            + "\"claims\":[{\"id\":\"c\","
            + "\"source\":{\"name\":\"Kremlin\",\"kind\":\"government\"},"
            + "\"statement\":\"Shot down.\","
            + "\"kind\":\"factual_assertion\",\"verification\":\"unverified\","
            + "\"about_incidents\":[\"nowhere\"],\"about_aid_packages\":[\"none\"]}]}";
    SitrepJsonException e =
        Refused.assertRefused(
            () -> SitrepJson.tolerant().read(json, Report.class),
            Kind.RULE_VIOLATION,
            "$.headline");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly(
            "$.headline",
            "$.claims[0].about_incidents[0]",
            "$.claims[0].about_aid_packages[0]");
    assertThat(e.getMessage()).startsWith("3 problems: $.headline: ");
    assertThat(e.getCause()).isInstanceOf(org.sitrep.SitrepValidationException.class);
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
  }

  @Test
  void theExceptionSurvivesJavaSerialization() throws Exception {
    SitrepJsonException e =
        Refused.assertRefused(
            () -> SitrepJson.tolerant().read("{\"low\":-1,\"qualifier\":\"at_least\"}",
                Estimate.class),
            Kind.RULE_VIOLATION,
            "$.low");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      SitrepJsonException copy = (SitrepJsonException) in.readObject();
      assertThat(copy.kind()).isEqualTo(Kind.RULE_VIOLATION);
      assertThat(copy.violations()).isEqualTo(e.violations());
      assertThat(copy.getMessage()).isEqualTo(e.getMessage());
    }
  }

  @Test
  void anEstimateOfZeroAndNoEstimateReadBackAsThemselves() throws Exception {
    Estimate zero = Estimate.exactly(0);
    String json = SitrepJson.tolerant().writeString(zero);
    assertThat(json).isEqualTo("{\"low\":0,\"best\":0,\"high\":0,\"qualifier\":\"exact\"}");
    assertThat(SitrepJson.tolerant().read(json, Estimate.class).isZero()).isTrue();
  }
}
