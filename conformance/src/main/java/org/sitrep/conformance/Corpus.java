package org.sitrep.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The conformance corpus of one schema version of the wire format, read from the classpath: the
 * files under {@code org/sitrep/conformance/<version>/} of the {@code sitrep-conformance} jar.
 *
 * <ul>
 *   <li>{@code golden/}: one canonical document per public object type, and the whole seed article
 *       as one report ({@code seed-report.json}); writing the value must give exactly these bytes,
 *       reading them must give the value.
 *   <li>{@code invalid/}: documents each reader must refuse, with the kind of error and its JSON
 *       path in {@code invalid/expectations.tsv}.
 *   <li>{@code relay/}: documents of a newer minor version, which a tolerant reader reads and
 *       passes on.
 *   <li>{@code schema/}: the JSON Schema's value cases ({@code value-cases.json}) and the documents
 *       of the invalid corpus that only a reader, not the schema, can refuse ({@code
 *       java-only.tsv}).
 * </ul>
 *
 * <p>The files are listed in {@code index.txt}, since a directory inside a jar cannot be listed
 * reliably. A corpus, once published for a version, does not change: 1.0 stays readable after 1.1.
 * Instances are immutable and thread-safe; every method reads the classpath afresh.
 */
public final class Corpus {
  /** The directory of the corpora on the classpath. */
  static final String ROOT = "org/sitrep/conformance/";

  /** The schema versions that have a corpus, oldest first. */
  private static final List<String> VERSIONS = List.of("1.0");

  /**
   * The system property naming the source directory of the corpora ({@code
   * conformance/src/main/resources/org/sitrep/conformance}) when {@link #sourceDirectory()} cannot
   * find it from the classpath.
   */
  public static final String SOURCE_DIRECTORY_PROPERTY = "sitrep.conformance.sourceDirectory";

  private final String version;

  private Corpus(String version) {
    this.version = version;
  }

  /**
   * The corpus of schema version 1.0.
   *
   * @return the 1.0 corpus
   */
  public static Corpus v1_0() {
    return of("1.0");
  }

  /**
   * The corpus of a schema version.
   *
   * @param schemaVersion a version of {@link #versions()}, such as {@code 1.0}
   * @return its corpus
   * @throws IllegalArgumentException if there is no corpus of that version
   */
  public static Corpus of(String schemaVersion) {
    if (!VERSIONS.contains(schemaVersion)) {
      throw new IllegalArgumentException(
          "no conformance corpus of schema version " + schemaVersion + "; there are " + VERSIONS);
    }
    return new Corpus(schemaVersion);
  }

  /**
   * The schema versions that have a corpus.
   *
   * @return the versions, oldest first
   */
  public static List<String> versions() {
    return VERSIONS;
  }

  /**
   * The schema version of this corpus.
   *
   * @return the version, such as {@code 1.0}
   */
  public String schemaVersion() {
    return version;
  }

  /**
   * The classpath directory of this corpus.
   *
   * @return the resource name of the directory, with a trailing {@code /}, such as {@code
   *     org/sitrep/conformance/1.0/}
   */
  public String resourceDirectory() {
    return ROOT + version + "/";
  }

  /**
   * Every file of the corpus, as listed in its {@code index.txt}.
   *
   * @return the paths relative to the corpus, such as {@code golden/actor.json}, sorted
   */
  public List<String> index() {
    return Collections.unmodifiableList(lines(text("index.txt")));
  }

  /**
   * A file of the corpus.
   *
   * @param path the path relative to the corpus, such as {@code golden/actor.json}
   * @return the file
   * @throws IllegalArgumentException if the corpus has no such file
   */
  public Document document(String path) {
    return new Document(path, bytes(path));
  }

  /**
   * The golden documents: one per public object type, some with variants ({@code
   * estimate-exact-zero.json}), and the seed report ({@code seed-report.json}).
   *
   * @return the documents under {@code golden/}, sorted by file name
   */
  public List<Document> golden() {
    return documents("golden/");
  }

