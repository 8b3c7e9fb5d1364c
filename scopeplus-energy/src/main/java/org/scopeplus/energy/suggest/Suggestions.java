package org.scopeplus.energy.suggest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.scopeplus.energy.load.DailyModel;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.load.Temperatures;
import org.scopeplus.energy.solar.PvSimulation;
import org.scopeplus.energy.solar.PvSystem;
import org.scopeplus.energy.solar.Transposition;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * Energy-saving suggestions for a site from its hourly meter data, outdoor temperatures and its
 * time-of-use tariff, each with kWh, cost and CO2 a year, ranked by cost saved (docs/energy.md,
 * "Suggestions"). Figures over the data are scaled to a year by the metered hours (8,760 a year) or
 * complete days (365 a year), the demand charge by months (12 a year).
 */
public final class Suggestions {

  /**
   * The rules' stated assumptions.
   *
   * @param offHoursTargetShare off-hours load a site can reach, as a share of its daytime load
   * @param peakHoursClipped the top hours of each month clipped by peak shaving
   * @param shiftableShare share of the most expensive period's energy that can move
   * @param pvSelfConsumption self-consumed share a PV system is sized for
   * @param anomalyDeviations standard deviations of the daily fit that make a day an anomaly
   */
  public record Options(
      double offHoursTargetShare,
      int peakHoursClipped,
      double shiftableShare,
      double pvSelfConsumption,
      double anomalyDeviations) {

    /** 50 % off-hours load, 10 peak hours a month, 10 % shiftable, 90 % self-consumed, 3 σ. */
    public static Options defaults() {
      return new Options(0.5, 10, 0.1, 0.9, 3);
    }
  }

  /**
   * A site.
   *
   * @param load hourly kWh and temperatures in the site's time zone
   * @param tariff its electricity tariff
   * @param gridFactorKgPerKwh CO2 per kWh of grid electricity
   * @param solarWeather a weather year with irradiance for PV, or null (no PV suggestion)
   * @param pvSystem the PV system to assess, or null to size one facing the equator
   * @param hasPv whether the site already has PV (then no PV suggestion)
   * @param demand the meter's 15- or 30-minute demand, or null when its data is hourly (the maximum
   *     demand is then the highest hourly mean)
   */
  public record Site(
      LoadData load,
      Tariff tariff,
      double gridFactorKgPerKwh,
      WeatherYear solarWeather,
      PvSystem pvSystem,
      boolean hasPv,
      IntervalDemand demand) {

    public Site {
      if (!(gridFactorKgPerKwh >= 0 && gridFactorKgPerKwh <= 5)) {
        throw new IllegalArgumentException(
            "grid factor " + gridFactorKgPerKwh + " kg CO2/kWh: expected 0 to 5");
      }
    }

    /** A site whose meter is read hourly. */
    public Site(
        LoadData load,
        Tariff tariff,
        double gridFactorKgPerKwh,
        WeatherYear solarWeather,
        PvSystem pvSystem,
        boolean hasPv) {
      this(load, tariff, gridFactorKgPerKwh, solarWeather, pvSystem, hasPv, null);
    }
  }

  /**
   * A meter's demand by interval shorter than an hour: each interval's start (epoch seconds, in
   * increasing order) and its mean demand in kW, the interval's kWh × 60 / minutes (4 × kWh for 15
   * minutes). A demand charge bills the month's highest such interval, which an hourly mean
   * understates.
   */
  public record IntervalDemand(long[] start, double[] kw, int minutes) {

    public IntervalDemand {
      if (start.length != kw.length) {
        throw new IllegalArgumentException("interval starts and demands differ in length");
      }
      if (minutes < 1 || minutes >= 60 || 60 % minutes != 0) {
        throw new IllegalArgumentException(
            minutes + "-minute intervals: a demand interval divides an hour");
      }
      start = start.clone();
      kw = kw.clone();
    }

    /** The demand of intervals of {@code minutes} with the kWh metered in each. */
    public static IntervalDemand ofKwh(long[] start, double[] kwh, int minutes) {
      double[] kw = new double[kwh.length];
      for (int i = 0; i < kw.length; i++) {
        kw[i] = kwh[i] * 60.0 / minutes;
      }
      return new IntervalDemand(start, kw, minutes);
    }
  }

  /** Local calendar of the metered hours. */
  static final class Hours {
    final int n;
    final long[] start;
    final double[] kwh;
    final int[] hour;
    final int[] dayOfWeek;
    final LocalDateTime[] local;

