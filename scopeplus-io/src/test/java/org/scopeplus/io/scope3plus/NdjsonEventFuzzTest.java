package org.scopeplus.io.scope3plus;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.io.fuzz.ReadContract;

/**
 * Any bytes given to the NDJSON event reader and parser give, for each non-blank line, an event or
 * "malformed" with the line's number: never an exception. The fields of a parsed event lie inside
 * its line, and a time {@link IsoInstant} accepts is the instant {@code java.time} reads (as RFC
 * 3339 writes it; the input that found fifteen fraction digits and a lower-case z is kept).
 */
class NdjsonEventFuzzTest {

  @FuzzTest
  void anyLineParsesOrIsMalformed(byte[] line) {
    if (!ReadContract.bounded(line)) {
      return;
    }
    byte[] buffer = line.clone();
    RawEvent e = new RawEvent();
    if (new NdjsonEventParser().parse(buffer, 0, buffer.length, e)) {
      inside(e, buffer.length);
    }
  }

  @FuzzTest
  void anyFileGivesNumberedEventsOrMalformedLines(byte[] file) throws IOException {
    if (!ReadContract.bounded(file)) {
      return;
    }
    long lines = 1;
    for (byte b : file) {
      lines += b == '\n' ? 1 : 0;
    }
    long maxLine = lines;
    long[] last = {0, 0};
    new NdjsonEventReader()
        .read(
            new ByteArrayInputStream(file),
            0,
            1,
            batch -> {
              for (int i = 0; i < batch.size; i++) {
                if (batch.lines[i] <= last[0] || batch.lines[i] > maxLine) {
                  throw new AssertionError("line " + batch.lines[i] + " after " + last[0]);
                }
                if (batch.positions[i] <= last[1] || batch.positions[i] > file.length) {
                  throw new AssertionError("position " + batch.positions[i] + " after " + last[1]);
                }
                last[0] = batch.lines[i];
                last[1] = batch.positions[i];
                if (!batch.malformed[i]) {
                  inside(batch.events[i], batch.events[i].buffer().length);
                }
              }
            });
  }

  @FuzzTest
  void anAcceptedTimeIsTheInstantJavaTimeReads(byte[] bytes) {
    if (bytes.length > 64) {
      return;
    }
    long seconds = IsoInstant.parse(bytes, 0, bytes.length);
    if (seconds == Long.MIN_VALUE) {
      return;
    }
    // RFC 3339: any number of fraction digits, t and z in either case, offsets to 23:59 (java.time
    // stops at nine digits and 18:00), so java.time reads the date and time, the offset by hand
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (!RFC_3339.matcher(text).matches()) {
      throw new AssertionError("accepted '" + text + "', which is not an RFC 3339 time");
    }
    long expected;
    try {
      expected =
          LocalDateTime.parse(text.substring(0, 10) + "T" + text.substring(11, 19))
              .toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException ex) {
      throw new AssertionError("accepted '" + text + "', a date java.time refuses", ex);
    }
    String zone = text.substring(text.length() - 6);
    if (zone.charAt(0) == '+' || zone.charAt(0) == '-') {
      int offset =
          Integer.parseInt(zone.substring(1, 3)) * 3600 + Integer.parseInt(zone.substring(4)) * 60;
      expected -= zone.charAt(0) == '-' ? -offset : offset;
    }
    if (seconds != expected) {
      throw new AssertionError(text + " read as " + seconds + ", not " + expected);
    }
  }

  private static final Pattern RFC_3339 =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

  private static void inside(RawEvent e, int length) {
    int[][] slots = {
      {e.idOffset(), e.idLength()},
      {e.programmeOffset(), e.programmeLength()},
      {e.actorOffset(), e.actorLength()},
      {e.actionOffset(), e.actionLength()},
      {e.regionOffset(), e.regionLength()},
      {e.evidenceOffset(), e.evidenceLength()},
      {e.claimOffset(), e.claimLength()}
    };
    for (int[] s : slots) {
      if (s[1] >= 0 && (s[0] < 0 || s[0] + s[1] > length)) {
        throw new AssertionError("a field at " + s[0] + "+" + s[1] + " outside the line");
      }
    }
    if (e.quantityCount() < 0) {
      throw new AssertionError("negative quantity count");
    }
  }
}