  /**
   * The names of the golden documents.
   *
   * @return the file names without {@code .json}, such as {@code actor}, sorted
   */
  public List<String> goldenNames() {
    List<String> names = new ArrayList<>();
    for (Document d : golden()) {
      names.add(d.name());
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * One golden document.
   *
   * @param name the file name without {@code .json}, such as {@code seed-report}
   * @return the document {@code golden/<name>.json}
   * @throws IllegalArgumentException if there is no such golden document
   */
  public Document golden(String name) {
    return document("golden/" + name + ".json");
  }

  /**
   * The invalid corpus with its expectations, in the order of {@code invalid/expectations.tsv}.
   *
   * @return every document under {@code invalid/}, with what reading it must report
   */
  public List<InvalidDocument> invalid() {
    List<InvalidDocument> documents = new ArrayList<>();
    for (String line : lines(text("invalid/expectations.tsv"))) {
      String[] cells = line.split("\t", -1);
      if (cells.length != 5 || !(cells[2].equals("strict") || cells[2].equals("tolerant"))) {
        throw new IllegalStateException("invalid/expectations.tsv: malformed line: " + line);
      }
      documents.add(
          new InvalidDocument(
              document("invalid/" + cells[0]),
              cells[1],
              cells[2].equals("strict"),
              cells[3],
              cells[4]));
    }
    return Collections.unmodifiableList(documents);
  }

  /**
   * The relay documents: reports of a newer minor version, with properties and codes this version
   * does not know.
   *
   * @return the documents under {@code relay/}, sorted by file name
   */
  public List<Document> relay() {
    return documents("relay/");
  }

  /**
   * One relay document.
   *
   * @param name the file name without {@code .json}, such as {@code newer-minor-version}
   * @return the document {@code relay/<name>.json}
   * @throws IllegalArgumentException if there is no such relay document
   */
  public Document relay(String name) {
    return document("relay/" + name + ".json");
  }

  /**
   * The value cases of the JSON Schema: values of every kind the schema checks by format or
   * pattern, each in a minimal document, with the schema's verdicts in both modes.
   *
   * @return the document {@code schema/value-cases.json}
   */
  public Document schemaValueCases() {
    return document("schema/value-cases.json");
  }

  /**
   * The documents of the invalid corpus that the JSON Schema accepts although the readers refuse
   * them, with the reason, in the order of {@code schema/java-only.tsv}.
   *
   * @return the listed documents
   */
  public List<JavaOnlyDocument> javaOnly() {
    List<JavaOnlyDocument> documents = new ArrayList<>();
    for (String line : lines(text("schema/java-only.tsv"))) {
      String[] cells = line.split("\t", -1);
      if (cells.length != 2) {
        throw new IllegalStateException("schema/java-only.tsv: malformed line: " + line);
      }
      documents.add(new JavaOnlyDocument(cells[0], cells[1]));
    }
    return Collections.unmodifiableList(documents);
  }

  /**
   * The content of a file of the corpus.
   *
   * @param path the path relative to the corpus, such as {@code invalid/expectations.tsv}
   * @return its bytes
   * @throws IllegalArgumentException if the corpus has no such file
   */
  public byte[] bytes(String path) {
    String resource = resourceDirectory() + path;
    try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no file " + path + " in the " + version + " corpus");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The content of a file of the corpus as UTF-8 text.
   *
   * @param path the path relative to the corpus, such as {@code schema/java-only.tsv}
   * @return its text
   * @throws IllegalArgumentException if the corpus has no such file
   */
  public String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /**
   * The directory of this corpus in the source tree, for rewriting files on purpose (golden files
   * with {@code -Dsitrep.golden.update=true}, the value cases with {@code
   * -Dsitrep.schema.update=true}). It is found from where this class was loaded: {@code
   * conformance/target/classes} (or the jar in {@code conformance/target/}) gives {@code
   * conformance/src/main/resources/org/sitrep/conformance/<version>}. The system property {@value
   * #SOURCE_DIRECTORY_PROPERTY}, if set, names the parent directory of the versions instead.
   *
   * @return the directory, or empty when the class comes from elsewhere (a jar in a repository)
   *     and the property is not set
   */
  public Optional<Path> sourceDirectory() {
    String property = System.getProperty(SOURCE_DIRECTORY_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property).resolve(version));
    }
    Path loadedFrom = loadedFrom();
    for (Path dir = loadedFrom; dir != null; dir = dir.getParent()) {
      if (dir.getFileName() != null && dir.getFileName().toString().equals("target")) {
        Path source = dir.resolveSibling("src/main/resources").resolve(ROOT).resolve(version);
        return Files.isRegularFile(source.resolve("index.txt"))
            ? Optional.of(source)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** @return the directory or jar this class was loaded from, or null if unknown */
  private static Path loadedFrom() {
    CodeSource source = Corpus.class.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null || !location.getProtocol().equals("file")) {
      return null;
    }
    try {
      return Path.of(location.toURI()).toAbsolutePath();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** @return the documents whose path starts with {@code directory}, in the order of the index */
  private List<Document> documents(String directory) {
    List<Document> documents = new ArrayList<>();
    for (String path : index()) {
      if (path.startsWith(directory) && path.endsWith(".json")) {
        documents.add(document(path));
      }
    }
    return Collections.unmodifiableList(documents);
  }

  /** @return the lines of a listing without blank lines and {@code #} comments */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** @return a description with the schema version */
  @Override
  public String toString() {
    return "Sitrep conformance corpus " + version;
  }
}
