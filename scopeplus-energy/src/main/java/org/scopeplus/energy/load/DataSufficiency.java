package org.scopeplus.energy.load;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * CalTRACK 2.0's data sufficiency of a baseline or reporting period, as OpenDSM's eemeter checks it
 * ({@code opendsm/eemeter/common/sufficiency_criteria.py}, {@code HourlySufficiencyCriteria} and
 * {@code DailySufficiencyCriteria}). A disqualification means the period cannot carry a CalTRACK
 * baseline (a savings calculation refuses it); a warning is shown with the result.
 *
 * <p>Baseline, disqualified when: no hour has both a reading and a temperature; the period is
 * longer than 365 days or shorter than ⌈0.9 × 365⌉ = 329 (CalTRACK 2.2.1); fewer than 90 % of its
 * days have readings with temperatures, readings, or temperatures (2.2.2, a day being 24 hours of
 * the hourly rows); a calendar month of the period has temperatures for fewer than 90 % of its
 * hours; for the hourly model also readings for fewer than 90 % of a month's hours. Warned:
 * readings above median + 3 × IQR (quartiles interpolated linearly; CalTRACK 2.3.6), hourly for the
 * hourly model and daily totals of complete local days for the daily model. Reporting period,
 * disqualified when it has no temperature, fewer than 90 % of its days have temperatures, or a
 * month has temperatures for fewer than 90 % of its hours.
 *
 * <p>The period's days, as eemeter counts them: whole days from the first to the last hour with a
 * reading and a temperature, plus one, plus the whole days from the period's start to that first
 * hour and from that last hour to the period's end. Days with data are the hours with data divided
 * by 24, rounded down.
 */
