package org.sitrep.jackson3;

import org.sitrep.FeedEntry;
import org.sitrep.Report;
import org.sitrep.Withdrawal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A {@link FeedEntry}: a report, or a withdrawal, told apart by the top-level {@code withdraws}
 * property that only a withdrawal has, as sitrep-jackson's codec of the same name does. JSON
 * objects are unordered, so the property may come last: the entry's tokens are buffered (as the
 * parser checked them against every limit) and read from the buffer, which has a root of its own,
 * by the report's or the withdrawal's codec; its errors are placed at the entry's path and position.
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
  public FeedEntry read(JsonParser p, ReadMode mode) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.PROPERTY_NAME) {
      throw Codecs.wrongType(p, "an object (a report or a withdrawal)");
    }
    boolean withdrawal = false;
    String base = t == JsonToken.START_OBJECT ? JsonPaths.of(p) : JsonPaths.container(p);
    TokenStreamLocation start = p.currentTokenLocation();
    try (TokenBuffer buffer = new TokenBuffer(ObjectWriteContext.empty(), false)) {
      int depth = 0;
      if (t == JsonToken.PROPERTY_NAME) {
        buffer.writeStartObject();
        depth = 1;
      }
      for (; t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME && depth == 1 && WITHDRAWS.equals(p.currentName())) {
          withdrawal = true;
        }
        buffer.copyCurrentEvent(p);
        if (depth == 0) {
          break;
        }
      }
      try (JsonParser replay = buffer.asParser(p.objectReadContext())) {
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
  public void write(FeedEntry value, JsonGenerator g) {
    if (value.report().isPresent()) {
      reports.write(value.report().get(), g);
    } else {
      withdrawals.write(value.withdrawal().orElseThrow(), g);
    }
  }
}
