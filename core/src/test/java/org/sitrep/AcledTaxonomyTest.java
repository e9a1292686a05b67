package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ACLED's event taxonomy maps to Sitrep and back: every event type and sub-event type pair of the
 * codebook (2023 edition, written out here as the codebook lists them, independently of the code
 * under test) has one incident type that gives the same pair back.
 */
class AcledTaxonomyTest {
  private static final List<List<String>> CODEBOOK =
      List.of(
          List.of("Battles", "Armed clash"),
          List.of("Battles", "Government regains territory"),
          List.of("Battles", "Non-state actor overtakes territory"),
          List.of("Violence against civilians", "Sexual violence"),
          List.of("Violence against civilians", "Attack"),
          List.of("Violence against civilians", "Abduction/forced disappearance"),
          List.of("Explosions/Remote violence", "Chemical weapon"),
          List.of("Explosions/Remote violence", "Air/drone strike"),
          List.of("Explosions/Remote violence", "Suicide bomb"),
          List.of("Explosions/Remote violence", "Shelling/artillery/missile attack"),
          List.of("Explosions/Remote violence", "Remote explosive/landmine/IED"),
          List.of("Explosions/Remote violence", "Grenade"),
          List.of("Protests", "Peaceful protest"),
          List.of("Protests", "Protest with intervention"),
          List.of("Protests", "Excessive force against protesters"),
          List.of("Riots", "Violent demonstration"),
          List.of("Riots", "Mob violence"),
          List.of("Strategic developments", "Agreement"),
          List.of("Strategic developments", "Arrests"),
          List.of("Strategic developments", "Change to group/activity"),
          List.of("Strategic developments", "Disrupted weapons use"),
          List.of("Strategic developments", "Headquarters or base established"),
          List.of("Strategic developments", "Looting/property destruction"),
          List.of("Strategic developments", "Non-violent transfer of territory"),
          List.of("Strategic developments", "Other"));

  @Test
  void everyPairOfTheCodebookReadsAsATypeThatGivesTheSamePairBack() {
    assertThat(CODEBOOK).hasSize(25);
    for (List<String> pair : CODEBOOK) {
      IncidentType type = IncidentType.fromAcled(pair.get(0), pair.get(1));
      assertThat(type.isKnown()).isTrue();
      assertThat(List.of(type.acledEventType().orElseThrow(), type.acledSubEventType().orElseThrow()))
          .as(type.code())
          .isEqualTo(pair);
    }
  }

  @Test
  void theTypesMapOntoExactlyTheCodebooksPairs() {
    assertThat(IncidentType.acledPairs()).containsExactlyInAnyOrderElementsOf(CODEBOOK);
  }

  @Test
  void aPairSharedByFinerTypesReadsAsTheBroadOne() {
    assertThat(IncidentType.fromAcled("Explosions/Remote violence", "Air/drone strike"))
        .isEqualTo(IncidentType.AIR_OR_DRONE_STRIKE);
    assertThat(IncidentType.fromAcled("Strategic developments", "Disrupted weapons use"))
        .isEqualTo(IncidentType.DISRUPTED_WEAPONS_USE);
    assertThat(IncidentType.fromAcled("Explosions/Remote violence", "Shelling/artillery/missile attack"))
        .isEqualTo(IncidentType.SHELLING_OR_MISSILE_ATTACK);
    assertThat(IncidentType.fromAcled("Strategic developments", "Other"))
        .isEqualTo(IncidentType.OTHER);
    assertThat(IncidentType.DRONE_INTERCEPTED.acledSubEventType())
        .isEqualTo(IncidentType.DISRUPTED_WEAPONS_USE.acledSubEventType());
  }

  @Test
  void anOlderSpellingIsReadAndAPairNotInTheCodebookIsRefused() {
    assertThat(IncidentType.fromAcled("Protests", "Excessive force against protestors"))
        .isEqualTo(IncidentType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThatThrownBy(() -> IncidentType.fromAcled("Battles", "Attack"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Battles / Attack' is not an ACLED event and sub-event type");
    assertThatThrownBy(() -> IncidentType.fromAcled("Riots", "riot"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ucdpTypeOfViolenceMapsBothWays() {
    for (int code = 1; code <= 3; code++) {
      assertThat(ViolenceType.fromUcdpTypeOfViolence(code).ucdpCode()).isEqualTo(code);
    }
    assertThat(ViolenceType.fromUcdpTypeOfViolence(3)).isEqualTo(ViolenceType.ONE_SIDED);
    assertThatThrownBy(() -> ViolenceType.fromUcdpTypeOfViolence(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UCDP type_of_violence is 1, 2 or 3, not 4");
  }

  @Test
  void droneSubtypesAreMeansThatAreKindsOfDrone() {
    assertThat(Means.FPV_DRONE.broader()).contains(Means.DRONE);
    assertThat(Means.LOITERING_MUNITION.isA(Means.DRONE)).isTrue();
    assertThat(Means.CRUISE_MISSILE.isA(Means.MISSILE)).isTrue();
    assertThat(Means.CRUISE_MISSILE.isA(Means.DRONE)).isFalse();
    assertThat(Means.DRONE.broader()).isEmpty();
    assertThat(Means.of("sea_drone").broader()).isEmpty();
    assertThat(Means.of("fpv_drone")).isSameAs(Means.FPV_DRONE);
  }
}
