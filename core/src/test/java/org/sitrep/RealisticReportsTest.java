package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's done-when: realistic reports of our own writing, of the kinds real reporting and the
 * datasets produce, modelled through the public API with every fact in a typed home. Free text
 * ({@code summary}, {@code description}, {@code phrase}) holds only the words as reported, and no
 * value carries an extension.
 */
class RealisticReportsTest {
  private static final ClaimId AIR_FORCE = ClaimId.of("air-force-morning-update");
  private static final ClaimId GOVERNOR = ClaimId.of("governor-telegram");

  /**
   * "Overnight, Russia launched 48 Shahed-type drones and four Kh-101 cruise missiles at Ukraine.
   * Air defence and electronic warfare units downed 44 drones and all four missiles, the Air Force
   * said on Telegram at 08:10. Debris fell on a school in the Odesa region; aimed at a fuel depot,
   * one drone hit a warehouse nearby instead."
   */
  static Report wave() {
    Actor russia = Actor.of("Russia", ActorKind.STATE).withCountry("RU");
    Actor airForce = Actor.of("Ukrainian Air Force", ActorKind.ARMED_FORCES).withCountry("UA");
    Incident wave =
        Incident.builder()
            .id(IncidentId.of("odesa-wave"))
            .type(IncidentType.AIR_OR_DRONE_STRIKE)
            .time(ReportedTime.overnight(LocalDate.of(2024, 3, 2)).withPartOfDay(PartOfDay.NIGHT))
            .location(
                Location.builder()
                    .name("Odesa region")
                    .country("UA")
                    .admin1(AdminArea.of("Odesa region", "UA-51"))
                    .precision(GeoPrecision.REGION)
                    .build())
            .addMeans(Means.LOITERING_MUNITION, Means.CRUISE_MISSILE)
            .outcome(IncidentOutcome.PARTIALLY_INTERCEPTED)
            .addEngagement(
                Engagement.builder()
                    .means(Means.LOITERING_MUNITION)
                    .launched(Estimate.exactly(48))
                    .stopped(Estimate.exactly(44))
                    .addMethods(InterceptionMethod.AIR_DEFENCE, InterceptionMethod.ELECTRONIC_WARFARE)
                    .addInterceptor(airForce)
                    .claim(AIR_FORCE)
                    .phrase("48 Shahed-type drones ... downed 44")
                    .build())
            .addEngagement(
                Engagement.builder()
                    .means(Means.CRUISE_MISSILE)
                    .launched(Estimate.exactly(4))
                    .stopped(Estimate.exactly(4))
                    .stoppedShare(Proportion.ALL)
                    .claim(AIR_FORCE)
                    .phrase("all four missiles")
                    .build())
            .addParty(Party.of(russia, PartyRole.PERPETRATOR).withClaim(AIR_FORCE).withSide(DyadSide.SIDE_A))
            .addParty(Party.of(airForce, PartyRole.INTERCEPTOR).withSide(DyadSide.SIDE_B))
            .addSite(Site.of(SiteKind.SCHOOL, "a school").withRole(SiteRole.DEBRIS))
            .addSite(Site.of(SiteKind.ENERGY_INFRASTRUCTURE, "a fuel depot").withRole(SiteRole.TARGET))
            .addSite(Site.of(SiteKind.OTHER, "a warehouse nearby").withRole(SiteRole.HIT))
            .addClaim(AIR_FORCE)
            .build();
    Claim airForceClaim =
        Claim.builder()
            .id(AIR_FORCE)
            .source(airForce)
            .channel(Channel.of(ChannelKind.MESSAGING_APP, "Telegram"))
            .madeOn(ReportedTime.at(OffsetDateTime.parse("2024-03-03T08:10:00+02:00")))
            .statement("Air defence downed 44 of 48 drones and all four missiles.")
            .kind(ClaimKind.FACTUAL_ASSERTION)
            .verification(VerificationStatus.UNVERIFIED)
            .addAboutIncident(wave.id())
            .build();
    return Report.builder()
        .id(ReportId.of("wave-2024-03-03"))
        .publishedOn(LocalDate.of(2024, 3, 3))
        .addIncident(wave)
        .addClaim(airForceClaim)
        .build();
  }

