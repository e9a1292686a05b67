package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertHasViolation;
import static org.sitrep.ValidationAssertions.assertSingleViolation;

import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Where a report came from and what backs a claim: agency copy, other outlets, evidence. */
class EvidenceTest {
  private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void evidenceCanBeFoundOrChecked() {
    Evidence video =
        Evidence.builder()
            .kind(EvidenceKind.VIDEO)
            .archiveUrl(URI.create("https://web.archive.org/web/2023/https://t.me/x/1"))
            .hash(ContentHash.of(HashAlgorithm.SHA_256, SHA256))
            .capturedAt(OffsetDateTime.parse("2023-09-06T16:00:00+03:00"))
            .build();
    assertThat(video.url()).isEmpty();
    assertThat(Evidence.builder().kind(EvidenceKind.PHOTO).hash(ContentHash.of(HashAlgorithm.SHA_256, SHA256)).build().hash())
        .isPresent();
    assertSingleViolation(
        () -> Evidence.builder().kind(EvidenceKind.PHOTO).description("a photo").build(),
        "url",
        "evidence needs a url, an archiveUrl or a hash");
    assertHasViolation(
        () -> Evidence.builder().kind(EvidenceKind.PHOTO).url(URI.create("ftp://example.org/x")).build(),
        "url",
        "http");
  }

  @Test
  void aDigestHasItsAlgorithmsLengthInLowerCaseHex() {
    assertThat(ContentHash.of(HashAlgorithm.SHA_512, "a".repeat(128)).hex()).hasSize(128);
    assertSingleViolation(
        () -> ContentHash.of(HashAlgorithm.SHA_256, SHA256.toUpperCase(java.util.Locale.ROOT)),
        "hex",
        "must be 64 lowercase hexadecimal digits for SHA-256");
    assertSingleViolation(
        () -> ContentHash.of(HashAlgorithm.SHA_384, SHA256),
        "hex",
        "must be 96 lowercase hexadecimal digits for SHA-384");
  }

  @Test
  void agencyCopyAndOtherOutletsAreTyped() {
    Report report =
        Report.builder()
            .id(ReportId.of("local-paper"))
            .publisher(Actor.of("The Kyiv Independent", ActorKind.MEDIA))
            .syndication(
                Syndication.builder()
                    .agency(Actor.of("The Associated Press", ActorKind.MEDIA))
                    .byline("By Hanna Arhirova, AP")
                    .build())
            .addOtherPublication(
                Publication.builder()
                    .publisher(Actor.of("The Washington Post", ActorKind.MEDIA))
                    .url(URI.create("https://www.washingtonpost.com/world/2023/09/07/x/"))
                    .build())
            .build();
    assertThat(report.syndication().map(s -> s.agency().name())).contains("The Associated Press");
    assertThat(report.otherPublications()).hasSize(1);
    assertSingleViolation(
        () -> Syndication.builder().agency(Actor.of("AFP", ActorKind.MEDIA)).byline(" AFP").build(),
        "byline",
        "white space");
  }

  @Test
  void markingsAndLicencesAreCarried() {
    assertThat(Tlp.AMBER_STRICT.label()).isEqualTo("TLP:AMBER+STRICT");
    assertThat(Tlp.CLEAR.label()).isEqualTo("TLP:CLEAR");
    assertThat(Licence.spdx("CC-BY-4.0").spdxId()).contains("CC-BY-4.0");
    assertThat(Licence.spdx("LicenseRef-ACLED-terms").spdxId()).isPresent();
    assertSingleViolation(
        () -> Licence.builder().attribution("ACLED").build(), "spdxId", "a licence needs an spdxId or a url");
    assertSingleViolation(() -> Licence.spdx("CC BY 4.0"), "spdxId", "is not an SPDX licence id");
    assertSingleViolation(() -> Licence.spdx("-x"), "spdxId", "is not an SPDX licence id");
    Report marked =
        Report.builder().id(ReportId.of("r")).tlp(Tlp.AMBER).licence(Licence.spdx("CC-BY-4.0")).build();
    assertThat(marked.tlp()).contains(Tlp.AMBER);
  }
}
