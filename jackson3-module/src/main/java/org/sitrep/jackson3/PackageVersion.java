package org.sitrep.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this artifact ({@code org.sitrep:sitrep-jackson3}), as Jackson 3's own modules
 * report theirs: {@code new SitrepModule().version()} returns it.
 */
public final class PackageVersion implements Versioned {
  /** The version of sitrep-jackson3, read from the artifact's build information. */
  public static final Version VERSION = load();

  /** Creates the (stateless) version holder, as Jackson's {@code PackageVersion} classes do. */
  public PackageVersion() {}

  /** @return {@link #VERSION} */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
  }
}