  /**
   * "Five people were killed, two of them children, and at least 12 injured, all of them taken to
   * hospital, by glass and debris when a missile struck a residential building in Dnipro around
   * 21:15 on Friday, the governor said. Two of the injured were in a nearby village."
   */
  static Report strike() {
    Incident strike =
        Incident.builder()
            .id(IncidentId.of("dnipro-strike"))
            .type(IncidentType.MISSILE_STRIKE)
            .time(
                ReportedTime.around(OffsetDateTime.parse("2024-01-26T21:15:00+02:00"))
                    .withAnchor(TimeAnchor.PUBLICATION)
                    .withPhrase("around 21:15 on Friday"))
            .location(
                Location.builder()
                    .name("Dnipro")
                    .country("UA")
                    .admin1(AdminArea.of("Dnipropetrovsk region", "UA-12"))
                    .precision(GeoPrecision.TOWN)
                    .build())
            .addMeans(Means.MISSILE)
            .outcome(IncidentOutcome.IMPACT)
            .addSite(Site.of(SiteKind.RESIDENTIAL_BUILDING, "a residential building").withRole(SiteRole.HIT))
            .addCasualty(
                Casualty.builder()
                    .id(CasualtyId.of("dnipro-killed"))
                    .outcome(CasualtyOutcome.KILLED)
                    .population(PopulationGroup.CIVILIAN)
                    .count(Estimate.exactly(5).withPhrase("five people"))
                    .addBreakdown(CasualtyGroup.of(Demographic.CHILD, Estimate.exactly(2)))
                    .claim(GOVERNOR)
                    .build())
            .addCasualty(
                Casualty.builder()
                    .id(CasualtyId.of("dnipro-injured"))
                    .outcome(CasualtyOutcome.INJURED)
                    .population(PopulationGroup.CIVILIAN)
                    .count(Estimate.atLeast(12))
                    .condition(CasualtyCondition.HOSPITALISED)
                    .addCauses(InjuryCause.GLASS, InjuryCause.DEBRIS)
                    .claim(GOVERNOR)
                    .build())
            .addCasualty(
                Casualty.builder()
                    .id(CasualtyId.of("dnipro-injured-village"))
                    .outcome(CasualtyOutcome.INJURED)
                    .population(PopulationGroup.CIVILIAN)
                    .count(Estimate.exactly(2))
                    .location(
                        Location.builder()
                            .description("a nearby village")
                            .country("UA")
                            .admin1(AdminArea.of("Dnipropetrovsk region", "UA-12"))
                            .relativeTo(RelativePosition.of("Dnipro"))
                            .precision(GeoPrecision.NEAR)
                            .build())
                    .claim(GOVERNOR)
                    .build())
            .addClaim(GOVERNOR)
            .build();
    Claim governor =
        Claim.builder()
            .id(GOVERNOR)
            .source(
                Actor.builder()
                    .name("Serhiy Lysak")
                    .kind(ActorKind.PERSON)
                    .role("governor of the Dnipropetrovsk region")
                    .build())
            .channel(Channel.of(ChannelKind.MESSAGING_APP, "Telegram"))
            .statement("Five people were killed, two of them children, and at least 12 injured.")
            .kind(ClaimKind.CASUALTY_FIGURE)
            .verification(VerificationStatus.UNVERIFIED)
            .addAboutIncident(strike.id())
            .build();
    return Report.builder()
        .id(ReportId.of("dnipro-2024-01-27"))
        .publishedAt(OffsetDateTime.parse("2024-01-27T07:00:00+02:00"))
        .addIncident(strike)
        .addClaim(governor)
        .build();
  }

