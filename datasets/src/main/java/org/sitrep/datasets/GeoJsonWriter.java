package org.sitrep.datasets;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.sitrep.AdminArea;
import org.sitrep.GeoPoint;
import org.sitrep.GlobalId;
import org.sitrep.Incident;
import org.sitrep.IncidentType;
import org.sitrep.Location;
import org.sitrep.Report;
import org.sitrep.ReportedTime;

/**
 * Incidents as the Features of one RFC 7946 FeatureCollection, streamed (docs/datasets.md,
 * "GeoJSON"). Package-private: {@link GeoJson#writer(OutputStream)}.
 */
final class GeoJsonWriter implements DatasetWriter {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          // Characters beyond the BMP as their 4 UTF-8 bytes, not as escaped surrogate pairs.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private final JsonGenerator json;
  private boolean started;
  private boolean closed;

  GeoJsonWriter(OutputStream out) {
    try {
      this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void start() throws IOException {
    if (closed) {
      throw new IllegalStateException("the GeoJSON writer is closed");
    }
    if (!started) {
      started = true;
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
    }
  }

  @Override
  public void write(Report report) throws IOException {
    start();
    for (Incident incident : report.incidents()) {
      feature(new FlatIncident(report, incident));
    }
  }

  private void feature(FlatIncident f) throws IOException {
    Incident incident = f.incident;
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeStringField("id", f.id());
    Optional<Location> location = incident.location();
    Optional<GeoPoint> point = location.flatMap(Location::point);
    if (point.isPresent()) {
      json.writeObjectFieldStart("geometry");
      json.writeStringField("type", "Point");
      json.writeArrayFieldStart("coordinates");
      json.writeNumber(Fields.decimal(point.get().longitude()));
      json.writeNumber(Fields.decimal(point.get().latitude()));
      json.writeEndArray();
      json.writeEndObject();
    } else {
      json.writeNullField("geometry");
    }

    json.writeObjectFieldStart("properties");
    json.writeStringField("report_id", f.report.id().value());
    json.writeStringField("incident_id", incident.id().value());
    text("global_id", incident.globalId().map(GlobalId::value));
    IncidentType type = incident.type();
    json.writeStringField("type", type.code());
    text("acled_event_type", type.acledEventType());
    text("acled_sub_event_type", type.acledSubEventType());
    json.writeStringField("outcome", incident.outcome().code());
    Optional<ReportedTime> time = incident.time();
    text("time_start", time.map(t -> t.start().toString()));
    text("time_end", time.map(t -> t.end().toString()));
    text("time_precision", time.map(t -> FlatIncident.code(t.precision())));
    text("time_instant", time.flatMap(ReportedTime::instant)
        .map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format));
    text("location_name", location.flatMap(Location::name));
    text("country", f.country());
    text("country_name", f.countryName());
    admin("admin1", location.flatMap(Location::admin1));
    admin("admin2", location.flatMap(Location::admin2));
    admin("admin3", location.flatMap(Location::admin3));
    text("geo_precision", location.map(l -> FlatIncident.code(l.precision())));
    boolean others = false;
    for (OutcomeTotal t : f.totals) {
      if (t.outcome().isKnown()) {
        number(t.outcome().code(), t.figure());
        total(t.outcome().code() + "_", t);
      } else {
        others = true;
      }
    }
    if (others) {
      json.writeArrayFieldStart("other_casualties");
      for (OutcomeTotal t : f.totals) {
        if (!t.outcome().isKnown()) {
          json.writeStartObject();
          json.writeStringField("outcome", t.outcome().code());
          number("figure", t.figure());
          total("", t);
          json.writeEndObject();
        }
      }
      json.writeEndArray();
    }
    json.writeNumberField("claims_count", f.claims.size());
    strings("claim_ids", f.claimIds());
    strings("claim_sources", f.claimSources());
    strings("records", f.records());
    text("summary", incident.summary());
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The bounds, qualifier and number of figures of a total, each name with the prefix. */
  private void total(String prefix, OutcomeTotal t) throws IOException {
    number(prefix + "low", t.low());
    number(prefix + "best", t.best());
    number(prefix + "high", t.high());
    json.writeStringField(prefix + "qualifier", FlatIncident.code(t.qualifier()));
    json.writeNumberField(prefix + "figures", t.figures());
  }

  private void text(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private void number(String name, Optional<BigInteger> value) throws IOException {
    if (value.isPresent()) {
      json.writeFieldName(name);
      json.writeNumber(value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private void admin(String name, Optional<AdminArea> area) throws IOException {
    text(name, area.map(AdminArea::name));
    text(name + "_code", area.flatMap(AdminArea::isoCode));
  }

  private void strings(String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  @Override
  public void flush() throws IOException {
    json.flush();
  }

  /** Ends the FeatureCollection (an empty one if nothing was written) and closes the output. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      start();
      json.writeEndArray();
      json.writeEndObject();
    } finally {
      closed = true;
      json.close();
    }
  }
}