    Hours(LoadData data) {
      long[] s = data.hourStarts();
      double[] k = data.kwh();
      int c = 0;
      for (double v : k) {
        if (!Double.isNaN(v)) {
          c++;
        }
      }
      n = c;
      start = new long[n];
      kwh = new double[n];
      hour = new int[n];
      dayOfWeek = new int[n];
      local = new LocalDateTime[n];
      ZoneId zone = data.zone();
      int j = 0;
      for (int i = 0; i < s.length; i++) {
        if (Double.isNaN(k[i])) {
          continue;
        }
        start[j] = s[i];
        kwh[j] = k[i];
        local[j] = LocalDateTime.ofInstant(Instant.ofEpochSecond(s[i]), zone);
        hour[j] = local[j].getHour();
        dayOfWeek[j] = local[j].getDayOfWeek().getValue() - 1;
        j++;
      }
    }

    double years() {
      return n / 8760.0;
    }
  }

  private Suggestions() {}

  /**
   * All rules that find a saving, ranked by cost saved a year, then by kWh; the CalTRACK daily
   * model is fitted to the site's load here.
   */
  public static List<Suggestion> of(Site site, Options options) {
    return of(site, options, null);
  }

  /**
   * All rules that find a saving, ranked by cost saved a year, then by kWh, with the CalTRACK daily
   * model the caller has already fitted to {@code site.load()} (null: fitted here).
   */
  public static List<Suggestion> of(Site site, Options options, DailyModel fitted) {
    Hours h = new Hours(site.load());
    if (h.n < 14 * 24) {
      throw new IllegalArgumentException(
          "the meter has " + h.n + " hours with readings; suggestions need at least 14 days");
    }
    List<Suggestion> all = new ArrayList<>();
    add(all, baseload(h, site, options));
    add(all, peakShaving(h, site, options));
    add(all, loadShifting(h, site, options));
    if (!site.hasPv() && site.solarWeather() != null) {
      add(all, pv(h, site, options));
    }
    DailyModel daily = fitted;
    if (daily == null) {
      try {
        daily = DailyModel.fit(site.load());
      } catch (IllegalArgumentException e) {
        // fewer than 10 complete days: no temperature or anomaly rule
      }
    }
    if (daily != null) {
      add(all, setpoint(daily, site, h, true));
      add(all, setpoint(daily, site, h, false));
      add(all, anomalies(daily, site, h, options));
    }
    all.sort(
        Comparator.comparingDouble(Suggestion::costPerYear)
            .thenComparingDouble(Suggestion::kwhPerYear)
            .reversed());
    return all;
  }

  private static void add(List<Suggestion> all, Suggestion s) {
    if (s != null) {
      all.add(s);
    }
  }

  static boolean offHours(int dayOfWeek, int hour) {
    return dayOfWeek >= 5 || hour >= 22 || hour < 6;
  }

  static boolean daytime(int dayOfWeek, int hour) {
    return dayOfWeek < 5 && hour >= 9 && hour < 17;
  }

  /**
   * Off-hours (weekday 22:00-06:00 and weekends) against the weekday daytime (09:00-17:00) mean:
   * the energy above {@code offHoursTargetShare} of the daytime mean in each off-hour.
   */
  static Suggestion baseload(Hours h, Site site, Options o) {
    double day = 0;
    int nDay = 0;
    double off = 0;
    int nOff = 0;
    for (int i = 0; i < h.n; i++) {
      if (daytime(h.dayOfWeek[i], h.hour[i])) {
        day += h.kwh[i];
        nDay++;
      } else if (offHours(h.dayOfWeek[i], h.hour[i])) {
        off += h.kwh[i];
        nOff++;
      }
    }
    if (nDay == 0 || nOff == 0) {
      return null;
    }
    double dayMean = day / nDay;
    double offMean = off / nOff;
    double target = o.offHoursTargetShare() * dayMean;
    if (offMean <= target) {
      return null;
    }
    double kwh = 0;
    double cost = 0;
    for (int i = 0; i < h.n; i++) {
      if (offHours(h.dayOfWeek[i], h.hour[i])) {
        double excess = Math.max(h.kwh[i] - target, 0);
        kwh += excess;
        cost += excess * site.tariff().price(h.local[i]);
      }
    }
    double y = h.years();
    return new Suggestion(
        Suggestion.Rule.BASELOAD,
        kwh / y,
        cost / y,
        kwh / y * site.gridFactorKgPerKwh(),
        new Object[] {
          offMean, offMean / dayMean * 100, dayMean, o.offHoursTargetShare() * 100, target, nOff
        },
        List.of(
            "off-hours " + nOff + " h, mean " + round(offMean) + " kW",
            "weekday daytime " + nDay + " h, mean " + round(dayMean) + " kW"));
  }

