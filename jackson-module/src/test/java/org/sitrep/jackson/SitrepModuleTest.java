package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
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

/** The module on ObjectMappers we do not configure: discovery, and a format immune to settings. */
class SitrepModuleTest {

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(new SitrepModule().getTypeId());
    Report seed = SeedArticle.report();
    assertThat(mapper.writeValueAsString(seed)).isEqualTo(SitrepJson.tolerant().writeString(seed));
    assertThat(mapper.readValue(TestFiles.text("golden/seed-report.json"), Report.class))
        .isEqualTo(seed);
  }

  @Test
  void convertValueAndTreesWorkThroughJacksonsTokenBuffer() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepModule());
    for (Sample sample : GoldenValues.all()) {
      assertThat(mapper.convertValue(sample.value(), sample.type()))
          .as(sample.name())
          .isEqualTo(sample.value());
      assertThat(mapper.treeToValue(mapper.valueToTree(sample.value()), sample.type()))
          .as(sample.name())
          .isEqualTo(sample.value());
    }
    Report newer =
        SitrepJson.tolerant().read(TestFiles.text("relay/newer-minor-version.json"), Report.class);
    assertThat(mapper.convertValue(newer, Report.class)).isEqualTo(newer);
  }

  @Test
  void reportsTheArtifactVersion() {
    assertThat(new SitrepModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.isUnknownVersion()).isFalse();
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("org.sitrep");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("sitrep-jackson");
    assertThat(new PackageVersion().version().toString()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void strictAndTolerantModulesAreDistinctRegistrations() {
    assertThat(SitrepModule.strict().isStrict()).isTrue();
    assertThat(new SitrepModule().isStrict()).isFalse();
    assertThat(SitrepModule.strict().getTypeId()).isNotEqualTo(SitrepModule.tolerant().getTypeId());
  }

  static Stream<Arguments> userMappers() {
    return Stream.of(
        mapper("SNAKE_CASE, NON_NULL", f -> JsonMapper.builder(f)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(both(JsonInclude.Include.NON_NULL))),
        mapper("UPPER_CAMEL_CASE, ALWAYS, sorted", f -> JsonMapper.builder(f)
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .defaultPropertyInclusion(both(JsonInclude.Include.ALWAYS))
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)),
        mapper("KEBAB_CASE, NON_EMPTY, enums by index, dates as timestamps, JavaTimeModule",
            f -> JsonMapper.builder(f)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .defaultPropertyInclusion(both(JsonInclude.Include.NON_EMPTY))
                .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())),
        mapper("numbers as strings, enums by toString, lenient reading", f -> JsonMapper.builder(f)
            .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)),
        mapper("default typing for non-final types", f -> JsonMapper.builder(f)
            .activateDefaultTyping(
                LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL)));
  }

  private static JsonInclude.Value both(JsonInclude.Include include) {
    return JsonInclude.Value.construct(include, include);
  }

  /**
   * A user's mapper on a factory that writes characters beyond the BMP (the seed's emoji) as
   * UTF-8, as SitrepJson does; Jackson's default escapes them as surrogate pairs in byte output.
   */
  private static Arguments mapper(String name, Function<JsonFactory, JsonMapper.Builder> builder) {
    JsonFactory factory =
        JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    return Arguments.of(name, builder.apply(factory).addModule(new SitrepModule()).build());
  }

  @Test
  void withJacksonsDefaultFactoryOnlyTheEscapingOfCharactersBeyondTheBmpDiffers()
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepModule());
    Report seed = SeedArticle.report();
    String bytes = new String(mapper.writeValueAsBytes(seed), StandardCharsets.UTF_8);
    assertThat(bytes).contains("\\uD83D\\uDD25");
    assertThat(bytes.replace("\\uD83D\\uDD25", "\uD83D\uDD25"))
        .isEqualTo(SitrepJson.tolerant().writeString(seed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userMappers")
  void aUserMapperWritesIdenticalBytes(String name, ObjectMapper mapper) throws Exception {
    List<Sample> samples = GoldenValues.all();
    for (Sample sample : samples) {
      assertThat(mapper.writeValueAsBytes(sample.value()))
          .as(sample.name())
          .isEqualTo(SitrepJson.tolerant().writeBytes(sample.value()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userMappers")
  void aUserMapperReadsTheGoldenFiles(String name, ObjectMapper mapper) throws Exception {
    for (Sample sample : GoldenValues.all()) {
      String golden = TestFiles.text("golden/" + sample.name() + ".json");
      assertThat(mapper.readValue(golden, sample.type()))
          .as(sample.name())
          .isEqualTo(sample.value());
    }
  }

  @Test
  void noTypeIdIsTakenFromInputEvenWithDefaultTyping() throws Exception {
    ObjectMapper mapper =
        JsonMapper.builder()
            .activateDefaultTyping(
                LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL)
            .addModule(new SitrepModule())
            .build();
    String typed = "[\"org.sitrep.ImmutableEstimate\",{\"high\":17,\"qualifier\":\"at_most\"}]";
    assertThat(mapper.writeValueAsString(Estimate.upTo(17))).doesNotContain("Immutable");
    Refused.assertRefused(
        () -> mapper.readValue(typed, Estimate.class),
        Kind.WRONG_TYPE,
        "$");
  }

  @Test
  void aUserMapperThrowsTheTypedExceptionWithTheJsonPath() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepModule());
    String json =
        "{\"id\":\"r\",\"schema_version\":\"1.0\","
            + "\"incidents\":[{\"id\":\"i\",\"type\":\"shelling\","
            + "\"outcome\":\"impact\",\"quantity\":{\"low\":-1,\"qualifier\":\"at_least\"}}]}";
    SitrepJsonException e =
        Refused.assertRefused(
            () -> mapper.readValue(json, Report.class),
            Kind.RULE_VIOLATION,
            "$.incidents[0].quantity.low");
    assertThat(e.getMessage())
        .startsWith("$.incidents[0].quantity.low: must not be negative");
  }

  /** A user's own type that embeds a report. */
  record Envelope(String topic, Report report) {}

  @Test
  void pathsStartAtTheRootOfTheUsersDocument() {
    ObjectMapper mapper = new ObjectMapper().registerModule(SitrepModule.strict());
    String json =
        "{\"topic\":\"drones\",\"report\":{\"id\":\"r\",\"schema_version\":\"1.0\",\"mood\":1}}";
    Refused.assertRefused(
        () -> mapper.readValue(json, Envelope.class),
        Kind.UNKNOWN_PROPERTY,
        "$.report.mood");
  }

  @Test
  void aStrictModuleRejectsWhatATolerantOneKeeps() throws Exception {
    String json = "{\"high\":17,\"qualifier\":\"at_most\",\"confidence\":0.8}";
    Estimate kept =
        new ObjectMapper().registerModule(SitrepModule.tolerant()).readValue(json, Estimate.class);
    assertThat(kept.extensions()).containsEntry("confidence", "0.8");
    ObjectMapper strict = new ObjectMapper().registerModule(SitrepModule.strict());
    Refused.assertRefused(
        () -> strict.readValue(json, Estimate.class), Kind.UNKNOWN_PROPERTY, "$.confidence");
  }
}
