package org.sitrep.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    for (Map.Entry<Path, String> e : GENERATED.entrySet()) {
      assertThat(Files.exists(e.getKey()) ? GeneratedFiles.read(e.getKey()) : "(missing)")
          .as("%s is stale: regenerate with `%s` and review the diff", e.getKey(),
              GeneratedFiles.COMMAND)
          .isEqualTo(e.getValue());
    }
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
    assertThat(GeneratedFiles.DOCS_SCHEMA.resolve("README.md")).exists();
  }

  @Test
  void theCommandIsDocumented() {
    for (Path doc : new Path[] {GeneratedFiles.DOCS_SCHEMA.resolve("README.md")}) {
      assertThat(GeneratedFiles.read(doc).contains(GeneratedFiles.COMMAND))
          .as("%s documents `%s`", doc, GeneratedFiles.COMMAND)
          .isTrue();
    }
  }
}
