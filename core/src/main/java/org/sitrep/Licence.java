package org.sitrep;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * The licence and attribution terms of a report or record, as STIX markings and HDX datasets carry
 * them: an SPDX licence id, the licence's address, and the attribution the terms ask for.
 *
 * <p>ACLED's terms are {@code Licence.builder().url(URI.create("https://acleddata.com/terms-of-use/"))
 * .attribution("Armed Conflict Location & Event Data (ACLED); www.acleddata.com")}; an HDX dataset
 * under CC BY 4.0 is {@code Licence.spdx("CC-BY-4.0")}. The library carries the terms and never
 * enforces them.
 *
 * <p>Rules: an SPDX id or a URL (or both); the SPDX id is a licence id or a {@code LicenseRef-}
 * (letters, digits, {@code . - +}, at most 64 characters; not checked against the SPDX list, which
 * grows); the URL is absolute http(s); the attribution is trimmed and not blank.
 */
@Value.Immutable
@SitrepStyle
public abstract class Licence implements WithLicence, Extensible {
  Licence() {}

  /** @return the SPDX licence id: "CC-BY-4.0" */
  public abstract Optional<String> spdxId();

  /** @return where the terms are */
  public abstract Optional<URI> url();

  /** @return the attribution the terms ask for, as it should be printed */
  public abstract Optional<String> attribution();

  /**
   * @param spdxId an SPDX licence id, e.g. {@code "CC-BY-4.0"}
   * @return the licence
   */
  public static Licence spdx(String spdxId) {
    return builder().spdxId(spdxId).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Licence}; each attribute may be set once. */
  public static final class Builder extends ImmutableLicence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(spdxId().isPresent() || url().isPresent(), "spdxId", "a licence needs an spdxId or a url");
    if (spdxId().isPresent() && !isSpdxId(spdxId().get())) {
      v.add("spdxId", "'" + spdxId().get()
          + "' is not an SPDX licence id: letters, digits, . - + (at most 64), such as CC-BY-4.0");
    }
    Rules.httpUrl(v, "url", url());
    Rules.text(v, "attribution", attribution());
    Rules.extensions(v, extensions());
    v.throwIfAny("Licence");
  }

  private static boolean isSpdxId(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '+';
      if (!ok || (i == 0 && !Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return true;
  }
}
