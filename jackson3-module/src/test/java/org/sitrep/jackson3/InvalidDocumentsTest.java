package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.conformance.InvalidDocument;
import org.sitrep.wire.ReadFailure.Kind;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invalid corpus of the conformance corpus, with its expectations ({@code
 * invalid/expectations.tsv}: type, mode, kind and JSON path), read by Jackson 3: the same files and
 * the same expectations as sitrep-jackson's test, and the same failure as sitrep-jackson reports.
 */
class InvalidDocumentsTest {
  /** The kinds our own deserializers report, so a user's JsonMapper reports them too. */
  private static final Set<Kind> FROM_CODECS =
      EnumSet.complementOf(EnumSet.of(Kind.SYNTAX, Kind.LIMIT_EXCEEDED, Kind.IO));

  record Case(String file, Class<?> type, boolean strict, Kind kind, String path) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() throws ClassNotFoundException {
    List<Case> cases = new ArrayList<>();
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
  void sitrepJacksonReportsTheSameFailure(Case c) {
    byte[] json = TestFiles.bytes("invalid/" + c.file());
    SitrepJson reader = c.strict() ? SitrepJson.strict() : SitrepJson.tolerant();
    org.sitrep.jackson.SitrepJson jackson2 =
        c.strict()
            ? org.sitrep.jackson.SitrepJson.strict()
            : org.sitrep.jackson.SitrepJson.tolerant();
    SitrepJsonException ours =
        Refused.assertRefused(() -> reader.read(json, c.type()), c.kind(), c.path());
    org.sitrep.jackson.SitrepJsonException theirs =
        Refused.byJackson2(() -> jackson2.read(json, c.type()));
    if (FROM_CODECS.contains(c.kind())) {
      // Our own reasons, word for word.
      assertThat(ours.failure()).isEqualTo(theirs.failure());
    } else {
      // The parser's reasons are Jackson's own and worded by each version.
      assertThat(ours.kind()).isEqualTo(theirs.kind());
      assertThat(ours.path()).isEqualTo(theirs.path());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aDiscoveredModuleReportsTheSameForWhatTheCodecsCheck(Case c) {
    if (!FROM_CODECS.contains(c.kind()) || c.file().equals("wrong-type-root-null.json")) {
      return; // Jackson's own territory: syntax, limits, and a null root (read as null)
    }
    JsonMapper mapper =
        c.strict()
            ? JsonMapper.builder().addModule(SitrepModule.strict()).build()
            : JsonMapper.builder().findAndAddModules().build();
    byte[] json = TestFiles.bytes("invalid/" + c.file());
    Refused.assertRefused(() -> mapper.readValue(json, c.type()), c.kind(), c.path());
  }

  @Test
  void everyDocumentOfTheCorpusHasAnExpectationAndEveryKindButIoIsCovered() throws Exception {
    Set<String> documents =
        TestFiles.CORPUS.index().stream()
            .filter(p -> p.startsWith("invalid/") && p.endsWith(".json"))
            .map(p -> p.substring("invalid/".length()))
            .collect(Collectors.toSet());
    Set<String> expected = cases().stream().map(Case::file).collect(Collectors.toSet());
    assertThat(documents).hasSizeGreaterThanOrEqualTo(40).isEqualTo(expected);
    Set<Kind> covered = cases().stream().map(Case::kind).collect(Collectors.toSet());
    assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.of(Kind.IO)));
  }
}
