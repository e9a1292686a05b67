package org.sitrep.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.wire.WireTypes;

/** The property tables of docs/wire-format.md §3, from the definition. */
class WireFormatTablesTest {
  @Test
  void aTableSaysWhatEachPropertyIsAndWhetherItIsRequired() {
    assertThat(WireFormatTables.table(WireTypes.CASUALTY))
        .isEqualTo(
            "| property | JSON | required |\n"
                + "|---|---|---|\n"
                + "| `id` | id (`CasualtyId`) | yes |\n"
                + "| `global_id` | global id (a URI with a scheme) | no |\n"
                + "| `outcome` | code, open `CasualtyOutcome` | yes |\n"
                + "| `population` | code, open `PopulationGroup` | yes |\n"
                + "| `side` | code, closed `DyadSide` | no |\n"
                + "| `count` | [Estimate](#estimate) | yes |\n"
                + "| `breakdown` | array of [CasualtyGroup](#casualtygroup) | no; omitted when empty |\n"
                + "| `condition` | code, open `CasualtyCondition` | no |\n"
                + "| `causes` | array of code, open `InjuryCause` | no; omitted when empty |\n"
                + "| `location` | [Location](#location) | no |\n"
                + "| `as_of` | [ReportedTime](#reportedtime) | no |\n"
                + "| `provisional` | boolean | no; written always (default `false`) |\n"
                + "| `supersedes` | id (`CasualtyId`) | no |\n"
                + "| `claim` | id (`ClaimId`) | no |\n"
                + "| `coding` | [Coding](#coding) | no |\n");
    assertThat(WireFormatTables.table(WireTypes.AID_PACKAGE))
        .contains("| `stage` | code, open `AidStage` | yes |\n")
        .contains("| `items` | array of [AidItem](#aiditem) | no; omitted when empty |\n");
  }

  @Test
  void everyTypeNeedsItsMarkedSectionAndNoOtherMayHaveOne() {
    assertThatThrownBy(() -> WireFormatTables.update("# no tables\n"))
        .hasMessageContaining("has no generated table of [Report, ");
    StringBuilder doc = new StringBuilder();
    WireTypes.all().forEach(t -> doc.append("<!-- generated: WireTypes ").append(t.name())
        .append(" -->\nold\n<!-- end generated -->\n"));
    assertThatThrownBy(() -> WireFormatTables.update(doc.toString()))
        .hasMessageContaining("has no generated vocabulary table");
    doc.append("<!-- generated: WireValues vocabularies -->\nold\n<!-- end generated -->\n");
    assertThat(WireFormatTables.update(doc.toString()))
        .doesNotContain("old")
        .contains("<!-- generated: WireTypes Money -->\n\n| property | JSON | required |\n");
    assertThatThrownBy(
            () -> WireFormatTables.update(
                doc + "<!-- generated: WireTypes Nothing -->\n<!-- end generated -->\n"))
        .hasMessageContaining("a generated table of Nothing");
  }

  @Test
  void theVocabularyTableListsEveryVocabularyWithItsKnownCodes() {
    assertThat(WireFormatTables.vocabularies())
        .startsWith("| vocabulary | kind | codes known in schema 1.0 |\n|---|---|---|\n| `ActorKind` | open |")
        .contains("| `PartyRole` | open | `perpetrator`, `target`, `associated`, `interceptor`, `unknown` |\n")
        .contains("| `DyadSide` | closed | `side_a`, `side_b` |\n")
        .contains("| `VerificationStatus` | closed | `unverified`, `confirmed`, `disputed`, `denied`, `false` |\n")
        .endsWith("| `ViolenceType` | closed | `state_based`, `non_state`, `one_sided` |\n");
  }
}
