package org.sitrep.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.sitrep.Actor;
import org.sitrep.ActorKind;
import org.sitrep.AdminArea;
import org.sitrep.AidCategory;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.AidPackageId;
import org.sitrep.Casualty;
import org.sitrep.CasualtyId;
import org.sitrep.CasualtyOutcome;
import org.sitrep.Channel;
import org.sitrep.ChannelKind;
import org.sitrep.Claim;
import org.sitrep.ClaimId;
import org.sitrep.ClaimKind;
import org.sitrep.Damage;
import org.sitrep.DamageKind;
import org.sitrep.DeFactoControl;
import org.sitrep.EmbeddedPost;
import org.sitrep.Estimate;
import org.sitrep.EstimateQualifier;
import org.sitrep.GazetteerRef;
import org.sitrep.GazetteerScheme;
import org.sitrep.GeoPoint;
import org.sitrep.Identifier;
import org.sitrep.Incident;
import org.sitrep.IncidentId;
import org.sitrep.IncidentOutcome;
import org.sitrep.IncidentType;
import org.sitrep.ItemCategory;
import org.sitrep.Location;
import org.sitrep.Means;
import org.sitrep.MonetaryValue;
import org.sitrep.Money;
import org.sitrep.PlaceName;
import org.sitrep.PopulationGroup;
import org.sitrep.PostId;
import org.sitrep.Report;
import org.sitrep.ReportId;
import org.sitrep.ReportedTime;
import org.sitrep.Site;
import org.sitrep.SiteKind;
import org.sitrep.Vocabulary;

/**
 * Every generator yields only valid values. Each property takes a generated value through
 * {@code @ForAll} (so the registered provider is tested too), copies it with an extension (which
 * runs the model's validation again), and checks the rules that concern it independently of the
 * model's own checks.
 */
class SitrepArbitrariesPropertiesTest {
  private static final Map<String, String> PROBE = Map.of("x_probe", "1");
  private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

  // ---- the six main types

