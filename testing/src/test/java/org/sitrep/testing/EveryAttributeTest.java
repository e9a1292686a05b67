package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.Actor;
import org.sitrep.AdminArea;
import org.sitrep.AidItem;
import org.sitrep.AidPackage;
import org.sitrep.Casualty;
import org.sitrep.Channel;
import org.sitrep.Claim;
import org.sitrep.Damage;
import org.sitrep.DeFactoControl;
import org.sitrep.EmbeddedPost;
import org.sitrep.Estimate;
import org.sitrep.Extensible;
import org.sitrep.GazetteerRef;
import org.sitrep.GeoPoint;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.MonetaryValue;
import org.sitrep.Money;
import org.sitrep.PlaceName;
import org.sitrep.Report;
import org.sitrep.ReportedTime;
import org.sitrep.Site;

/**
 * By reflection on the model: each value of {@link EveryAttribute} sets every attribute of its
 * class (every public accessor the class declares, abstract or defaulted: no empty {@code
 * Optional}, no empty list, no defaulted boolean at its default), so an attribute added to a model
 * class without a value in the fixture fails here; and its report reaches every one of them.
 */
class EveryAttributeTest {
  /** {@code extensions()} is left empty: extensions come from documents, not from code. */
  private static final Set<String> LEFT_EMPTY = Set.of("extensions");

  /** Feed records of their own, never part of a report. */
  private static final Set<Class<?>> OUTSIDE_REPORTS = Set.of(org.sitrep.Withdrawal.class);

  static Map<Class<?>, Object> values() {
    Map<Class<?>, Object> values = new LinkedHashMap<>();
    values.put(Report.class, EveryAttribute.report());
    values.put(Incident.class, EveryAttribute.incident());
    values.put(Claim.class, EveryAttribute.claim());
    values.put(Location.class, EveryAttribute.location());
    values.put(Casualty.class, EveryAttribute.casualty());
    values.put(org.sitrep.CasualtyGroup.class, EveryAttribute.casualtyGroup());
    values.put(AidPackage.class, EveryAttribute.aidPackage());
    values.put(Estimate.class, EveryAttribute.estimate());
    values.put(ReportedTime.class, EveryAttribute.reportedTime());
    values.put(Money.class, EveryAttribute.money());
    values.put(MonetaryValue.class, EveryAttribute.monetaryValue());
    values.put(GeoPoint.class, EveryAttribute.geoPoint());
    values.put(Actor.class, EveryAttribute.actor());
    values.put(AdminArea.class, EveryAttribute.adminArea());
    values.put(PlaceName.class, EveryAttribute.placeName());
    values.put(DeFactoControl.class, EveryAttribute.deFactoControl());
    values.put(GazetteerRef.class, EveryAttribute.gazetteerRef());
    values.put(Channel.class, EveryAttribute.channel());
    values.put(org.sitrep.Party.class, EveryAttribute.party());
    values.put(org.sitrep.RelativePosition.class, EveryAttribute.relativePosition());
    values.put(org.sitrep.Engagement.class, EveryAttribute.engagement());
    values.put(org.sitrep.DatasetRecord.class, EveryAttribute.datasetRecord());
    values.put(org.sitrep.AcledCoding.class, EveryAttribute.acledCoding());
    values.put(org.sitrep.UcdpCoding.class, EveryAttribute.ucdpCoding());
    values.put(Site.class, EveryAttribute.site());
    values.put(Damage.class, EveryAttribute.damage());
    values.put(AidItem.class, EveryAttribute.aidItem());
    values.put(EmbeddedPost.class, EveryAttribute.embeddedPost());
    values.put(org.sitrep.IncidentLink.class, EveryAttribute.incidentLink());
    values.put(org.sitrep.Coding.class, EveryAttribute.coding());
    values.put(org.sitrep.Confidence.class, EveryAttribute.confidence());
    values.put(org.sitrep.Licence.class, EveryAttribute.licence());
    values.put(org.sitrep.Assessment.class, EveryAttribute.assessment());
    values.put(org.sitrep.ContentHash.class, EveryAttribute.contentHash());
    values.put(org.sitrep.Evidence.class, EveryAttribute.evidence());
    values.put(org.sitrep.Syndication.class, EveryAttribute.syndication());
    values.put(org.sitrep.Publication.class, EveryAttribute.publication());
    values.put(org.sitrep.Withdrawal.class, EveryAttribute.withdrawal());
    return values;
  }

  @Test
  void thereIsAValueOfEveryModelType() throws Exception {
    assertThat(values().keySet()).hasSize(38).containsExactlyInAnyOrderElementsOf(modelTypes());
  }

