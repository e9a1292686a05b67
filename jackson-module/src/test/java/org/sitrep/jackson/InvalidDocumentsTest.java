package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.conformance.InvalidDocument;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * The corpus of bad documents under {@code invalid/} of the conformance corpus: each is named after what is wrong with it,
 * and {@code invalid/expectations.tsv} gives the type it is read as, the mode, and the exception
 * kind and JSON path that reading must report.
 */
class InvalidDocumentsTest {
  /** The kinds our own deserializers report, so a user's ObjectMapper reports them too. */
  private static final Set<Kind> FROM_CODECS =
      EnumSet.complementOf(EnumSet.of(Kind.SYNTAX, Kind.LIMIT_EXCEEDED, Kind.IO));

  record Case(String file, Class<?> type, boolean strict, Kind kind, String path) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() throws ClassNotFoundException {
    List<Case> cases = new java.util.ArrayList<>();
    for (InvalidDocument d : TestFiles.CORPUS.invalid()) {
      cases.add(
          new Case(
              d.fileName(),
              Class.forName(d.typeName()),
              d.strict(),
              Kind.valueOf(d.kind()),
              d.jsonPath()));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFacadeReportsTheKindAndPath(Case c) {
    byte[] json = TestFiles.bytes("invalid/" + c.file());
    SitrepJson reader = c.strict() ? SitrepJson.strict() : SitrepJson.tolerant();
    Refused.assertRefused(() -> reader.read(json, c.type()), c.kind(), c.path());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aUserMapperReportsTheSameForWhatTheCodecsCheck(Case c) {
    if (!FROM_CODECS.contains(c.kind()) || c.file().equals("wrong-type-root-null.json")) {
      return; // Jackson's own territory: syntax, limits, and a null root (read as null)
    }
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(c.strict() ? SitrepModule.strict() : SitrepModule.tolerant());
    byte[] json = TestFiles.bytes("invalid/" + c.file());
    Refused.assertRefused(() -> mapper.readValue(json, c.type()), c.kind(), c.path());
  }

  @Test
  void theCorpusHasAtLeastFortyDocumentsEachWithAnExpectation() throws Exception {
    Set<String> documents =
        TestFiles.CORPUS.index().stream()
            .filter(p -> p.startsWith("invalid/") && p.endsWith(".json"))
            .map(p -> p.substring("invalid/".length()))
            .collect(Collectors.toSet());
    Set<String> expected = cases().stream().map(Case::file).collect(Collectors.toSet());
    assertThat(documents).hasSizeGreaterThanOrEqualTo(40).isEqualTo(expected);
  }

  @Test
  void everyKindExceptIoIsCovered() throws ClassNotFoundException, URISyntaxException {
    Set<Kind> covered = cases().stream().map(Case::kind).collect(Collectors.toSet());
    assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.of(Kind.IO)));
  }
}
