package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.wire.ReadFailure.Kind;

/**
 * The corpus of bad documents under {@code invalid/}: each is named after what is wrong with it,
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
    for (String line : TestFiles.text("invalid/expectations.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      cases.add(
          new Case(
              f[0],
              Class.forName("org.sitrep." + f[1]),
              f[2].equals("strict"),
              Kind.valueOf(f[3]),
              f[4]));
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
    File dir =
        new File(InvalidDocumentsTest.class.getResource("/invalid/expectations.tsv").toURI())
            .getParentFile();
    Set<String> documents =
        Arrays.stream(dir.list((d, name) -> name.endsWith(".json"))).collect(Collectors.toSet());
    Set<String> expected = cases().stream().map(Case::file).collect(Collectors.toSet());
    assertThat(documents).hasSizeGreaterThanOrEqualTo(40).isEqualTo(expected);
  }

  @Test
  void everyKindExceptIoIsCovered() throws ClassNotFoundException, URISyntaxException {
    Set<Kind> covered = cases().stream().map(Case::kind).collect(Collectors.toSet());
    assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.of(Kind.IO)));
  }
}
