package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.jackson.Refused.assertRefused;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.Estimate;
import org.sitrep.GeoPoint;
import org.sitrep.wire.ReadFailure.Kind;

/** The safe defaults of {@link SitrepJson}, each with its own test. */
class LimitsTest {
  private static final SitrepJson JSON = SitrepJson.tolerant();

  private static String estimateWith(String property, String value) {
    return "{\"high\":17,\"qualifier\":\"at_most\",\"" + property + "\":" + value + "}";
  }

  @Test
  void documentsLargerThanTheLimitAreRefusedWhateverTheInput() {
    // Jackson checks the size of streamed input each time it fills its buffer, so a stream is
    // refused within one buffer (a few KiB) past the limit; text and byte arrays exactly.
    String big = "{" + " ".repeat(SitrepJson.MAX_DOCUMENT_LENGTH + 64 * 1024) + "}";
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    assertRefused(() -> JSON.read(big, Estimate.class), Kind.LIMIT_EXCEEDED, "$");
    assertRefused(() -> JSON.read(bytes, Estimate.class), Kind.LIMIT_EXCEEDED, "$");
    assertRefused(
        () -> JSON.read(new ByteArrayInputStream(bytes), Estimate.class), Kind.LIMIT_EXCEEDED, "$");
    assertRefused(() -> JSON.read(new StringReader(big), Estimate.class), Kind.LIMIT_EXCEEDED, "$");
  }

  @Test
  void aDocumentOfExactlyTheLimitIsRead() throws Exception {
    String json = estimateWith("x", "1");
    String padded = json + " ".repeat(SitrepJson.MAX_DOCUMENT_LENGTH - json.length());
    assertThat(JSON.read(padded, Estimate.class).high()).hasValue(17);
    assertRefused(() -> JSON.read(padded + " ", Estimate.class), Kind.LIMIT_EXCEEDED, "$");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedAndJustBelowItIsKept() throws Exception {
    int arrays = SitrepJson.MAX_NESTING_DEPTH - 1; // plus the estimate's own object
    String fits = estimateWith("deep", "[".repeat(arrays) + "]".repeat(arrays));
    assertThat(JSON.read(fits, Estimate.class).extensions().get("deep")).hasSize(2 * arrays);
    String tooDeep = estimateWith("deep", "[".repeat(arrays + 1) + "]".repeat(arrays + 1));
    assertRefused(
        () -> JSON.read(tooDeep, Estimate.class),
        Kind.LIMIT_EXCEEDED,
        "$.deep" + "[0]".repeat(arrays));
  }

  @Test
  void stringsLongerThanTheLimitAreRefused() {
    String tooLong = "\"" + "x".repeat(SitrepJson.MAX_STRING_LENGTH + 1) + "\"";
    assertRefused(
        () -> JSON.read(estimateWith("note", tooLong), Estimate.class),
        Kind.LIMIT_EXCEEDED,
        "$.note");
  }

  @Test
  void numbersLongerThanTheLimitAreRefused() {
    String tooLong = "1".repeat(SitrepJson.MAX_NUMBER_LENGTH + 1);
    assertRefused(
        () -> JSON.read(estimateWith("size", tooLong), Estimate.class),
        Kind.LIMIT_EXCEEDED,
        "$.size");
  }

  @Test
  void propertyNamesLongerThanTheLimitAreRefused() {
    String name = "n".repeat(SitrepJson.MAX_NAME_LENGTH + 1);
    assertRefused(
        () -> JSON.read(estimateWith(name, "1"), Estimate.class), Kind.LIMIT_EXCEEDED, "$");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertRefused(
        () -> JSON.read("{\"high\":17,\"high\":18,\"qualifier\":\"at_most\"}", Estimate.class),
        Kind.DUPLICATE_PROPERTY,
        "$.high");
  }

  @Test
  void trailingTokensAreRefused() {
    assertRefused(
        () -> JSON.read("{\"high\":17,\"qualifier\":\"at_most\"}{}", Estimate.class),
        Kind.SYNTAX,
        "$");
  }

  @Test
  void nanAndInfinityAreRefused() {
    for (String notJson : new String[] {"NaN", "Infinity", "-Infinity", "+Infinity"}) {
      assertRefused(
          () -> JSON.read("{\"latitude\":" + notJson + ",\"longitude\":1}", GeoPoint.class),
          Kind.SYNTAX,
          "$.latitude");
    }
  }

  @Test
  void noTypeIdIsTakenFromInput() {
    assertRefused(
        () ->
            JSON.read(
                "[\"org.sitrep.ImmutableEstimate\",{\"high\":17,\"qualifier\":\"at_most\"}]",
                Estimate.class),
        Kind.WRONG_TYPE,
        "$");
    assertRefused(
        () ->
            JSON.read(
                "{\"@class\":\"java.lang.ProcessBuilder\",\"high\":17,\"qualifier\":\"at_most\"}",
                org.sitrep.Report.class),
        Kind.MISSING_PROPERTY,
        "$.id");
  }

  @Test
  void theLimitsAreNotProcessWide() throws Exception {
    JSON.read(estimateWith("x", "1"), Estimate.class);
    assertThat(StreamReadConstraints.defaults().getMaxNestingDepth())
        .isNotEqualTo(SitrepJson.MAX_NESTING_DEPTH);
    assertThat(new JsonFactory().streamReadConstraints().getMaxStringLength())
        .isNotEqualTo(SitrepJson.MAX_STRING_LENGTH);
  }
}
