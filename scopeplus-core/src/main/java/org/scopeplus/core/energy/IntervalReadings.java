package org.scopeplus.core.energy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A meter's readings by UTC day, packed as the store keeps them: one {@code int} per interval of
 * the day in watt-hours (kWh x 1000, rounded half-even, so 1 Wh resolution), {@link #MISSING} where
 * no reading was given. An interval is named by its start; a day holds {@code 1440 / interval}
 * intervals whatever the local time zone does (DST days included), as it is a UTC day. A meter with
 * a phase ({@link IntervalPhase}) has its day shifted by it: with phase 30, day D holds the
 * intervals starting from D 00:30Z to before D+1 00:30Z, slot i starting at 00:30Z + i intervals.
 */
public final class IntervalReadings {

  /** An interval without a reading. */
  public static final int MISSING = Integer.MIN_VALUE;

  /** The largest reading accepted for one interval, in kWh (1 GWh): beyond it is a unit error. */
  public static final double MAX_KWH = 1_000_000;

  private final int intervalMinutes;
  private final int phaseMinutes;
  private final TreeMap<LocalDate, int[]> days = new TreeMap<>();

  /** Readings on the UTC grid (phase 0). */
  public IntervalReadings(int intervalMinutes) {
    this(intervalMinutes, 0);
  }

  public IntervalReadings(int intervalMinutes, int phaseMinutes) {
    if (!Meter.intervalAllowed(intervalMinutes)) {
      throw new IllegalArgumentException("interval " + intervalMinutes);
    }
    if (phaseMinutes < 0 || phaseMinutes >= intervalMinutes) {
      throw new IllegalArgumentException("phase " + phaseMinutes);
    }
    this.intervalMinutes = intervalMinutes;
    this.phaseMinutes = phaseMinutes;
  }

  /** Readings as the meter keeps them: its interval and phase. */
  public static IntervalReadings of(Meter meter) {
    return new IntervalReadings(meter.intervalMinutes(), meter.phaseMinutes());
  }

  public int intervalMinutes() {
    return intervalMinutes;
  }

  public int phaseMinutes() {
    return phaseMinutes;
  }

  /** The start of slot {@code slot} of the stored day {@code day}, epoch seconds. */
  public long start(LocalDate day, int slot) {
    return day.toEpochDay() * 86_400 + phaseMinutes * 60L + slot * 60L * intervalMinutes;
  }

  /** The stored day holding the interval starting at {@code epochSecond}. */
  public LocalDate dayOf(long epochSecond) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochSecond - phaseMinutes * 60L, 86_400));
  }

  /** kWh to the stored watt-hours, rounded half-even. */
  public static int wattHours(double kwh) {
    return (int) Math.rint(kwh * 1000);
  }

  /**
   * Whether {@code t} starts an interval of this meter (its UTC minute, less the phase, a multiple
   * of the interval).
   */
  public boolean aligned(Instant t) {
    return Math.floorMod(t.getEpochSecond() - phaseMinutes * 60L, intervalMinutes * 60L) == 0
        && t.getNano() == 0;
  }

  /** The reading at {@code t}, or {@link #MISSING}. */
  public int at(Instant t) {
    int[] day = days.get(dayOf(t.getEpochSecond()));
    return day == null ? MISSING : day[slot(t)];
  }

  /** Puts a reading at an aligned instant; answers the reading it replaces or {@link #MISSING}. */
  public int put(Instant t, int wattHours) {
    int[] day =
        days.computeIfAbsent(
            dayOf(t.getEpochSecond()),
            d -> {
              int[] a = new int[1440 / intervalMinutes];
              Arrays.fill(a, MISSING);
              return a;
            });
    int s = slot(t);
    int before = day[s];
    day[s] = wattHours;
    return before;
  }

  /** The days held, in order, each with its packed readings (not copied). */
  public Map<LocalDate, int[]> days() {
    return days;
  }

  /** Adds a stored day (e.g. to merge new readings over it). */
  public void putDay(LocalDate day, int[] readings) {
    if (readings.length != 1440 / intervalMinutes) {
      throw new IllegalArgumentException("a day has " + 1440 / intervalMinutes + " readings");
    }
    days.put(day, readings);
  }

  /** Readings given (not missing) over all days. */
  public long count() {
    long n = 0;
    for (int[] d : days.values()) {
      for (int v : d) {
        if (v != MISSING) {
          n++;
        }
      }
    }
    return n;
  }

  private int slot(Instant t) {
    return (int)
        (Math.floorMod(t.getEpochSecond() - phaseMinutes * 60L, 86_400L) / (intervalMinutes * 60L));
  }

  /** Packs a day's readings into bytes, four big-endian bytes per interval. */
  public static byte[] pack(int[] day) {
    byte[] b = new byte[day.length * 4];
    for (int i = 0; i < day.length; i++) {
      int v = day[i];
      b[4 * i] = (byte) (v >>> 24);
      b[4 * i + 1] = (byte) (v >>> 16);
      b[4 * i + 2] = (byte) (v >>> 8);
      b[4 * i + 3] = (byte) v;
    }
    return b;
  }

  /** Unpacks a day written by {@link #pack}. */
  public static int[] unpack(byte[] b) {
    int[] day = new int[b.length / 4];
    for (int i = 0; i < day.length; i++) {
      day[i] =
          (b[4 * i] & 0xff) << 24
              | (b[4 * i + 1] & 0xff) << 16
              | (b[4 * i + 2] & 0xff) << 8
              | (b[4 * i + 3] & 0xff);
    }
    return day;
  }
}