  @Test
  void everyValueSetsEveryAttributeOfItsClass() throws Throwable {
    List<String> unset = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<Class<?>, Object> e : values().entrySet()) {
      assertThat(e.getKey()).isAssignableFrom(e.getValue().getClass());
      List<Method> accessors = accessors(e.getKey());
      assertThat(accessors).as("accessors of %s", e.getKey().getSimpleName()).isNotEmpty();
      for (Method accessor : accessors) {
        checked++;
        String why = unsetBecause(e.getKey(), accessor, e.getValue());
        if (why != null) {
          unset.add(e.getKey().getSimpleName() + "." + accessor.getName() + "(): " + why);
        }
      }
    }
    assertThat(unset).as("attributes EveryAttribute leaves unset").isEmpty();
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void theReportHoldsEveryValueSoThatAWalkReachesEveryType() throws Exception {
    List<Object> reached = new ArrayList<>();
    walk(EveryAttribute.report(), reached);
    Set<Class<?>> types = new java.util.HashSet<>();
    for (Object value : reached) {
      types.add(modelType(value.getClass()));
    }
    Set<Class<?>> inReports = new java.util.HashSet<>(modelTypes());
    inReports.removeAll(OUTSIDE_REPORTS);
    assertThat(types).containsAll(inReports).doesNotContainAnyElementsOf(OUTSIDE_REPORTS);
    for (Map.Entry<Class<?>, Object> e : values().entrySet()) {
      if (OUTSIDE_REPORTS.contains(e.getKey())) {
        continue;
      }
      assertThat(reached).as("the report holds EveryAttribute's %s", e.getKey().getSimpleName())
          .contains(e.getValue());
    }
  }

  @Test
  void theValuesAreTheSameOnEveryCall() {
    assertThat(values()).isEqualTo(values());
    assertThat(EveryAttribute.report()).isEqualTo(EveryAttribute.report());
  }

  /** A check that would catch a missing accessor must see the accessors at all. */
  @Test
  void accessorsIncludeAbstractAndDefaultedOnes() throws Exception {
    assertThat(accessors(Casualty.class)).extracting(Method::getName)
        .contains("id", "count", "asOf", "provisional", "claim")
        .doesNotContain("extensions", "toString", "hashCode");
    assertThat(accessors(Report.class)).extracting(Method::getName)
        .contains("schemaVersion", "headline", "incidents");
  }

  /**
   * The attributes of a model class: its public, non-static accessors without parameters that are
   * abstract or that the generated {@code Immutable} class overrides ({@code @Value.Default}).
   */
  static List<Method> accessors(Class<?> type) throws ClassNotFoundException {
    Class<?> generated =
        Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || m.getParameterCount() > 0
          || m.isSynthetic() || m.isBridge() || LEFT_EMPTY.contains(m.getName())
          || isObjectMethod(m)) {
        continue;
      }
      if (Modifier.isAbstract(mod) || overrides(generated, m)) {
        accessors.add(m);
      }
    }
    accessors.sort(java.util.Comparator.comparing(Method::getName));
    return accessors;
  }

  private static boolean isObjectMethod(Method m) {
    try {
      Object.class.getMethod(m.getName());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean overrides(Class<?> generated, Method m) {
    try {
      return generated.getDeclaredMethod(m.getName()).getDeclaringClass() == generated;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** @return why the attribute is unset in the value, or null if it is set */
  private static String unsetBecause(Class<?> type, Method accessor, Object value)
      throws Throwable {
    Object v = accessor.invoke(value);
    if (v == null) {
      return "null";
    }
    if (v instanceof Optional<?> o && o.isEmpty()
        || v instanceof OptionalLong l && l.isEmpty()
        || v instanceof OptionalInt i && i.isEmpty()
        || v instanceof OptionalDouble d && d.isEmpty()) {
      return "empty";
    }
    if (v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()) {
      return "empty";
    }
    if (v instanceof Boolean b && !Modifier.isAbstract(accessor.getModifiers())) {
      Object byDefault = defaultOf(type, accessor, value);
      if (b.equals(byDefault)) {
        return "at its default, " + byDefault;
      }
    }
    return null;
  }

  /** The default of a {@code @Value.Default} attribute: the model class's own method body. */
  private static Object defaultOf(Class<?> type, Method accessor, Object value) throws Throwable {
    MethodHandle own =
        MethodHandles.privateLookupIn(type, MethodHandles.lookup())
            .findSpecial(
                type, accessor.getName(), MethodType.methodType(accessor.getReturnType()), type);
    return own.invoke(value);
  }

  /** Every value reachable from {@code value} through the accessors of the model classes. */
  private static void walk(Object value, List<Object> reached) throws Exception {
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        walk(o.get(), reached);
      }
    } else if (value instanceof Collection<?> c) {
      for (Object element : c) {
        walk(element, reached);
      }
    } else if (value instanceof Extensible) {
      reached.add(value);
      Class<?> type = modelType(value.getClass());
      for (Method accessor : accessors(type)) {
        try {
          walk(accessor.invoke(value), reached);
        } catch (InvocationTargetException e) {
          throw new AssertionError(e.getCause());
        }
      }
    }
  }

  private static Class<?> modelType(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }

  /** The public abstract classes of {@code org.sitrep} that implement {@link Extensible}. */
  static Set<Class<?>> modelTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path where = Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.list(where.resolve("org/sitrep"))) {
        files.map(p -> p.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        jar.stream().map(JarEntry::getName)
            .filter(n -> n.startsWith("org/sitrep/") && n.indexOf('/', "org/sitrep/".length()) < 0)
            .map(n -> n.substring("org/sitrep/".length()))
            .forEach(names::add);
      }
    }
    Set<Class<?>> types = new java.util.HashSet<>();
    for (String name : names) {
      if (!name.endsWith(".class") || name.contains("$") || name.startsWith("Immutable")) {
        continue;
      }
      Class<?> c = Class.forName("org.sitrep." + name.replace(".class", ""));
      if (Extensible.class.isAssignableFrom(c) && !c.isInterface()
          && Modifier.isPublic(c.getModifiers()) && Modifier.isAbstract(c.getModifiers())) {
        types.add(c);
      }
    }
    return types;
  }
}
