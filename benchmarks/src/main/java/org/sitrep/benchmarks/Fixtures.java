package org.sitrep.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The bytes every benchmark reads, made once per trial in {@code @Setup}: the seed report's JSON
 * and a feed of incidents derived from it. Everything here is deterministic.
 */
public final class Fixtures {
  private Fixtures() {}

  /** How many incidents the NDJSON feed holds. */
  public static final int FEED_INCIDENTS = 10_000;

  private static final String SEED_RESOURCE = "seed-report.json";

  /** Writes characters outside the BMP (the seed post's emoji) as UTF-8, not as escapes. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  /**
   * The seed report ({@code SeedArticle.report()}) as compact JSON.
   *
   * <p>TODO(sitrep-jackson): until {@code SitrepJson} is on main this is a fixture written by the
   * wire-format rules (docs/benchmarks.md); then it becomes {@code SitrepJson}'s output for
   * {@code SeedArticle.report()}, so that all sides read exactly what Sitrep writes.
   *
   * @return UTF-8 bytes, a fresh copy
   */
  public static byte[] seedReportJson() {
    try (InputStream in = Fixtures.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SEED_RESOURCE);
      }
      return compact(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A feed of {@code count} incidents, one compact JSON object per line (NDJSON): the seed
   * report's incidents in turn, each copy with its own incident id and casualty ids
   * ({@code kostiantynivka-strike-00008}).
   *
   * @param count how many incidents
   * @return UTF-8 bytes, each line ending in {@code \n}
   */
  public static byte[] incidentFeed(int count) {
    // Set-up only, never measured: a tree is the simplest way to vary the ids.
    // TODO(sitrep-jackson): write Incident values with SitrepJson instead, once it is on main.
    JsonMapper mapper = JsonMapper.builder(FACTORY).build();
    try {
      ArrayNode incidents = (ArrayNode) mapper.readTree(seedReportJson()).get("incidents");
      ByteArrayOutputStream out = new ByteArrayOutputStream(count * 1024);
      for (int n = 0; n < count; n++) {
        ObjectNode incident = incidents.get(n % incidents.size()).deepCopy();
        String suffix = String.format(Locale.ROOT, "-%05d", n);
        incident.put("id", incident.get("id").asText() + suffix);
        JsonNode casualties = incident.get("casualties");
        if (casualties != null) {
          for (JsonNode casualty : casualties) {
            ((ObjectNode) casualty).put("id", casualty.get("id").asText() + suffix);
          }
        }
        out.write(mapper.writeValueAsBytes(incident));
        out.write('\n');
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] compact(byte[] json) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
    try (JsonParser p = FACTORY.createParser(json);
        JsonGenerator g = FACTORY.createGenerator(out)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
    return out.toByteArray();
  }
}
