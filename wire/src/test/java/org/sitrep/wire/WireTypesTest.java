package org.sitrep.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.Extensible;

/**
 * The definition and the model cannot drift apart: every attribute of every model type has a wire
 * property, and every wire property an attribute.
 */
class WireTypesTest {

  /**
   * The attributes of a model type as Immutables sees them: the no-argument accessors that its
   * generated {@code Immutable*} class implements (abstract accessors and {@code @Value.Default}
   * ones alike), but {@code extensions()}, which every binding carries as unknown properties.
   */
  static Set<String> attributes(Class<?> modelType) throws ClassNotFoundException {
    Class<?> generated =
        Class.forName(modelType.getPackageName() + ".Immutable" + modelType.getSimpleName());
    Set<String> names = new TreeSet<>();
    for (Method m : generated.getDeclaredMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && Modifier.isPublic(m.getModifiers())
          && !m.isSynthetic()
          && !m.isBridge()
          && overrides(m, modelType)
          && !m.getName().equals("extensions")) {
        names.add(m.getName());
      }
    }
    return names;
  }

  private static boolean overrides(Method m, Class<?> modelType) {
    try {
      Method declared = modelType.getMethod(m.getName());
      return declared.getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void everyModelAttributeHasAWirePropertyAndEveryPropertyAnAttribute() throws Exception {
    List<String> problems = new ArrayList<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      Set<String> attributes = attributes(type.javaType());
      Set<String> properties = new TreeSet<>();
      for (WireProperty<?, ?, ?> p : type.properties()) {
        properties.add(p.javaName());
      }
      for (String a : attributes) {
        if (!properties.contains(a)) {
          problems.add(
              type.name() + "." + a + "() has no wire property: add it to WireTypes."
                  + constantName(type.name()) + " in its accessor's position");
        }
      }
      for (String p : properties) {
        if (!attributes.contains(p)) {
          problems.add(
              "WireTypes." + constantName(type.name()) + " has a property '" + p
                  + "' but " + type.name() + " has no attribute " + p + "()");
        }
      }
    }
    assertThat(problems).as("wire definition vs model").isEmpty();
  }

  @Test
  void theAttributeScanSeesAbstractAndDefaultAccessorsButNotDerivedMethods() throws Exception {
    // Casualty.provisional() is a @Value.Default, Estimate.isZero() a derived final method.
    assertThat(attributes(org.sitrep.Casualty.class)).contains("provisional", "id", "asOf");
    assertThat(attributes(org.sitrep.Estimate.class))
        .containsExactlyInAnyOrder("low", "best", "high", "qualifier", "phrase");
    assertThat(attributes(org.sitrep.Report.class)).contains("schemaVersion");
  }

  @Test
  void everyExtensibleModelTypeIsAWireType() throws Exception {
    Set<String> model = new TreeSet<>();
    for (String name : modelTypeNames()) {
      Class<?> c = Class.forName("org.sitrep." + name);
      if (Extensible.class.isAssignableFrom(c) && c != Extensible.class) {
        model.add(name);
      }
    }
    Set<String> wire = new TreeSet<>();
    WireTypes.all().forEach(t -> wire.add(t.name()));
    assertThat(wire).isEqualTo(model).hasSize(38);
  }

  @Test
  void everyPublicValueConstantIsListed() throws Exception {
    List<Object> declared = new ArrayList<>();
    for (Field f : WireValues.class.getFields()) {
      if (f.getType() == WireValue.class && Modifier.isStatic(f.getModifiers())) {
        declared.add(f.get(null));
      }
    }
    assertThat(new ArrayList<Object>(WireValues.all())).containsExactlyInAnyOrderElementsOf(declared);
    List<Object> types = new ArrayList<>();
    for (Field f : WireTypes.class.getFields()) {
      if (f.getType() == WireType.class && Modifier.isStatic(f.getModifiers())) {
        types.add(f.get(null));
      }
    }
    assertThat(new ArrayList<Object>(WireTypes.all())).containsExactlyInAnyOrderElementsOf(types);
  }

  @Test
  void wireNamesAreSnakeCaseOfJavaNamesAndUniquePerType() {
    assertThat(WireNames.snake("aboutIncidents")).isEqualTo("about_incidents");
    assertThat(WireNames.snake("isoCode")).isEqualTo("iso_code");
    assertThat(WireNames.snake("admin1")).isEqualTo("admin1");
    for (WireType<?, ?> type : WireTypes.all()) {
      for (WireProperty<?, ?, ?> p : type.properties()) {
        assertThat(type.property(p.wireName()).map(Object.class::cast)).contains(p);
        assertThat(p.wireName()).isEqualTo(WireNames.snake(p.javaName()));
      }
    }
  }

  @Test
  void aTypeIsFoundByItsModelClassAndByItsGeneratedImplementation() throws Exception {
    assertThat(WireTypes.of(org.sitrep.Casualty.class)).contains(WireTypes.CASUALTY);
    assertThat(WireTypes.of(Class.forName("org.sitrep.ImmutableCasualty")))
        .contains(WireTypes.CASUALTY);
    assertThat(WireTypes.of(String.class)).isEmpty();
  }

  /** @return the simple names of the classes of the model's package, from sitrep-core's classes */
  private static List<String> modelTypeNames() throws Exception {
    java.nio.file.Path classes =
        java.nio.file.Path.of(Extensible.class.getProtectionDomain().getCodeSource().getLocation()
            .toURI());
    List<String> names = new ArrayList<>();
    if (java.nio.file.Files.isDirectory(classes)) {
      collect(classes.resolve("org/sitrep"), names);
    } else {
      try (var fs = java.nio.file.FileSystems.newFileSystem(classes)) {
        collect(fs.getPath("/org/sitrep"), names);
      }
    }
    return names;
  }

  private static void collect(java.nio.file.Path dir, List<String> names) throws Exception {
    List<String> files = new ArrayList<>();
    try (var listing = java.nio.file.Files.list(dir)) {
      listing.map(f -> f.getFileName().toString()).forEach(files::add);
    }
    for (String n : files) {
      // Immutables generates ImmutableX and the interface WithX beside each model type X; a model
      // type may itself start with "With" (Withdrawal), so WithX is skipped only when X exists.
      boolean generated =
          n.startsWith("Immutable") || n.startsWith("With") && files.contains(n.substring(4));
      if (n.endsWith(".class") && !n.contains("$") && !generated) {
        names.add(n.substring(0, n.length() - ".class".length()));
      }
    }
  }

  private static String constantName(String typeName) {
    return typeName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
