package org.sitrep.wire;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.Report;

/**
 * Which schema versions this library reads: any {@code MAJOR.MINOR} of its own major version
 * (newer minor versions included), and no other major version.
 */
public final class SchemaVersions {
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");
  private static final String MAJOR = Report.CURRENT_SCHEMA_VERSION.split("\\.")[0];

  private SchemaVersions() {}

  /** @return the major version this library reads, e.g. {@code "1"} */
  public static String major() {
    return MAJOR;
  }

  /**
   * Why a version is not a version at all, if it is not: anything but {@code MAJOR.MINOR}, each a
   * number of 1 to 4 digits without leading zeros ({@code "1"}, {@code "1.0.0"}, {@code "v1.0"},
   * {@code "01.0"}). Readers refuse it as {@link ReadFailure.Kind#INVALID_VALUE}.
   *
   * @param version the version as written
   * @return the reason, or empty if the version is well formed
   */
  public static Optional<String> malformed(String version) {
    if (VERSION.matcher(version).matches()) {
      return Optional.empty();
    }
    String shown = version.length() <= 64 ? version : version.substring(0, 64) + "...";
    return Optional.of(
        "'" + shown + "' is not a schema version: MAJOR.MINOR, each 0 or a number of up to 4"
            + " digits without a leading zero, such as " + Report.CURRENT_SCHEMA_VERSION);
  }

  /**
   * Why a document of this version cannot be read, if it cannot: it is of another major version,
   * whose content may mean something else. A malformed version is the core's to refuse.
   *
   * @param version the version as written
   * @return the reason, or empty if the version is readable or not a version at all
   */
  public static Optional<String> unsupported(String version) {
    Matcher m = VERSION.matcher(version);
    if (m.matches() && !m.group(1).equals(MAJOR)) {
      return Optional.of(
          "schema version "
              + version
              + " is not supported: this library reads schema "
              + MAJOR
              + ".x (current "
              + Report.CURRENT_SCHEMA_VERSION
              + "); a document of another major version needs a matching Sitrep release");
    }
    return Optional.empty();
  }
}