public record DataSufficiency(
    List<Finding> disqualifications, List<Finding> warnings, int days, int daysWithData) {

  /** Longest baseline, days (CalTRACK 2.2.1). */
  public static final int MAX_BASELINE_DAYS = 365;

  /** Shortest baseline, days: ⌈0.9 × 365⌉. */
  public static final int MIN_BASELINE_DAYS = 329;

  /** Least share of days, and of each month's hours, with data (CalTRACK 2.2.2). */
  public static final double MIN_COVERAGE = 0.9;

  /**
   * One finding: its code (eemeter's qualified name without its prefix) and the figures of its
   * sentence, said in English or Chinese by {@link #text}.
   */
  public record Finding(String code, Object[] arguments) {
    public Finding {
      arguments = arguments.clone();
    }

    /** The sentence in the language of the locale (English, or Chinese for {@code zh_CN}). */
    public String text(Locale locale) {
      ResourceBundle b =
          ResourceBundle.getBundle(
              "org.scopeplus.energy.load.SufficiencyText",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(b.getString(code), locale).format(arguments);
    }

    /** The English sentence. */
    public String message() {
      return text(Locale.ENGLISH);
    }
  }

  public DataSufficiency {
    disqualifications = List.copyOf(disqualifications);
    warnings = List.copyOf(warnings);
  }

  /** Whether nothing disqualifies the period. */
  public boolean sufficient() {
    return disqualifications.isEmpty();
  }

  /** Every finding: the disqualifications, then the warnings. */
  public List<Finding> all() {
    List<Finding> all = new ArrayList<>(disqualifications);
    all.addAll(warnings);
    return all;
  }

  /**
   * The disqualifications in one English sentence, for a refusal.
   *
   * @param period what was checked, e.g. {@code baseline 2023-01-01/2024-01-01}
   */
  public String refusal(String period) {
    StringBuilder b =
        new StringBuilder("the " + period + " does not meet CalTRACK's data sufficiency: ");
    for (int i = 0; i < disqualifications.size(); i++) {
      b.append(i == 0 ? "" : "; ").append(disqualifications.get(i).message());
    }
    return b.toString();
  }

  /**
   * A baseline's disqualifications in one sentence in the locale's language (English, or Chinese
   * for {@code zh_CN}); in English it is {@link #refusal refusal("baseline " + dates)}.
   *
   * @param dates the baseline's days, e.g. {@code 2023-01-01/2024-01-01}
   */
  public String baselineRefusal(String dates, Locale locale) {
    if ("en".equals(locale.getLanguage())) {
      return refusal("baseline " + dates);
    }
    ResourceBundle b =
        ResourceBundle.getBundle(
            "org.scopeplus.energy.load.SufficiencyText",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    StringBuilder findings = new StringBuilder();
    for (Finding f : disqualifications) {
      findings.append(f.text(locale));
    }
    return new MessageFormat(b.getString("baseline_refusal"), locale)
        .format(new Object[] {dates, findings.toString()});
  }

  /**
   * The baseline period [from, to) of a meter with its temperatures.
   *
   * @param model {@code hourly} or {@code daily}: the monthly reading coverage is the hourly
   *     model's, and extreme values are sought among hours or days
   */
  public static DataSufficiency baseline(
      HourlySeries meter, HourlySeries temperature, long from, long to, ZoneId zone, String model) {
    return check(meter, temperature, from, to, zone, "daily".equals(model), true);
  }

  /** The reporting period [from, to): its temperatures only (the baseline projects from them). */
  public static DataSufficiency reporting(
      HourlySeries temperature, long from, long to, ZoneId zone) {
    return check(null, temperature, from, to, zone, false, false);
  }

  private static DataSufficiency check(
      HourlySeries meter,
      HourlySeries temperature,
      long from,
      long to,
      ZoneId zone,
      boolean daily,
      boolean baseline) {
    temperature = HourPhase.onMeterHours(temperature, meter);
    long phase =
        meter != null && meter.size() > 0 ? HourPhase.of(meter) : HourPhase.of(temperature);
    long first = from - Math.floorMod(from - phase, 3600);
    int n = (int) Math.max(0, (to - first + 3599) / 3600);
    boolean[] hasKwh = new boolean[n];
    boolean[] hasTemp = new boolean[n];
    double[] kwh = new double[n];
    int kwhHours = 0;
    int tempHours = 0;
    int bothHours = 0;
    long firstBoth = Long.MAX_VALUE;
    long lastBoth = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long t = first + 3600L * i;
      double k = meter == null ? Double.NaN : meter.at(t);
      hasKwh[i] = !Double.isNaN(k);
      kwh[i] = k;
      hasTemp[i] = !Double.isNaN(temperature.at(t));
      kwhHours += hasKwh[i] ? 1 : 0;
      tempHours += hasTemp[i] ? 1 : 0;
      boolean both = hasTemp[i] && (hasKwh[i] || !baseline);
      if (both) {
        bothHours++;
        firstBoth = Math.min(firstBoth, t);
        lastBoth = Math.max(lastBoth, t);
      }
    }
    List<Finding> disq = new ArrayList<>();
    List<Finding> warn = new ArrayList<>();
    if (bothHours == 0) {
      disq.add(new Finding("no_data", new Object[0]));
      return new DataSufficiency(disq, warn, 0, 0);
    }
    int days =
        (int)
            (Math.floorDiv(lastBoth - firstBoth, 86_400)
                + 1
                + Math.floorDiv(firstBoth - from, 86_400)
                + Math.floorDiv(to - lastBoth, 86_400));
    int validDays = bothHours / 24;
    if (baseline && (days > MAX_BASELINE_DAYS || days < MIN_BASELINE_DAYS)) {
      disq.add(
          new Finding(
              "incorrect_number_of_total_days",
              new Object[] {days, MIN_BASELINE_DAYS, MAX_BASELINE_DAYS}));
    }
    coverage(disq, "too_many_days_with_missing_data", validDays, days);
    if (baseline) {
      coverage(disq, "too_many_days_with_missing_meter_data", kwhHours / 24, days);
    }
    coverage(disq, "too_many_days_with_missing_temperature_data", tempHours / 24, days);
    monthly(disq, "missing_monthly_temperature_data", hasTemp, first, zone);
    if (baseline && !daily) {
      monthly(disq, "missing_monthly_meter_data", hasKwh, first, zone);
    }
    if (baseline) {
      double[] values = daily ? dailyTotals(kwh, first, zone) : present(kwh);
      extremes(warn, values, daily);
    }
    return new DataSufficiency(disq, warn, days, validDays);
  }

  private static void coverage(List<Finding> disq, String code, int withData, int days) {
    double share = days > 0 ? withData / (double) days : 0;
    if (share < MIN_COVERAGE) {
      disq.add(new Finding(code, new Object[] {withData, days, share}));
    }
  }

  /** Each calendar month (local) of the period: the share of its hours that have data. */
  private static void monthly(
      List<Finding> disq, String code, boolean[] has, long first, ZoneId zone) {
    int[] hours = new int[13];
    int[] with = new int[13];
    for (int i = 0; i < has.length; i++) {
      int m = Instant.ofEpochSecond(first + 3600L * i).atZone(zone).getMonthValue();
      hours[m]++;
      with[m] += has[i] ? 1 : 0;
    }
    double lowest = 1;
    int lowestMonth = 0;
    for (int m = 1; m <= 12; m++) {
      if (hours[m] > 0 && with[m] / (double) hours[m] < lowest) {
        lowest = with[m] / (double) hours[m];
        lowestMonth = m;
      }
    }
    if (lowest < MIN_COVERAGE) {
      disq.add(new Finding(code, new Object[] {lowestMonth, lowest}));
    }
  }

  private static double[] present(double[] kwh) {
    return Arrays.stream(kwh).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** Totals of the local days whose every hour has a reading. */
  private static double[] dailyTotals(double[] kwh, long first, ZoneId zone) {
    List<Double> totals = new ArrayList<>();
    int i = 0;
    while (i < kwh.length) {
      var day = Instant.ofEpochSecond(first + 3600L * i).atZone(zone).toLocalDate();
      long dayStart = day.atStartOfDay(zone).toEpochSecond();
      long dayHours = (day.plusDays(1).atStartOfDay(zone).toEpochSecond() - dayStart) / 3600;
      double sum = 0;
      int count = 0;
      boolean whole = first + 3600L * i == dayStart;
      while (i < kwh.length
          && Instant.ofEpochSecond(first + 3600L * i).atZone(zone).toLocalDate().equals(day)) {
        if (!Double.isNaN(kwh[i])) {
          sum += kwh[i];
          count++;
        }
        i++;
      }
      if (whole && count == dayHours) {
        totals.add(sum);
      }
    }
    return totals.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Readings above median + 3 × IQR (CalTRACK 2.3.6), quartiles as pandas interpolates them. */
  private static void extremes(List<Finding> warn, double[] values, boolean daily) {
    if (values.length == 0) {
      return;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double median = quantile(v, 0.5);
    double limit = median + 3 * (quantile(v, 0.75) - quantile(v, 0.25));
    int count = 0;
    for (double x : v) {
      if (x > limit) {
        count++;
      }
    }
    if (count > 0) {
      warn.add(
          new Finding(
              daily ? "extreme_values_detected_daily" : "extreme_values_detected",
              new Object[] {count, limit, v[v.length - 1], median}));
    }
  }

  /** The q-quantile of sorted values, linear between the closest ranks (pandas' default). */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
