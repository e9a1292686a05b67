package org.sitrep.examples;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The casualty figures of an admin area in {@link CasualtyTableExample}'s table: how many people
 * at least were killed and injured, by the lower bounds of the reported estimates ("up to 17"
 * counts 0, "at least 12" counts 12, "three to five" counts 3), and how many figures were added.
 *
 * @param killed people killed, at least
 * @param injured people injured, at least
 * @param figures casualty figures counted
 */
public record CasualtyFigures(long killed, long injured, int figures) {
  /** No figures: where the aggregation of an area starts. */
  public static final CasualtyFigures NONE = new CasualtyFigures(0, 0, 0);

  /**
   * @param other figures to add
   * @return the sum
   */
  public CasualtyFigures plus(CasualtyFigures other) {
    return new CasualtyFigures(
        killed + other.killed, injured + other.injured, figures + other.figures);
  }

  /**
   * @param other figures added before, now taken away (a report was replaced)
   * @return the difference
   */
  public CasualtyFigures minus(CasualtyFigures other) {
    return new CasualtyFigures(
        killed - other.killed, injured - other.injured, figures - other.figures);
  }

  /** @return {@code killed=12 injured=3 figures=2}, the form the Serde writes */
  @Override
  public String toString() {
    return "killed=" + killed + " injured=" + injured + " figures=" + figures;
  }

  /**
   * @param text what {@link #toString()} wrote
   * @return the figures
   * @throws IllegalArgumentException if {@code text} is not such a line
   */
  public static CasualtyFigures parse(String text) {
    String[] parts = text.split(" ");
    if (parts.length != 3
        || !parts[0].startsWith("killed=")
        || !parts[1].startsWith("injured=")
        || !parts[2].startsWith("figures=")) {
      throw new IllegalArgumentException("not casualty figures: '" + text + "'");
    }
    return new CasualtyFigures(
        Long.parseLong(parts[0].substring(7)),
        Long.parseLong(parts[1].substring(8)),
        Integer.parseInt(parts[2].substring(8)));
  }

  /** @return a Serde that writes the figures as the UTF-8 text of {@link #toString()} */
  public static Serde<CasualtyFigures> serde() {
    Serializer<CasualtyFigures> write =
        (topic, figures) ->
            figures == null ? null : figures.toString().getBytes(StandardCharsets.UTF_8);
    Deserializer<CasualtyFigures> read =
        (topic, bytes) -> {
          if (bytes == null) {
            return null;
          }
          try {
            return parse(new String(bytes, StandardCharsets.UTF_8));
          } catch (IllegalArgumentException e) {
            throw new SerializationException(e.getMessage(), e);
          }
        };
    return Serdes.serdeFrom(write, read);
  }
}
