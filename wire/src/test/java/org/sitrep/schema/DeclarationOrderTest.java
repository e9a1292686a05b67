package org.sitrep.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;

/**
 * The wire order is the declaration order of the model's accessors: each type's properties in
 * {@link WireTypes} come in the order the core's source declares their accessors.
 */
class DeclarationOrderTest {
  private static final Javadocs CORE = Javadocs.readCore();

  @Test
  void everyTypesPropertiesFollowTheDeclarationOrderOfItsAccessors() {
    List<String> problems = new ArrayList<>();
    for (WireType<?, ?> type : WireTypes.all()) {
      List<String> properties =
          type.properties().stream().map(WireProperty::javaName).collect(Collectors.toList());
      List<String> declared =
          CORE.declaredMethods(type.name()).stream()
              .filter(properties::contains)
              .collect(Collectors.toList());
      if (!declared.equals(properties)) {
        problems.add(
            type.name() + ": WireTypes has " + properties + ", the source declares " + declared);
      }
    }
    assertThat(problems).isEmpty();
  }
}
