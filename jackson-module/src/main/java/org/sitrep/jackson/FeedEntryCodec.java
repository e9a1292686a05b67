package org.sitrep.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.sitrep.FeedEntry;
import org.sitrep.Report;
import org.sitrep.Withdrawal;

/**
 * A {@link FeedEntry}: a report, or a withdrawal, told apart by the top-level {@code withdraws}
 * property that only a withdrawal has. JSON objects are unordered, so the property may come last:
 * the entry is buffered (its tokens, as the parser checked them against every limit) and then read
 * from the buffer by the report's or the withdrawal's codec, whose paths are the same as when
 * reading the document directly (the buffer has a root of its own; its errors are placed at the
 * entry's path and position in the document).
 */
final class FeedEntryCodec implements Codec<FeedEntry> {
  private static final String WITHDRAWS = "withdraws";

  private final Codec<Report> reports;
  private final Codec<Withdrawal> withdrawals;

  FeedEntryCodec(Codec<Report> reports, Codec<Withdrawal> withdrawals) {
    this.reports = reports;
    this.withdrawals = withdrawals;
  }

  @Override
  public FeedEntry read(JsonParser p, ReadMode mode) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME) {
      throw Codecs.wrongType(p, "an object (a report or a withdrawal)");
    }
    boolean withdrawal = false;
    String base = t == JsonToken.START_OBJECT ? JsonPaths.of(p) : JsonPaths.container(p);
    JsonLocation start = p.currentTokenLocation();
    try (TokenBuffer buffer = new TokenBuffer(p.getCodec(), false)) {
      int depth = 0;
      if (t == JsonToken.FIELD_NAME) {
        buffer.writeStartObject();
        depth = 1;
      }
      for (; t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && WITHDRAWS.equals(p.currentName())) {
          withdrawal = true;
        }
        buffer.copyCurrentEvent(p);
        if (depth == 0) {
          break;
        }
      }
      try (JsonParser replay = buffer.asParser(p.getCodec())) {
        replay.nextToken();
        return withdrawal
            ? FeedEntry.of(withdrawals.read(replay, mode))
            : FeedEntry.of(reports.read(replay, mode));
      } catch (SitrepJsonException e) {
        throw e.rebased(base, start);
      }
    }
  }

  @Override
  public void write(FeedEntry value, JsonGenerator g) throws IOException {
    if (value.report().isPresent()) {
      reports.write(value.report().get(), g);
    } else {
      withdrawals.write(value.withdrawal().orElseThrow(), g);
    }
  }
}
