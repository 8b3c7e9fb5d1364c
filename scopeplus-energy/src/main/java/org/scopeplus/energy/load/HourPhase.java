package org.scopeplus.energy.load;

/**
 * Weather on a meter's hours. Hourly weather is kept by hour beginning on whole UTC hours; a meter
 * in a zone whose offset is not a whole hour (India +05:30, Nepal +05:45, Adelaide +09:30) has
 * hours that start 30 or 15 minutes past the UTC hour. The rule, one for every path (service,
 * commands, nightly batch): a meter hour's temperature is the mean of the two weather hours it
 * overlaps, weighted by the minutes of overlap (half and half at :30; 3/4 of the earlier and 1/4 of
 * the later at :15); an hour whose overlapped weather hour is missing has no temperature.
 */
public final class HourPhase {

  private HourPhase() {}

  /**
   * Seconds past the UTC hour at which the series' hours start, 0 for an empty series; refused when
   * its hours start at different minutes (a meter in a zone whose summer time moves the clock by
   * half an hour, such as Lord Howe Island, read hour by hour).
   */
  public static long of(HourlySeries s) {
    if (s == null || s.size() == 0) {
      return 0;
    }
    long p = Math.floorMod(s.hourStart(0), 3600);
    for (int i = 1; i < s.size(); i++) {
      long q = Math.floorMod(s.hourStart(i), 3600);
      if (q != p) {
        throw new IllegalArgumentException(
            "the meter's hours start "
                + p / 60
                + " and "
                + q / 60
                + " minutes past the UTC hour (at "
                + java.time.Instant.ofEpochSecond(s.hourStart(i))
                + "): one model needs hours of one kind; give 15- or 30-minute readings, added"
                + " into the hours of one clock");
      }
    }
    return p;
  }

  /**
   * The temperature of each hour starting {@code phase} seconds past the UTC hour, from hourly
   * weather on another phase, by this class's rule; the weather itself when it is on that phase.
   */
  public static HourlySeries temperature(HourlySeries weather, long phase) {
    long r = Math.floorMod(phase - of(weather), 3600);
    if (r == 0) {
      return weather;
    }
    int n = weather.size();
    long[] t = new long[n];
    double[] v = new double[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      long start = weather.hourStart(i);
      double later =
          i + 1 < n && weather.hourStart(i + 1) == start + 3600 ? weather.value(i + 1) : Double.NaN;
      double here = weather.value(i);
      if (Double.isNaN(here) || Double.isNaN(later)) {
        continue;
      }
      t[k] = start + r;
      v[k++] = ((3600 - r) * here + r * later) / 3600.0;
    }
    return new HourlySeries(java.util.Arrays.copyOf(t, k), java.util.Arrays.copyOf(v, k));
  }

  /** The temperature on the meter's hours (the weather as it is when the meter has none). */
  public static HourlySeries onMeterHours(HourlySeries weather, HourlySeries meter) {
    return meter == null || meter.size() == 0 ? weather : temperature(weather, of(meter));
  }
}
