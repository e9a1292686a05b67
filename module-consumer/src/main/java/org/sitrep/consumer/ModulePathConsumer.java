package org.sitrep.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.Report;
import org.sitrep.conformance.Corpus;
import org.sitrep.datasets.Acled;
import org.sitrep.datasets.DatasetReader;
import org.sitrep.datasets.DatasetWriter;
import org.sitrep.datasets.GeoJson;
import org.sitrep.jackson.SitrepJson;
import org.sitrep.schema.SitrepSchema;
import org.sitrep.testing.DatasetSamples;
import org.sitrep.testing.SeedArticle;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses each Sitrep module as an application on the module path does, and checks what only the
 * module path can show: the modules are named, the services are found through their descriptors,
 * resources are read from inside the modules, and the internal package stays closed. Prints one
 * line per check and exits with 1 if any failed.
 */
public final class ModulePathConsumer {
  private final List<String> failures = new ArrayList<>();
  private int checks;

  private ModulePathConsumer() {}

  /**
   * Runs the checks.
   *
   * @param args none
   * @throws Exception if a check cannot even run
   */
  public static void main(String[] args) throws Exception {
    ModulePathConsumer consumer = new ModulePathConsumer();
    consumer.run();
    if (!consumer.failures.isEmpty()) {
      System.out.println("module-path consumer: " + consumer.failures.size() + " of "
          + consumer.checks + " checks failed: " + consumer.failures);
      System.exit(1);
    }
    System.out.println("module-path consumer: " + consumer.checks + " checks passed (Java "
        + Runtime.version() + " in " + System.getProperty("java.home") + ", "
        + ModuleLayer.boot().modules().size() + " modules)");
  }

  private void run() throws Exception {
    Report seed = SeedArticle.report();

    // Every Sitrep module is a named module, not an automatic one.
    for (Class<?> type :
        List.of(Report.class, SitrepSchema.class, SitrepJson.class,
            org.sitrep.jackson3.SitrepJson.class, Corpus.class, SeedArticle.class,
            GeoJson.class)) {
      Module module = type.getModule();
      check(module.isNamed() && !module.getDescriptor().isAutomatic(),
          module + " is an explicit module");
    }

    // The facade: write and read back, validated again.
    String json = SitrepJson.strict().writeString(seed);
    check(SitrepJson.strict().read(json, Report.class).equals(seed),
        "sitrep-jackson writes and reads back the seed report");

    // The Jackson 2 module is found through the descriptor's provides, as a service.
    String found = new ObjectMapper().findAndRegisterModules().writeValueAsString(seed);
    check(found.equals(SitrepJson.tolerant().writeString(seed)),
        "ObjectMapper.findAndRegisterModules() finds the Sitrep module");

    // The Jackson 3 module likewise, and it writes the same bytes.
    String found3 = JsonMapper.builder().findAndAddModules().build().writeValueAsString(seed);
    check(found3.equals(found), "JsonMapper.builder().findAndAddModules() finds the Sitrep module");

    // Resources inside the modules: the conformance corpus and the JSON Schema (strict/ too).
    Corpus corpus = Corpus.v1_0();
    check(SitrepJson.strict().read(corpus.golden("seed-report").text(), Report.class).equals(seed),
        "the golden seed report, read from sitrep-conformance, is the seed article");
    Map<String, String> schemas = SitrepSchema.files();
    check(schemas.containsKey(SitrepSchema.STRICT_BASE_ID + "report.schema.json")
            && SitrepSchema.report().contains("\"$schema\""),
        "SitrepSchema reads its " + schemas.size() + " files from sitrep-wire");

    // The datasets: ACLED rows (sitrep-testing's sample, a resource of its module) in and out,
    // and GeoJSON out (FastCSV and Jackson's streaming core, both explicit modules).
    StringWriter acled = new StringWriter();
    try (DatasetReader rows = Acled.reader(new StringReader(DatasetSamples.acled()));
        DatasetWriter out = Acled.writer(acled)) {
      for (Report report : rows) {
        out.write(report);
      }
    }
    check(acled.toString().lines().count() == DatasetSamples.acled().lines().count(),
        "sitrep-datasets reads the ACLED sample and writes as many rows back");
    ByteArrayOutputStream geojson = new ByteArrayOutputStream();
    try (DatasetWriter out = GeoJson.writer(geojson)) {
      out.write(seed);
    }
    check(geojson.toString(StandardCharsets.UTF_8).contains("\"FeatureCollection\""),
        "sitrep-datasets writes the seed report as GeoJSON");

    // org.sitrep.internal is exported to the Sitrep modules only.
    Module core = Report.class.getModule();
    check(!core.isExported("org.sitrep.internal")
            && core.isExported("org.sitrep.internal", SitrepJson.class.getModule()),
        "org.sitrep.internal is exported to the bindings only");
    Method internal =
        Class.forName("org.sitrep.internal.Rules").getMethod("firstUnpairedSurrogate", String.class);
    boolean refused;
    try {
      internal.invoke(null, "x");
      refused = false;
    } catch (IllegalAccessException expected) {
      refused = true;
    }
    check(refused, "a user's module cannot call into org.sitrep.internal");
  }

  private void check(boolean ok, String what) {
    checks++;
    System.out.println((ok ? "ok   " : "FAIL ") + what);
    if (!ok) {
      failures.add(what);
    }
  }
}
