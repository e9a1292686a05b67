package org.sitrep.kafka;

import java.nio.charset.StandardCharsets;
import org.sitrep.Report;

/**
 * The record headers that Sitrep's serializers write and its deserializers read.
 *
 * <p>Every record written by a {@link SitrepSerializer} carries {@value #CONTENT_TYPE} {@code
 * application/json} and {@value #SCHEMA_VERSION} with the schema version its body was written in
 * (a report's own version, {@link Report#CURRENT_SCHEMA_VERSION} for other values), both as UTF-8
 * text. A {@link SitrepDeserializer} reads
 * them before the body: a record of another major version, or of a content type that is not JSON,
 * is refused without its body being parsed. A record without these headers (from a producer that
 * does not use Sitrep's serializer) is read by its body alone.
 */
public final class SitrepHeaders {
  /** The header naming the body's media type: {@value}. */
  public static final String CONTENT_TYPE = "content-type";

  /** The header naming the schema version of the body: {@value}, e.g. {@code 1.0}. */
  public static final String SCHEMA_VERSION = "schema_version";

  /** The media type of every body Sitrep writes: {@value}. */
  public static final String JSON = "application/json";

  static final byte[] JSON_BYTES = JSON.getBytes(StandardCharsets.UTF_8);

  static final byte[] CURRENT_VERSION_BYTES =
      Report.CURRENT_SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8);

  private SitrepHeaders() {}
}
