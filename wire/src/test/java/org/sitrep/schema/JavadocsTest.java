package org.sitrep.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The core's Javadoc as schema descriptions: which parts, rendered how. */
class JavadocsTest {
  private static final Javadocs DOCS = Javadocs.readCore();

  @Test
  void aTypeIsItsFirstParagraphAndItsRules() {
    assertThat(DOCS.typeDescription("Estimate"))
        .startsWith("A reported count that may be uncertain: how many drones, explosions, people"
            + " killed. Rules: every bound is at least zero; low \u2264 best \u2264 high where present;"
            + " 'exact' means all three")
        .contains("'at_most' needs high")
        .doesNotContain("{@", "UCDP");
    assertThat(DOCS.typeDescription("GeoPoint"))
        .isEqualTo("A point on the earth in WGS84 decimal degrees. Rules: latitude within [-90, 90],"
            + " longitude within [-180, 180], both finite.");
  }

  @Test
  void anAccessorIsItsBodyOrItsReturnCapitalised() {
    assertThat(DOCS.accessorDescription("Casualty", "id"))
        .isEqualTo("The figure's id, so that claims can refer to it");
    assertThat(DOCS.accessorDescription("Casualty", "provisional"))
        .isEqualTo("Whether the figure is said to be provisional: \"the death toll could"
            + " increase\". False unless set.");
    assertThat(DOCS.accessorDescription("MonetaryValue", "qualifier"))
        .isEqualTo("How the amount is bounded: \"up to\" is 'at_most'");
    assertThat(DOCS.accessorDescription("ReportedTime", "end"))
        .isEqualTo("The last day the event may have happened on; equal to start for a day");
  }

  @Test
  void aConstantIsItsDocWithoutTheFullStop() {
    assertThat(DOCS.constantDescription("ConfidenceLevel", "LOW")).isEqualTo("Low: a score of 1 to 29");
    assertThat(DOCS.constantDescription("IncidentType", "EXPLOSION"))
        .isEqualTo("An explosion whose cause is not reported: \"three explosions took place in the"
            + " city\". ACLED sub-event type depends on the cause, so it is absent");
  }

  @Test
  void aMissingDocIsAnError() {
    assertThatThrownBy(() -> DOCS.accessorDescription("Casualty", "nothing"))
        .hasMessageContaining("Casualty#nothing has no Javadoc");
  }
}
