package org.sitrep.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The mapper that binds both baselines. */
public final class Baselines {
  private Baselines() {}

  /**
   * A default {@code ObjectMapper} plus the minimum for {@code java.time} to round-trip as ISO-8601
   * text with the offsets as written: the JSR-310 module, dates as text rather than timestamps, no
   * adjusting to UTC. Everything else is left at Jackson's defaults, including
   * {@code FAIL_ON_UNKNOWN_PROPERTIES}, so a property the baseline does not mirror fails the read.
   *
   * @return a new mapper; callers keep it and reuse readers and writers made from it
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
  }
}
