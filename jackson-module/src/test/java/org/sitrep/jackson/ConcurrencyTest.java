package org.sitrep.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.Report;
import org.sitrep.testing.SeedArticle;

/** The facade and a shared mapper, used from several threads at once, give the same results. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 40;

  @Test
  void sharedInstancesAreSafeAcrossThreads() throws Exception {
    Report seed = SeedArticle.report();
    String golden = TestFiles.text("golden/seed-report.json");
    String newer = TestFiles.text("relay/newer-minor-version.json");
    String compact = SitrepJson.tolerant().writeString(seed);
    ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepModule());
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      tasks.add(
          () -> {
            start.await();
            int checked = 0;
            for (int i = 0; i < ROUNDS; i++) {
              SitrepJson json = (thread + i) % 2 == 0 ? SitrepJson.tolerant() : SitrepJson.strict();
              Report read = json.read(golden, Report.class);
              assertThat(read).isEqualTo(seed);
              assertThat(SitrepJson.tolerant().writePrettyString(read)).isEqualTo(golden);
              assertThat(mapper.writeValueAsString(mapper.readValue(compact, Report.class)))
                  .isEqualTo(compact);
              Report relayed = SitrepJson.tolerant().read(newer, Report.class);
              assertThat(SitrepJson.tolerant().writePrettyString(relayed)).isEqualTo(newer);
              checked++;
            }
            return checked;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> task : tasks) {
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(ROUNDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
