package org.scopeplus.core.city.monitor;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.calculation.Grams;

/**
 * Daily emissions by sector in the manner of Carbon Monitor (Liu et al. 2020, Nature Communications
 * 11:5172; Scientific Data 7:392): a sector's value on day {@code d} is its annual inventory value
 * of the inventory year times the proxy's value on {@code d} over the proxy's sum over the
 * inventory year,
 *
 * <pre>E(s, d) = A(s, Y0) x P(s, d) / sum over d' in Y0 of P(s, d')</pre>
 *
 * which both distributes the annual value over the days by the proxy's daily share and scales it by
 * the proxy's change against the inventory year (a day of a later year whose proxy is 5% above the
 * same level gives 5% more). Each value is rounded once, half-even, to grams ({@link Grams}). The
 * day's uncertainty combines the sectors' two-sigma ranges ({@link MonitoredSector#uncertainty()})
 * in quadrature, the sectors taken as independent.
 *
 * <p>Refused: a sector with proxies and no inventory value, a sector whose proxies do not cover
 * every day of the inventory year or sum to zero there, a negative or non-finite proxy value, the
 * same sector and day twice, and a day's value beyond {@link Grams#MAX_LINE}.
 */
public final class EstimatingDailyEmissions {

  /** Days of the window a day is compared with for a {@link TrendAlert}. */
  public static final int ALERT_WINDOW = 28;

  /** The z-score beyond which a day departs from its trend. */
  public static final double ALERT_THRESHOLD = 3.0;

  private EstimatingDailyEmissions() {}

  /**
   * @param inventoryYear the year of the last full inventory
   * @param annual sector -> its grams CO2e in the inventory year
   * @param proxies daily proxy values, any order, covering at least the whole inventory year for
   *     every sector they name
   */
  public static DailyOutcome estimate(
      int inventoryYear, Map<MonitoredSector, Long> annual, List<DailyProxy> proxies) {
    Map<MonitoredSector, Map<LocalDate, Double>> bySector = new EnumMap<>(MonitoredSector.class);
    for (DailyProxy p : proxies) {
      if (!Double.isFinite(p.value()) || p.value() < 0) {
        return new DailyOutcome.Refused(
            p.sector().code()
                + " on "
                + p.day()
                + ": the proxy value must be a finite number of 0 or more");
      }
      if (!annual.containsKey(p.sector())) {
        return new DailyOutcome.Refused(
            "proxies are given for "
                + p.sector().code()
                + ", which has no value in the "
                + inventoryYear
                + " inventory");
      }
      Double before =
          bySector.computeIfAbsent(p.sector(), k -> new HashMap<>()).put(p.day(), p.value());
      if (before != null) {
        return new DailyOutcome.Refused(p.sector().code() + " has two proxy values on " + p.day());
      }
    }
    Map<MonitoredSector, Double> base = new EnumMap<>(MonitoredSector.class);
    int yearDays = Year.of(inventoryYear).length();
    for (Map.Entry<MonitoredSector, Map<LocalDate, Double>> e : bySector.entrySet()) {
      double sum = 0;
      int days = 0;
      for (Map.Entry<LocalDate, Double> v : e.getValue().entrySet()) {
        if (v.getKey().getYear() == inventoryYear) {
          sum += v.getValue();
          days++;
        }
      }
      if (days < yearDays) {
        return new DailyOutcome.Refused(
            e.getKey().code()
                + " has proxy values for "
                + days
                + " of the "
                + yearDays
                + " days of "
                + inventoryYear
                + ", the inventory year; the scale needs every day of it");
      }
      if (sum <= 0) {
        return new DailyOutcome.Refused(
            e.getKey().code()
                + "'s proxy sums to zero over "
                + inventoryYear
                + "; it cannot scale");
      }
      base.put(e.getKey(), sum);
    }
    Map<LocalDate, Map<MonitoredSector, Long>> byDay = new TreeMap<>();
    for (Map.Entry<MonitoredSector, Map<LocalDate, Double>> e : bySector.entrySet()) {
      MonitoredSector s = e.getKey();
      double a = annual.get(s);
      double b = base.get(s);
      for (Map.Entry<LocalDate, Double> v : e.getValue().entrySet()) {
        double g = a * v.getValue() / b;
        long grams = Grams.rounded(g);
        if (grams == Grams.REFUSED) {
          return new DailyOutcome.Refused(
              s.code() + " on " + v.getKey() + ": " + Grams.refusal(g, "CO2e"));
        }
        byDay.computeIfAbsent(v.getKey(), k -> new EnumMap<>(MonitoredSector.class)).put(s, grams);
      }
    }
    List<DailyEstimate> out = new ArrayList<>(byDay.size());
    for (Map.Entry<LocalDate, Map<MonitoredSector, Long>> d : byDay.entrySet()) {
      long total = 0;
      double variance = 0;
      for (Map.Entry<MonitoredSector, Long> s : d.getValue().entrySet()) {
        total += s.getValue();
        double u = s.getKey().uncertainty() * s.getValue();
        variance += u * u;
      }
      out.add(new DailyEstimate(d.getKey(), d.getValue(), total, Math.round(Math.sqrt(variance))));
    }
    return new DailyOutcome.Estimated(out);
  }

