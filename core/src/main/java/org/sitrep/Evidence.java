package org.sitrep;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.sitrep.internal.Rules;
import org.sitrep.internal.SitrepStyle;
import org.sitrep.internal.Violations;

/**
 * Material attached to a {@link Claim}: a photo, a video, a document, with where it is, an archived
 * copy, a digest of its content and when it was captured.
 *
 * <p>"Footage posted on Telegram showed smoke over the depot" is {@code
 * Evidence.builder().kind(EvidenceKind.VIDEO).url(URI.create("https://t.me/..."))
 * .archiveUrl(URI.create("https://web.archive.org/web/..."))}.
 *
 * <p>Rules: a URL, an archive URL or a content hash (at least one), so that the material can be
 * found or checked; URLs are absolute http(s); the description is trimmed and not blank.
 */
@Value.Immutable
@SitrepStyle
public abstract class Evidence implements WithEvidence, Extensible {
  Evidence() {}

  /** @return what kind of material */
  public abstract EvidenceKind kind();

  /** @return where it was published */
  public abstract Optional<URI> url();

  /** @return an archived copy: the Wayback Machine, archive.today */
  public abstract Optional<URI> archiveUrl();

  /** @return a digest of the file's content */
  public abstract Optional<ContentHash> hash();

  /** @return when it was captured or archived */
  public abstract Optional<OffsetDateTime> capturedAt();

  /** @return what it shows */
  public abstract Optional<String> description();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; each attribute may be set once. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(
        url().isPresent() || archiveUrl().isPresent() || hash().isPresent(),
        "url",
        "evidence needs a url, an archiveUrl or a hash");
    Rules.httpUrl(v, "url", url());
    Rules.httpUrl(v, "archiveUrl", archiveUrl());
    Rules.text(v, "description", description());
    Rules.extensions(v, extensions());
    v.throwIfAny("Evidence");
  }
}