  /** An ACLED-style row: UKR123456, 2023-09-07, time_precision 1, Explosions/Remote violence. */
  static Incident acledRow() {
    return Incident.builder()
        .id(IncidentId.of("acled-UKR123456"))
        .type(IncidentType.fromAcled("Explosions/Remote violence", "Shelling/artillery/missile attack"))
        .time(ReportedTime.fromAcled(LocalDate.of(2023, 9, 6), 1))
        .location(
            Location.builder()
                .name("Kostiantynivka")
                .country("UA")
                .admin1(AdminArea.of("Donetsk", "UA-14"))
                .admin2(AdminArea.builder().name("Kramatorskyi").build())
                .admin3(AdminArea.builder().name("Kostiantynivska").build())
                .point(GeoPoint.of(48.5277, 37.7069))
                .precision(GeoPrecision.fromAcledGeoPrecision(1))
                .build())
        .outcome(IncidentOutcome.IMPACT)
        .addParty(
            Party.of(Actor.of("Military Forces of Russia (2000-)", ActorKind.ARMED_FORCES), PartyRole.PERPETRATOR)
                .withSide(DyadSide.SIDE_A))
        .addParty(
            Party.of(Actor.of("Civilians (Ukraine)", ActorKind.of("civilians")), PartyRole.TARGET)
                .withSide(DyadSide.SIDE_B))
        .addCasualty(
            Casualty.builder()
                .id(CasualtyId.of("acled-UKR123456-fatalities"))
                .outcome(CasualtyOutcome.KILLED)
                .population(PopulationGroup.UNKNOWN)
                .count(Estimate.exactly(17))
                .build())
        .addRecord(
            DatasetRecord.builder()
                .scheme(DatasetScheme.ACLED)
                .id("UKR123456")
                .updatedAt(OffsetDateTime.parse("2023-09-12T08:14:03Z"))
                .build())
        .acled(
            AcledCoding.builder()
                .addDisorderType(DisorderType.POLITICAL_VIOLENCE)
                .civilianTargeting(true)
                .sourceScale("National-International")
                .build())
        .build();
  }

