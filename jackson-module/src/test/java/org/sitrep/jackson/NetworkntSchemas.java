package org.sitrep.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.schema.SitrepSchema;

/**
 * The shipped schema in networknt's json-schema-validator: every file registered under its {@code
 * $id} from the jar ({@link SitrepSchema#files()}), so that no {@code $ref} is fetched from the
 * network, and {@code format} asserted (as Ajv with ajv-formats does), not only annotated.
 */
final class NetworkntSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(SitrepSchema.files())
                  .schemaLoader(loader -> loader.fetchRemoteResources(false))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private NetworkntSchemas() {}

  /**
   * @param type a Sitrep object type
   * @param strict the strict variant rather than the tolerant one
   * @return its schema
   */
  static Schema schema(Class<?> type, boolean strict) {
    return SCHEMAS.computeIfAbsent(
        SitrepSchema.id(type, strict), id -> REGISTRY.getSchema(SchemaLocation.of(id)));
  }

  /** @return the errors of a document against a type's schema; empty if it is valid */
  static List<Error> validate(Class<?> type, boolean strict, JsonNode document) {
    return schema(type, strict).validate(document);
  }

  static boolean isValid(Class<?> type, boolean strict, JsonNode document) {
    return validate(type, strict, document).isEmpty();
  }
}
