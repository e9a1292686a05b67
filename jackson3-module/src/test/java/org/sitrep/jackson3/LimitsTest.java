package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.jackson3.Refused.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.Estimate;
import org.sitrep.GeoPoint;
import org.sitrep.Report;
import org.sitrep.wire.Limits;
import org.sitrep.wire.ReadFailure.Kind;
import tools.jackson.core.StreamReadConstraints;

/**
 * The limits of {@link org.sitrep.wire.Limits} on Jackson 3's parser: each refused input is
 * refused with the kind and JSON path that sitrep-jackson reports for it.
 */
class LimitsTest {
  private static final SitrepJson JSON = SitrepJson.tolerant();

  private static String estimateWith(String property, String value) {
    return "{\"high\":17,\"qualifier\":\"at_most\",\"" + property + "\":" + value + "}";
  }

  static Stream<Arguments> refused() {
    int arrays = Limits.MAX_NESTING_DEPTH - 1;
    String incidents =
        "{\"id\":\"r\",\"schema_version\":\"1.0\",\"incidents\":["
            + "{\"id\":\"i\",\"type\":\"shelling\",\"outcome\":\"impact\"},".repeat(
                Limits.MAX_LIST_LENGTH)
            + "{\"id\":\"i\",\"type\":\"shelling\",\"outcome\":\"impact\"}]}";
    return Stream.of(
        Arguments.of(
            "document too long",
            Estimate.class,
            "{" + " ".repeat(Limits.MAX_DOCUMENT_LENGTH + 64 * 1024) + "}",
            Kind.LIMIT_EXCEEDED,
            "$"),
        Arguments.of(
            "nesting too deep",
            Estimate.class,
            estimateWith("deep", "[".repeat(arrays + 1) + "]".repeat(arrays + 1)),
            Kind.LIMIT_EXCEEDED,
            "$.deep" + "[0]".repeat(arrays)),
        Arguments.of(
            "string too long",
            Estimate.class,
            estimateWith("note", "\"" + "x".repeat(Limits.MAX_STRING_LENGTH + 1) + "\""),
            Kind.LIMIT_EXCEEDED,
            "$.note"),
        Arguments.of(
            "number too long",
            Estimate.class,
            estimateWith("size", "1".repeat(Limits.MAX_NUMBER_LENGTH + 1)),
            Kind.LIMIT_EXCEEDED,
            "$.size"),
        Arguments.of(
            "name too long",
            Estimate.class,
            estimateWith("n".repeat(Limits.MAX_NAME_LENGTH + 1), "1"),
            Kind.LIMIT_EXCEEDED,
            "$"),
        Arguments.of(
            "list too long",
            Report.class,
            incidents,
            Kind.LIMIT_EXCEEDED,
            "$.incidents[" + Limits.MAX_LIST_LENGTH + "]"),
        Arguments.of(
            "duplicate key",
            Estimate.class,
            "{\"high\":17,\"high\":18,\"qualifier\":\"at_most\"}",
            Kind.DUPLICATE_PROPERTY,
            "$.high"),
        Arguments.of(
            "trailing tokens",
            Estimate.class,
            "{\"high\":17,\"qualifier\":\"at_most\"}{}",
            Kind.SYNTAX,
            "$"),
        Arguments.of("empty", Estimate.class, "  ", Kind.SYNTAX, "$"),
        Arguments.of(
            "NaN", GeoPoint.class, "{\"latitude\":NaN,\"longitude\":1}", Kind.SYNTAX, "$.latitude"),
        Arguments.of(
            "a type id",
            Estimate.class,
            "[\"org.sitrep.ImmutableEstimate\",{\"high\":17,\"qualifier\":\"at_most\"}]",
            Kind.WRONG_TYPE,
            "$"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedAsSitrepJacksonRefusesIt(
      String name, Class<?> type, String json, Kind kind, String path) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertRefused(() -> JSON.read(json, type), kind, path);
    assertRefused(() -> JSON.read(bytes, type), kind, path);
    assertRefused(() -> JSON.read(new ByteArrayInputStream(bytes), type), kind, path);
    assertRefused(() -> JSON.read(new StringReader(json), type), kind, path);
    org.sitrep.jackson.SitrepJsonException jackson2 =
        Refused.byJackson2(() -> org.sitrep.jackson.SitrepJson.tolerant().read(bytes, type));
    assertThat(jackson2.kind()).isEqualTo(kind);
    assertThat(jackson2.path()).isEqualTo(path);
  }

  @Test
  void justWithinTheLimitsIsRead() {
    int arrays = Limits.MAX_NESTING_DEPTH - 1;
    String fits = estimateWith("deep", "[".repeat(arrays) + "]".repeat(arrays));
    assertThat(JSON.read(fits, Estimate.class).extensions().get("deep")).hasSize(2 * arrays);
    String json = estimateWith("x", "1");
    String padded = json + " ".repeat(Limits.MAX_DOCUMENT_LENGTH - json.length());
    assertThat(JSON.read(padded, Estimate.class).high()).hasValue(17);
  }

  @Test
  void theLimitsAreNotProcessWide() {
    JSON.read(estimateWith("x", "1"), Estimate.class);
    assertThat(StreamReadConstraints.defaults().getMaxNestingDepth())
        .isNotEqualTo(SitrepJson.MAX_NESTING_DEPTH);
    assertThat(StreamReadConstraints.defaults().getMaxStringLength())
        .isNotEqualTo(SitrepJson.MAX_STRING_LENGTH);
  }
}
