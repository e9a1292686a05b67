package org.sitrep.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sitrep.Extensible;
import org.sitrep.testing.EveryAttribute;

/**
 * Each property of the definition reads the accessor it is named after and writes the builder
 * method of that attribute: checked on a value of every type with every attribute set, so that a
 * property named {@code "low"} cannot read {@code high()} unnoticed.
 */
class WirePropertyAccessTest {

  @Test
  void everyPropertyReadsTheAccessorItIsNamedAfter() throws Exception {
    List<String> problems = new ArrayList<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      for (Object value : values(type)) {
        for (WireProperty<?, ?, ?> p : type.properties()) {
          Object expected = type.javaType().getMethod(p.javaName()).invoke(value);
          Object actual = read(p, value);
          if (!expected.equals(actual)) {
            problems.add(type.name() + "." + p.wireName() + " reads " + actual + ", not "
                + p.javaName() + "() = " + expected);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aValueRebuiltFromItsPropertiesThroughTheDefinitionIsEqual() throws Exception {
    for (WireType<?, ?> type : WireTypes.all()) {
      for (Object value : values(type)) {
        assertThat(rebuild(type, value)).as(type.name()).isEqualTo(value);
      }
    }
  }

  @Test
  void theValuesCheckedTellEveryTwoPropertiesOfATypeApart() throws Exception {
    List<String> alike = new ArrayList<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      List<Object> values = values(type);
      List<? extends WireProperty<?, ?, ?>> ps = type.properties();
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          boolean apart = false;
          for (Object value : values) {
            apart |= !read(ps.get(i), value).equals(read(ps.get(j), value));
          }
          if (!apart) {
            alike.add(type.name() + ": " + ps.get(i).wireName() + " = " + ps.get(j).wireName());
          }
        }
      }
    }
    assertThat(alike).as("a swapped getter would go unnoticed").isEmpty();
  }

  @Test
  void theFixtureGivesEveryPropertyAValue() throws Exception {
    for (WireType<?, ?> type : WireTypes.all()) {
      Object value = values(type).get(0);
      for (WireProperty<?, ?, ?> p : type.properties()) {
        Object v = read(p, value);
        assertThat(v)
            .as("%s.%s", type.name(), p.wireName())
            .isNotEqualTo(Optional.empty())
            .isNotEqualTo(OptionalLong.empty())
            .isNotEqualTo(List.of());
      }
    }
  }

  /**
   * The values checked for a type: {@link EveryAttribute}'s, and where two of its properties hold
   * equal values (an exact estimate's three bounds, an exact time's start and end) one more that
   * tells them apart.
   */
  private static List<Object> values(WireType<?, ?> type) throws Exception {
    String name = type.name();
    Method m =
        EveryAttribute.class.getMethod(Character.toLowerCase(name.charAt(0)) + name.substring(1));
    List<Object> values = new ArrayList<>();
    values.add(m.invoke(null));
    if (type == WireTypes.ESTIMATE) {
      values.add(
          org.sitrep.Estimate.builder()
              .low(20)
              .best(25)
              .high(30)
              .qualifier(org.sitrep.EstimateQualifier.RANGE)
              .phrase("between 20 and 30")
              .build());
    } else if (type == WireTypes.REPORTED_TIME) {
      values.add(
          org.sitrep.ReportedTime.builder()
              .start(java.time.LocalDate.of(2023, 9, 4))
              .end(java.time.LocalDate.of(2023, 9, 10))
              .precision(org.sitrep.TimePrecision.WEEK)
              .phrase("last week")
              .build());
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static <T, B, V> Object read(WireProperty<T, B, V> p, Object value) {
    T of = (T) value;
    switch (p.cardinality()) {
      case REQUIRED:
      case DEFAULTED:
        return p.get(of);
      case OPTIONAL:
        return p.isLong() ? p.findLong(of) : p.find(of);
      case LIST:
        return p.list(of);
      default:
        throw new AssertionError(p);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Extensible, B> T rebuild(WireType<T, B> type, Object value) {
    T of = (T) value;
    B builder = type.newBuilder();
    for (WireProperty<T, B, ?> p : type.properties()) {
      put(p, of, builder);
    }
    if (!of.extensions().isEmpty()) {
      type.putExtensions(builder, of.extensions());
    }
    return type.build(builder);
  }

  private static <T extends Extensible, B, V> void put(WireProperty<T, B, V> p, T of, B builder) {
    switch (p.cardinality()) {
      case REQUIRED:
      case DEFAULTED:
        p.set(builder, p.get(of));
        break;
      case OPTIONAL:
        if (p.isLong()) {
          p.findLong(of).ifPresent(v -> p.setLong(builder, v));
        } else {
          p.find(of).ifPresent(v -> p.set(builder, v));
        }
        break;
      case LIST:
        for (V v : p.list(of)) {
          p.set(builder, v);
        }
        break;
      default:
        throw new AssertionError(p);
    }
  }
}
