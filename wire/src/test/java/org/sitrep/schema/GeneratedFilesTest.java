package org.sitrep.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every generated file is what the wire definition, the core's Javadoc and {@code
 * src/schema/fragments.json} give today. With {@code -Dsitrep.regenerate=true} the files are
 * rewritten first ({@link GeneratedFiles#COMMAND}).
 */
class GeneratedFilesTest {
  private static final Map<Path, String> GENERATED = generated();

  private static Map<Path, String> generated() {
    Map<Path, String> files = GeneratedFiles.all();
    if (GeneratedFiles.REGENERATE) {
      GeneratedFiles.write(files);
    }
    return files;
  }

  @Test
  void everyGeneratedFileIsCurrent() {
    List<String> stale = new ArrayList<>();
    for (Map.Entry<Path, String> e : GENERATED.entrySet()) {
      String found = Files.exists(e.getKey()) ? GeneratedFiles.read(e.getKey()) : null;
      if (found == null) {
        stale.add(e.getKey() + " is missing");
      } else if (!found.equals(e.getValue())) {
        stale.add(e.getKey() + " differs from line " + firstDifference(found, e.getValue()));
      }
    }
    if (!stale.isEmpty()) {
      fail("Stale generated files (" + String.join("; ", stale) + "): regenerate with `"
          + GeneratedFiles.COMMAND + "` and review the diff");
    }
  }

  private static String firstDifference(String found, String expected) {
    String[] a = found.split("\n", -1);
    String[] b = expected.split("\n", -1);
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) {
      i++;
    }
    return (i + 1) + ": it has \"" + (i < a.length ? a[i] : "") + "\", the generator makes \""
        + (i < b.length ? b[i] : "") + "\"";
  }

  @Test
  void theSchemaDirectoriesHoldOnlyGeneratedFiles() {
    for (Path dir : new Path[] {GeneratedFiles.RESOURCES, GeneratedFiles.DOCS_SCHEMA}) {
      Set<String> generated =
          GENERATED.keySet().stream()
              .filter(p -> p.startsWith(dir))
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(generated).hasSize(2 * SitrepSchema.types().size());
      assertThat(GeneratedFiles.schemaFiles(dir))
          .as("the schema files in %s; regenerate with `%s`", dir, GeneratedFiles.COMMAND)
          .isEqualTo(generated);
    }
  }

  @Test
  void thePublishedSchemaFolderHoldsNothingButSchemaFiles() throws java.io.IOException {
    // what a generator reading the whole folder (datamodel-code-generator's folder mode) sees
    try (java.util.stream.Stream<Path> files = Files.walk(GeneratedFiles.DOCS_SCHEMA)) {
      List<String> others =
          files
              .filter(Files::isRegularFile)
              .map(p -> GeneratedFiles.DOCS_SCHEMA.relativize(p).toString())
              .filter(name -> !name.endsWith(".schema.json"))
              .collect(Collectors.toList());
      assertThat(others)
          .as("files in %s that are not schemas (its guide is %s)", GeneratedFiles.DOCS_SCHEMA,
              GeneratedFiles.SCHEMA_GUIDE)
          .isEmpty();
    }
    assertThat(GeneratedFiles.SCHEMA_GUIDE).exists();
  }

  @Test
  void theCommandIsDocumented() {
    for (Path doc :
        new Path[] {GeneratedFiles.WIRE_FORMAT, GeneratedFiles.SCHEMA_GUIDE}) {
      assertThat(GeneratedFiles.read(doc).contains(GeneratedFiles.COMMAND))
          .as("%s documents `%s`", doc, GeneratedFiles.COMMAND)
          .isTrue();
    }
  }
}
