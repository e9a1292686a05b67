package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ValidationAssertions.assertSingleViolation;
import static org.sitrep.ValidationAssertions.invalid;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

  /** One open vocabulary: its name, its lookup, its known terms and their expected codes. */
  private static Arguments vocabulary(
      String typeName,
      Function<String, Vocabulary> of,
      Supplier<? extends List<? extends Vocabulary>> knownValues,
      List<? extends Vocabulary> constants,
      String... codes) {
    Supplier<List<Vocabulary>> known = () -> List.copyOf(knownValues.get());
    return Arguments.of(typeName, of, known, List.<Vocabulary>copyOf(constants), List.of(codes));
  }

  static Stream<Arguments> vocabularies() {
    return Stream.of(
        vocabulary(
            "ActorKind",
            ActorKind::of,
            ActorKind::knownValues,
            List.of(
                ActorKind.PERSON, ActorKind.GOVERNMENT, ActorKind.STATE, ActorKind.ARMED_FORCES,
                ActorKind.ARMED_GROUP, ActorKind.ORGANISATION, ActorKind.MEDIA,
                ActorKind.SOCIAL_MEDIA_ACCOUNT, ActorKind.UNKNOWN),
            "person", "government", "state", "armed_forces", "armed_group", "organisation",
            "media", "social_media_account", "unknown"),
        vocabulary(
            "AidCategory",
            AidCategory::of,
            AidCategory::knownValues,
            List.of(AidCategory.MILITARY, AidCategory.HUMANITARIAN, AidCategory.FINANCIAL),
            "military", "humanitarian", "financial"),
        vocabulary(
            "CasualtyOutcome",
            CasualtyOutcome::of,
            CasualtyOutcome::knownValues,
            List.of(
                CasualtyOutcome.KILLED, CasualtyOutcome.INJURED, CasualtyOutcome.KILLED_OR_INJURED,
                CasualtyOutcome.MISSING, CasualtyOutcome.CAPTURED),
            "killed", "injured", "killed_or_injured", "missing", "captured"),
        vocabulary(
            "ChannelKind",
            ChannelKind::of,
            ChannelKind::knownValues,
            List.of(
                ChannelKind.STATEMENT, ChannelKind.PRESS_CONFERENCE, ChannelKind.INTERVIEW,
                ChannelKind.NEWS_AGENCY, ChannelKind.MEDIA_REPORT, ChannelKind.SOCIAL_MEDIA_POST,
                ChannelKind.MESSAGING_APP, ChannelKind.VIDEO, ChannelKind.UNKNOWN),
            "statement", "press_conference", "interview", "news_agency", "media_report",
            "social_media_post", "messaging_app", "video", "unknown"),
        vocabulary(
            "ClaimKind",
            ClaimKind::of,
            ClaimKind::knownValues,
            List.of(
                ClaimKind.FACTUAL_ASSERTION, ClaimKind.CASUALTY_FIGURE, ClaimKind.ATTRIBUTION,
                ClaimKind.DENIAL, ClaimKind.CONDEMNATION, ClaimKind.OPINION, ClaimKind.ANNOUNCEMENT,
                ClaimKind.CONFIRMATION, ClaimKind.DISPUTE),
            "factual_assertion", "casualty_figure", "attribution", "denial", "condemnation",
            "opinion", "announcement", "confirmation", "dispute"),
        vocabulary(
            "IncidentRelation",
            IncidentRelation::of,
            IncidentRelation::knownValues,
            List.of(
                IncidentRelation.SAME_AS, IncidentRelation.POSSIBLY_SAME_AS, IncidentRelation.PART_OF,
                IncidentRelation.FOLLOW_UP_OF),
            "same_as", "possibly_same_as", "part_of", "follow_up_of"),
        vocabulary(
            "ClaimTopic",
            ClaimTopic::of,
            ClaimTopic::knownValues,
            List.of(
                ClaimTopic.CASUALTIES, ClaimTopic.DAMAGE, ClaimTopic.PERPETRATOR, ClaimTopic.LOCATION,
                ClaimTopic.MEANS),
            "casualties", "damage", "perpetrator", "location", "means"),
        vocabulary(
            "CodingMethod",
            CodingMethod::of,
            CodingMethod::knownValues,
            List.of(CodingMethod.HUMAN, CodingMethod.MACHINE, CodingMethod.HYBRID),
            "human", "machine", "hybrid"),
        vocabulary(
            "WithdrawalKind",
            WithdrawalKind::of,
            WithdrawalKind::knownValues,
            List.of(
                WithdrawalKind.RETRACTED, WithdrawalKind.DELETED, WithdrawalKind.DUPLICATE,
                WithdrawalKind.REPLACED),
            "retracted", "deleted", "duplicate", "replaced"),
        vocabulary(
            "AidStage",
            AidStage::of,
            AidStage::knownValues,
            List.of(
                AidStage.ANNOUNCED, AidStage.PLEDGED, AidStage.COMMITTED, AidStage.ALLOCATED,
                AidStage.DISBURSED, AidStage.DELIVERED, AidStage.EXPENDED),
            "announced", "pledged", "committed", "allocated", "disbursed", "delivered", "expended"),
        vocabulary(
            "DamageKind",
            DamageKind::of,
            DamageKind::knownValues,
            List.of(
                DamageKind.DAMAGED, DamageKind.SHATTERED, DamageKind.DESTROYED, DamageKind.FIRE,
                DamageKind.COLLAPSED),
            "damaged", "shattered", "destroyed", "fire", "collapsed"),
        vocabulary(
            "GazetteerScheme",
            GazetteerScheme::of,
            GazetteerScheme::knownValues,
            List.of(
                GazetteerScheme.GEONAMES, GazetteerScheme.PCODE, GazetteerScheme.OSM,
                GazetteerScheme.WIKIDATA),
            "geonames", "pcode", "osm", "wikidata"),
        vocabulary(
            "IncidentOutcome",
            IncidentOutcome::of,
            IncidentOutcome::knownValues,
            List.of(
                IncidentOutcome.INTERCEPTED, IncidentOutcome.PARTIALLY_INTERCEPTED,
                IncidentOutcome.IMPACT, IncidentOutcome.UNKNOWN),
            "intercepted", "partially_intercepted", "impact", "unknown"),
        vocabulary(
            "IncidentType",
            IncidentType::of,
            IncidentType::knownValues,
            List.of(
                IncidentType.DRONE_ATTACK, IncidentType.DRONE_INTERCEPTED,
                IncidentType.MISSILE_STRIKE, IncidentType.MISSILE_INTERCEPTED,
                IncidentType.AIR_STRIKE, IncidentType.SHELLING, IncidentType.EXPLOSIVE_DEVICE,
                IncidentType.EXPLOSION, IncidentType.FIRE, IncidentType.ARMED_CLASH,
                IncidentType.NON_VIOLENT_TERRITORY_TRANSFER, IncidentType.AIR_OR_DRONE_STRIKE,
                IncidentType.SHELLING_OR_MISSILE_ATTACK, IncidentType.DISRUPTED_WEAPONS_USE,
                IncidentType.UNIDENTIFIED_AERIAL_OBJECT_DOWNED, IncidentType.CHEMICAL_WEAPON,
                IncidentType.SUICIDE_BOMB, IncidentType.GRENADE,
                IncidentType.GOVERNMENT_REGAINS_TERRITORY,
                IncidentType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, IncidentType.SEXUAL_VIOLENCE,
                IncidentType.ATTACK_ON_CIVILIANS, IncidentType.ABDUCTION,
                IncidentType.PEACEFUL_PROTEST, IncidentType.PROTEST_WITH_INTERVENTION,
                IncidentType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, IncidentType.VIOLENT_DEMONSTRATION,
                IncidentType.MOB_VIOLENCE, IncidentType.AGREEMENT, IncidentType.ARRESTS,
                IncidentType.CHANGE_TO_GROUP_ACTIVITY, IncidentType.BASE_ESTABLISHED,
                IncidentType.LOOTING_OR_PROPERTY_DESTRUCTION, IncidentType.OTHER,
                IncidentType.UNKNOWN),
            "drone_attack", "drone_intercepted", "missile_strike", "missile_intercepted",
            "air_strike", "shelling", "explosive_device", "explosion", "fire", "armed_clash",
            "non_violent_territory_transfer", "air_or_drone_strike", "shelling_or_missile_attack",
            "disrupted_weapons_use", "unidentified_aerial_object_downed", "chemical_weapon",
            "suicide_bomb", "grenade", "government_regains_territory",
            "non_state_actor_overtakes_territory", "sexual_violence", "attack_on_civilians",
            "abduction", "peaceful_protest", "protest_with_intervention",
            "excessive_force_against_protesters", "violent_demonstration", "mob_violence",
            "agreement", "arrests", "change_to_group_activity", "base_established",
            "looting_or_property_destruction", "other", "unknown"),
        vocabulary(
            "ItemCategory",
            ItemCategory::of,
            ItemCategory::knownValues,
            List.of(
                ItemCategory.AMMUNITION, ItemCategory.ARMOURED_VEHICLES, ItemCategory.ARTILLERY,
                ItemCategory.AIR_DEFENCE, ItemCategory.AIRCRAFT, ItemCategory.SMALL_ARMS,
                ItemCategory.EQUIPMENT, ItemCategory.MEDICAL, ItemCategory.FOOD,
                ItemCategory.SHELTER, ItemCategory.FUNDS, ItemCategory.OTHER),
            "ammunition", "armoured_vehicles", "artillery", "air_defence", "aircraft",
            "small_arms", "equipment", "medical", "food", "shelter", "funds", "other"),
        vocabulary(
            "Means",
            Means::of,
            Means::knownValues,
            List.of(
                Means.DRONE, Means.MISSILE, Means.ROCKET, Means.ARTILLERY, Means.AIRCRAFT,
                Means.EXPLOSIVE_DEVICE, Means.SMALL_ARMS, Means.ARMOURED_VEHICLE,
                Means.NAVAL_VESSEL, Means.ARSON, Means.UNKNOWN, Means.FIXED_WING_DRONE,
                Means.FPV_DRONE, Means.LOITERING_MUNITION, Means.CRUISE_MISSILE,
                Means.BALLISTIC_MISSILE, Means.GLIDE_BOMB),
            "drone", "missile", "rocket", "artillery", "aircraft", "explosive_device",
            "small_arms", "armoured_vehicle", "naval_vessel", "arson", "unknown",
            "fixed_wing_drone", "fpv_drone", "loitering_munition", "cruise_missile",
            "ballistic_missile", "glide_bomb"),
        vocabulary(
            "PopulationGroup",
            PopulationGroup::of,
            PopulationGroup::knownValues,
            List.of(
                PopulationGroup.CIVILIAN, PopulationGroup.MILITARY, PopulationGroup.MIXED,
                PopulationGroup.UNKNOWN),
            "civilian", "military", "mixed", "unknown"),
        vocabulary(
            "SiteKind",
            SiteKind::of,
            SiteKind::knownValues,
            List.of(
                SiteKind.MARKET, SiteKind.SHOP, SiteKind.PHARMACY, SiteKind.RESIDENTIAL_BUILDING,
                SiteKind.RAILWAY_STATION, SiteKind.MILITARY_FACILITY,
                SiteKind.ENERGY_INFRASTRUCTURE, SiteKind.AIRPORT, SiteKind.HOSPITAL,
                SiteKind.SCHOOL, SiteKind.VEHICLE, SiteKind.OPEN_AREA, SiteKind.OTHER),
            "market", "shop", "pharmacy", "residential_building", "railway_station",
            "military_facility", "energy_infrastructure", "airport", "hospital", "school",
            "vehicle", "open_area", "other"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void knownConstantsHaveTheirCodesInDeclarationOrder(
      String typeName,
      Function<String, Vocabulary> of,
      Supplier<List<Vocabulary>> knownValues,
      List<Vocabulary> constants,
      List<String> codes) {
    assertThat(knownValues.get()).containsExactlyElementsOf(constants);
    assertThat(constants).extracting(Vocabulary::code).containsExactlyElementsOf(codes);
    assertThat(constants).allSatisfy(term -> assertThat(term.isKnown()).isTrue());
    assertThat(constants).allSatisfy(term -> assertThat(term.toString()).isEqualTo(term.code()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void lookingUpAKnownCodeGivesTheConstant(
      String typeName,
      Function<String, Vocabulary> of,
      Supplier<List<Vocabulary>> knownValues,
      List<Vocabulary> constants,
      List<String> codes) {
    for (int i = 0; i < codes.size(); i++) {
      assertThat(of.apply(codes.get(i))).isSameAs(constants.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void unknownCodeIsCarriedButNotKnown(
      String typeName,
      Function<String, Vocabulary> of,
      Supplier<List<Vocabulary>> knownValues,
      List<Vocabulary> constants,
      List<String> codes) {
    Vocabulary term = of.apply("from_a_newer_version_2");

    assertThat(term.code()).isEqualTo("from_a_newer_version_2");
    assertThat(term.isKnown()).isFalse();
    assertThat(term.getClass().getSimpleName()).isEqualTo(typeName);
    assertThat(term)
        .isEqualTo(of.apply("from_a_newer_version_2"))
        .hasSameHashCodeAs(of.apply("from_a_newer_version_2"))
        .isNotEqualTo(of.apply("from_a_newer_version_3"));
    assertThat(knownValues.get()).doesNotContain(term);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void invalidCodesAreRejectedWithTheTypeName(
      String typeName,
      Function<String, Vocabulary> of,
      Supplier<List<Vocabulary>> knownValues,
      List<Vocabulary> constants,
      List<String> codes) {
    for (String code :
        List.of("", "Drone", "drone attack", "drone-attack", "1drone", "_drone", "a".repeat(65))) {
      SitrepValidationException e = invalid(() -> of.apply(code));
      assertThat(e.typeName()).isEqualTo(typeName);
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEmpty();
        assertThat(v.reason())
            .contains("'" + code + "' is not a valid code")
            .contains("lowercase letters, digits or underscores");
      });
    }
    SitrepValidationException nullCode = invalid(() -> of.apply(null));
    assertThat(nullCode.typeName()).isEqualTo(typeName);
    assertThat(nullCode.violations()).containsExactly(Violation.of("", "a code must not be null"));
  }

  @Test
  void longestCodeIsAccepted() {
    assertThat(Means.of("a".repeat(64)).code()).hasSize(64);
  }

  @Test
  void termsOfDifferentVocabulariesAreNotEqual() {
    assertThat(Means.EXPLOSIVE_DEVICE.code()).isEqualTo(IncidentType.EXPLOSIVE_DEVICE.code());
    assertThat((Vocabulary) Means.EXPLOSIVE_DEVICE).isNotEqualTo(IncidentType.EXPLOSIVE_DEVICE);
    assertThat((Vocabulary) DamageKind.FIRE).isNotEqualTo(IncidentType.FIRE);
    assertThat((Vocabulary) Means.of("laser")).isNotEqualTo(SiteKind.of("laser"));
  }

  // --- IncidentType's ACLED mapping ---------------------------------------------------------

  private static final String REMOTE_VIOLENCE = "Explosions/Remote violence";
  private static final String STRATEGIC = "Strategic developments";

  static Stream<Arguments> acledMapping() {
    return Stream.of(
        Arguments.of(IncidentType.DRONE_ATTACK, REMOTE_VIOLENCE, "Air/drone strike"),
        Arguments.of(IncidentType.DRONE_INTERCEPTED, STRATEGIC, "Disrupted weapons use"),
        Arguments.of(IncidentType.MISSILE_STRIKE, REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
        Arguments.of(IncidentType.MISSILE_INTERCEPTED, STRATEGIC, "Disrupted weapons use"),
        Arguments.of(IncidentType.AIR_STRIKE, REMOTE_VIOLENCE, "Air/drone strike"),
        Arguments.of(IncidentType.SHELLING, REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
        Arguments.of(IncidentType.EXPLOSIVE_DEVICE, REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
        Arguments.of(IncidentType.EXPLOSION, REMOTE_VIOLENCE, null),
        Arguments.of(IncidentType.FIRE, STRATEGIC, "Other"),
        Arguments.of(IncidentType.ARMED_CLASH, "Battles", "Armed clash"),
        Arguments.of(
            IncidentType.NON_VIOLENT_TERRITORY_TRANSFER, STRATEGIC, "Non-violent transfer of territory"),
        Arguments.of(IncidentType.AIR_OR_DRONE_STRIKE, REMOTE_VIOLENCE, "Air/drone strike"),
        Arguments.of(
            IncidentType.SHELLING_OR_MISSILE_ATTACK, REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
        Arguments.of(IncidentType.DISRUPTED_WEAPONS_USE, STRATEGIC, "Disrupted weapons use"),
        Arguments.of(IncidentType.UNIDENTIFIED_AERIAL_OBJECT_DOWNED, STRATEGIC, "Disrupted weapons use"),
        Arguments.of(IncidentType.CHEMICAL_WEAPON, REMOTE_VIOLENCE, "Chemical weapon"),
        Arguments.of(IncidentType.SUICIDE_BOMB, REMOTE_VIOLENCE, "Suicide bomb"),
        Arguments.of(IncidentType.GRENADE, REMOTE_VIOLENCE, "Grenade"),
        Arguments.of(IncidentType.GOVERNMENT_REGAINS_TERRITORY, "Battles", "Government regains territory"),
        Arguments.of(
            IncidentType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "Battles", "Non-state actor overtakes territory"),
        Arguments.of(IncidentType.SEXUAL_VIOLENCE, "Violence against civilians", "Sexual violence"),
        Arguments.of(IncidentType.ATTACK_ON_CIVILIANS, "Violence against civilians", "Attack"),
        Arguments.of(
            IncidentType.ABDUCTION, "Violence against civilians", "Abduction/forced disappearance"),
        Arguments.of(IncidentType.PEACEFUL_PROTEST, "Protests", "Peaceful protest"),
        Arguments.of(IncidentType.PROTEST_WITH_INTERVENTION, "Protests", "Protest with intervention"),
        Arguments.of(
            IncidentType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "Protests", "Excessive force against protesters"),
        Arguments.of(IncidentType.VIOLENT_DEMONSTRATION, "Riots", "Violent demonstration"),
        Arguments.of(IncidentType.MOB_VIOLENCE, "Riots", "Mob violence"),
        Arguments.of(IncidentType.AGREEMENT, STRATEGIC, "Agreement"),
        Arguments.of(IncidentType.ARRESTS, STRATEGIC, "Arrests"),
        Arguments.of(IncidentType.CHANGE_TO_GROUP_ACTIVITY, STRATEGIC, "Change to group/activity"),
        Arguments.of(IncidentType.BASE_ESTABLISHED, STRATEGIC, "Headquarters or base established"),
        Arguments.of(IncidentType.LOOTING_OR_PROPERTY_DESTRUCTION, STRATEGIC, "Looting/property destruction"),
        Arguments.of(IncidentType.OTHER, STRATEGIC, "Other"),
        Arguments.of(IncidentType.UNKNOWN, null, null));
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @MethodSource("acledMapping")
  void incidentTypeMapsToAcled(IncidentType type, String eventType, String subEventType) {
    assertThat(type.acledEventType()).isEqualTo(java.util.Optional.ofNullable(eventType));
    if (subEventType == null) {
      assertThat(type.acledSubEventType()).isEmpty();
    } else {
      assertThat(type.acledSubEventType()).hasValue(subEventType);
    }
  }

  @Test
  void acledMappingCoversEveryKnownIncidentType() {
    assertThat(acledMapping().map(a -> a.get()[0]).toList())
        .containsExactlyElementsOf(IncidentType.knownValues());
  }

  @Test
  void unknownIncidentTypeHasNoAcledMapping() {
    IncidentType sabotage = IncidentType.of("sabotage");

    assertThat(sabotage.isKnown()).isFalse();
    assertThat(sabotage.acledEventType()).isEmpty();
    assertThat(sabotage.acledSubEventType()).isEmpty();
  }
}
