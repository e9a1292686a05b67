package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import org.sitrep.wire.WireValue;
import org.sitrep.wire.WireValues;

/**
 * The table is the wire definition's, whole: every value and every kind of value has a Jackson 3
 * codec. A kind added to {@link WireValue.Kind} does not compile in {@link CodecTable} until it
 * has one; this test fails if the definition uses a value the table cannot interpret.
 */
class CodecTableTest {
  /** Every value of the definition: the listed ones and those of every property of every type. */
  private static List<WireValue<?>> everyValue() {
    List<WireValue<?>> values = new ArrayList<>(WireValues.all());
    for (WireType<?, ?> type : WireTypes.all()) {
      values.add(type.value());
      for (WireProperty<?, ?, ?> p : type.properties()) {
        values.add(p.value());
      }
    }
    return values;
  }

  @Test
  void everyValueOfTheDefinitionHasACodec() {
    for (WireValue<?> value : everyValue()) {
      assertThat(CodecTable.codec(value)).as(value.toString()).isNotNull();
    }
  }

  @Test
  void everyKindIsUsedByTheDefinitionAndSoInterpreted() {
    Set<WireValue.Kind> used = EnumSet.noneOf(WireValue.Kind.class);
    for (WireValue<?> value : everyValue()) {
      used.add(value.kind());
    }
    assertThat(used).containsExactlyInAnyOrder(WireValue.Kind.values());
  }

  @Test
  void aValueSharedByManyPropertiesHasOneCodec() {
    for (WireValue<?> value : everyValue()) {
      assertThat(CodecTable.codec(value)).isSameAs(CodecTable.codec(value));
    }
  }

  @Test
  void everyTypeOfTheDefinitionIsRegisteredAndFoundFromItsImplementation() {
    for (WireType<?, ?> type : WireTypes.all()) {
      assertThat(CodecTable.ALL).containsKey(type.javaType());
    }
    assertThat(CodecTable.<Object>find(org.sitrep.testing.SeedArticle.report().getClass()))
        .isSameAs(CodecTable.ALL.get(org.sitrep.Report.class));
    assertThat(CodecTable.<Object>find(String.class)).isNull();
  }
}
