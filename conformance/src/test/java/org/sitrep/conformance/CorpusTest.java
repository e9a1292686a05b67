package org.sitrep.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed index of each corpus lists exactly the files of its directory (the API cannot list
 * a directory inside a jar, so a file not in the index would be silently skipped), and the
 * listings inside the corpus agree with the files.
 */
class CorpusTest {
  /** The corpora in the source tree; Surefire runs in the module's directory. */
  private static final Path SOURCE = Path.of("src/main/resources").resolve(Corpus.ROOT);

  @Test
  void everyVersionDirectoryHasACorpusAndEveryCorpusADirectory() throws IOException {
    Set<String> directories;
    try (Stream<Path> list = Files.list(SOURCE)) {
      directories =
          list.filter(Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(directories).containsExactlyInAnyOrderElementsOf(Corpus.versions());
    assertThat(Corpus.versions()).contains("1.0");
  }

  @Test
  void theIndexListsExactlyTheFilesOfTheDirectorySorted() throws IOException {
    for (String version : Corpus.versions()) {
      Corpus corpus = Corpus.of(version);
      Path dir = SOURCE.resolve(version);
      List<String> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files =
            walk.filter(Files::isRegularFile)
                .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.equals("index.txt"))
                .sorted()
                .collect(Collectors.toList());
      }
      assertThat(corpus.index())
          .as("%s/index.txt lists every file of the directory, sorted, and nothing else", version)
          .isSorted()
          .doesNotHaveDuplicates()
          .containsExactlyElementsOf(files);
      for (String path : corpus.index()) {
        assertThat(corpus.bytes(path))
            .as("%s on the classpath is the file of the source tree", path)
            .isEqualTo(Files.readAllBytes(dir.resolve(path)));
      }
    }
  }

  @Test
  void theExpectationsListEveryInvalidDocumentOnce() {
    Corpus corpus = Corpus.v1_0();
    List<String> listed = new ArrayList<>();
    corpus.invalid().forEach(d -> listed.add(d.document().path()));
    List<String> inDirectory =
        corpus.index().stream()
            .filter(p -> p.startsWith("invalid/") && p.endsWith(".json"))
            .collect(Collectors.toList());
    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inDirectory);
    assertThat(listed).hasSize(101);
    assertThat(corpus.invalid())
        .allSatisfy(
            d -> {
              assertThat(d.kind()).matches("[A-Z_]+");
              assertThat(d.jsonPath()).startsWith("$");
              assertThat(d.type()).matches("[A-Z][A-Za-z]+");
            });
  }

  @Test
  void theJavaOnlyDocumentsAreOfTheInvalidCorpusWithAReason() {
    Corpus corpus = Corpus.v1_0();
    Set<String> invalid =
        corpus.invalid().stream().map(InvalidDocument::fileName).collect(Collectors.toSet());
    assertThat(corpus.javaOnly())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(invalid).contains(d.fileName());
              assertThat(d.reason()).isNotBlank();
            });
  }

  @Test
  void goldenRelayAndSchemaFilesAreThere() {
    Corpus corpus = Corpus.v1_0();
    assertThat(corpus.goldenNames()).contains("seed-report", "report", "estimate-exact-zero").hasSize(44);
    assertThat(corpus.golden("seed-report").text()).contains("\"schema_version\": \"1.0\"");
    assertThat(corpus.golden("actor").fileName()).isEqualTo("actor.json");
    assertThat(corpus.relay()).extracting(Document::name).containsExactly("newer-minor-version");
    assertThat(corpus.relay("newer-minor-version").path())
        .isEqualTo("relay/newer-minor-version.json");
    assertThat(corpus.schemaValueCases().text()).startsWith("[");
    assertThat(corpus.resourceDirectory()).isEqualTo("org/sitrep/conformance/1.0/");
  }

  @Test
  void anUnknownVersionOrFileIsRefused() {
    assertThatThrownBy(() -> Corpus.of("0.9")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Corpus.v1_0().golden("no-such-type"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("golden/no-such-type.json");
  }

  @Test
  void theSourceDirectoryIsFoundFromTheClassesDirectory() throws IOException {
    Path found = Corpus.v1_0().sourceDirectory().orElseThrow();
    assertThat(Files.isSameFile(found, SOURCE.resolve("1.0"))).isTrue();
  }

  @Test
  void documentsAreImmutable() {
    Document seed = Corpus.v1_0().golden("seed-report");
    byte[] bytes = seed.bytes();
    bytes[0] = 'x';
    assertThat(seed.bytes()[0]).isEqualTo((byte) '{');
  }
}
