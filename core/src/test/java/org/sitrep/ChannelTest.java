package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ChannelTest {
  private static final URI ZELENSKY_TELEGRAM = URI.create("https://t.me/V_Zelenskiy_official");

  private static Channel telegram() {
    return Channel.of(ChannelKind.MESSAGING_APP, "Telegram");
  }

  @Test
  void channelOfKindAndName() {
    assertThat(telegram().kind()).isEqualTo(ChannelKind.MESSAGING_APP);
    assertThat(telegram().name()).hasValue("Telegram");
    assertThat(telegram().url()).isEmpty();
  }

  @Test
  void fullBuild() {
    Channel channel =
        Channel.builder().kind(ChannelKind.MESSAGING_APP).name("Telegram").url(ZELENSKY_TELEGRAM).build();

    assertThat(channel.url()).hasValue(ZELENSKY_TELEGRAM);
  }

  @Test
  void kindAloneIsEnough() {
    Channel channel = Channel.builder().kind(ChannelKind.MEDIA_REPORT).build();

    assertThat(channel.name()).isEmpty();
  }

  @Test
  void blankNameIsRejected() {
    assertSingleViolation(
        () -> Channel.of(ChannelKind.NEWS_AGENCY, ""), "name", "must not be blank");
    assertSingleViolation(
        () -> Channel.of(ChannelKind.NEWS_AGENCY, "Interfax\n"),
        "name",
        "must not start or end with white space");
  }

  @Test
  void urlMustBeAbsoluteHttp() {
    assertSingleViolation(
        () -> Channel.builder().kind(ChannelKind.MESSAGING_APP).url(URI.create("tg://resolve?domain=x")).build(),
        "url",
        "'tg://resolve?domain=x' is not an absolute http(s) URL with a host");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    SitrepValidationException e =
        invalid(
            () ->
                Channel.builder()
                    .kind(ChannelKind.STATEMENT)
                    .name(" ")
                    .url(URI.create("kremlin.ru/statement"))
                    .build());

    assertThat(e.typeName()).isEqualTo("Channel");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("name", "url");
  }

  @Test
  void missingKindIsReportedByName() {
    assertSingleViolation(
        () -> Channel.builder().name("Telegram").build(), "kind", "is required but was not set");
  }

  @Test
  void nullArgumentsAreReportedByName() {
    assertSingleViolation(() -> Channel.of(null, "Telegram"), "kind", "must not be null");
    assertSingleViolation(
        () -> Channel.of(ChannelKind.MESSAGING_APP, null), "name", "must not be null");
    assertSingleViolation(() -> Channel.builder().url((URI) null), "url", "must not be null");
  }

  @Test
  void equalInputsGiveEqualValues() {
    Channel built = Channel.builder().kind(ChannelKind.of("messaging_app")).name("Telegram").build();

    assertThat(telegram()).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(telegram()).isNotEqualTo(Channel.of(ChannelKind.SOCIAL_MEDIA_POST, "Telegram"));
  }

  @Test
  void withCopiesAreRevalidated() {
    assertThat(telegram().withUrl(ZELENSKY_TELEGRAM).url()).hasValue(ZELENSKY_TELEGRAM);
    assertSingleViolation(
        () -> telegram().withUrl(URI.create("mailto:press@kremlin.ru")), "url", "absolute http(s)");
    assertSingleViolation(() -> telegram().withName(""), "name", "must not be blank");
  }
}
