package org.scopeplus.energy.load;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;

/**
 * Reads interval meter files and temperature files into hourly series.
 *
 * <p>Accepted (plain or gzip-compressed CSV, header row first): a plain {@code timestamp,kwh};
 * OpenEEmeter/OpenDSM samples {@code start,value} (kWh), {@code dt,tempF} and {@code ,dt,tempC}.
 * The time column ({@code timestamp}, {@code start}, {@code dt}, {@code time}) is the
 * <b>beginning</b> of the interval, ISO-8601 with {@code T} or a space; with a UTC offset it is
 * exact, without one it is a local time in the zone given. A local time that occurs twice when
 * clocks go back is the first occurrence (earlier offset) the first time and the second (later
 * offset) when it comes again; a local time skipped when clocks go forward is refused. Intervals of
 * 1 to 60 minutes are added into hours (energy; an hour is kept only when all its intervals are
 * there) or averaged (temperature). Empty, {@code nan} and {@code NaN} values are missing readings.
 * A file with bad rows (times, values, the same interval twice, readings off the interval grid) is
 * refused whole, every problem listed with its row (the first {@link
 * ProblemTally#configuredLimit()}, then the count of the rest).
 */
public final class MeterFiles {

  /** At most this many rows per file (ten years of 5-minute readings). */
  public static final int MAX_ROWS = 1_100_000;

  /** A reading above this many kWh per interval is refused as absurd. */
  public static final double MAX_KWH = 1e7;

  private static final List<String> TIME = List.of("timestamp", "start", "dt", "time", "datetime");
  private static final List<String> KWH = List.of("kwh", "value");
  private static final List<String> CELSIUS = List.of("tempc", "temp_c", "temperature_c");
  private static final List<String> FAHRENHEIT = List.of("tempf", "temp_f", "temperature_f");

  private MeterFiles() {}

  /** Hourly energy in kWh from a meter file. */
  public static HourlySeries readEnergy(Path file, ZoneId zone) throws IOException {
    return read(file, zone, true);
  }

  /** Hourly mean outdoor temperature in °C from a temperature file (°F converted). */
  public static HourlySeries readTemperature(Path file, ZoneId zone) throws IOException {
    return read(file, zone, false);
  }

  /**
   * A meter file's intervals as read (sorted by start, checked as {@link #readEnergy} checks them),
   * with their length: for the demand of 15- and 30-minute meters.
   *
   * @param start each interval's start, epoch seconds
   * @param kwh each interval's kWh (NaN where missing)
   * @param minutes the interval's length, 60 for an hourly meter
   */
  public record Intervals(long[] start, double[] kwh, int minutes) {}

  /** The intervals of a meter file, as they are before they are added into hours. */
  public static Intervals readEnergyIntervals(Path file, ZoneId zone) throws IOException {
    Parsed p = parse(file, zone, true);
    hourly(p.name, p.rows, p.rules, true, p.problems); // the same checks
    long[] start = new long[p.rows.size()];
    double[] kwh = new double[start.length];
    long step = 3600;
    for (int i = 0; i < start.length; i++) {
      start[i] = p.rows.get(i).t;
      kwh[i] = p.rows.get(i).value;
      if (i > 0) {
        step = Math.min(step, start[i] - start[i - 1]);
      }
    }
    return new Intervals(start, kwh, (int) (step / 60));
  }

  private record Parsed(String name, List<Reading> rows, ZoneRules rules, ProblemTally problems) {}

  private static HourlySeries read(Path file, ZoneId zone, boolean energy) throws IOException {
    Parsed p = parse(file, zone, energy);
    return hourly(p.name, p.rows, p.rules, energy, p.problems);
  }

