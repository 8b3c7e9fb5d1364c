package org.scopeplus.server.energy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.GridFactor;
import org.scopeplus.core.energy.IntervalPhase;
import org.scopeplus.core.energy.IntervalReadings;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.PvArray;
import org.scopeplus.core.energy.Tariff;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.AvoidedEnergy;
import org.scopeplus.energy.load.Backtest;
import org.scopeplus.energy.load.DataSufficiency;
import org.scopeplus.energy.load.HourPhase;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.solar.CloudCover;
import org.scopeplus.energy.solar.PvSimulation;
import org.scopeplus.energy.solar.PvSystem;
import org.scopeplus.energy.solar.Transposition;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.SiteWeather;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.Kept;
import org.scopeplus.store.energy.MeterDayStore;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.PvSystemStore;
import org.scopeplus.store.energy.SiteStore;
import org.scopeplus.store.energy.SiteWeatherStore;
import org.scopeplus.store.energy.TariffStore;
import org.springframework.stereotype.Component;

/**
 * A meter's baseline, forecast, measured savings and suggestions, and a PV system's expected
 * generation against its meter, computed from the stored readings and the site's weather with the
 * energy module (docs/energy.md, "In the service: analysis"). Every window is bounded ({@link
 * #MAX_WINDOW_DAYS}) so that no request runs long; a request the data cannot answer is refused with
 * a sentence saying what is missing.
 */
@Component
public class MeterAnalysis {

  /** The longest training, reporting or PV window: three years of hourly data. */
  public static final int MAX_WINDOW_DAYS = 3 * 366;

  /** The most days the default baseline (and the suggestions) look back. */
  static final int DEFAULT_HISTORY_DAYS = 365;

  /** Guideline 14's confidence for the savings uncertainty shown. */
  static final double SAVINGS_CONFIDENCE = 0.90;

  /** A day below this share of its expected PV energy is flagged as under-performing. */
  static final double PV_UNDERPERFORMANCE = 0.8;

  /** Days with less expected PV energy than this, kWh per kWp, are not judged. */
  static final double PV_MIN_DAY_KWH_PER_KWP = 0.5;

  private final Database db;
  private final ReferenceData reference;
  private final SiteStore sites = new SiteStore();
  private final MeterStore meters = new MeterStore();
  private final PvSystemStore pvs = new PvSystemStore();
  private final TariffStore tariffs = new TariffStore();
  private final MeterDayStore days = new MeterDayStore();
  private final SiteWeatherStore weather = new SiteWeatherStore();
  private volatile CalculationEngine engine;

  MeterAnalysis(Database db, ReferenceData reference) {
    this.db = db;
    this.reference = reference;
  }

  /** One interval: its start, the model's kWh and the metered kWh (null where none). */
  public record Point(Instant start, Double predicted, Double actual) {}

  /** Guideline 14 figures of a fit with its limits and whether they are met. */
  public record Fit(
      int intervals,
      double cvRmse,
      double nmbe,
      double mae,
      double cvRmseLimit,
      double nmbeLimit,
      boolean passes) {
    static Fit of(Accuracy a) {
      return new Fit(
          a.n(),
          a.cvRmse(),
          a.nmbe(),
          a.mae(),
          Accuracy.HOURLY_CV_RMSE_LIMIT,
          Accuracy.HOURLY_NMBE_LIMIT,
          a.withinHourlyLimits());
    }
  }

  /** A fitted baseline with its in-sample figures and points (hours, or local days). */
  public record Baseline(
      String meterId,
      String model,
      String description,
      int parameters,
      LocalDate trainFrom,
      LocalDate trainTo,
      String interval,
      Fit fit,
      List<Point> points) {}

  /** A forecast from the end of the readings, with the training it rests on. */
  public record Forecast(
      String meterId,
      String model,
      String description,
      Instant origin,
      int days,
      LocalDate trainFrom,
      LocalDate trainTo,
      String interval,
      double totalKwh,
      List<Point> points) {}

  /** The grid factor used for CO2, as the inventory engine resolves it. */
  public record FactorUsed(
      String region,
      int year,
      double kgCo2ePerKwh,
      String factorId,
      String citation,
      String reason,
      boolean secondary) {}

  /** IPMVP Option C avoided energy use with cost, CO2 and Guideline 14's uncertainty. */
  public record Savings(
      String meterId,
      String model,
      LocalDate baselineFrom,
      LocalDate baselineTo,
      LocalDate reportingFrom,
      LocalDate reportingTo,
      double baselineProjectedKwh,
      double reportingKwh,
      double savingsKwh,
      double savingsFraction,
      double confidence,
      double fractionalUncertainty,
      double uncertaintyKwh,
      boolean meetsGuideline14,
      Fit baselineFit,
      String currency,
      Double savingsCost,
      Double co2Kg,
      FactorUsed gridFactor,
      List<String> notes,
      List<SufficiencyWarning> warnings,
      List<Point> points) {}

  /**
   * A warning of CalTRACK's data sufficiency of the baseline (e.g. readings to review), in both
   * languages.
   */
  public record SufficiencyWarning(String code, String textEn, String textZhCn) {
    static SufficiencyWarning of(DataSufficiency.Finding f) {
      return new SufficiencyWarning(
          f.code(), f.text(Locale.ENGLISH), f.text(Locale.SIMPLIFIED_CHINESE));
    }

    /** The warning in the page's language. */
    public String text(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? textZhCn : textEn;
    }
  }

