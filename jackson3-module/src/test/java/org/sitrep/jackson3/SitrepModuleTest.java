package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.Estimate;
import org.sitrep.Report;
import org.sitrep.testing.GoldenValues;
import org.sitrep.testing.GoldenValues.Sample;
import org.sitrep.testing.SeedArticle;
import org.sitrep.wire.ReadFailure.Kind;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The module on Jackson 3 mappers we do not configure: discovery by {@code findAndAddModules()},
 * and a format immune to the mapper's settings.
 */
class SitrepModuleTest {
  /** What an application that only adds the dependency gets. */
  private static final JsonMapper DISCOVERED = JsonMapper.builder().findAndAddModules().build();

  @Test
  void findAndAddModulesFindsTheModuleThroughJackson3sServiceLoader() {
    List<Object> ids =
        DISCOVERED.registeredModules().stream()
            .map(JacksonModule::getRegistrationId)
            .collect(Collectors.toList());
    assertThat(ids).contains(new SitrepModule().getRegistrationId());
  }

  @Test
  void aDiscoveredModuleWritesAndReadsAReportAsSitrepJsonDoes() {
    Report seed = SeedArticle.report();
    String json = DISCOVERED.writeValueAsString(seed);
    assertThat(json).isEqualTo(SitrepJson.tolerant().writeString(seed));
    assertThat(DISCOVERED.readValue(json, Report.class)).isEqualTo(seed);
    assertThat(DISCOVERED.readValue(TestFiles.text("golden/seed-report.json"), Report.class))
        .isEqualTo(seed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aDiscoveredModuleWritesTheGoldenBytesOfBothBindings(Sample sample) {
    byte[] bytes = DISCOVERED.writeValueAsBytes(sample.value());
    assertThat(bytes).isEqualTo(SitrepJson.tolerant().writeBytes(sample.value()));
    assertThat(bytes).isEqualTo(org.sitrep.jackson.SitrepJson.tolerant().writeBytes(sample.value()));
    String golden = TestFiles.text("golden/" + sample.name() + ".json");
    assertThat(DISCOVERED.readValue(golden, sample.type())).isEqualTo(sample.value());
  }

  static List<Sample> samples() {
    return GoldenValues.all();
  }

  @Test
  void convertValueAndTreesWorkThroughJacksonsTokenBuffer() {
    for (Sample sample : GoldenValues.all()) {
      assertThat(DISCOVERED.convertValue(sample.value(), sample.type()))
          .as(sample.name())
          .isEqualTo(sample.value());
      assertThat(DISCOVERED.treeToValue(DISCOVERED.valueToTree(sample.value()), sample.type()))
          .as(sample.name())
          .isEqualTo(sample.value());
    }
    Report newer =
        SitrepJson.tolerant().read(TestFiles.text("relay/newer-minor-version.json"), Report.class);
    assertThat(DISCOVERED.convertValue(newer, Report.class)).isEqualTo(newer);
    // A tree takes typed numbers only: an extension's numbers are BigDecimal there, text kept.
    assertThat(DISCOVERED.treeToValue(DISCOVERED.valueToTree(newer), Report.class))
        .isEqualTo(newer);
  }

  @Test
  void reportsTheArtifactVersion() {
    assertThat(new SitrepModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.isUnknownVersion()).isFalse();
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("org.sitrep");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("sitrep-jackson3");
    assertThat(new PackageVersion().version().toString()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void strictAndTolerantModulesAreDistinctRegistrations() {
    assertThat(SitrepModule.strict().isStrict()).isTrue();
    assertThat(new SitrepModule().isStrict()).isFalse();
    assertThat(SitrepModule.strict().getRegistrationId())
        .isNotEqualTo(SitrepModule.tolerant().getRegistrationId());
  }

  static Stream<Arguments> userMappers() {
    return Stream.of(
        Arguments.of(
            "SNAKE_CASE, NON_NULL",
            JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .changeDefaultPropertyInclusion(i -> both(JsonInclude.Include.NON_NULL))
                .addModule(new SitrepModule())
                .build()),
        Arguments.of(
            "UPPER_CAMEL_CASE, ALWAYS, sorted",
            JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .changeDefaultPropertyInclusion(i -> both(JsonInclude.Include.ALWAYS))
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .addModule(new SitrepModule())
                .build()),
        Arguments.of(
            "numbers as strings, lenient reading",
            JsonMapper.builder()
                .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                .enable(tools.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_USING_INDEX)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .addModule(new SitrepModule())
                .build()),
        Arguments.of(
            "default typing for non-final types",
            JsonMapper.builder()
                .activateDefaultTyping(
                    BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                    DefaultTyping.NON_FINAL)
                .addModule(new SitrepModule())
                .build()));
  }

  private static JsonInclude.Value both(JsonInclude.Include include) {
    return JsonInclude.Value.construct(include, include);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userMappers")
  void aUserMapperWritesIdenticalBytesAndReadsTheGoldenFiles(String name, JsonMapper mapper) {
    for (Sample sample : GoldenValues.all()) {
      String golden = TestFiles.text("golden/" + sample.name() + ".json");
      assertThat(mapper.writeValueAsBytes(sample.value()))
          .as(sample.name())
          .isEqualTo(SitrepJson.tolerant().writeBytes(sample.value()));
      assertThat(mapper.readValue(golden, sample.type())).as(sample.name()).isEqualTo(sample.value());
    }
  }

  @Test
  void withJackson2sDefaultsOnlyTheEscapingOfCharactersBeyondTheBmpDiffers() {
    JsonMapper mapper =
        JsonMapper.builderWithJackson2Defaults().addModule(new SitrepModule()).build();
    Report seed = SeedArticle.report();
    String bytes = new String(mapper.writeValueAsBytes(seed), StandardCharsets.UTF_8);
    assertThat(bytes).contains("\\uD83D\\uDD25");
    assertThat(bytes.replace("\\uD83D\\uDD25", "\uD83D\uDD25"))
        .isEqualTo(SitrepJson.tolerant().writeString(seed));
  }

  @Test
  void noTypeIdIsTakenFromInputEvenWithDefaultTyping() {
    JsonMapper mapper =
        JsonMapper.builder()
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                DefaultTyping.NON_FINAL)
            .addModule(new SitrepModule())
            .build();
    String typed = "[\"org.sitrep.ImmutableEstimate\",{\"high\":17,\"qualifier\":\"at_most\"}]";
    assertThat(mapper.writeValueAsString(Estimate.upTo(17))).doesNotContain("Immutable");
    Refused.assertRefused(() -> mapper.readValue(typed, Estimate.class), Kind.WRONG_TYPE, "$");
  }

  @Test
  void aUserMapperThrowsTheTypedExceptionWithTheJsonPath() {
    String json =
        "{\"id\":\"r\",\"schema_version\":\"1.0\","
            + "\"incidents\":[{\"id\":\"i\",\"type\":\"shelling\","
            + "\"outcome\":\"impact\",\"quantity\":{\"low\":-1,\"qualifier\":\"at_least\"}}]}";
    SitrepJsonException e =
        Refused.assertRefused(
            () -> DISCOVERED.readValue(json, Report.class),
            Kind.RULE_VIOLATION,
            "$.incidents[0].quantity.low");
    assertThat(e.getMessage()).startsWith("$.incidents[0].quantity.low: must not be negative");
  }

  /** A user's own type that embeds a report. */
  record Envelope(String topic, Report report) {}

  @Test
  void pathsStartAtTheRootOfTheUsersDocument() {
    JsonMapper mapper = JsonMapper.builder().addModule(SitrepModule.strict()).build();
    String json =
        "{\"topic\":\"drones\",\"report\":{\"id\":\"r\",\"schema_version\":\"1.0\",\"mood\":1}}";
    Refused.assertRefused(
        () -> mapper.readValue(json, Envelope.class), Kind.UNKNOWN_PROPERTY, "$.report.mood");
    Envelope read =
        DISCOVERED.readValue(
            "{\"topic\":\"drones\",\"report\":" + TestFiles.text("golden/seed-report.json") + "}",
            Envelope.class);
    assertThat(read.report()).isEqualTo(SeedArticle.report());
  }

  @Test
  void aStrictModuleRejectsWhatATolerantOneKeeps() {
    String json = "{\"high\":17,\"qualifier\":\"at_most\",\"confidence\":0.8}";
    Estimate kept = DISCOVERED.readValue(json, Estimate.class);
    assertThat(kept.extensions()).containsEntry("confidence", "0.8");
    JsonMapper strict = JsonMapper.builder().addModule(SitrepModule.strict()).build();
    Refused.assertRefused(
        () -> strict.readValue(json, Estimate.class), Kind.UNKNOWN_PROPERTY, "$.confidence");
  }
}
