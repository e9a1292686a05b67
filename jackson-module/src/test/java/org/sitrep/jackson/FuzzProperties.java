package org.sitrep.jackson;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.wire.FeedError;
import org.sitrep.wire.FeedFormat;

/**
 * The properties the fuzz harness checks on any input (issue 11), shared by the Jazzer fuzz tests
 * ({@link SitrepJsonFuzzTest}) and the regression test over the conformance corpus ({@link
 * FuzzCorpusTest}):
 *
 * <ul>
 *   <li>reading, in tolerant and strict mode, either returns a value or throws {@link
 *       SitrepJsonException}: nothing else escapes (an {@link Error} or another exception fails);
 *   <li>a value that was read writes, reads back equal, and writes again to the same bytes;
 *   <li>a feed of the input, NDJSON or JSON array, in skip mode, delivers values or reports
 *       errors, and every value delivered round-trips as above.
 * </ul>
 */
final class FuzzProperties {
  private FuzzProperties() {}

  private static final List<SitrepJson> MODES = List.of(SitrepJson.tolerant(), SitrepJson.strict());

  /**
   * @param input any bytes
   * @param type the Sitrep type to read them as
   */
  static <T> void read(byte[] input, Class<T> type) {
    for (SitrepJson json : MODES) {
      T value;
      try {
        value = json.read(input, type);
      } catch (SitrepJsonException e) {
        checkBounded(e);
        continue;
      }
      roundTrips(json, value, type);
    }
  }

  /**
   * @param input any bytes, read as a feed of {@code type} in both layouts
   * @param type the records' type
   */
  static <T> void feeds(byte[] input, Class<T> type) {
    for (SitrepJson json : MODES) {
      for (FeedFormat format : FeedFormat.values()) {
        List<FeedError> errors = new ArrayList<>();
        try (SitrepFeed<T> feed =
            json.readFeed(new ByteArrayInputStream(input), type, format, errors::add)) {
          for (T value = feed.read(); value != null; value = feed.read()) {
            roundTrips(json, value, type);
          }
        } catch (SitrepJsonException e) {
          checkBounded(e); // reading ends: syntax of an array, a failing stream
        }
        for (FeedError error : errors) {
          if (!(error.exception() instanceof SitrepJsonException)) {
            throw new AssertionError("a feed error without a SitrepJsonException: " + error);
          }
          checkBounded((SitrepJsonException) error.exception());
        }
      }
    }
  }

  private static <T> void roundTrips(SitrepJson json, T value, Class<T> type) {
    byte[] written = json.writeBytes(value);
    T again;
    try {
      again = json.read(written, type);
    } catch (SitrepJsonException e) {
      throw new AssertionError("a value read could not be read back from what it wrote: " + e, e);
    }
    if (!again.equals(value)) {
      throw new AssertionError("read back unequal:\n" + value + "\n" + again);
    }
    byte[] rewritten = json.writeBytes(again);
    if (!Arrays.equals(written, rewritten)) {
      throw new AssertionError("written twice, two texts:\n" + new String(written) + "\n" + new String(rewritten));
    }
  }

  private static void checkBounded(SitrepJsonException e) {
    if (e.violations().size() > org.sitrep.wire.ReadFailure.MAX_VIOLATIONS
        || e.getMessage().length() > 16 * 1024) {
      throw new AssertionError("an unbounded failure: " + e.violations().size() + " violations", e);
    }
  }
}