  /**
   * CalTRACK's data sufficiency of a baseline window (hourly model): the refusal in both languages
   * when a disqualification holds (null when sufficient), and the warnings.
   *
   * @param from first local day of the baseline
   * @param to the local day after its last
   */
  public record Sufficiency(
      LocalDate from,
      LocalDate to,
      String refusalEn,
      String refusalZhCn,
      List<SufficiencyWarning> warnings) {
    public boolean sufficient() {
      return refusalEn == null;
    }

    /** The refusal in the page's language (null when sufficient). */
    public String refusal(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? refusalZhCn : refusalEn;
    }

    static Sufficiency of(DataSufficiency d, Window w) {
      String dates = w.from() + "/" + w.to();
      List<SufficiencyWarning> warnings =
          d.warnings().stream().map(SufficiencyWarning::of).toList();
      return d.sufficient()
          ? new Sufficiency(w.from(), w.to(), null, null, warnings)
          : new Sufficiency(
              w.from(),
              w.to(),
              d.baselineRefusal(dates, Locale.ENGLISH),
              d.baselineRefusal(dates, Locale.SIMPLIFIED_CHINESE),
              warnings);
    }
  }

  /** One ranked suggestion in both languages. */
  public record SuggestionView(
      int rank,
      String rule,
      double kwhPerYear,
      double costPerYear,
      Double co2KgPerYear,
      String text,
      String textEn,
      String textZhCn,
      List<String> evidence) {}

  /** The suggestions of a meter over its latest year of readings. */
  public record SuggestionList(
      String meterId,
      LocalDate from,
      LocalDate to,
      String currency,
      FactorUsed gridFactor,
      List<String> notes,
      List<SuggestionView> suggestions) {}

  /** One local day of a PV system: expected and metered kWh and their ratio. */
  public record PvDay(
      LocalDate day, double expectedKwh, Double actualKwh, Double ratio, boolean underPerforming) {}

  /** A PV system's expected generation over a period, against a meter where it has one. */
  public record PvExpected(
      String pvSystemId,
      String meterId,
      LocalDate from,
      LocalDate to,
      double expectedKwh,
      Double actualKwh,
      Double performanceRatio,
      int typicalHours,
      double threshold,
      List<PvDay> days,
      List<String> notes) {}

  /** What one meter's analysis reads: the meter, its site and the site's things. */
  record Scope(Meter meter, EnergySite site, List<PvArray> pvs, List<Tariff> tariffs) {
    ZoneId zone() {
      return site.zone();
    }
  }

  Scope scope(Connection c, Caller caller, String meterId) throws SQLException {
    return scope(c, caller.tenantId(), meterId);
  }

  Scope scope(Connection c, String tenantId, String meterId) throws SQLException {
    if (meterId == null || meterId.length() > 36) {
      throw ApiProblem.notFound("meter " + meterId);
    }
    Meter m =
        meters
            .byId(c, tenantId, meterId)
            .orElseThrow(() -> ApiProblem.notFound("meter " + meterId))
            .value();
    EnergySite s = sites.byId(c, tenantId, m.siteId()).orElseThrow().value();
    return new Scope(
        m,
        s,
        pvs.ofSite(c, tenantId, s.id()).stream().map(Kept::value).toList(),
        tariffs.ofSite(c, tenantId, s.id()).stream().map(Kept::value).toList());
  }

  // ---- windows -----------------------------------------------------------------------------

  /** A window of local days [from, to) of the site, as epoch seconds. */
  record Window(LocalDate from, LocalDate to, long start, long end) {
    long days() {
      return ChronoUnit.DAYS.between(from, to);
    }
  }

  /** Parses FROM/TO (local dates, end excluded); refuses absurd windows with 400. */
  static Window window(String name, String text, ZoneId zone) {
    if (text == null || text.length() > 60) {
      throw ApiProblem.badRequest(name + " is FROM/TO, two dates, e.g. 2024-01-01/2025-01-01");
    }
    String[] p = text.split("/", -1);
    if (p.length != 2) {
      throw ApiProblem.badRequest(name + " is FROM/TO, two dates, e.g. 2024-01-01/2025-01-01");
    }
    LocalDate f = day(name, p[0]);
    LocalDate t = day(name, p[1]);
    if (!t.isAfter(f)) {
      throw ApiProblem.badRequest(name + " " + text + ": the end must come after the start");
    }
    if (ChronoUnit.DAYS.between(f, t) > MAX_WINDOW_DAYS) {
      throw ApiProblem.badRequest(
          name + " " + text + ": at most " + MAX_WINDOW_DAYS + " days (three years)");
    }
    return new Window(
        f, t, f.atStartOfDay(zone).toEpochSecond(), t.atStartOfDay(zone).toEpochSecond());
  }

  static LocalDate day(String name, String text) {
    try {
      LocalDate d = LocalDate.parse(text.strip());
      if (d.getYear() < 1990 || d.getYear() > 2100) {
        throw ApiProblem.badRequest(name + ": dates lie in the years 1990 to 2100, not " + text);
      }
      return d;
    } catch (DateTimeException e) {
      throw ApiProblem.badRequest(name + ": '" + text + "' is not a date such as 2024-01-31");
    }
  }

  private static String model(String given, String fallback) {
    String m = given == null ? fallback : given.strip().toLowerCase(Locale.ROOT);
    if (!m.equals("hourly") && !m.equals("daily")) {
      throw ApiProblem.badRequest("model is hourly or daily");
    }
    return m;
  }

  // ---- data ---------------------------------------------------------------------------------

  /**
   * The meter's whole hours in [from, to): intervals summed, an hour missing any left out. The
   * hours start where {@link IntervalPhase#hourOf} says (half past the UTC hour for a meter in
   * Asia/Kolkata).
   */
  HourlySeries hourly(Connection c, String tenantId, Meter m, long from, long to, ZoneId zone)
      throws SQLException {
    return hourly(readings(c, tenantId, m, from, to), m, from, to, zone);
  }

