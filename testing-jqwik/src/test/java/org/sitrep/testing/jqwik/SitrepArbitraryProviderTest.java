package org.sitrep.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;

/** The provider covers the whole model, so that {@code @ForAll} works for any of its types. */
class SitrepArbitraryProviderTest {

  @Test
  void providesExactlyTheModelTypesReachableFromTheFeedRecords_exceptEnums() {
    // A feed carries reports and withdrawals; every model type is reachable from one of them.
    Set<Class<?>> reachable = new HashSet<>();
    collect(Report.class, reachable);
    collect(org.sitrep.Withdrawal.class, reachable);
    reachable.removeIf(Class::isEnum);

    assertThat(reachable).hasSizeGreaterThan(30);
    assertThat(SitrepArbitraryProvider.providedTypes()).isEqualTo(reachable);
  }

  /** Collects the model types that the accessors of {@code type} return, transitively. */
  private static void collect(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        collect(argument, seen);
      }
      return;
    }
    if (!(type instanceof Class<?>)) {
      return;
    }
    Class<?> c = (Class<?>) type;
    if (!c.getPackageName().equals("org.sitrep") || !seen.add(c)) {
      return;
    }
    for (Method m : c.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass().getPackageName().equals("org.sitrep")) {
        collect(m.getGenericReturnType(), seen);
      }
    }
  }
}
