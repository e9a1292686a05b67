package org.sitrep.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every file generated from the wire definition, and the one command that regenerates them all:
 * {@value #COMMAND}. It writes the JSON Schema into this module's resources (and its class-path
 * copy, so that the modules built after it in the same run see the new files) and into {@code
 * docs/schema/}, the property tables into {@code docs/wire-format.md}, and the sources of the
 * TypeScript and Python packages into {@code clients/} ({@link ClientGenerator}). Without the property,
 * {@link GeneratedFilesTest} fails on any stale file and names the command.
 */
final class GeneratedFiles {
  /** The system property that regenerates; {@code sitrep.schema.update} is an old alias. */
  static final String PROPERTY = "sitrep.regenerate";

  static final String COMMAND = "mvn -B -q -pl wire -am test -Dsitrep.regenerate=true";

  static final boolean REGENERATE =
      Boolean.getBoolean(PROPERTY) || Boolean.getBoolean("sitrep.schema.update");

  /** The schema files as shipped in the jar, from the wire module's directory. */
  static final Path RESOURCES = Path.of("src/main/resources").resolve(SitrepSchema.RESOURCE_DIRECTORY);

  /** Their copy on the class path of this build. */
  static final Path CLASSES = Path.of("target/classes").resolve(SitrepSchema.RESOURCE_DIRECTORY);

  /** The published copy. */
  static final Path DOCS_SCHEMA = Path.of("../docs/schema");

  /**
   * The schema's own document, beside the folder and not in it: code generators that read a
   * folder of schemas (datamodel-code-generator, json-schema-to-typescript with a glob) would read
   * a README there as a schema.
   */
  static final Path SCHEMA_GUIDE = Path.of("../docs/json-schema.md");

  /** The wire format's document, whose §3 tables are generated. */
  static final Path WIRE_FORMAT = Path.of("../docs/wire-format.md");

  private GeneratedFiles() {}

  /** @return every generated file, its path from the wire module's directory to its text */
  static Map<Path, String> all() {
    Map<Path, String> files = new LinkedHashMap<>();
    Map<String, JsonNode> schema = SchemaGenerator.standard().files();
    for (Path dir : new Path[] {RESOURCES, DOCS_SCHEMA}) {
      schema.forEach((name, node) -> files.put(dir.resolve(name), SchemaGenerator.render(node)));
    }
    files.put(WIRE_FORMAT, WireFormatTables.update(read(WIRE_FORMAT)));
    files.putAll(new ClientGenerator(SchemaGenerator.standard()).files());
    files.putAll(new CodecGenerator().files());
    return files;
  }

  /**
   * Writes the files, and the schema's class-path copy; removes schema files that are no longer
   * generated.
   *
   * @param files what {@link #all()} returns
   */
  static void write(Map<Path, String> files) {
    try {
      for (Path dir : new Path[] {RESOURCES, DOCS_SCHEMA}) {
        for (String orphan : schemaFiles(dir)) {
          if (!files.containsKey(dir.resolve(orphan))) {
            Files.delete(dir.resolve(orphan));
          }
        }
      }
      for (Map.Entry<Path, String> e : files.entrySet()) {
        write(e.getKey(), e.getValue());
        if (e.getKey().startsWith(RESOURCES)) {
          write(CLASSES.resolve(RESOURCES.relativize(e.getKey())), e.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * @param dir a schema directory
   * @return the {@code .json} files in it and below, relative to it, with {@code /}
   */
  static Set<String> schemaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