  /**
   * The stored readings that the meter's hours ({@link #hourly}) and intervals ({@link #demand}) in
   * [from, to) lie on: the stored days from the one holding {@code from} to the one holding the
   * hour after {@code to}, read once for both.
   */
  IntervalReadings readings(Connection c, String tenantId, Meter m, long from, long to)
      throws SQLException {
    IntervalReadings shape = IntervalReadings.of(m);
    return days.read(c, tenantId, m, shape.dayOf(from), shape.dayOf(to + 3600));
  }

  /** {@link #hourly(Connection, String, Meter, long, long, ZoneId)} of readings already read. */
  static HourlySeries hourly(IntervalReadings r, Meter m, long from, long to, ZoneId zone) {
    long phase = IntervalPhase.hourOf(m, zone, Instant.ofEpochSecond(from)) * 60L;
    long first = from + Math.floorMod(phase - from, 3600);
    int per = 60 / m.intervalMinutes();
    List<Long> hours = new ArrayList<>();
    List<Double> kwh = new ArrayList<>();
    for (long t = first; t < to; t += 3600) {
      long wh = 0;
      boolean whole = true;
      for (int k = 0; k < per; k++) {
        int x = r.at(Instant.ofEpochSecond(t + k * 60L * m.intervalMinutes()));
        if (x == IntervalReadings.MISSING) {
          whole = false;
          break;
        }
        wh += x;
      }
      if (whole) {
        hours.add(t);
        kwh.add(wh / 1000.0);
      }
    }
    long[] t = new long[hours.size()];
    double[] v = new double[hours.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = hours.get(i);
      v[i] = kwh.get(i);
    }
    return new HourlySeries(t, v);
  }

