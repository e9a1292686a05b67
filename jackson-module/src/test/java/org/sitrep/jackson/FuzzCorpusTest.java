package org.sitrep.jackson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.Extensible;
import org.sitrep.Incident;
import org.sitrep.conformance.Document;

/**
 * The fuzz harness's properties ({@link FuzzProperties}) over the whole conformance corpus, the
 * seeds of every fuzzing run: each golden, invalid and relay document read as every object type
 * in both modes, and as feeds of incidents (the document itself, and three copies of its compact
 * form as NDJSON lines and as an array).
 */
class FuzzCorpusTest {
  static List<Document> documents() {
    List<Document> all = new ArrayList<>(TestFiles.CORPUS.golden());
    TestFiles.CORPUS.invalid().forEach(d -> all.add(d.document()));
    all.addAll(TestFiles.CORPUS.relay());
    return all;
  }

  private static final List<Class<?>> TYPES =
      CodecTable.ALL.keySet().stream()
          .filter(Extensible.class::isAssignableFrom)
          .sorted(java.util.Comparator.comparing(Class::getName))
          .collect(Collectors.toList());

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void onlySitrepJsonExceptionEscapesAndWhatIsReadRoundTrips(Document d) {
    for (Class<?> type : TYPES) {
      FuzzProperties.read(d.bytes(), type);
    }
    FuzzProperties.feeds(d.bytes(), Incident.class);
    String line = d.text().replace("\n", "").replace("\r", "");
    String ndjson = line + "\n" + line + "\n" + line + "\n";
    FuzzProperties.feeds(ndjson.getBytes(StandardCharsets.UTF_8), Incident.class);
    String array = "[" + line + "," + line + "," + line + "]";
    FuzzProperties.feeds(array.getBytes(StandardCharsets.UTF_8), Incident.class);
  }
}
