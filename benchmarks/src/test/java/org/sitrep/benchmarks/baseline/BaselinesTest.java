package org.sitrep.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.benchmarks.BenchmarkInputs;
import org.sitrep.benchmarks.SitrepSide;
import org.sitrep.testing.EveryAttribute;

/**
 * The baselines bind Sitrep's JSON, as Sitrep writes it, completely: read and written back, a
 * document is the same JSON tree, so the benchmarks compare the same work. JSON trees appear here
 * only, never in a benchmark.
 */
class BaselinesTest {
  private static final JsonMapper MAPPER = Baselines.mapper();
  private static final ObjectMapper TREES = new ObjectMapper();

  static Stream<Arguments> documents() {
    List<Arguments> documents = new ArrayList<>();
    for (Class<?> type : List.of(Pojos.Report.class, Records.Report.class)) {
      documents.add(Arguments.of("seed report", BenchmarkInputs.seedReportJson(), type));
      documents.add(Arguments.of("every attribute", everyAttribute(), type));
    }
    return documents.stream();
  }

  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("documents")
  void readAndWrittenBackIsTheSameTree(String name, byte[] json, Class<?> type) throws IOException {
    Object bound = MAPPER.readerFor(type).readValue(json);

    byte[] written = MAPPER.writerFor(type).writeValueAsBytes(bound);

    assertThat(TREES.readTree(written))
        .as("%s, written back from %s:%n%s", name, type.getName(), utf8(written))
        .isEqualTo(TREES.readTree(json));
  }

  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("documents")
  void writtenInTheSameOrder(String name, byte[] json, Class<?> type) throws IOException {
    Object bound = MAPPER.readerFor(type).readValue(json);

    assertThat(MAPPER.writerFor(type).writeValueAsBytes(bound))
        .as("property order of %s", name)
        .isEqualTo(TREES.writeValueAsBytes(TREES.readTree(json)));
  }

  /** Every field of every baseline type is set by the every-attribute document at least once. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void everyAttributeSetsEveryField(Class<?> root) throws Exception {
    Object bound = MAPPER.readerFor(root).readValue(everyAttribute());
    Map<Class<?>, Set<String>> set = new HashMap<>();
    collectSet(bound, set);

    Set<Class<?>> types = new HashSet<>(List.of(root.getEnclosingClass().getDeclaredClasses()));
    assertThat(set.keySet()).containsExactlyInAnyOrderElementsOf(types);
    for (Class<?> type : types) {
      assertThat(set.get(type)).as("fields of %s set at least once", type.getName())
          .containsExactlyInAnyOrderElementsOf(fieldNames(type));
    }
  }

  static Stream<Class<?>> roots() {
    return Stream.of(Pojos.Report.class, Records.Report.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void anUnknownPropertyFailsTheRead(Class<?> root) throws IOException {
    ObjectNode report = (ObjectNode) TREES.readTree(BenchmarkInputs.seedReportJson());
    report.put("not_in_the_baseline", 1);
    byte[] json = TREES.writeValueAsBytes(report);

    assertThatThrownBy(() -> MAPPER.readerFor(root).readValue(json))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("not_in_the_baseline");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void everyIncidentOfTheFeedReadsAndWritesBackTheSame(Class<?> root) throws IOException {
    Class<?> incident =
        root.getEnclosingClass() == Pojos.class ? Pojos.Incident.class : Records.Incident.class;
    String[] lines = new String(BenchmarkInputs.incidentFeed(20), StandardCharsets.UTF_8).split("\n");

    for (String line : lines) {
      Object bound = MAPPER.readerFor(incident).readValue(line);
      JsonNode back = TREES.readTree(MAPPER.writerFor(incident).writeValueAsBytes(bound));
      assertThat(back).isEqualTo(TREES.readTree(line));
    }
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] everyAttribute() {
    return SitrepSide.write(EveryAttribute.report());
  }

  private static List<String> fieldNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        names.add(c.getName());
      }
    } else {
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          names.add(f.getName());
        }
      }
    }
    return names;
  }

  private static void collectSet(Object value, Map<Class<?>, Set<String>> set) throws Exception {
    if (value instanceof Collection<?> list) {
      for (Object item : list) {
        collectSet(item, set);
      }
      return;
    }
    Class<?> type = value.getClass();
    if (type.getEnclosingClass() != Pojos.class && type.getEnclosingClass() != Records.class) {
      return;
    }
    Set<String> names = set.computeIfAbsent(type, t -> new HashSet<>());
    for (String name : fieldNames(type)) {
      Object field =
          type.isRecord() ? type.getMethod(name).invoke(value) : type.getField(name).get(value);
      if (field != null) {
        names.add(name);
        collectSet(field, set);
      }
    }
  }
}
