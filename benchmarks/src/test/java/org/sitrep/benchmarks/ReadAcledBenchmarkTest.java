package org.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;

class ReadAcledBenchmarkTest {
  @Test
  void bothSidesReadEveryRowOfTheSameTable() {
    ReadAcledBenchmark b = new ReadAcledBenchmark();
    b.setUp();
    List<Object> reports = new ArrayList<>();
    List<Object> maps = new ArrayList<>();
    assertThat(b.sitrep(reports::add)).isEqualTo(ReadAcledBenchmark.ROWS);
    assertThat(b.maps(maps::add)).isEqualTo(ReadAcledBenchmark.ROWS);
    Report last = (Report) reports.get(ReadAcledBenchmark.ROWS - 1);
    Map<?, ?> lastRow = (Map<?, ?>) maps.get(ReadAcledBenchmark.ROWS - 1);
    assertThat(last.id().value()).isEqualTo(lastRow.get("event_id_cnty"));
    assertThat(last.incidents().get(0).summary()).hasValue((String) lastRow.get("notes"));
  }
}