  /**
   * Each local month's top {@code peakHoursClipped} hours of demand clipped to the next-highest
   * interval: the month's maximum demand falls by the difference, times the demand charge; no
   * energy saved. Demand is the hourly mean (kWh in the hour) for an hourly meter and each
   * interval's mean for a 15- or 30-minute one ({@link IntervalDemand}), whose top hours are then 4
   * or 2 intervals each.
   */
  static Suggestion peakShaving(Hours h, Site site, Options o) {
    double charge = site.tariff().demandChargePerKwMonth();
    if (charge <= 0) {
      return null;
    }
    IntervalDemand d = site.demand();
    int n = d == null ? h.n : d.kw().length;
    double[] kw = d == null ? h.kwh : d.kw();
    LocalDateTime[] local = h.local;
    double hoursEach = 1;
    int k = o.peakHoursClipped();
    if (d != null) {
      local = new LocalDateTime[n];
      for (int m = 0; m < n; m++) {
        local[m] = LocalDateTime.ofInstant(Instant.ofEpochSecond(d.start()[m]), site.load().zone());
      }
      hoursEach = d.minutes() / 60.0;
      k = o.peakHoursClipped() * 60 / d.minutes();
    }
    List<String> evidence = new ArrayList<>();
    double reduction = 0;
    double moved = 0;
    int months = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n
          && local[j].getYear() == local[i].getYear()
          && local[j].getMonth() == local[i].getMonth()) {
        j++;
      }
      Integer[] idx = new Integer[j - i];
      for (int m = 0; m < idx.length; m++) {
        idx[m] = i + m;
      }
      Arrays.sort(idx, (a, b) -> Double.compare(kw[b], kw[a]));
      months++;
      if (idx.length > k) {
        double level = kw[idx[k]];
        double cut = kw[idx[0]] - level;
        if (cut > 0) {
          reduction += cut;
          for (int m = 0; m < k; m++) {
            moved += (kw[idx[m]] - level) * hoursEach;
          }
          evidence.add(
              local[idx[0]].toLocalDate().withDayOfMonth(1).toString().substring(0, 7)
                  + ": peak "
                  + round(kw[idx[0]])
                  + " kW at "
                  + local[idx[0]]
                  + (d == null ? "" : " (" + d.minutes() + "-minute demand)")
                  + ", clipped to "
                  + round(level)
                  + " kW");
        }
      }
      i = j;
    }
    if (reduction <= 0) {
      return null;
    }
    double perMonth = reduction / months;
    return new Suggestion(
        Suggestion.Rule.PEAK_SHAVING,
        0,
        perMonth * charge * 12,
        0,
        new Object[] {o.peakHoursClipped(), perMonth, moved / months * 12, charge},
        evidence);
  }

  /**
   * {@code shiftableShare} of the energy in the most expensive period moved into the cheapest: the
   * price difference; no energy saved, the same grid factor at both times.
   */
  static Suggestion loadShifting(Hours h, Site site, Options o) {
    Tariff t = site.tariff();
    double high = t.highestPrice();
    double low = t.lowestPrice();
    if (high <= low) {
      return null;
    }
    double e = 0;
    int hours = 0;
    for (int i = 0; i < h.n; i++) {
      if (t.price(h.local[i]) == high) {
        e += h.kwh[i];
        hours++;
      }
    }
    if (e <= 0) {
      return null;
    }
    double y = h.years();
    return new Suggestion(
        Suggestion.Rule.LOAD_SHIFTING,
        0,
        o.shiftableShare() * e * (high - low) / y,
        0,
        new Object[] {
          e / y,
          t.periodWithPrice(high),
          high,
          o.shiftableShare() * 100,
          t.periodWithPrice(low),
          low
        },
        List.of(hours + " metered hours in " + t.periodWithPrice(high) + ", " + round(e) + " kWh"));
  }

  /** Self-consumed and exported PV over the metered hours for a system of kWp times the profile. */
  record PvResult(double generated, double selfConsumed, double exported, double avoidedCost) {}

  static PvResult pvHours(Hours h, Tariff t, double[] acPerKwp, double kwp) {
    double gen = 0;
    double self = 0;
    double cost = 0;
    for (int i = 0; i < h.n; i++) {
      double pv = acPerKwp[i] * kwp;
      double used = Math.min(pv, Math.max(h.kwh[i], 0));
      gen += pv;
      self += used;
      cost += used * t.price(h.local[i]) + (pv - used) * t.exportPrice();
    }
    return new PvResult(gen, self, gen - self, cost);
  }

  /**
   * The largest capacity (0.1 kWp steps) whose self-consumed share is at least the target, by
   * bisection: the share falls as the capacity grows.
   */
  static double size(Hours h, Tariff t, double[] acPerKwp, double share) {
    double lo = 0;
    double hi = 1;
    while (selfShare(h, t, acPerKwp, hi) >= share) {
      lo = hi;
      hi *= 2;
      if (hi > 1e7) {
        return Double.NaN;
      }
    }
    for (int it = 0; it < 60; it++) {
      double mid = (lo + hi) / 2;
      if (selfShare(h, t, acPerKwp, mid) >= share) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.floor(lo * 10 + 1e-9) / 10;
  }

  private static double selfShare(Hours h, Tariff t, double[] acPerKwp, double kwp) {
    PvResult r = pvHours(h, t, acPerKwp, kwp);
    return r.generated() > 0 ? r.selfConsumed() / r.generated() : 1;
  }

  static Suggestion pvSuggestion(Hours h, Site site, Options o, double[] acPerKwp, PvSystem s) {
    double kwp =
        site.pvSystem() != null
            ? site.pvSystem().dcCapacityKw()
            : size(h, site.tariff(), acPerKwp, o.pvSelfConsumption());
    if (!(kwp > 0)) {
      return null;
    }
    PvResult r = pvHours(h, site.tariff(), acPerKwp, kwp);
    if (r.generated() <= 0) {
      return null;
    }
    double y = h.years();
    return new Suggestion(
        Suggestion.Rule.PV,
        r.selfConsumed() / y,
        r.avoidedCost() / y,
        r.selfConsumed() / y * site.gridFactorKgPerKwh(),
        new Object[] {
          kwp,
          s.tilt(),
          s.azimuth(),
          r.generated() / y,
          r.selfConsumed() / y,
          r.selfConsumed() / r.generated() * 100,
          r.exported() / y
        },
        List.of(
            "PVWatts on the weather year, "
                + round(kwp)
                + " kWp: generated "
                + round(r.generated() / y)
                + " kWh/a, self-consumed "
                + round(r.selfConsumed() / y)
                + " kWh/a, exported "
                + round(r.exported() / y)
                + " kWh/a"));
  }

  /** A 1 kWp system facing the equator at the latitude's tilt (at most 60°), PVWatts defaults. */
  static PvSystem defaultSystem(double latitude) {
    return new PvSystem(
        Double.NaN,
        Double.NaN,
        1,
        Math.min(Math.abs(latitude), 60),
        latitude >= 0 ? 180 : 0,
        14.08,
        1 / 1.2,
        -0.0047,
        PvSystem.TemperatureModel.SAPM_OPEN_RACK_GLASS_GLASS,
        Transposition.SkyModel.PEREZ,
        Double.NaN,
        67);
  }

  /**
   * PV on the weather year, matched to the metered hours by local month, day and hour (a typical
   * year's 29 February is taken from 28 February). PVWatts DC and inverter scale with the capacity
   * at a fixed DC/AC ratio, so a 1 kWp run gives every size.
   */
  static Suggestion pv(Hours h, Site site, Options o) {
    WeatherYear w = site.solarWeather();
    PvSystem template =
        site.pvSystem() != null ? site.pvSystem() : defaultSystem(w.site().latitude());
    PvSimulation.Hours sim = PvSimulation.run(template, w);
    ZoneOffset offset =
        ZoneOffset.ofTotalSeconds((int) Math.round(w.site().utcOffsetHours() * 3600));
    double[] byKey = new double[366 * 24];
    boolean[] has = new boolean[byKey.length];
    for (int i = 0; i < w.size(); i++) {
      LocalDateTime start = LocalDateTime.ofEpochSecond(sim.hourEnd()[i] - 3600, 0, offset);
      int key = key(start);
      byKey[key] = sim.ac()[i] / 1000.0 / template.dcCapacityKw();
      has[key] = true;
    }
    double[] perKwp = new double[h.n];
    for (int i = 0; i < h.n; i++) {
      int key = key(h.local[i]);
      if (!has[key] && h.local[i].getMonthValue() == 2 && h.local[i].getDayOfMonth() == 29) {
        key = key(h.local[i].minusDays(1));
      }
      perKwp[i] = has[key] ? byKey[key] : 0;
    }
    return pvSuggestion(h, site, o, perKwp, template);
  }

  private static int key(LocalDateTime t) {
    return (LocalDate.of(2000, t.getMonth(), t.getDayOfMonth()).getDayOfYear() - 1) * 24
        + t.getHour();
  }

  /**
   * A 1 °C (1.8 °F) setpoint change moves the fitted balance point: cooling up, heating down. The
   * day's saving is slope × (degree days at the fitted balance point - at the moved one).
   */
  static Suggestion setpoint(DailyModel m, Site site, Hours h, boolean cooling) {
    double slope = cooling ? m.coolingSlope() : m.heatingSlope();
    if (!(slope > 0)) {
      return null;
    }
    double balance = cooling ? m.coolingBalanceF() : m.heatingBalanceF();
    Predictions days = m.fitted();
    double[] tF = dailyMeanF(site.load(), days.start());
    double kwh = 0;
    int active = 0;
    List<String> evidence = new ArrayList<>();
    for (int d = 0; d < tF.length; d++) {
      double now = cooling ? Math.max(tF[d] - balance, 0) : Math.max(balance - tF[d], 0);
      double moved =
          cooling ? Math.max(tF[d] - balance - 1.8, 0) : Math.max(balance - 1.8 - tF[d], 0);
      if (now > 0) {
        active++;
      }
      kwh += slope * (now - moved);
    }
    if (kwh <= 0) {
      return null;
    }
    double y = tF.length / 365.0;
    double price = averagePrice(h, site.tariff());
    evidence.add(m.description());
    return new Suggestion(
        cooling ? Suggestion.Rule.COOLING_SETPOINT : Suggestion.Rule.HEATING_SETPOINT,
        kwh / y,
        kwh / y * price,
        kwh / y * site.gridFactorKgPerKwh(),
        new Object[] {slope * 1.8, Temperatures.celsius(balance), m.adjustedRSquared(), active / y},
        evidence);
  }

  /** Mean temperature (°F) of each local day starting at the given instants. */
  static double[] dailyMeanF(LoadData data, long[] dayStarts) {
    long[] s = data.hourStarts();
    double[] t = data.temperatureC();
    double[] out = new double[dayStarts.length];
    int i = 0;
    for (int d = 0; d < dayStarts.length; d++) {
      long to =
          LocalDate.ofInstant(Instant.ofEpochSecond(dayStarts[d]), data.zone())
              .plusDays(1)
              .atStartOfDay(data.zone())
              .toEpochSecond();
      while (i < s.length && s[i] < dayStarts[d]) {
        i++;
      }
      double sum = 0;
      int c = 0;
      while (i < s.length && s[i] < to) {
        sum += t[i];
        c++;
        i++;
      }
      out[d] = c > 0 ? Temperatures.fahrenheit(sum / c) : Double.NaN;
    }
    return out;
  }

  /** The site's energy-weighted price: cost of the metered hours over their kWh. */
  static double averagePrice(Hours h, Tariff t) {
    double e = 0;
    double c = 0;
    for (int i = 0; i < h.n; i++) {
      e += h.kwh[i];
      c += h.kwh[i] * t.price(h.local[i]);
    }
    return e > 0 ? c / e : 0;
  }

  /**
   * Days whose metered kWh exceeds the CalTRACK daily fit by more than {@code anomalyDeviations}
   * times the fit's residual standard deviation √(Σr²/(n-p)); the saving is their excess.
   */
  static Suggestion anomalies(DailyModel m, Site site, Hours h, Options o) {
    Predictions f = m.fitted();
    double ss = 0;
    int n = 0;
    for (int d = 0; d < f.size(); d++) {
      double r = f.actual()[d] - f.predicted()[d];
      if (!Double.isNaN(r)) {
        ss += r * r;
        n++;
      }
    }
    if (n <= m.parameters()) {
      return null;
    }
    double sigma = Math.sqrt(ss / (n - m.parameters()));
    double limit = o.anomalyDeviations() * sigma;
    double kwh = 0;
    int days = 0;
    List<String> evidence = new ArrayList<>();
    for (int d = 0; d < f.size(); d++) {
      double r = f.actual()[d] - f.predicted()[d];
      if (r > limit) {
        kwh += r;
        days++;
        evidence.add(
            LocalDate.ofInstant(Instant.ofEpochSecond(f.start()[d]), site.load().zone())
                + ": "
                + round(f.actual()[d])
                + " kWh against "
                + round(f.predicted()[d])
                + " kWh predicted");
      }
    }
    if (days == 0) {
      return null;
    }
    double y = n / 365.0;
    double price = averagePrice(h, site.tariff());
    return new Suggestion(
        Suggestion.Rule.ANOMALIES,
        kwh / y,
        kwh / y * price,
        kwh / y * site.gridFactorKgPerKwh(),
        new Object[] {days, o.anomalyDeviations(), limit},
        evidence);
  }

  private static String round(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
