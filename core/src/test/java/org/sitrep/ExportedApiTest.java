package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.internal.Violations;

/**
 * The exported API ({@code org.sitrep}) names only its own types and the JDK's in its signatures:
 * never a type of {@code org.sitrep.internal} (exported to Sitrep's modules only) or of a
 * compile-time-only dependency. This is the check javac's {@code -Xlint:exports} makes, which the
 * core compiles without: that lint also flags every Immutables annotation (see core/pom.xml).
 */
class ExportedApiTest {
  @Test
  void everyPublicSignatureNamesOnlyTheModelAndTheJdk() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).contains(Report.class, Estimate.class, Violation.class, GazetteerRef.class);
    Set<String> leaks = new TreeSet<>();
    for (Class<?> type : types) {
      leaks.addAll(leaks(type));
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theCheckFindsAnInternalTypeInASignature() {
    assertThat(leaks(Leaky.class))
        .containsExactly(Leaky.class.getName() + ".collector(): " + Violations.class.getName());
  }

  /** A type that leaks an internal type, to show the check can fail. */
  public static final class Leaky {
    private Leaky() {}

    /** @return a type of org.sitrep.internal, which users cannot read */
    public Violations collector() {
      return new Violations();
    }
  }

  /** Every public top-level or nested type of org.sitrep, from the compiled classes. */
  private static List<Class<?>> publicTypes()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = classes.resolve("org/sitrep");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.equals("package-info.class")) {
          continue;
        }
        Class<?> type =
            Class.forName(
                "org.sitrep." + name.substring(0, name.length() - 6),
                false,
                ExportedApiTest.class.getClassLoader());
        if (isVisible(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) && !Modifier.isProtected(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** "Type.member: the type it should not name" for each signature that names one. */
  private static Set<String> leaks(Class<?> type) {
    Set<String> leaks = new TreeSet<>();
    check(leaks, type.getName() + " extends", type.getGenericSuperclass());
    for (Type t : type.getGenericInterfaces()) {
      check(leaks, type.getName() + " implements", t);
    }
    Set<Member> members = new HashSet<>();
    members.addAll(List.of(type.getMethods()));
    members.addAll(List.of(type.getDeclaredMethods()));
    members.addAll(List.of(type.getDeclaredConstructors()));
    members.addAll(List.of(type.getDeclaredFields()));
    for (Member member : members) {
      int modifiers = member.getModifiers();
      if (!Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)) {
        continue;
      }
      if (member instanceof Method) {
        Method m = (Method) member;
        String where = type.getName() + "." + m.getName() + "()";
        check(leaks, where, m.getGenericReturnType());
        checkAll(leaks, where, m.getGenericParameterTypes());
        checkAll(leaks, where, m.getGenericExceptionTypes());
      } else if (member instanceof Constructor) {
        Constructor<?> c = (Constructor<?>) member;
        String where = type.getName() + ".<init>";
        checkAll(leaks, where, c.getGenericParameterTypes());
        checkAll(leaks, where, c.getGenericExceptionTypes());
      } else {
        Field f = (Field) member;
        check(leaks, type.getName() + "." + f.getName(), f.getGenericType());
      }
    }
    leaks.removeIf(leak -> leak.startsWith("?"));
    return leaks;
  }

  private static void checkAll(Set<String> leaks, String where, Type[] types) {
    for (Type t : types) {
      check(leaks, where, t);
    }
  }

  private static void check(Set<String> leaks, String where, Type type) {
    if (type == null) {
      return;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (!c.isPrimitive() && !isReadableByUsers(c.getPackageName())) {
        leaks.add(where + ": " + c.getName());
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      check(leaks, where, p.getRawType());
      checkAll(leaks, where, p.getActualTypeArguments());
    } else if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      checkAll(leaks, where, w.getUpperBounds());
      checkAll(leaks, where, w.getLowerBounds());
    } else if (type instanceof TypeVariable) {
      TypeVariable<?> v = (TypeVariable<?>) type;
      // T extends Comparable<T>: each variable's bounds once
      if (leaks.add("?" + v.getGenericDeclaration() + v.getName())) {
        checkAll(leaks, where, v.getBounds());
      }
    } else if (type instanceof GenericArrayType) {
      check(leaks, where, ((GenericArrayType) type).getGenericComponentType());
    }
  }

  /** The exported package and java.base's API, which every module reads. */
  private static boolean isReadableByUsers(String packageName) {
    return packageName.equals("org.sitrep")
        || Object.class.getModule().isExported(packageName);
  }
}