  /**
   * The year to date at {@code asOf} against the same days of last year, from the estimated days
   * (days without an estimate count as none; {@code days} says how many were found).
   */
  public static YearToDate yearToDate(List<DailyEstimate> days, LocalDate asOf) {
    LocalDate start = asOf.withDayOfYear(1);
    LocalDate lastStart = start.minusYears(1);
    MonthDay md = MonthDay.from(asOf);
    LocalDate lastEnd =
        md.isValidYear(asOf.getYear() - 1)
            ? md.atYear(asOf.getYear() - 1)
            : LocalDate.of(asOf.getYear() - 1, 2, 28);
    long grams = 0;
    long last = 0;
    int n = 0;
    int lastN = 0;
    for (DailyEstimate d : days) {
      if (!d.day().isBefore(start) && !d.day().isAfter(asOf)) {
        grams += d.total();
        n++;
      } else if (!d.day().isBefore(lastStart) && !d.day().isAfter(lastEnd)) {
        last += d.total();
        lastN++;
      }
    }
    double change = last == 0 ? Double.NaN : (grams - last) / (double) last;
    return new YearToDate(asOf, grams, n, last, lastN, change);
  }

  /**
   * The days on which a sector departs from its trend: its grams lie more than {@code threshold}
   * sample standard deviations from the mean of the {@code window} calendar days just before it (a
   * rolling z-score). A day is tested only when all those days have an estimate of the sector and
   * their standard deviation is above zero.
   */
  public static List<TrendAlert> alerts(List<DailyEstimate> days, int window, double threshold) {
    if (window < 2) {
      throw new IllegalArgumentException("the window needs at least 2 days: " + window);
    }
    Map<MonitoredSector, TreeMap<LocalDate, Long>> series = new EnumMap<>(MonitoredSector.class);
    for (DailyEstimate d : days) {
      d.grams().forEach((s, g) -> series.computeIfAbsent(s, k -> new TreeMap<>()).put(d.day(), g));
    }
    List<TrendAlert> out = new ArrayList<>();
    for (Map.Entry<MonitoredSector, TreeMap<LocalDate, Long>> e : series.entrySet()) {
      TreeMap<LocalDate, Long> s = e.getValue();
      for (Map.Entry<LocalDate, Long> day : s.entrySet()) {
        LocalDate from = day.getKey().minusDays(window);
        Map<LocalDate, Long> before = s.subMap(from, true, day.getKey(), false);
        if (before.size() < window) {
          continue;
        }
        double mean = 0;
        for (long g : before.values()) {
          mean += g;
        }
        mean /= window;
        double ss = 0;
        for (long g : before.values()) {
          ss += (g - mean) * (g - mean);
        }
        double sd = Math.sqrt(ss / (window - 1));
        if (sd <= 0) {
          continue;
        }
        double z = (day.getValue() - mean) / sd;
        if (Math.abs(z) > threshold) {
          out.add(new TrendAlert(day.getKey(), e.getKey(), day.getValue(), mean, sd, z));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(TrendAlert::day).thenComparing(TrendAlert::sector));
    return out;
  }
}
