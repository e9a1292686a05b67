package org.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.sitrep.Casualty;
import org.sitrep.CasualtyOutcome;
import org.sitrep.EstimateQualifier;
import org.sitrep.Incident;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.testing.jqwik.SitrepArbitraries;

/**
 * Every row the UCDP writer writes from a generated report is one the UCDP reader takes, once its
 * id is one of UCDP's numbers (an incident that does not come from UCDP keeps its own id, which
 * the reader refuses): best is the sum of the deaths and lies between low and high, and year,
 * geom_wkt and priogrid_gid agree with what they are derived from. A row it refuses is one UCDP
 * cannot hold: no time, no place, deaths outside its UCDP coding's bounds or past a long.
 */
class UcdpWriterPropertiesTest {
  @Provide
  Arbitrary<Report> reports() {
    return SitrepArbitraries.reports();
  }

  @Property(tries = 300)
  void everyRowWrittenReadsBackWithItsTimePlaceSidesAndDeaths(@ForAll("reports") Report report)
      throws IOException {
    String written;
    try {
      written = UcdpTest.write(List.of(report), UcdpStyle.standard());
    } catch (DatasetException e) {
      assertThat(e.error().column()).hasValueSatisfying(
          c -> assertThat(c).isIn("time", "location", "casualties"));
      Incident refused = report.incidents().stream()
          .filter(i -> e.getMessage().contains("incident " + i.id() + ":"))
          .findFirst()
          .orElseThrow();
      Statistics.collect("refused: " + e.error().column().get());
      if (e.error().column().get().equals("time")) {
        assertThat(refused.time()).isEmpty();
      } else if (e.error().column().get().equals("location")) {
        assertThat(refused.location()).isEmpty();
      } else if (e.getMessage().contains("more than UCDP's numbers hold")) {
        assertThat(killedSum(refused)).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
      } else {
        assertThat(refused.ucdp()).isPresent();
      }
      return;
    }
    Statistics.collect(report.incidents().isEmpty() ? "no incidents" : "written");
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : UcdpTest.rows(written)) {
      rows.add(new ArrayList<>(row));
    }
    for (int r = 1; r < rows.size(); r++) {
      rows.get(r).set(0, Integer.toString(r));
    }
    List<RowError> errors = new ArrayList<>();
    List<Report> back;
    try (DatasetReader reader = Ucdp.reader(new StringReader(UcdpTest.csv(rows)), errors::add)) {
      back = reader.stream().collect(Collectors.toList());
    }
    assertThat(errors).isEmpty();
    assertThat(back).hasSameSizeAs(report.incidents());
    for (int k = 0; k < back.size(); k++) {
      Incident in = report.incidents().get(k);
      Incident out = back.get(k).incidents().get(0);
      assertThat(out.violenceType()).isEqualTo(in.violenceType());
      assertThat(out.time().orElseThrow().start()).isEqualTo(in.time().orElseThrow().start());
      assertThat(out.time().orElseThrow().end()).isEqualTo(in.time().orElseThrow().end());
      Location place = in.location().orElseThrow();
      assertThat(out.location().orElseThrow().precision().ucdpWherePrecision())
          .isEqualTo(place.precision().ucdpWherePrecision());
      assertThat(out.location().orElseThrow().point()).isEqualTo(place.point());
      assertThat(out.location().orElseThrow().name()).isEqualTo(place.name());
      List<Casualty> killed = in.currentCasualties().stream()
          .filter(c -> c.outcome().equals(CasualtyOutcome.KILLED))
          .collect(Collectors.toList());
      assertThat(out.casualties()).hasSize(killed.isEmpty() ? 0 : 4);
      long best = out.casualties().stream().mapToLong(c -> c.count().best().getAsLong()).sum();
      if (killed.stream().allMatch(c -> c.count().qualifier().equals(EstimateQualifier.EXACT))) {
        assertThat(best).isEqualTo(
            killed.stream().mapToLong(c -> c.count().best().getAsLong()).sum());
      }
    }
  }

  /** The largest of the sums the writer adds up (best, low, high) of an incident's killed. */
  private static BigInteger killedSum(Incident incident) {
    BigInteger best = BigInteger.ZERO;
    BigInteger low = BigInteger.ZERO;
    BigInteger high = BigInteger.ZERO;
    for (Casualty c : incident.currentCasualties()) {
      if (c.outcome().equals(CasualtyOutcome.KILLED)) {
        long n = Figures.number(c.count());
        best = best.add(BigInteger.valueOf(n));
        low = low.add(BigInteger.valueOf(Math.min(n, Figures.least(c.count()).orElse(n))));
        high = high.add(BigInteger.valueOf(Math.max(n, Figures.most(c.count()).orElse(n))));
      }
    }
    return best.max(low).max(high);
  }
}
