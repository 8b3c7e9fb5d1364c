package org.scopeplus.energy.load;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Local days of {@link LoadData}: the day's start (UTC epoch seconds), mean temperature in °F, and
 * kWh (NaN unless every hour of the local day is metered: 23, 24 or 25 hours across daylight-saving
 * changes). A day counts only when it has a temperature for at least 90 % of its hours (CalTRACK
 * 2.0, daily data sufficiency).
 */
final class DailyDays {

  final long[] start;
  final double[] temperatureF;
  final double[] kwh;

  DailyDays(long[] start, double[] temperatureF, double[] kwh) {
    this.start = start;
    this.temperatureF = temperatureF;
    this.kwh = kwh;
  }

  static DailyDays of(LoadData d) {
    int n = d.size();
    long[] start = new long[n];
    double[] temp = new double[n];
    double[] kwh = new double[n];
    int days = 0;
    int i = 0;
    ZoneId zone = d.zone;
    while (i < n) {
      long day = d.localDay[i];
      double tSum = 0;
      int tCount = 0;
      double kSum = 0;
      int kCount = 0;
      while (i < n && d.localDay[i] == day) {
        tSum += d.temperatureC[i];
        tCount++;
        if (!Double.isNaN(d.kwh[i])) {
          kSum += d.kwh[i];
          kCount++;
        }
        i++;
      }
      LocalDate date = LocalDate.ofEpochDay(day);
      long dayStart = date.atStartOfDay(zone).toEpochSecond();
      long hours = (date.plusDays(1).atStartOfDay(zone).toEpochSecond() - dayStart) / 3600;
      if (tCount < 0.9 * hours) {
        continue;
      }
      start[days] = dayStart;
      temp[days] = Temperatures.fahrenheit(tSum / tCount);
      kwh[days] = kCount == hours ? kSum : Double.NaN;
      days++;
    }
    return new DailyDays(
        Arrays.copyOf(start, days), Arrays.copyOf(temp, days), Arrays.copyOf(kwh, days));
  }

  int size() {
    return start.length;
  }
}