  @Property(tries = 1000)
  void reports_haveUniqueIds_andEveryReferenceResolves(@ForAll Report report) {
    assertThat(report.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(report);

    List<String> ids = new ArrayList<>();
    report.posts().forEach(p -> ids.add(p.id().value()));
    report
        .incidents()
        .forEach(
            i -> {
              ids.add(i.id().value());
              i.casualties().forEach(c -> ids.add(c.id().value()));
            });
    report.claims().forEach(c -> ids.add(c.id().value()));
    report.aidPackages().forEach(p -> ids.add(p.id().value()));
    assertThat(ids).doesNotHaveDuplicates();

    Set<String> known = new HashSet<>(ids);
    List<Identifier> references = new ArrayList<>();
    for (Incident incident : report.incidents()) {
      references.addAll(incident.claims());
      incident.casualties().forEach(c -> c.claim().ifPresent(references::add));
      incident
          .location()
          .flatMap(Location::control)
          .flatMap(DeFactoControl::claim)
          .ifPresent(references::add);
    }
    for (Claim claim : report.claims()) {
      references.addAll(claim.aboutIncidents());
      references.addAll(claim.aboutCasualties());
      references.addAll(claim.aboutAidPackages());
      claim.post().ifPresent(references::add);
    }
    for (AidPackage aid : report.aidPackages()) {
      references.addAll(aid.related());
      references.addAll(aid.claims());
      assertThat(aid.related()).doesNotContain(aid.id());
    }
    assertThat(references).allSatisfy(r -> assertThat(known).contains(r.value()));
    assertThat(report.schemaVersion()).startsWith("1.");
    if (report.publishedAt().isPresent() && report.retrievedAt().isPresent()) {
      assertThat(report.retrievedAt().get()).isAfterOrEqualTo(report.publishedAt().get());
    }
    report.url().ifPresent(SitrepArbitrariesPropertiesTest::assertHttpUrl);
    report.headline().ifPresent(SitrepArbitrariesPropertiesTest::assertText);
  }

  @Property(tries = 1000)
  void incidents_areValid(@ForAll Incident incident) {
    assertThat(incident.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(incident);
    assertThat(incident.means()).doesNotHaveDuplicates();
    assertThat(incident.claims()).doesNotHaveDuplicates();
    assertThat(incident.casualties().stream().map(Casualty::id)).doesNotHaveDuplicates();
    incident.summary().ifPresent(SitrepArbitrariesPropertiesTest::assertText);
  }

  @Property(tries = 1000)
  void claims_haveAStatementOrAQuote(@ForAll Claim claim) {
    assertThat(claim.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(claim);
    assertThat(claim.statement().isPresent() || claim.quote().isPresent()).isTrue();
    claim.statement().ifPresent(SitrepArbitrariesPropertiesTest::assertText);
    claim.quote().ifPresent(SitrepArbitrariesPropertiesTest::assertText);
  }

  @Property(tries = 1000)
  void locations_keepTheirAreasInTheirCountry(@ForAll Location location) {
    assertThat(location.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(location);
    location.name().ifPresent(SitrepArbitrariesPropertiesTest::assertText);
    location.country().ifPresent(c -> assertThat(COUNTRIES).contains(c));
    Stream.of(location.admin1(), location.admin2())
        .flatMap(Optional::stream)
        .flatMap(a -> a.isoCode().stream())
        .forEach(code -> assertThat(code).startsWith(location.country().orElseThrow() + "-"));
    assertThat(location.alternateNames()).doesNotHaveDuplicates();
    assertThat(location.gazetteerIds()).doesNotHaveDuplicates();
  }

  @Property(tries = 1000)
  void casualties_areValid(@ForAll Casualty casualty) {
    assertThat(casualty.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(casualty);
    assertOrdered(casualty.count());
  }

  @Property(tries = 1000)
  void aidPackages_areNeverRelatedToThemselves(@ForAll AidPackage aid) {
    assertThat(aid.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(aid);
    assertThat(aid.related()).doesNotContain(aid.id()).doesNotHaveDuplicates();
    assertThat(aid.claims()).doesNotHaveDuplicates();
  }

  // ---- value types

  @Property(tries = 1000)
  void estimates_areOrdered_andObeyTheirQualifier(@ForAll Estimate e) {
    assertThat(e.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(e);
    assertOrdered(e);
    switch (e.qualifier()) {
      case EXACT:
        assertThat(e.low()).isEqualTo(e.best()).isEqualTo(e.high()).isPresent();
        break;
      case AT_LEAST:
        assertThat(e.low()).isPresent();
        assertThat(e.high()).isEmpty();
        break;
      case MORE_THAN:
        assertThat(e.low()).isPresent();
        assertThat(e.high()).isEmpty();
        break;
      case AT_MOST:
      case FEWER_THAN:
        assertThat(e.high()).isPresent();
        assertThat(e.low()).isEmpty();
        break;
      case APPROXIMATELY:
        assertThat(e.best()).isPresent();
        break;
      case RANGE:
        assertThat(e.low()).isPresent();
        assertThat(e.high()).isPresent();
        break;
      case UNSPECIFIED:
        assertThat(e.phrase()).isPresent();
        break;
    }
    e.phrase().ifPresent(SitrepArbitrariesPropertiesTest::assertText);
  }

  @Property(tries = 1000)
  void reportedTimes_spanNoMoreThanTheirPrecisionAllows(@ForAll ReportedTime t) {
    assertThat(t.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(t);
    long days = ChronoUnit.DAYS.between(t.start(), t.end()) + 1;
    int max;
    switch (t.precision()) {
      case PART_OF_DAY:
        max = 2;
        break;
      case FEW_DAYS:
        max = 6;
        break;
      case WEEK:
        max = 7;
        break;
      case MONTH:
        max = 31;
        break;
      case SEASON:
        max = 92;
        break;
      case YEAR:
        max = 366;
        break;
      default:
        max = 1;
    }
    assertThat(days).isBetween(1L, (long) max);
    assertThat(t.instant().isPresent())
        .isEqualTo(
            t.precision() == org.sitrep.TimePrecision.EXACT_TIME
                || t.precision() == org.sitrep.TimePrecision.APPROXIMATE_TIME);
    t.instant().ifPresent(i -> assertThat(i.toLocalDate()).isEqualTo(t.start()));
  }

  @Property(tries = 1000)
  void money_isNonNegativeDecimal(@ForAll Money money) {
    assertThat(money.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(money);
    assertThat(money.amount().signum()).isNotNegative();
    assertThat(money.amount().scale()).isNotNegative();
  }

  @Property(tries = 1000)
  void monetaryValues_haveOneAmountPerCurrency(@ForAll MonetaryValue value) {
    assertThat(value.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(value);
    assertThat(value.qualifier()).isNotIn(EstimateQualifier.RANGE, EstimateQualifier.UNSPECIFIED);
    List<Object> currencies = new ArrayList<>();
    currencies.add(value.amount().currency());
    value.equivalents().forEach(m -> currencies.add(m.currency()));
    assertThat(currencies).doesNotHaveDuplicates();
  }

  @Property(tries = 1000)
  void geoPoints_areOnEarth(@ForAll GeoPoint point) {
    assertThat(point.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(point);
    assertThat(point.latitude()).isBetween(-90.0, 90.0);
    assertThat(point.longitude()).isBetween(-180.0, 180.0);
  }

  @Property(tries = 1000)
  void actors_areValid(@ForAll Actor actor) {
    assertThat(actor.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(actor);
    assertText(actor.name());
    actor.country().ifPresent(c -> assertThat(COUNTRIES).contains(c));
    actor.handle().ifPresent(h -> assertThat(h).doesNotContainAnyWhitespaces().isNotEmpty());
    actor.url().ifPresent(SitrepArbitrariesPropertiesTest::assertHttpUrl);
  }

  @Property(tries = 1000)
  void adminAreas_areValid(@ForAll AdminArea area) {
    assertThat(area.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(area);
    area.isoCode().ifPresent(c -> assertThat(COUNTRIES).contains(c.substring(0, 2)));
  }

  @Property(tries = 1000)
  void placeNames_areValid(@ForAll PlaceName name) {
    assertThat(name.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(name);
    assertText(name.name());
    name.language().ifPresent(tag -> assertThat(tag).isNotEqualTo("und").isNotEmpty());
  }

  @Property(tries = 1000)
  void deFactoControls_areValid(@ForAll DeFactoControl control) {
    assertThat(control.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(control);
  }

  @Property(tries = 1000)
  void gazetteerRefs_areValid(@ForAll GazetteerRef ref) {
    assertThat(ref.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(ref);
    assertThat(ref.id()).doesNotContainAnyWhitespaces();
  }

  @Property(tries = 1000)
  void channels_areValid(@ForAll Channel channel) {
    assertThat(channel.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(channel);
    channel.url().ifPresent(SitrepArbitrariesPropertiesTest::assertHttpUrl);
  }

  @Property(tries = 1000)
  void sitesDamageAndItems_areValid(
      @ForAll Site site, @ForAll Damage damage, @ForAll AidItem item) {
    assertThat(site.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(site);
    assertThat(damage.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(damage);
    assertThat(item.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(item);
    assertText(damage.object());
    assertText(item.description());
  }

  @Property(tries = 1000)
  void embeddedPosts_linkOnlyToHttpUrls(@ForAll EmbeddedPost post) {
    assertThat(post.withExtensions(PROBE).withExtensions(Map.of())).isEqualTo(post);
    post.links().forEach(SitrepArbitrariesPropertiesTest::assertHttpUrl);
    post.url().ifPresent(SitrepArbitrariesPropertiesTest::assertHttpUrl);
  }

  @Property(tries = 1000)
  void ids_readBackAsTheSameId(
      @ForAll ReportId report,
      @ForAll IncidentId incident,
      @ForAll ClaimId claim,
      @ForAll CasualtyId casualty,
      @ForAll AidPackageId aid,
      @ForAll PostId post) {
    assertThat(ReportId.of(report.value())).isEqualTo(report);
    assertThat(IncidentId.of(incident.value())).isEqualTo(incident);
    assertThat(ClaimId.of(claim.value())).isEqualTo(claim);
    assertThat(CasualtyId.of(casualty.value())).isEqualTo(casualty);
    assertThat(AidPackageId.of(aid.value())).isEqualTo(aid);
    assertThat(PostId.of(post.value())).isEqualTo(post);
    assertThat(report.value().length()).isBetween(1, 128);
  }

  @Property(tries = 1000)
  void vocabularyTerms_readBackAsTheSameTerm(
      @ForAll IncidentType type,
      @ForAll Means means,
      @ForAll IncidentOutcome outcome,
      @ForAll ClaimKind claimKind,
      @ForAll ActorKind actorKind,
      @ForAll ChannelKind channelKind,
      @ForAll CasualtyOutcome casualtyOutcome,
      @ForAll PopulationGroup population) {
    assertThat(IncidentType.of(type.code())).isEqualTo(type);
    assertThat(Means.of(means.code())).isEqualTo(means);
    assertThat(IncidentOutcome.of(outcome.code())).isEqualTo(outcome);
    assertThat(ClaimKind.of(claimKind.code())).isEqualTo(claimKind);
    assertThat(ActorKind.of(actorKind.code())).isEqualTo(actorKind);
    assertThat(ChannelKind.of(channelKind.code())).isEqualTo(channelKind);
    assertThat(CasualtyOutcome.of(casualtyOutcome.code())).isEqualTo(casualtyOutcome);
    assertThat(PopulationGroup.of(population.code())).isEqualTo(population);
  }

  @Property(tries = 1000)
  void moreVocabularyTerms_readBackAsTheSameTerm(
      @ForAll AidCategory aidCategory,
      @ForAll ItemCategory itemCategory,
      @ForAll SiteKind siteKind,
      @ForAll DamageKind damageKind,
      @ForAll GazetteerScheme scheme) {
    List<Vocabulary> terms = List.of(aidCategory, itemCategory, siteKind, damageKind, scheme);
    List<Vocabulary> readBack =
        List.of(
            AidCategory.of(aidCategory.code()),
            ItemCategory.of(itemCategory.code()),
            SiteKind.of(siteKind.code()),
            DamageKind.of(damageKind.code()),
            GazetteerScheme.of(scheme.code()));
    assertThat(readBack).isEqualTo(terms);
  }

  // ---- helpers: the model's rules, restated independently

  private static void assertText(String text) {
    assertThat(text).isNotBlank().isEqualTo(text.strip());
  }

  private static void assertHttpUrl(URI url) {
    assertThat(url.isAbsolute()).isTrue();
    assertThat(url.getScheme()).isIn("http", "https");
    assertThat(url.getHost()).isNotEmpty();
  }

  private static void assertOrdered(Estimate e) {
    long low = e.low().orElse(0);
    long best = e.best().orElse(low);
    long high = e.high().orElse(Long.MAX_VALUE);
    assertThat(low).isNotNegative().isLessThanOrEqualTo(best);
    assertThat(best).isLessThanOrEqualTo(high);
  }
}
