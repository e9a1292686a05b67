package org.sitrep.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Small tables in the shapes of the datasets {@code sitrep-datasets} reads, written by Sitrep's
 * authors (no downloaded data): for tests, examples and benchmarks.
 */
public final class DatasetSamples {
  private DatasetSamples() {}

  /**
   * Nine ACLED rows in the columns of ACLED's codebook since 2023: every time precision, one and
   * two disorder types, lone and paired actors with associated actors, civilian targeting, zero and
   * other fatalities, tags, Kosovo's ISO code 0, non-ASCII names, quoted notes with commas, quotes
   * and a line break. In the source tree at {@code
   * testing/src/main/resources/org/sitrep/testing/datasets/acled-sample.csv}.
   *
   * @return the table, UTF-8 text with a header row and LF line ends
   */
  public static String acled() {
    return read("datasets/acled-sample.csv");
  }

  /**
   * Eight UCDP GED rows in the 49 columns of GED 23.1 and later: all three types of violence,
   * every date and place precision (international waters included), non-ASCII names, quoted
   * fields with commas, quotes and a line break, zero deaths. In the source tree at {@code
   * testing/src/main/resources/org/sitrep/testing/datasets/ucdp-sample.csv}.
   *
   * @return the table, UTF-8 text with a header row
   */
  public static String ucdp() {
    return read("datasets/ucdp-sample.csv");
  }

  private static String read(String name) {
    try (InputStream in = DatasetSamples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
