package org.scopeplus.energy.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Hours with an outdoor temperature over a period, with the metered kWh where the meter has it (NaN
 * where not), and each hour's local calendar: hour of the week (0 = Monday 00:00-01:00 local),
 * month and local day. The site's time zone decides the calendar, so that Monday 9 o'clock is
 * Monday 9 o'clock in summer and in winter.
 */
public final class LoadData {

  final long[] hourStart;
  final double[] kwh;
  final double[] temperatureC;
  final int[] hourOfWeek;
  final int[] month;
  final long[] localDay;
  final ZoneId zone;

  private LoadData(long[] hourStart, double[] kwh, double[] temperatureC, ZoneId zone) {
    this.hourStart = hourStart;
    this.kwh = kwh;
    this.temperatureC = temperatureC;
    this.zone = zone;
    int n = hourStart.length;
    hourOfWeek = new int[n];
    month = new int[n];
    localDay = new long[n];
    ZoneRules rules = zone.getRules();
    boolean fixed = rules.isFixedOffset();
    long fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    long cachedDay = Long.MIN_VALUE;
    int cachedMonth = 0;
    for (int i = 0; i < n; i++) {
      long offset =
          fixed
              ? fixedOffset
              : rules.getOffset(Instant.ofEpochSecond(hourStart[i])).getTotalSeconds();
      long local = hourStart[i] + offset;
      long day = Math.floorDiv(local, 86_400);
      int hour = (int) (Math.floorMod(local, 86_400) / 3600);
      int dayOfWeek = (int) Math.floorMod(day + 3, 7); // 1970-01-01 was a Thursday; Monday = 0
      if (day != cachedDay) {
        cachedDay = day;
        cachedMonth = LocalDate.ofEpochDay(day).getMonthValue();
      }
      hourOfWeek[i] = dayOfWeek * 24 + hour;
      month[i] = cachedMonth;
      localDay[i] = day;
    }
  }

  /**
   * The hours in [from, to) that have a temperature, with the meter's kWh where it has them. A
   * meter whose hours start past the UTC hour (a zone such as Asia/Kolkata) takes the temperature
   * on its hours by {@link HourPhase}'s rule.
   *
   * @param meter null for a forecast without actuals
   */
  public static LoadData of(
      HourlySeries meter, HourlySeries temperature, long from, long to, ZoneId zone) {
    HourlySeries t = HourPhase.onMeterHours(temperature, meter).between(from, to);
    long[] hours = new long[t.size()];
    double[] kwh = new double[t.size()];
    double[] temp = new double[t.size()];
    for (int i = 0; i < t.size(); i++) {
      hours[i] = t.hourStart(i);
      temp[i] = t.value(i);
      kwh[i] = meter == null ? Double.NaN : meter.at(hours[i]);
    }
    return new LoadData(hours, kwh, temp, zone);
  }

  /**
   * Hours given directly (tests, generated meters); kwh may hold NaN for hours without a reading.
   */
  public static LoadData of(long[] hourStart, double[] kwh, double[] temperatureC, ZoneId zone) {
    new HourlySeries(hourStart, kwh); // checks the order
    return new LoadData(hourStart.clone(), kwh.clone(), temperatureC.clone(), zone);
  }

  public int size() {
    return hourStart.length;
  }

  public ZoneId zone() {
    return zone;
  }

  public long[] hourStarts() {
    return hourStart.clone();
  }

  public double[] kwh() {
    return kwh.clone();
  }

  /** Outdoor temperature of each hour, °C. */
  public double[] temperatureC() {
    return temperatureC.clone();
  }

  /** Each hour's local hour of the week, 0 = Monday 00:00-01:00. */
  public int[] hoursOfWeek() {
    return hourOfWeek.clone();
  }

  /** Each hour's local day, days since 1970-01-01. */
  public long[] localDays() {
    return localDay.clone();
  }

  /** Number of hours with a metered value. */
  public int metered() {
    int c = 0;
    for (double v : kwh) {
      if (!Double.isNaN(v)) {
        c++;
      }
    }
    return c;
  }

  /** The same data with the given kWh (e.g. a baseline scaled for a test). */
  public LoadData withKwh(double[] values) {
    if (values.length != kwh.length) {
      throw new IllegalArgumentException("length differs");
    }
    return new LoadData(hourStart, Arrays.copyOf(values, values.length), temperatureC, zone);
  }
}
