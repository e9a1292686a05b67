package org.sitrep.jackson;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.Report;

/**
 * Measures how long {@code SitrepJson.strict().read} takes to refuse each hostile document of
 * {@link HostileDocuments}: a plain measurement, not a test (timings belong in the notes, not in
 * assertions). From the repository root, in a 256 MiB heap (see docs/decisions/0008-bounded-errors.md):
 *
 * <pre>
 * mvn -B -q -pl jackson-module -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/sitrep-cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp "jackson-module/target/test-classes:jackson-module/target/classes:$(cat /tmp/sitrep-cp.txt)" \
 *     org.sitrep.jackson.HostileDocumentsTiming
 * </pre>
 */
public final class HostileDocumentsTiming {
  private HostileDocumentsTiming() {}

  /**
   * @param args ignored
   * @throws Exception never expected
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("repeated references, one list", HostileDocuments.repeatedReferencesInOneList());
    docs.put("repeated references", HostileDocuments.repeatedReferences());
    docs.put("dangling references", HostileDocuments.danglingReferences());
    for (HostileDocuments.Broken b : HostileDocuments.Broken.values()) {
      docs.put("50,000 casualty figures, " + b, HostileDocuments.casualties(50_000, b));
    }
    System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
    for (Map.Entry<String, String> e : docs.entrySet()) {
      long best = Long.MAX_VALUE;
      long first = -1;
      String outcome = "";
      for (int run = 0; run < 7; run++) {
        long start = System.nanoTime();
        try {
          SitrepJson.strict().read(e.getValue(), Report.class);
          outcome = "accepted?!";
        } catch (SitrepJsonException x) {
          outcome =
              x.kind() + ", " + x.violations().size() + " kept + " + x.omitted()
                  + " omitted, message " + x.getMessage().length() + " chars";
        }
        long took = System.nanoTime() - start;
        first = first < 0 ? took : first;
        best = Math.min(best, took);
      }
      System.out.printf(
          "%-40s %,10d chars  first: %6.1f ms  best of 7: %6.1f ms  %s%n",
          e.getKey(), e.getValue().length(), first / 1e6, best / 1e6, outcome);
    }
  }
}