  /** A UCDP GED-style row: id 487361, type_of_violence 1, date_prec 2, where_prec 5, deaths by side. */
  static Incident ucdpRow() {
    return Incident.builder()
        .id(IncidentId.of("ucdp-487361"))
        .type(IncidentType.ARMED_CLASH)
        .violenceType(ViolenceType.fromUcdpTypeOfViolence(1))
        .time(ReportedTime.fromUcdp(LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 7), 2))
        .location(
            Location.builder()
                .name("eastern Ukraine")
                .country("UA")
                .precision(GeoPrecision.fromUcdpWherePrecision(5))
                .build())
        .outcome(IncidentOutcome.UNKNOWN)
        .addParty(Party.of(Actor.of("Government of Russia (Soviet Union)", ActorKind.STATE), PartyRole.UNKNOWN).withSide(DyadSide.SIDE_A))
        .addParty(Party.of(Actor.of("Government of Ukraine", ActorKind.STATE), PartyRole.UNKNOWN).withSide(DyadSide.SIDE_B))
        .addCasualty(
            Casualty.builder()
                .id(CasualtyId.of("ucdp-487361-deaths-a"))
                .outcome(CasualtyOutcome.KILLED)
                .population(PopulationGroup.MILITARY)
                .side(DyadSide.SIDE_A)
                .count(Estimate.exactly(12))
                .build())
        .addCasualty(
            Casualty.builder()
                .id(CasualtyId.of("ucdp-487361-deaths-b"))
                .outcome(CasualtyOutcome.KILLED)
                .population(PopulationGroup.MILITARY)
                .side(DyadSide.SIDE_B)
                .count(Estimate.exactly(9))
                .build())
        .addCasualty(
            Casualty.builder()
                .id(CasualtyId.of("ucdp-487361-deaths-civilians"))
                .outcome(CasualtyOutcome.KILLED)
                .population(PopulationGroup.CIVILIAN)
                .count(Estimate.exactly(0))
                .build())
        .addRecord(DatasetRecord.of(DatasetScheme.UCDP_GED, "487361"))
        .ucdp(
            UcdpCoding.builder()
                .conflictId(13243)
                .dyadId(15839)
                .eventClarity(EventClarity.fromUcdpEventClarity(1))
                .codeStatus("Clear")
                .numberOfSources(3)
                .build())
        .build();
  }

  @Test
  void aMixedWaveSaysPerWeaponWhatWasLaunchedStoppedAndHitAndWhatEachSiteWas() {
    Incident wave = wave().incidents().get(0);
    assertThat(wave.engagements()).hasSize(2);
    assertThat(wave.engagements().get(0).stopped().flatMap(e -> java.util.Optional.of(e.best().getAsLong()))).contains(44L);
    assertThat(wave.engagements().get(1).stoppedShare()).contains(Proportion.ALL);
    assertThat(wave.engagements().get(0).means().isA(Means.DRONE)).isTrue();
    assertThat(wave.perpetrators()).extracting(Actor::name).containsExactly("Russia");
    assertThat(wave.sites()).extracting(s -> s.role().orElseThrow())
        .containsExactly(SiteRole.DEBRIS, SiteRole.TARGET, SiteRole.HIT);
    assertThat(wave().publishedOn()).contains(LocalDate.of(2024, 3, 3));
  }

  @Test
  void aFigureSplitIntoSubGroupsKeepsTheTotalAndItsPartsApart() {
    Incident strike = strike().incidents().get(0);
    Casualty killed = strike.casualties().get(0);
    assertThat(killed.count().best()).hasValue(5);
    assertThat(killed.breakdown()).singleElement().satisfies(g -> {
      assertThat(g.group()).isEqualTo(Demographic.CHILD);
      assertThat(g.count().best()).hasValue(2);
    });
    assertThat(strike.casualties().get(1).causes()).containsExactly(InjuryCause.GLASS, InjuryCause.DEBRIS);
    assertThat(strike.casualties().get(2).location().flatMap(Location::name)).isEmpty();
    assertThat(strike.time().orElseThrow().precision()).isEqualTo(TimePrecision.APPROXIMATE_TIME);
  }

  @Test
  void anAcledRowAndAUcdpRowKeepEveryCodedColumnTyped() {
    Incident acled = acledRow();
    assertThat(acled.type()).isEqualTo(IncidentType.SHELLING_OR_MISSILE_ATTACK);
    assertThat(List.of(acled.type().acledEventType().orElseThrow(), acled.type().acledSubEventType().orElseThrow()))
        .containsExactly("Explosions/Remote violence", "Shelling/artillery/missile attack");
    assertThat(acled.location().orElseThrow().precision().acledGeoPrecision()).isEqualTo(1);
    assertThat(acled.time().orElseThrow().precision().acledTimePrecision()).isEqualTo(1);
    assertThat(acled.records().get(0).id()).isEqualTo("UKR123456");
    assertThat(acled.acled().orElseThrow().civilianTargeting()).isTrue();

    Incident ucdp = ucdpRow();
    assertThat(ucdp.violenceType().orElseThrow().ucdpCode()).isEqualTo(1);
    assertThat(ucdp.time().orElseThrow().precision().ucdpDatePrecision()).isEqualTo(2);
    assertThat(ucdp.location().orElseThrow().precision().ucdpWherePrecision()).isEqualTo(5);
    assertThat(ucdp.casualties().stream().filter(c -> c.side().isPresent())
            .collect(Collectors.toMap(c -> c.side().get(), c -> c.count().best().getAsLong())))
        .containsEntry(DyadSide.SIDE_A, 12L)
        .containsEntry(DyadSide.SIDE_B, 9L);
    assertThat(ucdp.ucdp().orElseThrow().conflictId()).hasValue(13243);
  }

  @Test
  void noFreeTextOrExtensionCarriesAFactThatHasAField() {
    List<Incident> all = List.of(wave().incidents().get(0), strike().incidents().get(0), acledRow(), ucdpRow());
    for (Incident i : all) {
      assertThat(i.summary()).as(i.id().value()).isEmpty();
      assertThat(i.extensions()).isEmpty();
      i.location().ifPresent(l -> assertThat(l.description()).isEmpty());
      i.casualties().forEach(c -> c.location().ifPresent(l -> assertThat(l.description()).hasValue("a nearby village")));
    }
  }
}
