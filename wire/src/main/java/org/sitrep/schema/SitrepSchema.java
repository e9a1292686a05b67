package org.sitrep.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.Incident;
import org.sitrep.Report;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;

/**
 * The JSON Schema (draft 2020-12) of the wire format, as shipped in the {@code sitrep-wire} jar:
 * the same files as {@code docs/schema/}, for services that validate Sitrep documents without this
 * library, and for Java code that wants to hand the schema on. The files are generated from the
 * wire definition ({@link org.sitrep.wire.WireTypes}) and the model's Javadoc; this class needs no
 * JSON library.
 *
 * <pre>{@code
 * String schema = SitrepSchema.report();                  // tolerant: what a tolerant reader reads
 * String strict = SitrepSchema.reportStrict();            // strict: what a strict reader reads
 * String incident = SitrepSchema.of(Incident.class);      // one type, by $ref into report.schema.json
 * Map<String, String> all = SitrepSchema.files();         // every file by $id, to register offline
 * }</pre>
 *
 * <p>There are two variants. The <b>tolerant</b> one ({@link #BASE_ID}) matches the default reader:
 * unknown properties are allowed at every level and any well-formed code of an open vocabulary is
 * accepted, so that documents of newer 1.y producers validate. The <b>strict</b> one ({@link
 * #STRICT_BASE_ID}) matches a binding's strict reader ({@code SitrepJson.strict()} of {@code
 * sitrep-jackson}): {@code additionalProperties: false} on every object and only the codes this
 * version knows. {@code report.schema.json} holds every type under
 * {@code $defs}; each other file is a thin schema with its own {@code $id} that refers into it, so a
 * validator needs all the files of a variant registered under their {@code $id}s ({@link
 * #files()}). The {@code $id}s are names, not addresses to fetch.
 *
 * <p>A document valid against the schema may still break a rule that only Sitrep's readers check:
 * ids unique across the report, references that resolve, bounds in order, spans that fit their
 * precision, and the others listed in {@code docs/json-schema.md}.
 */
public final class SitrepSchema {
  /** The base of the tolerant schema's {@code $id}s; the report's is this + {@code report.schema.json}. */
  public static final String BASE_ID = "https://sitrep.github.io/schema/1.0/";

  /** The base of the strict schema's {@code $id}s. */
  public static final String STRICT_BASE_ID = BASE_ID + "strict/";

  /** Where the files are in this jar (a class-path directory), e.g. {@code org/sitrep/schema/report.schema.json}. */
  public static final String RESOURCE_DIRECTORY = "org/sitrep/schema/";

  /** The object types that have a schema file: every type of the wire definition. */
  private static final List<Class<?>> TYPES =
      WireTypes.all().stream()
          .<Class<?>>map(WireType::javaType)
          .collect(Collectors.toUnmodifiableList());

  private SitrepSchema() {}

  /** @return the tolerant schema of a {@link Report}, with every type in its {@code $defs} */
  public static String report() {
    return of(Report.class);
  }

  /** @return the strict schema of a {@link Report}, with every type in its {@code $defs} */
  public static String reportStrict() {
    return strictOf(Report.class);
  }

  /** @return the class-path URL of the tolerant {@code report.schema.json} in this jar */
  public static URL reportUrl() {
    return url(RESOURCE_DIRECTORY + fileName(Report.class));
  }

  /**
   * The tolerant schema of one type.
   *
   * @param type a Sitrep object type, e.g. {@code Incident.class}
   * @return the schema's text; every type but {@link Report} refers into {@code report.schema.json}
   * @throws IllegalArgumentException if the type has no schema
   */
  public static String of(Class<?> type) {
    return text(RESOURCE_DIRECTORY + fileName(type));
  }

  /**
   * The strict schema of one type.
   *
   * @param type a Sitrep object type, e.g. {@code Incident.class}
   * @return the schema's text; every type but {@link Report} refers into {@code report.schema.json}
   * @throws IllegalArgumentException if the type has no schema
   */
  public static String strictOf(Class<?> type) {
    return text(RESOURCE_DIRECTORY + "strict/" + fileName(type));
  }

  /**
   * The {@code $id} of a type's schema.
   *
   * @param type a Sitrep object type
   * @param strict whether the strict variant's
   * @return e.g. {@code https://sitrep.github.io/schema/1.0/incident.schema.json}
   * @throws IllegalArgumentException if the type has no schema
   */
  public static String id(Class<?> type, boolean strict) {
    return (strict ? STRICT_BASE_ID : BASE_ID) + fileName(type);
  }

  /** @return the object types that have a schema file, {@link Report} first */
  public static List<Class<?>> types() {
    return TYPES;
  }

  /**
   * Every schema file of both variants by its {@code $id}, to register with a validator so that
   * no {@code $ref} is fetched from the network.
   *
   * @return {@code $id} to the file's text, tolerant files first
   */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (boolean strict : new boolean[] {false, true}) {
      for (Class<?> type : TYPES) {
        files.put(id(type, strict), strict ? strictOf(type) : of(type));
      }
    }
    return Collections.unmodifiableMap(files);
  }

  /**
   * The schema file name of a type: its simple name in kebab case.
   *
   * @param type a Sitrep object type
   * @return e.g. {@code aid-package.schema.json}
   * @throws IllegalArgumentException if the type has no schema
   */
  public static String fileName(Class<?> type) {
    Class<?> known = null;
    for (Class<?> t : TYPES) {
      if (t.isAssignableFrom(type)) {
        known = t;
        break;
      }
    }
    if (known == null) {
      throw new IllegalArgumentException(type.getName() + " has no Sitrep schema");
    }
    String name = known.getSimpleName();
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= name.length(); i++) {
      if (i == name.length() || Character.isUpperCase(name.charAt(i))) {
        words.add(name.substring(start, i).toLowerCase(java.util.Locale.ROOT));
        start = i;
      }
    }
    return String.join("-", words) + ".schema.json";
  }

  private static URL url(String resource) {
    // Through the class, not its loader: on the module path the files are in this module's
    // packages (org/sitrep/schema/strict/ too), which only the module itself may read.
    URL url = SitrepSchema.class.getResource("/" + resource);
    if (url == null) {
      throw new IllegalStateException("the schema resource " + resource + " is missing from the jar");
    }
    return url;
  }

  private static String text(String resource) {
    try (InputStream in = url(resource).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