  /**
   * The meter's demand by interval in [from, to) when it is read more often than hourly (each 15-
   * or 30-minute interval's mean kW, the maximum a demand charge bills), else null: the
   * peak-shaving rule then takes the highest hourly mean. Missing intervals are left out.
   */
  static Suggestions.IntervalDemand demand(IntervalReadings r, Meter m, long from, long to) {
    if (m.intervalMinutes() >= 60) {
      return null;
    }
    long step = m.intervalMinutes() * 60L;
    long phase = m.phaseMinutes() * 60L;
    long first = from + Math.floorMod(phase - from, step);
    int most = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, (to - first + step - 1) / step));
    long[] starts = new long[most];
    double[] kwh = new double[most];
    int n = 0;
    for (long t = first; t < to; t += step) {
      int x = r.at(Instant.ofEpochSecond(t));
      if (x != IntervalReadings.MISSING) {
        starts[n] = t;
        kwh[n++] = x / 1000.0;
      }
    }
    return Suggestions.IntervalDemand.ofKwh(
        java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(kwh, n), m.intervalMinutes());
  }

  /**
   * The site's weather for [from, to), with the whole UTC hours around it that the hours of a meter
   * in a zone such as Asia/Kolkata overlap ({@link HourPhase}).
   */
  SiteWeather weather(Connection c, String tenantId, String siteId, long from, long to)
      throws SQLException {
    return new SiteWeather(
        weather.actual(c, tenantId, siteId, from - Math.floorMod(from, 3600), to + 3600),
        weather.typical(c, tenantId, siteId));
  }

  private static LoadData data(HourlySeries meter, SiteWeather w, Window win, ZoneId zone) {
    long start = onMeterHours(win.start(), meter);
    return LoadData.of(meter, w.temperature(start, win.end()), start, win.end(), zone);
  }

  /**
   * The first start of the meter's hours from {@code start} on: a window from a local midnight in
   * Asia/Kolkata starts at half past the UTC hour, as the meter's hours do unless it keeps the UTC
   * hours.
   */
  private static long onMeterHours(long start, HourlySeries meter) {
    return meter == null || meter.size() == 0
        ? start
        : start + Math.floorMod(HourPhase.of(meter) - start, 3600);
  }

  private static void needsWeather(SiteWeather w) {
    if (w.isEmpty()) {
      throw ApiProblem.refused(
          "No Weather",
          "the site has no weather: upload a TMY3 or EPW file, or a CSV of observations, to"
              + " /api/v1/energy/sites/{id}/weather");
    }
  }

  private static LoadModel fit(String model, LoadData train) {
    if (train.metered() == 0) {
      throw ApiProblem.refused(
          "Baseline Refused",
          "the meter has no readings with a temperature in the training window");
    }
    try {
      return Backtest.fit(model, train);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.refused("Baseline Refused", e.getMessage());
    }
  }

  /**
   * The model's in-sample accuracy; refused when the metered intervals do not exceed its parameters
   * (Guideline 14's n - p would be zero or negative).
   */
  private static Accuracy assessed(LoadModel fitted) {
    Accuracy a = Accuracy.of(fitted.fitted(), fitted.parameters());
    if (!Double.isFinite(a.cvRmse()) || !Double.isFinite(a.nmbe())) {
      throw ApiProblem.refused(
          "Baseline Refused",
          "the "
              + fitted.name()
              + " model has "
              + fitted.parameters()
              + " parameters and the training window "
              + a.n()
              + " metered intervals with a temperature: give a longer window with readings");
    }
    return a;
  }

  private static List<Point> points(Predictions p) {
    List<Point> out = new ArrayList<>(p.size());
    for (int i = 0; i < p.size(); i++) {
      out.add(
          new Point(
              Instant.ofEpochSecond(p.start()[i]),
              Double.isNaN(p.predicted()[i]) ? null : p.predicted()[i],
              Double.isNaN(p.actual()[i]) ? null : p.actual()[i]));
    }
    return out;
  }

  private static String interval(Predictions p) {
    return p.granularity() == Predictions.Granularity.DAY ? "day" : "hour";
  }

  // ---- the analyses -------------------------------------------------------------------------

  /** The default training window: the latest year of readings (up to the last local day). */
  Window recentWindow(Connection c, Caller caller, Scope s, int maxDays) throws SQLException {
    return recentWindow(c, caller.tenantId(), s, maxDays);
  }

  Window recentWindow(Connection c, String tenantId, Scope s, int maxDays) throws SQLException {
    Instant end =
        days.lastReadingEnd(c, tenantId, s.meter())
            .orElseThrow(() -> ApiProblem.refused("No Readings", "the meter has no readings yet"));
    return recentWindow(end, s.zone(), maxDays);
  }

  /** The last local day that readings ending at {@code end} reach into: the instant before it's. */
  public static LocalDate lastLocalDay(Instant end, ZoneId z) {
    return end.minusSeconds(1).atZone(z).toLocalDate();
  }

  /**
   * The {@code maxDays} local days up to the last one the readings reach into: readings ending at
   * {@code end} cover the local day of the instant before it. The stored days are UTC days, so a
   * site east of UTC reaches into the local day after the last stored one (stored to 3 June, a
   * Shanghai site's readings end at 08:00 on 4 June), and a site west of UTC does not.
   */
  static Window recentWindow(Instant end, ZoneId z, int maxDays) {
    LocalDate to = lastLocalDay(end, z).plusDays(1);
    LocalDate from = to.minusDays(maxDays);
    return new Window(
        from, to, from.atStartOfDay(z).toEpochSecond(), to.atStartOfDay(z).toEpochSecond());
  }

  private static Sufficiency sufficiency(HourlySeries meter, SiteWeather sw, Window w, Scope s) {
    // on the meter's own hours, as the models it decides on are fitted (half past in India)
    long start = onMeterHours(w.start(), meter);
    return Sufficiency.of(
        DataSufficiency.baseline(
            meter, sw.temperature(start, w.end()), start, w.end(), s.zone(), "hourly"),
        w);
  }

  public Baseline baseline(Caller caller, String meterId, String train, String model) {
    return db.inTransaction(
        c -> {
          Scope s = scope(c, caller, meterId);
          Window w =
              train == null
                  ? recentWindow(c, caller, s, DEFAULT_HISTORY_DAYS)
                  : window("train", train, s.zone());
          String m = model(model, "hourly");
          SiteWeather sw = weather(c, caller.tenantId(), s.site().id(), w.start(), w.end());
          needsWeather(sw);
          LoadData d =
              data(
                  hourly(c, caller.tenantId(), s.meter(), w.start(), w.end(), s.zone()),
                  sw,
                  w,
                  s.zone());
          return baseline(s, w, fit(m, d));
        });
  }

  private static Baseline baseline(Scope s, Window w, LoadModel fitted) {
    Predictions p = fitted.fitted();
    return new Baseline(
        s.meter().id(),
        fitted.name(),
        fitted.description(),
        fitted.parameters(),
        w.from(),
        w.to(),
        interval(p),
        Fit.of(assessed(fitted)),
        points(p));
  }

  public Forecast forecast(Caller caller, String meterId, int days, String model) {
    if (days != 1 && days != 31) {
      throw ApiProblem.badRequest("days is 1 (day-ahead) or 31 (month-ahead)");
    }
    return db.inTransaction(
        c -> {
          Scope s = scope(c, caller, meterId);
          Window train = recentWindow(c, caller, s, DEFAULT_HISTORY_DAYS);
          String m = model(model, days == 1 ? "hourly" : "daily");
          ZoneId z = s.zone();
          SiteWeather sw =
              weather(
                  c, caller.tenantId(), s.site().id(), train.start(), ahead(train, days, z).end());
          needsWeather(sw);
          LoadModel fitted =
              fit(
                  m,
                  data(
                      hourly(c, caller.tenantId(), s.meter(), train.start(), train.end(), z),
                      sw,
                      train,
                      z));
          return forecast(s, train, fitted, sw, days);
        });
  }

  /** The {@code days} local days after the training window. */
  private static Window ahead(Window train, int days, ZoneId z) {
    LocalDate f = train.to();
    LocalDate t = f.plusDays(days);
    return new Window(f, t, f.atStartOfDay(z).toEpochSecond(), t.atStartOfDay(z).toEpochSecond());
  }

  /** The forecast of the model fitted on {@code train} for the {@code days} local days after it. */
  private static Forecast forecast(
      Scope s, Window train, LoadModel fitted, SiteWeather sw, int days) {
    ZoneId z = s.zone();
    Window ahead = ahead(train, days, z);
    LocalDate f = ahead.from();
    LocalDate t = ahead.to();
    assessed(fitted);
    LoadData future = data(null, sw, ahead, z);
    long expectedHours = (ahead.end() - ahead.start()) / 3600;
    if (future.size() < expectedHours) {
      throw ApiProblem.refused(
          "No Weather",
          "the site's weather covers "
              + future.size()
              + " of the "
              + expectedHours
              + " hours from "
              + f
              + " to "
              + t
              + ": upload a forecast CSV or a typical year");
    }
    Predictions p = fitted.predict(future);
    double total = 0;
    for (double v : p.predicted()) {
      if (!Double.isNaN(v)) {
        total += v;
      }
    }
    return new Forecast(
        s.meter().id(),
        fitted.name(),
        fitted.description(),
        Instant.ofEpochSecond(ahead.start()),
        days,
        train.from(),
        train.to(),
        interval(p),
        total,
        points(p));
  }

  /**
   * The meter page's latest year: CalTRACK's data sufficiency of it and, when it is sufficient, the
   * hourly baseline fitted on it with the day-ahead forecast; the year's readings and weather read
   * once and the model fitted once, the baseline and forecast as {@link #baseline} and {@link
   * #forecast} make them; refused (an {@link ApiProblem}) a meter without readings or weather.
   *
   * @param baseline null when the year is insufficient
   * @param forecast null when the year is insufficient
   */
  public record Recent(Sufficiency sufficiency, Baseline baseline, Forecast forecast) {}

  /** {@link Recent}; refused as {@link #baseline} and {@link #forecast} refuse. */
  public Recent recent(Caller caller, String meterId) {
    return db.inTransaction(
        c -> {
          Scope s = scope(c, caller, meterId);
          ZoneId z = s.zone();
          Window w = recentWindow(c, caller, s, DEFAULT_HISTORY_DAYS);
          SiteWeather sw =
              weather(c, caller.tenantId(), s.site().id(), w.start(), ahead(w, 1, z).end());
          needsWeather(sw);
          HourlySeries metered = hourly(c, caller.tenantId(), s.meter(), w.start(), w.end(), z);
          Sufficiency enough = sufficiency(metered, sw, w, s);
          if (!enough.sufficient()) {
            return new Recent(enough, null, null);
          }
          LoadModel fitted = fit("hourly", data(metered, sw, w, z));
          return new Recent(enough, baseline(s, w, fitted), forecast(s, w, fitted, sw, 1));
        });
  }

  public Savings savings(
      Caller caller, String meterId, String baseline, String reporting, String model) {
    if (baseline == null || reporting == null) {
      throw ApiProblem.badRequest("give baseline=FROM/TO and reporting=FROM/TO");
    }
    return db.inTransaction(
        c -> {
          Scope s = scope(c, caller, meterId);
          ZoneId z = s.zone();
          Window b = window("baseline", baseline, z);
          Window r = window("reporting", reporting, z);
          if (r.start() < b.end()) {
            throw ApiProblem.badRequest("the reporting period starts after the baseline ends");
          }
          String m = model(model, "hourly");
          SiteWeather sw = weather(c, caller.tenantId(), s.site().id(), b.start(), r.end());
          needsWeather(sw);
          HourlySeries baseMeter = hourly(c, caller.tenantId(), s.meter(), b.start(), b.end(), z);
          List<SufficiencyWarning> warnings =
              sufficient(m, baseMeter, sw, b, r, z, baseline, reporting);
          LoadModel fitted = fit(m, data(baseMeter, sw, b, z));
          Accuracy baselineFit = assessed(fitted);
          HourlySeries rep = hourly(c, caller.tenantId(), s.meter(), r.start(), r.end(), z);
          LoadData reportingData = data(rep, sw, r, z);
          AvoidedEnergy a;
          try {
            a = AvoidedEnergy.of(fitted, reportingData, SAVINGS_CONFIDENCE);
          } catch (IllegalArgumentException e) {
            throw ApiProblem.refused("Savings Refused", e.getMessage());
          }
          Predictions p = fitted.predict(reportingData);
          List<String> notes = new ArrayList<>();
          Tariff tariff = s.tariffs().isEmpty() ? null : s.tariffs().get(0);
          Double cost = null;
          String currency = null;
          if (tariff == null) {
            notes.add("the site has no tariff: no cost");
          } else {
            currency = tariff.currency();
            cost = cost(p, rep, tariff, z, a.savingsKwh());
            notes.add(
                p.granularity() == Predictions.Granularity.HOUR
                    ? "cost: each hour's avoided kWh at tariff " + tariff.name() + "'s price"
                    : "cost: avoided kWh at the reporting period's energy-weighted price of tariff "
                        + tariff.name());
          }
          int year = Instant.ofEpochSecond(r.start() / 2 + r.end() / 2).atZone(z).getYear();
          FactorUsed f = gridFactor(s.site(), year, notes);
          Double co2 = f == null ? null : a.savingsKwh() * f.kgCo2ePerKwh();
          return new Savings(
              s.meter().id(),
              fitted.name(),
              b.from(),
              b.to(),
              r.from(),
              r.to(),
              a.baselineKwh(),
              a.reportingKwh(),
              a.savingsKwh(),
              a.savingsFraction(),
              a.confidence(),
              a.fractionalUncertainty(),
              a.uncertaintyKwh(),
              a.fractionalUncertainty() < 0.5,
              Fit.of(baselineFit),
              currency,
              cost,
              co2,
              f,
              notes,
              warnings,
              points(p.byLocalDay(z)));
        });
  }

  /**
   * CalTRACK's data sufficiency of the baseline and reporting periods: refused ("Data
   * Insufficient") with the disqualifications' sentence, else the baseline's warnings.
   */
  private static List<SufficiencyWarning> sufficient(
      String model,
      HourlySeries meter,
      SiteWeather sw,
      Window b,
      Window r,
      ZoneId z,
      String baseline,
      String reporting) {
    long start = onMeterHours(b.start(), meter);
    DataSufficiency base =
        DataSufficiency.baseline(meter, sw.temperature(start, b.end()), start, b.end(), z, model);
    if (!base.sufficient()) {
      throw ApiProblem.refused("Data Insufficient", base.refusal("baseline " + baseline));
    }
    DataSufficiency rep =
        DataSufficiency.reporting(sw.temperature(r.start(), r.end()), r.start(), r.end(), z);
    if (!rep.sufficient()) {
      throw ApiProblem.refused("Data Insufficient", rep.refusal("reporting period " + reporting));
    }
    return base.warnings().stream().map(SufficiencyWarning::of).toList();
  }

  /** Σ (ŷ - y) × price for hourly predictions; else savings × the energy-weighted price. */
  static double cost(Predictions p, HourlySeries metered, Tariff t, ZoneId z, double savings) {
    if (p.granularity() == Predictions.Granularity.HOUR) {
      double sum = 0;
      for (int i = 0; i < p.size(); i++) {
        if (!Double.isNaN(p.predicted()[i]) && !Double.isNaN(p.actual()[i])) {
          sum += (p.predicted()[i] - p.actual()[i]) * price(t, p.start()[i], z);
        }
      }
      return sum;
    }
    double kwh = 0;
    double paid = 0;
    for (int i = 0; i < metered.size(); i++) {
      kwh += metered.value(i);
      paid += metered.value(i) * price(t, metered.hourStart(i), z);
    }
    return kwh == 0 ? 0 : savings * paid / kwh;
  }

  static double price(Tariff t, long hourStart, ZoneId z) {
    ZonedDateTime l = Instant.ofEpochSecond(hourStart).atZone(z);
    return t.priceAt(l.toLocalDate(), l.getHour() * 60 + l.getMinute());
  }

  /**
   * The location-based grid factor of a region and year as the inventory engine resolves it (its
   * region chain and year rule), or why there is none.
   */
  public GridFactor.Outcome gridFactor(String region, int year) {
    return GridFactor.of(engine(), region, year);
  }

  /** The engine's location-based grid factor for the site's region, or null with a note. */
  FactorUsed gridFactor(EnergySite site, int year, List<String> notes) {
    if (site.region() == null || site.region().isBlank()) {
      notes.add("the site has no region: no CO2 (give the site a region such as CN-ZJ)");
      return null;
    }
    GridFactor.Outcome o = gridFactor(site.region(), year);
    if (o instanceof GridFactor.Outcome.Found found) {
      GridFactor g = found.factor();
      if (g.weak()) {
        notes.add(
            "grid factor "
                + g.factorId()
                + " is from a secondary source: verify it before reporting the CO2");
      }
      return new FactorUsed(
          site.region(), year, g.kgCo2ePerKwh(), g.factorId(), g.citation(), g.reason(), g.weak());
    }
    notes.add("no CO2: " + ((GridFactor.Outcome.NotFound) o).reason());
    return null;
  }

  private CalculationEngine engine() {
    CalculationEngine e = engine;
    if (e == null) {
      e = reference.engine(CalculationOptions.defaults());
      engine = e;
    }
    return e;
  }

  public SuggestionList suggestions(Caller caller, String meterId, Locale locale) {
    return db.inTransaction(
        c -> {
          Scope s = scope(c, caller, meterId);
          ZoneId z = s.zone();
          Window w = recentWindow(c, caller, s, DEFAULT_HISTORY_DAYS);
          SiteWeather sw = weather(c, caller.tenantId(), s.site().id(), w.start(), w.end());
          needsWeather(sw);
          List<String> notes = new ArrayList<>();
          if (s.tariffs().isEmpty()) {
            throw ApiProblem.refused(
                "No Tariff", "the site has no tariff: add one to price the suggestions");
          }
          Tariff tariff = s.tariffs().get(0);
          org.scopeplus.energy.suggest.Tariff hours = hourTariff(tariff, notes);
          int year = Instant.ofEpochSecond(w.start() / 2 + w.end() / 2).atZone(z).getYear();
          FactorUsed f = gridFactor(s.site(), year, notes);
          IntervalReadings read = readings(c, caller.tenantId(), s.meter(), w.start(), w.end());
          LoadData d = data(hourly(read, s.meter(), w.start(), w.end(), z), sw, w, z);
          boolean hasPv = !s.pvs().isEmpty();
          var solar =
              hasPv || !sw.hasTypicalYear()
                  ? null
                  : sw.solar(site(s.site(), z, w.start()), w.start(), w.end()).weather();
          if (!hasPv && solar == null) {
            notes.add("no typical year with irradiance: no PV suggestion");
          }
          List<Suggestion> all;
          try {
            all =
                Suggestions.of(
                    new Suggestions.Site(
                        d,
                        hours,
                        f == null ? 0 : f.kgCo2ePerKwh(),
                        solar,
                        null,
                        hasPv,
                        demand(read, s.meter(), w.start(), w.end())),
                    Suggestions.Options.defaults());
          } catch (IllegalArgumentException e) {
            throw ApiProblem.refused("Suggestions Refused", e.getMessage());
          }
          List<SuggestionView> out = new ArrayList<>();
          int rank = 1;
          for (Suggestion g : all) {
            out.add(
                new SuggestionView(
                    rank++,
                    g.rule().key(),
                    g.kwhPerYear(),
                    g.costPerYear(),
                    f == null ? null : g.co2KgPerYear(),
                    g.text(locale),
                    g.text(Locale.ENGLISH),
                    g.text(Locale.SIMPLIFIED_CHINESE),
                    g.evidence()));
          }
          return new SuggestionList(
              s.meter().id(), w.from(), w.to(), tariff.currency(), f, notes, out);
        });
  }

  /**
   * What the nightly batch takes of one meter, read as the on-request analyses read it: the latest
   * year of readings with the site's weather ({@link SiteWeather}), the site's first tariff as the
   * suggestion rules take it, the engine's grid factor for the site's region and the year of the
   * window's middle, the PV typical year for a site without PV, and the weather of the next local
   * day (day-ahead) and the next 31 local days (month-ahead); a horizon the weather does not cover
   * whole is left out (null).
   *
   * @param history the window of local days the models are fitted on
   * @param currency the tariff's currency
   * @param factor the grid factor of the suggestions' CO2, null when the site has none
   * @param sufficiency CalTRACK's data sufficiency of the history (hourly model, the stricter)
   */
  record NightlyInput(
      NightlyBatch.Meter meter,
      Window history,
      String currency,
      FactorUsed factor,
      Sufficiency sufficiency) {}

  /** The days of the month-ahead forecast, as {@link #forecast} takes them. */
  static final int MONTH_AHEAD_DAYS = 31;

  /**
   * Reads one meter's nightly input within the tenant; refuses (an {@link ApiProblem} with the
   * reason) a meter without readings, a site without weather or without a tariff.
   */
  NightlyInput nightlyInput(Connection c, String tenantId, String meterId) throws SQLException {
    Scope s = scope(c, tenantId, meterId);
    ZoneId z = s.zone();
    Window w = recentWindow(c, tenantId, s, DEFAULT_HISTORY_DAYS);
    LocalDate aheadTo = w.to().plusDays(MONTH_AHEAD_DAYS);
    Window day =
        new Window(
            w.to(),
            w.to().plusDays(1),
            w.end(),
            w.to().plusDays(1).atStartOfDay(z).toEpochSecond());
    Window month = new Window(w.to(), aheadTo, w.end(), aheadTo.atStartOfDay(z).toEpochSecond());
    SiteWeather sw = weather(c, tenantId, s.site().id(), w.start(), month.end());
    needsWeather(sw);
    if (s.tariffs().isEmpty()) {
      throw ApiProblem.refused(
          "No Tariff", "the site has no tariff: add one to price the suggestions");
    }
    List<String> notes = new ArrayList<>();
    Tariff tariff = s.tariffs().get(0);
    org.scopeplus.energy.suggest.Tariff hours = hourTariff(tariff, notes);
    int year = Instant.ofEpochSecond(w.start() / 2 + w.end() / 2).atZone(z).getYear();
    FactorUsed f = gridFactor(s.site(), year, notes);
    IntervalReadings read = readings(c, tenantId, s.meter(), w.start(), w.end());
    HourlySeries metered = hourly(read, s.meter(), w.start(), w.end(), z);
    LoadData history = data(metered, sw, w, z);
    boolean hasPv = !s.pvs().isEmpty();
    var solar =
        hasPv || !sw.hasTypicalYear()
            ? null
            : sw.solar(site(s.site(), z, w.start()), w.start(), w.end()).weather();
    return new NightlyInput(
        new NightlyBatch.Meter(
            s.meter().id(),
            new Suggestions.Site(
                history,
                hours,
                f == null ? 0 : f.kgCo2ePerKwh(),
                solar,
                null,
                hasPv,
                demand(read, s.meter(), w.start(), w.end())),
            whole(data(null, sw, day, z), day),
            whole(data(null, sw, month, z), month)),
        w,
        tariff.currency(),
        f,
        sufficiency(metered, sw, w, s));
  }

  /** The horizon's hours when the weather covers every one of them, else null. */
  private static LoadData whole(LoadData ahead, Window w) {
    return ahead.size() < (w.end() - w.start()) / 3600 ? null : ahead;
  }

  /**
   * The tariff as the suggestion rules take it: each local hour of a weekday and of a rest day at
   * its price, the rest days being Saturdays, Sundays and the tariff's holidays, less its make-up
   * working days.
   */
  static org.scopeplus.energy.suggest.Tariff hourTariff(Tariff t, List<String> notes) {
    String[][] period = new String[2][24];
    double[][] price = new double[2][24];
    boolean withinHour = false;
    for (int d = 0; d < 2; d++) {
      boolean weekend = d == 1;
      for (int h = 0; h < 24; h++) {
        price[d][h] = t.priceAt(weekend, h * 60);
        for (int m = h * 60; m < h * 60 + 60; m++) {
          withinHour |= t.priceAt(weekend, m) != price[d][h];
        }
        String label = "";
        for (Tariff.TouPeriod p : t.periods()) {
          if (!p.days().equals(weekend ? "weekday" : "weekend") && p.price() == price[d][h]) {
            label = p.label();
            break;
          }
        }
        period[d][h] = label.isBlank() ? String.format(Locale.ROOT, "%.4f", price[d][h]) : label;
      }
    }
    if (withinHour) {
      notes.add("the tariff changes price within an hour; each hour takes its first minute's");
    }
    try {
      return new org.scopeplus.energy.suggest.Tariff(
          t.currency(),
          period[0],
          price[0],
          period[1],
          price[1],
          java.util.Set.copyOf(t.holidays()),
          java.util.Set.copyOf(t.workdays()),
          t.demandChargePerKwMonth(),
          0);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.refused("Tariff Refused", e.getMessage());
    }
  }

  private static Site site(EnergySite s, ZoneId z, long at) {
    double offsetHours =
        z.getRules().getStandardOffset(Instant.ofEpochSecond(at)).getTotalSeconds() / 3600.0;
    return new Site(s.name(), s.latitude(), s.longitude(), 0, offsetHours);
  }

  static PvSystem system(PvArray p, EnergySite s) {
    return new PvSystem(
        s.latitude(),
        s.longitude(),
        p.dcKw(),
        p.tilt(),
        p.azimuth(),
        p.lossesPercent(),
        p.inverterAcKw(),
        -0.0047,
        PvSystem.TemperatureModel.valueOf(p.temperatureModel()),
        Transposition.SkyModel.PEREZ,
        Double.NaN,
        67);
  }

  public PvExpected pvExpected(Caller caller, String pvId, String from, String to, String meterId) {
    if (pvId == null || pvId.length() > 36) {
      throw ApiProblem.notFound("PV system " + pvId);
    }
    return db.inTransaction(
        c -> {
          PvArray p =
              pvs.byId(c, caller.tenantId(), pvId)
                  .orElseThrow(() -> ApiProblem.notFound("PV system " + pvId))
                  .value();
          EnergySite site = sites.byId(c, caller.tenantId(), p.siteId()).orElseThrow().value();
          ZoneId z = site.zone();
          if (from == null || to == null) {
            throw ApiProblem.badRequest(
                "give from and to, two dates, e.g. from=2024-06-01&to=2024-07-01");
          }
          Window w = window("from/to", from + "/" + to, z);
          Meter meter = null;
          if (meterId != null) {
            meter = scope(c, caller, meterId).meter();
            if (!meter.siteId().equals(site.id())) {
              throw ApiProblem.badRequest("meter " + meterId + " is not on the PV system's site");
            }
          } else {
            for (Kept<Meter> k : meters.ofSite(c, caller.tenantId(), site.id())) {
              if (k.value().direction() == Meter.Direction.EXPORT
                  && k.value().carrier() == Meter.Carrier.ELECTRICITY) {
                meter = k.value();
                break;
              }
            }
          }
          // forecasts that give cloud cover and no irradiance: Kasten-Czeplak GHI, split by Erbs
          SiteWeather sw =
              new SiteWeather(
                  CloudCover.fill(
                      weather.actual(
                          c,
                          caller.tenantId(),
                          site.id(),
                          w.start() - Math.floorMod(w.start(), 3600),
                          w.end()),
                      site.latitude(),
                      site.longitude(),
                      0),
                  weather.typical(c, caller.tenantId(), site.id()));
          needsWeather(sw);
          SiteWeather.Solar solar = sw.solar(site(site, z, w.start()), w.start(), w.end());
          if (solar.weather().size() == 0) {
            throw ApiProblem.refused(
                "No Weather",
                "the site's weather has no irradiance (GHI, DNI, DHI) for these days: upload a"
                    + " TMY3 or EPW year, or observations with ghi, dni and dhi, or a forecast with"
                    + " cloud_cover");
          }
          PvSimulation.Hours h = PvSimulation.run(system(p, site), solar.weather());
          HourlySeries actual =
              meter == null ? null : hourly(c, caller.tenantId(), meter, w.start(), w.end(), z);
          return pvDays(p, meter, w, z, h, actual, solar.typicalHours());
        });
  }

  static PvExpected pvDays(
      PvArray p,
      Meter meter,
      Window w,
      ZoneId z,
      PvSimulation.Hours h,
      HourlySeries actual,
      int typicalHours) {
    int n = (int) w.days();
    double[] expected = new double[n];
    double[] metered = new double[n];
    int[] meteredHours = new int[n];
    int[] hoursOfDay = new int[n];
    for (int i = 0; i < h.hourEnd().length; i++) {
      long start = h.hourEnd()[i] - 3600;
      int d =
          (int)
              ChronoUnit.DAYS.between(
                  w.from(), Instant.ofEpochSecond(start).atZone(z).toLocalDate());
      if (d < 0 || d >= n) {
        continue;
      }
      expected[d] += h.ac()[i] / 1000.0;
    }
    if (actual != null) {
      for (int i = 0; i < actual.size(); i++) {
        int d =
            (int)
                ChronoUnit.DAYS.between(
                    w.from(), Instant.ofEpochSecond(actual.hourStart(i)).atZone(z).toLocalDate());
        if (d >= 0 && d < n) {
          metered[d] += actual.value(i);
          meteredHours[d]++;
        }
      }
    }
    List<PvDay> out = new ArrayList<>();
    double sumE = 0;
    double sumA = 0;
    double sumEJudged = 0;
    boolean anyActual = false;
    for (int d = 0; d < n; d++) {
      LocalDate day = w.from().plusDays(d);
      hoursOfDay[d] =
          (int)
              ((day.plusDays(1).atStartOfDay(z).toEpochSecond()
                      - day.atStartOfDay(z).toEpochSecond())
                  / 3600);
      boolean whole = actual != null && meteredHours[d] == hoursOfDay[d];
      Double a = whole ? metered[d] : null;
      Double ratio = null;
      boolean under = false;
      sumE += expected[d];
      if (a != null) {
        anyActual = true;
        sumA += a;
        sumEJudged += expected[d];
        if (expected[d] >= PV_MIN_DAY_KWH_PER_KWP * p.dcKw()) {
          ratio = a / expected[d];
          under = ratio < PV_UNDERPERFORMANCE;
        }
      }
      out.add(new PvDay(day, expected[d], a, ratio, under));
    }
    List<String> notes = new ArrayList<>();
    if (meter == null) {
      notes.add("the site has no export meter: expected generation only");
    } else if (meter.direction() == Meter.Direction.EXPORT) {
      notes.add(
          "an export meter counts what the site did not use itself: its ratio understates the"
              + " system's when the site consumes on site");
    }
    if (typicalHours > 0) {
      notes.add(typicalHours + " hour(s) used the typical year's irradiance");
    }
    return new PvExpected(
        p.id(),
        meter == null ? null : meter.id(),
        w.from(),
        w.to(),
        sumE,
        anyActual ? sumA : null,
        anyActual && sumEJudged > 0 ? sumA / sumEJudged : null,
        typicalHours,
        PV_UNDERPERFORMANCE,
        out,
        notes);
  }
}
