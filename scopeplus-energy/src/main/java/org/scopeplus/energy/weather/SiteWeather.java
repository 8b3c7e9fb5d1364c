package org.scopeplus.energy.weather;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.scopeplus.core.energy.WeatherHours;
import org.scopeplus.energy.load.HourPhase;
import org.scopeplus.energy.load.HourlySeries;

/**
 * A site's weather for any hour: the observed or forecast hour where the site has one, else its
 * typical year's hour of the same local month, day and hour (in the typical file's own standard
 * time; 29 February takes 28 February's). The service and {@code energy suggest} both match weather
 * to a meter's hours by this one rule.
 */
public final class SiteWeather {

  private final WeatherHours actual;
  private final WeatherHours typical;
  private final Map<Integer, Integer> typicalByKey = new HashMap<>();
  private final ZoneOffset typicalOffset;

  /**
   * @param actual observed or forecast hours (may be empty)
   * @param typical a typical year (its hours' month, day and hour in its own offset count), or null
   */
  public SiteWeather(WeatherHours actual, WeatherHours typical) {
    this.actual = actual;
    this.typical = typical;
    this.typicalOffset =
        ZoneOffset.ofTotalSeconds(typical == null ? 0 : typical.utcOffsetSeconds());
    if (typical != null) {
      for (int i = 0; i < typical.size(); i++) {
        typicalByKey.put(WeatherHours.calendarKey(typical.hourStart()[i], typicalOffset), i);
      }
    }
  }

  /**
   * A site's weather from the files a command is given: the temperature series as the observed
   * hours; to fall back on, the typical weather year when one is given (TMY3, EPW or weather CSV,
   * in its own standard time), else the same series as a typical year in the site's standard time
   * (a temperature file of another year matched by month, day and hour).
   *
   * @param temperature hourly temperature (°C, hour beginning), or null when there is none
   * @param typicalYear a typical weather year, or null
   * @param standardOffset the site's standard time (its UTC offset without daylight saving)
   */
  public static SiteWeather of(
      HourlySeries temperature, WeatherYear typicalYear, ZoneOffset standardOffset) {
    HourlySeries none = new HourlySeries(new long[0], new double[0]);
    WeatherHours observed = temperatureOnly(temperature == null ? none : temperature, false, 0);
    WeatherHours typical =
        typicalYear != null
            ? SiteWeatherFiles.typical(typicalYear)
            : temperature == null
                ? null
                : temperatureOnly(temperature, true, standardOffset.getTotalSeconds());
    return new SiteWeather(observed, typical);
  }

  private static WeatherHours temperatureOnly(HourlySeries t, boolean typical, int offset) {
    double[] none = new double[t.size()];
    Arrays.fill(none, Double.NaN);
    return new WeatherHours(
        typical,
        offset,
        t.hourStarts(),
        t.values(),
        none,
        none.clone(),
        none.clone(),
        none.clone(),
        none.clone());
  }

  /** Whether there is any weather at all. */
  public boolean isEmpty() {
    return actual.size() == 0 && typical == null;
  }

  /** Whether a typical year is kept. */
  public boolean hasTypicalYear() {
    return typical != null;
  }

  private int actualIndex(long t) {
    return Arrays.binarySearch(actual.hourStart(), t);
  }

  private int typicalIndex(long t) {
    if (typical == null) {
      return -1;
    }
    Integer i = typicalByKey.get(WeatherHours.calendarKey(t, typicalOffset));
    if (i == null) {
      LocalDateTime l = LocalDateTime.ofEpochSecond(t, 0, typicalOffset);
      if (l.getMonthValue() == 2 && l.getDayOfMonth() == 29) {
        i = typicalByKey.get(WeatherHours.calendarKey(t - 86_400, typicalOffset));
      }
    }
    return i == null ? -1 : i;
  }

  /**
   * Outdoor temperature of every hour in [from, to) that has one (°C, hour beginning). The hours
   * start at {@code from}: when it is not a whole UTC hour (a local midnight in Asia/Kolkata), each
   * takes the weather hours it overlaps by {@link HourPhase}'s rule.
   */
  public HourlySeries temperature(long from, long to) {
    long phase = Math.floorMod(from, 3600);
    if (phase != 0) {
      long first = from - phase;
      return HourPhase.temperature(temperatureOnHours(first, to + 3600), phase).between(from, to);
    }
    return temperatureOnHours(from, to);
  }

  private HourlySeries temperatureOnHours(long from, long to) {
    int n = (int) Math.max(0, (to - from) / 3600);
    long[] t = new long[n];
    double[] v = new double[n];
    int k = 0;
    for (int h = 0; h < n; h++) {
      long s = from + h * 3600L;
      int a = actualIndex(s);
      double x = a >= 0 ? actual.temperature()[a] : Double.NaN;
      if (Double.isNaN(x)) {
        int y = typicalIndex(s);
        x = y >= 0 ? typical.temperature()[y] : Double.NaN;
      }
      if (!Double.isNaN(x)) {
        t[k] = s;
        v[k++] = x;
      }
    }
    return new HourlySeries(Arrays.copyOf(t, k), Arrays.copyOf(v, k));
  }

  /**
   * Irradiance, temperature and wind for every whole UTC hour from the one holding {@code from} to
   * before {@code to} that has GHI, DNI and DHI: the observed or forecast hour where it has all
   * three, else the typical year's. Wind missing is taken as 0 m/s (as pvlib's ModelChain does);
   * pressure and albedo are left to the PV system. The count of typical hours used is in {@link
   * Solar#typicalHours}.
   */
  public Solar solar(Site site, long from, long to) {
    from -= Math.floorMod(from, 3600); // the weather's own hours, whatever the site's clock
    int n = (int) Math.max(0, (to - from) / 3600);
    long[] end = new long[n];
    double[] ghi = new double[n];
    double[] dni = new double[n];
    double[] dhi = new double[n];
    double[] temp = new double[n];
    double[] wind = new double[n];
    int k = 0;
    int fromTypical = 0;
    for (int h = 0; h < n; h++) {
      long s = from + h * 3600L;
      WeatherHours w = null;
      int i = actualIndex(s);
      if (i >= 0
          && !Double.isNaN(actual.ghi()[i])
          && !Double.isNaN(actual.dni()[i])
          && !Double.isNaN(actual.dhi()[i])) {
        w = actual;
      } else {
        i = typicalIndex(s);
        if (i >= 0) {
          w = typical;
          fromTypical++;
        }
      }
      if (w == null) {
        continue;
      }
      end[k] = s + 3600;
      ghi[k] = w.ghi()[i];
      dni[k] = w.dni()[i];
      dhi[k] = w.dhi()[i];
      temp[k] = w.temperature()[i];
      wind[k] = Double.isNaN(w.wind()[i]) ? 0 : w.wind()[i];
      k++;
    }
    double[] none = new double[k];
    Arrays.fill(none, Double.NaN);
    WeatherYear year =
        new WeatherYear(
            site,
            Arrays.copyOf(end, k),
            Arrays.copyOf(ghi, k),
            Arrays.copyOf(dni, k),
            Arrays.copyOf(dhi, k),
            Arrays.copyOf(temp, k),
            Arrays.copyOf(wind, k),
            none,
            none.clone());
    return new Solar(year, fromTypical);
  }

  /** Weather for PV over a period, and how many of its hours came from the typical year. */
  public record Solar(WeatherYear weather, int typicalHours) {}
}
