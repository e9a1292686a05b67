package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  /** Every typed id, by the name it reports in its exceptions and its factory. */
  static Stream<Arguments> idTypes() {
    return Stream.of(
        Arguments.of("IncidentId", (Function<String, Identifier>) IncidentId::of),
        Arguments.of("ClaimId", (Function<String, Identifier>) ClaimId::of),
        Arguments.of("CasualtyId", (Function<String, Identifier>) CasualtyId::of),
        Arguments.of("AidPackageId", (Function<String, Identifier>) AidPackageId::of),
        Arguments.of("PostId", (Function<String, Identifier>) PostId::of),
        Arguments.of("ReportId", (Function<String, Identifier>) ReportId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void validTokenIsKeptAsText(String typeName, Function<String, Identifier> of) {
    Identifier id = of.apply("kostiantynivka-market-strike");

    assertThat(id.value()).isEqualTo("kostiantynivka-market-strike");
    assertThat(id.toString()).isEqualTo("kostiantynivka-market-strike");
    assertThat(id.getClass().getSimpleName()).isEqualTo(typeName);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void equalTextGivesEqualIds(String typeName, Function<String, Identifier> of) {
    assertThat(of.apply("urn:sitrep:claim:42"))
        .isEqualTo(of.apply("urn:sitrep:claim:42"))
        .hasSameHashCodeAs(of.apply("urn:sitrep:claim:42"))
        .isNotEqualTo(of.apply("urn:sitrep:claim:43"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void nullIsRejectedWithTheTypeName(String typeName, Function<String, Identifier> of) {
    SitrepValidationException e = invalid(() -> of.apply(null));

    assertThat(e.typeName()).isEqualTo(typeName);
    assertThat(e.violations()).containsExactly(Violation.of("", "an id must not be null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void invalidTokenIsRejectedWithTheTypeName(String typeName, Function<String, Identifier> of) {
    SitrepValidationException e = invalid(() -> of.apply("has space"));

    assertThat(e.typeName()).isEqualTo(typeName);
    assertThat(e.getMessage()).startsWith("Invalid " + typeName + " (1 problem): ");
    assertSingleViolation(() -> of.apply("has space"), "", "'has space' is not a valid id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "urn:sitrep:claim:42", "A.b_c:d~e-f", "kostiantynivka-market"})
  void tokensOfAllowedCharactersAreAccepted(String token) {
    assertThat(IncidentId.of(token).value()).isEqualTo(token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-leading-hyphen", ".dot", "_underscore", "with space", "slash/id", "ümlaut", "tab\t"})
  void tokensOutsideTheAlphabetAreRejected(String token) {
    assertSingleViolation(
        () -> ClaimId.of(token),
        "",
        "is not a valid id: use 1 to 128 letters, digits or . _ : ~ -, starting with a letter or digit");
  }

  @Test
  void lengthIsLimitedTo128() {
    String longest = "a".repeat(128);

    assertThat(PostId.of(longest).value()).hasSize(128);
    assertSingleViolation(() -> PostId.of(longest + "a"), "", "is not a valid id");
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
    Identifier incident = IncidentId.of("x");
    Identifier claim = ClaimId.of("x");

    assertThat(incident).isNotEqualTo(claim);
    assertThat(claim).isNotEqualTo(incident);
    assertThat(AidPackageId.of("x")).isNotEqualTo(PostId.of("x"));
  }

  @Test
  void idsAreCaseSensitive() {
    assertThat(ReportId.of("Report-1")).isNotEqualTo(ReportId.of("report-1"));
  }

  @Test
  void idsAreOrderedByText() {
    List<IncidentId> sorted =
        Stream.of(IncidentId.of("b"), IncidentId.of("c"), IncidentId.of("a")).sorted().toList();

    assertThat(sorted).containsExactly(IncidentId.of("a"), IncidentId.of("b"), IncidentId.of("c"));
    assertThat(IncidentId.of("a").compareTo(IncidentId.of("b"))).isNegative();
    assertThat(IncidentId.of("b").compareTo(IncidentId.of("b"))).isZero();
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextNeitherEqualNorCompareEqual() {
    IncidentId incident = IncidentId.of("x");
    ClaimId claim = ClaimId.of("x");
    assertThat(incident).isNotEqualTo(claim);
    assertThat(incident.compareTo(claim)).isNotZero();
    assertThat(Integer.signum(incident.compareTo(claim)))
        .isEqualTo(-Integer.signum(claim.compareTo(incident)));
    assertThat(new java.util.TreeSet<Identifier>(List.of(incident, claim))).hasSize(2);
  }

  /** The character loop that checks ids accepts exactly what the documented pattern does. */
  @org.junit.jupiter.api.Test
  void theCheckAgreesWithTheDocumentedPatternCharacterByCharacter() {
    java.util.regex.Pattern documented =
        java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}");
    int accepted = 0;
    for (char c = 0; c < 0x800; c++) {
      for (String s : new String[] {String.valueOf(c), "a" + c, c + "a", "a" + c + "b"}) {
        boolean expected = documented.matcher(s).matches();
        boolean actual;
        try {
          ClaimId.of(s);
          actual = true;
        } catch (SitrepValidationException e) {
          actual = false;
        }
        org.assertj.core.api.Assertions.assertThat(actual).as("'%s' (U+%04X)", s, (int) c).isEqualTo(expected);
        accepted += actual ? 1 : 0;
      }
    }
    // 62 letters and digits alone and first, 67 with . _ : ~ - after a letter and inside
    org.assertj.core.api.Assertions.assertThat(accepted).isEqualTo(62 + 67 + 62 + 67);
    org.assertj.core.api.Assertions.assertThat(documented.matcher("a".repeat(128)).matches()).isTrue();
    org.assertj.core.api.Assertions.assertThat(ClaimId.of("a".repeat(128)).value()).hasSize(128);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClaimId.of("a".repeat(129)))
        .isInstanceOf(SitrepValidationException.class);
  }
}
