package org.scopeplus.core.energy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.scopeplus.core.text.Sentence;

/**
 * Reads a meter timestamp: ISO 8601 with an offset or {@code Z} ({@code 2024-03-10T02:00-05:00}),
 * or a local time without one ({@code 2024-03-10 02:00}), read in the site's zone. A local time
 * that the zone skips (spring forward) does not exist; one it repeats (fall back) is ambiguous:
 * both are refused with the two ways to fix it, never guessed.
 */
public final class ReadingTimestamps {

  private ReadingTimestamps() {}

  /** A timestamp read, or why not. */
  public sealed interface Read {
    /** The instant the text names. */
    record At(Instant instant) implements Read {}

    /**
     * Not read, with a sentence for the user in English and as a key with its arguments ({@code
     * problem.timestamp.*}).
     */
    record Refused(String reason, Sentence sentence) implements Read {}
  }

  public static Read read(String text, ZoneId zone) {
    if (text == null || text.isBlank() || text.length() > 40) {
      return new Read.Refused(
          "give the interval's start, e.g. 2024-03-10T02:00+08:00",
          Sentence.of("problem.timestamp.missing"));
    }
    String t = text.strip().replace(' ', 'T');
    try {
      return year(OffsetDateTime.parse(t).toInstant(), text);
    } catch (DateTimeParseException e) {
      // no offset: a local time in the site's zone
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(t);
    } catch (DateTimeParseException e) {
      return new Read.Refused(
          "'"
              + text
              + "' is not a timestamp: write 2024-03-10T02:00+08:00 (with offset), 2024-03-10T02:00Z"
              + " (UTC) or 2024-03-10 02:00 (local time of the site)",
          Sentence.of("problem.timestamp.notTimestamp", text));
    }
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      return new Read.Refused(
          "local time "
              + text
              + " does not exist in "
              + zone
              + " (the clocks skip it when summer time starts): check the meter's clock, or give"
              + " timestamps with their offset",
          Sentence.of("problem.timestamp.skipped", text, zone.toString()));
    }
    if (offsets.size() > 1) {
      return new Read.Refused(
          "local time "
              + text
              + " happens twice in "
              + zone
              + " (the clocks go back): give timestamps with their offset ("
              + offsets.get(0)
              + " for the first, "
              + offsets.get(1)
              + " for the second) or in UTC",
          Sentence.of(
              "problem.timestamp.twice",
              text,
              zone.toString(),
              offsets.get(0).toString(),
              offsets.get(1).toString()));
    }
    try {
      return year(local.toInstant(offsets.get(0)), text);
    } catch (DateTimeException e) {
      return new Read.Refused(
          "'" + text + "' is out of range", Sentence.of("problem.timestamp.outOfRange", text));
    }
  }

  private static Read year(Instant i, String text) {
    int y = LocalDateTime.ofInstant(i, ZoneOffset.UTC).getYear();
    if (y < 1990 || y > 2100) {
      return new Read.Refused(
          "'" + text + "' lies outside the years 1990 to 2100",
          Sentence.of("problem.timestamp.outsideYears", text));
    }
    return new Read.At(i);
  }
}