  private static Parsed parse(Path file, ZoneId zone, boolean energy) throws IOException {
    String name = file.getFileName().toString();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        Reader reader = new InputStreamReader(unzipped(raw), StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader)) {
      var it = csv.iterator();
      if (!it.hasNext()) {
        throw new MeterFileException(name + ": the file is empty");
      }
      CsvRecord head = it.next();
      int timeCol = column(head, TIME);
      int valueCol = column(head, energy ? KWH : CELSIUS);
      boolean fahrenheit = false;
      if (!energy && valueCol < 0) {
        valueCol = column(head, FAHRENHEIT);
        fahrenheit = valueCol >= 0;
      }
      if (timeCol < 0 || valueCol < 0) {
        throw new MeterFileException(
            name
                + ", row 1: expected a time column ("
                + String.join(", ", TIME)
                + ") and "
                + (energy ? "a kWh column (kwh or value)" : "a temperature column (tempC or tempF)")
                + ", found "
                + String.join(",", head.getFields()));
      }
      ZoneRules rules = zone.getRules();
      List<Reading> rows = new ArrayList<>();
      ProblemTally problems = new ProblemTally();
      long previous = Long.MIN_VALUE;
      long seen = 0;
      while (it.hasNext()) {
        CsvRecord r = it.next();
        long line = r.getStartingLineNumber();
        if (r.getFieldCount() == 1 && r.getField(0).isBlank()) {
          continue;
        }
        if (++seen > MAX_ROWS) {
          throw new MeterFileException(name + ": more than " + MAX_ROWS + " rows");
        }
        String field = timeCol < r.getFieldCount() ? r.getField(timeCol).trim() : "";
        String v = valueCol < r.getFieldCount() ? r.getField(valueCol).trim() : "";
        long t;
        double value;
        try {
          t = instant(name, line, head.getField(timeCol), field, rules, previous);
          previous = t;
        } catch (MeterFileException e) {
          problems.add(new Problem(name, line, head.getField(timeCol), e.getMessage()));
          t = Long.MIN_VALUE;
        }
        try {
          value = value(name, line, head.getField(valueCol), v, energy, fahrenheit);
        } catch (MeterFileException e) {
          problems.add(new Problem(name, line, head.getField(valueCol), e.getMessage()));
          continue;
        }
        if (t != Long.MIN_VALUE) {
          rows.add(new Reading(t, value, line));
        }
      }
      rows.sort((a, b) -> Long.compare(a.t, b.t));
      return new Parsed(name, rows, rules, problems);
    }
  }

  private record Reading(long t, double value, long line) {}

  private static InputStream unzipped(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new GZIPInputStream(in) : in;
  }

  private static int column(CsvRecord head, List<String> names) {
    for (int i = 0; i < head.getFieldCount(); i++) {
      String h = head.getField(i).trim().toLowerCase(Locale.ROOT);
      if (names.contains(h)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The instant (epoch seconds) of a time field of row {@code line} of {@code file}, by this
   * class's rule (see the class comment): with a UTC offset exact, without one local in the zone of
   * {@code rules}; {@code previous} is the row before's, for the hour the clocks repeat. Refused
   * with a {@link MeterFileException} naming file, row and column.
   */
  public static long instant(
      String file, long line, String column, String text, ZoneRules rules, long previous) {
    if (text.isEmpty()) {
      throw new MeterFileException(file + ", row " + line + ", " + column + ": no time");
    }
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.replaceFirst(" ", "T") : text;
    long t;
    try {
      if (hasOffset(iso)) {
        t = OffsetDateTime.parse(iso).toEpochSecond();
      } else {
        LocalDateTime local = LocalDateTime.parse(iso);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
          throw new MeterFileException(
              file
                  + ", row "
                  + line
                  + ", "
                  + column
                  + ": local time "
                  + text
                  + " does not exist (the clocks went forward)");
        }
        t = local.toEpochSecond(offsets.get(0));
        if (offsets.size() == 2 && previous != Long.MIN_VALUE && t <= previous) {
          t = local.toEpochSecond(offsets.get(1)); // second pass through the hour the clocks repeat
        }
      }
    } catch (DateTimeException e) {
      throw new MeterFileException(
          file
              + ", row "
              + line
              + ", "
              + column
              + ": '"
              + text
              + "' is not a date and time such as 2024-03-31T01:00:00+01:00");
    }
    int year =
        OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(t), ZoneOffset.UTC).getYear();
    if (year < 1970 || year > 2200) {
      throw new MeterFileException(
          file + ", row " + line + ", " + column + ": year " + year + " is outside 1970-2200");
    }
    return t;
  }

  private static boolean hasOffset(String iso) {
    if (iso.endsWith("Z") || iso.endsWith("z")) {
      return true;
    }
    int t = iso.indexOf('T');
    return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
  }

  /**
   * A kWh ({@code energy}) or temperature field of row {@code line} of {@code file}: NaN when empty
   * or {@code nan}; a reading beyond {@link #MAX_KWH}, or a temperature outside -90 to 60 °C, is
   * refused with a {@link MeterFileException} naming file, row and column.
   */
  public static double value(
      String file, long line, String column, String text, boolean energy, boolean fahrenheit) {
    if (text.isEmpty() || text.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new MeterFileException(
          file + ", row " + line + ", " + column + ": '" + text + "' is not a number");
    }
    if (energy) {
      if (!(Math.abs(v) <= MAX_KWH)) {
        throw new MeterFileException(
            file
                + ", row "
                + line
                + ", "
                + column
                + ": "
                + text
                + " kWh in one interval is beyond the "
                + (long) MAX_KWH
                + " kWh a meter can record");
      }
      return v;
    }
    double c = fahrenheit ? Temperatures.celsius(v) : v;
    if (!(c >= -90 && c <= 60)) {
      throw new MeterFileException(
          file
              + ", row "
              + line
              + ", "
              + column
              + ": "
              + text
              + (fahrenheit ? " °F" : " °C")
              + " is outside the -90 to 60 °C ever measured outdoors");
    }
    return c;
  }

  /**
   * Refuses the file when it has problems: one problem is its own sentence; several are listed, one
   * a line, the first {@link ProblemTally#configuredLimit()} of them and the count of the rest.
   */
  private static void refuseIfAny(String file, ProblemTally problems) {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> listed = problems.listed();
    if (problems.count() == 1) {
      throw new MeterFileException(listed.get(0).message());
    }
    StringBuilder b =
        new StringBuilder(file + ": " + problems.count() + " problems, nothing was read:");
    for (Problem p : listed) {
      b.append("\n  ").append(p.message());
    }
    if (problems.count() > listed.size()) {
      b.append("\n  and ").append(problems.count() - listed.size()).append(" more");
    }
    throw new MeterFileException(b.toString());
  }

  private static HourlySeries hourly(
      String file, List<Reading> rows, ZoneRules rules, boolean energy, ProblemTally problems) {
    long step = Long.MAX_VALUE;
    for (int i = 1; i < rows.size(); i++) {
      long d = rows.get(i).t - rows.get(i - 1).t;
      if (d == 0) {
        problems.add(
            new Problem(
                file,
                rows.get(i).line,
                "",
                file
                    + ", rows "
                    + rows.get(i - 1).line
                    + " and "
                    + rows.get(i).line
                    + ": the same interval twice ("
                    + java.time.Instant.ofEpochSecond(rows.get(i).t)
                    + ")"));
        continue;
      }
      step = Math.min(step, d);
    }
    refuseIfAny(file, problems);
    if (rows.size() > 1 && (step > 3600 || 3600 % step != 0 || step < 60)) {
      throw new MeterFileException(
          file
              + ": readings "
              + step
              + " s apart; hourly, 30-minute, 15-minute or other whole-minute intervals dividing an"
              + " hour are required");
    }
    int per = rows.size() > 1 ? (int) (3600 / step) : 1;
    long[] hours = new long[rows.size()];
    double[] values = new double[rows.size()];
    int n = 0;
    int i = 0;
    while (i < rows.size()) {
      long t = rows.get(i).t;
      long offset = rules.getOffset(java.time.Instant.ofEpochSecond(t)).getTotalSeconds();
      // hourly readings keep their own start; shorter intervals go into the local clock's hours
      long hour = per == 1 ? t : Math.floorDiv(t + offset, 3600) * 3600 - offset;
      double sum = 0;
      int count = 0;
      int missing = 0;
      while (i < rows.size() && rows.get(i).t < hour + 3600) {
        if (rows.get(i).t % step != hour % step && per > 1) {
          problems.add(
              new Problem(
                  file,
                  rows.get(i).line,
                  "",
                  file + ", row " + rows.get(i).line + ": a reading off the " + step + " s grid"));
        }
        double v = rows.get(i).value;
        if (Double.isNaN(v)) {
          missing++;
        } else {
          sum += v;
          count++;
        }
        i++;
      }
      if (energy ? count == per && missing == 0 : count > 0) {
        hours[n] = hour;
        values[n] = energy ? sum : sum / count;
        n++;
      }
    }
    refuseIfAny(file, problems);
    return new HourlySeries(Arrays.copyOf(hours, n), Arrays.copyOf(values, n));
  }
}
