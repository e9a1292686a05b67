package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/wire-format.md documents every property of every type, in wire order. */
class WireFormatDocTest {
  private static final Pattern SECTION = Pattern.compile("^### (\\w+)$");
  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|");

  @Test
  void theDocumentListsEveryPropertyInWireOrder() throws Exception {
    Map<String, List<String>> documented = new LinkedHashMap<>();
    List<String> current = null;
    for (String line :
        Files.readAllLines(Path.of("../docs/wire-format.md"), StandardCharsets.UTF_8)) {
      Matcher section = SECTION.matcher(line);
      Matcher row = ROW.matcher(line);
      if (line.startsWith("## ")) {
        current = null;
      } else if (section.matches()) {
        current = new ArrayList<>();
        documented.put(section.group(1), current);
      } else if (row.lookingAt() && current != null) {
        current.add(row.group(1));
      }
    }
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (Codec<?> codec : CodecTable.ALL.values()) {
      if (codec instanceof ObjectCodec) {
        ObjectCodec<?> object = (ObjectCodec<?>) codec;
        actual.put(object.typeName(), object.propertyNames());
      }
    }
    assertThat(actual).hasSize(38);
    assertThat(documented).isEqualTo(actual);
  }

  @Test
  void wireNamesAreSnakeCaseOfJavaNames() {
    assertThat(JsonPaths.snake("aboutIncidents")).isEqualTo("about_incidents");
    assertThat(JsonPaths.snake("isoCode")).isEqualTo("iso_code");
    assertThat(JsonPaths.snake("admin1")).isEqualTo("admin1");
    assertThat(JsonPaths.wire("incidents[1].casualties[0].count"))
        .isEqualTo(".incidents[1].casualties[0].count");
    assertThat(JsonPaths.wire("aidPackages[0].related[2]"))
        .isEqualTo(".aid_packages[0].related[2]");
    assertThat(JsonPaths.wire("")).isEmpty();
    assertThat(JsonPaths.wire("[3]")).isEqualTo("[3]");
    assertThat(JsonPaths.wire("extensions.Odd name")).isEqualTo("['Odd name']");
  }
}
