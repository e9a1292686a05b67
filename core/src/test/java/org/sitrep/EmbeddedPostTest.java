package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmbeddedPostTest {
  private static final String TEXT =
      "Rostov doesn't sleep🔥\nExplosions rang out near the headquarters of the Southern Military"
          + " District.";
  private static final URI PICTURE = URI.create("https://pic.twitter.com/0yC7aX1orB");

  private static Actor drutska() {
    return Actor.builder()
        .name("Maria Drutska")
        .kind(ActorKind.SOCIAL_MEDIA_ACCOUNT)
        .handle("@maria_drutska")
        .build();
  }

  private static EmbeddedPost.Builder tweet() {
    return EmbeddedPost.builder().id(PostId.of("drutska-tweet")).author(drutska()).platform("Twitter");
  }

  @Test
  void fullBuild() {
    ReportedTime postedOn = ReportedTime.on(LocalDate.of(2023, 9, 7));
    EmbeddedPost post =
        tweet()
            .url(URI.create("https://twitter.com/maria_drutska/status/1699580000000000000"))
            .postedOn(postedOn)
            .text(TEXT)
            .addLink(PICTURE)
            .build();

    assertThat(post.id()).isEqualTo(PostId.of("drutska-tweet"));
    assertThat(post.author()).isEqualTo(drutska());
    assertThat(post.platform()).isEqualTo("Twitter");
    assertThat(post.postedOn()).hasValue(postedOn);
    assertThat(post.text()).hasValue(TEXT);
    assertThat(post.links()).containsExactly(PICTURE);
  }

  @Test
  void idAuthorAndPlatformAreEnough() {
    EmbeddedPost post = tweet().build();

    assertThat(post.url()).isEmpty();
    assertThat(post.text()).isEmpty();
    assertThat(post.links()).isEmpty();
  }

  @Test
  void blankPlatformIsRejected() {
    assertSingleViolation(
        () -> EmbeddedPost.builder().id(PostId.of("p")).author(drutska()).platform(" ").build(),
        "platform",
        "must not be blank");
  }

  @Test
  void urlMustBeAbsoluteHttp() {
    assertSingleViolation(
        () -> tweet().url(URI.create("twitter.com/maria_drutska")).build(),
        "url",
        "is not an absolute http(s) URL");
  }

  @Test
  void blankTextIsRejected() {
    assertSingleViolation(() -> tweet().text("").build(), "text", "must not be blank");
  }

  @Test
  void everyLinkMustBeAbsoluteHttp() {
    assertSingleViolation(
        () -> tweet().addLink(PICTURE).addLink(URI.create("pic.twitter.com/0yC7aX1orB")).build(),
        "links[1]",
        "'pic.twitter.com/0yC7aX1orB' is not an absolute http(s) URL");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                EmbeddedPost.builder()
                    .id(PostId.of("p"))
                    .author(drutska())
                    .platform("")
                    .url(URI.create("ftp://twitter.com/x"))
                    .text(" ")
                    .addLink(URI.create("x"))
                    .addLink(URI.create("y"))
                    .build());

    assertThat(e.typeName()).isEqualTo("EmbeddedPost");
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("platform", "url", "text", "links[0]", "links[1]");
  }

  @Test
  void missingAttributesAreReportedByName() {
    SitrepValidationException e = invalid(() -> EmbeddedPost.builder().text(TEXT).build());

    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("id", "author", "platform");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> EmbeddedPost.builder().id(null), "id", "must not be null");
    assertSingleViolation(() -> EmbeddedPost.builder().author(null), "author", "must not be null");
    assertSingleViolation(
        () -> EmbeddedPost.builder().text((String) null), "text", "must not be null");
    assertSingleViolation(() -> EmbeddedPost.builder().addLink(null), "links", "null element");
  }

  @Test
  void equalInputsGiveEqualValues() {
    EmbeddedPost built = tweet().text(TEXT).addLink(PICTURE).build();
    EmbeddedPost copied = tweet().build().withText(TEXT).withLinks(PICTURE);

    assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(copied).isNotEqualTo(tweet().build());
  }

  @Test
  void withCopiesAreRevalidated() {
    EmbeddedPost post = tweet().build();

    assertSingleViolation(() -> post.withText(""), "text", "must not be blank");
    assertSingleViolation(
        () -> post.withLinks(PICTURE, URI.create("/relative")), "links[1]", "absolute http(s)");
    assertSingleViolation(() -> post.withPlatform(" "), "platform", "must not be blank");
  }
}
