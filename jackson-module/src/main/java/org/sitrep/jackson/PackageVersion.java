package org.sitrep.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this artifact ({@code org.sitrep:sitrep-jackson}), as Jackson's own modules
 * report theirs: {@code new SitrepModule().version()} returns it.
 */
public final class PackageVersion implements Versioned {
  /** The version of sitrep-jackson, read from the artifact's build information. */
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
