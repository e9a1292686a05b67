package org.sitrep.jackson3;

import java.util.Map;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Sitrep JSON wire format as a Jackson 3 module: add it to a {@code JsonMapper} to read and
 * write reports, incidents, claims, aid packages and every other Sitrep value.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(SitrepModule.tolerant()).build();
 * String json = mapper.writeValueAsString(report);   // the seed article's report
 * Report again = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds it too (in tolerant mode), through
 * Jackson 3's service loader ({@code META-INF/services/tools.jackson.databind.JacksonModule}). It
 * writes the same bytes as sitrep-jackson's
 * module for Jackson 2. The format
 * does not depend on the mapper's settings: property names, order, inclusion of empty values,
 * date and number formats, and type ids are the module's, whatever naming strategy, inclusion or
 * default typing the mapper has. Resource limits are the mapper's own; {@link SitrepJson} comes
 * with safe ones.
 *
 * <p>In tolerant mode (the default) a document from a newer producer reads without error: unknown
 * properties are kept as extensions and unknown codes of open vocabularies as unknown terms, and
 * both are written back unchanged. In strict mode both are errors. A closed vocabulary's unknown
 * value is always an error. Every failure to read is a {@link SitrepJsonException}.
 */
public final class SitrepModule extends JacksonModule {
  private final ReadMode mode;

  /**
   * A tolerant module, as {@link #tolerant()}; this constructor is for {@code ServiceLoader} and
   * {@code findAndAddModules()}.
   */
  public SitrepModule() {
    this(ReadMode.TOLERANT);
  }

  private SitrepModule(ReadMode mode) {
    this.mode = mode;
  }

  /** @return a module that keeps what this version does not know, so relays lose nothing */
  public static SitrepModule tolerant() {
    return new SitrepModule(ReadMode.TOLERANT);
  }

  /** @return a module that rejects unknown properties and unknown vocabulary codes */
  public static SitrepModule strict() {
    return new SitrepModule(ReadMode.STRICT);
  }

  /** @return whether this module rejects what this version does not know */
  public boolean isStrict() {
    return mode == ReadMode.STRICT;
  }

  /** @return {@code "sitrep"} */
  @Override
  public String getModuleName() {
    return "sitrep";
  }

  /** @return a distinct id per mode, so that a strict module is not ignored after a tolerant one */
  @Override
  public Object getRegistrationId() {
    return SitrepModule.class.getName() + ":" + mode;
  }

  /** @return the version of sitrep-jackson3 */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /** Adds a serializer and a deserializer for every public Sitrep type. */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Map.Entry<Class<?>, Codec<?>> e : CodecTable.ALL.entrySet()) {
      bind(e.getKey(), e.getValue(), serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @SuppressWarnings("unchecked")
  private <T> void bind(
      Class<T> type, Codec<?> codec, SimpleSerializers s, SimpleDeserializers d) {
    Codec<T> typed = (Codec<T>) codec;
    s.addSerializer(type, new CodecSerializer<>(type, typed));
    d.addDeserializer(type, new CodecDeserializer<>(type, typed, mode));
  }
}
