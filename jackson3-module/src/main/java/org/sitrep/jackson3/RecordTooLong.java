package org.sitrep.jackson3;

import java.io.IOException;

/**
 * A record of a feed in one JSON array is longer than {@link SitrepFeed#MAX_RECORD_LENGTH}: what
 * the feed's {@link org.sitrep.wire.framing.RecordLimitedInput} throws. Jackson 3 wraps it, as any
 * failure of the input, in a {@code JacksonIOException}; {@link SitrepJson#translate} unwraps it as
 * a {@link org.sitrep.wire.ReadFailure.Kind#LIMIT_EXCEEDED}, as sitrep-jackson reports it.
 */
final class RecordTooLong extends IOException {
  private static final long serialVersionUID = 1L;

  RecordTooLong(String message) {
    super(message);
  }
}
