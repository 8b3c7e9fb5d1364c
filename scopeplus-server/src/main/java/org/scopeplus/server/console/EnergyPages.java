package org.scopeplus.server.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.IntervalReadings;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.PvArray;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.energy.MeterAnalysis;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.Kept;
import org.scopeplus.store.energy.MeterDayStore;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.NightlyResult;
import org.scopeplus.store.energy.NightlyResultStore;
import org.scopeplus.store.energy.PvSystemStore;
import org.scopeplus.store.energy.SiteStore;
import org.scopeplus.store.energy.TariffStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SME energy pages, open to every role of the tenant: the sites with their meters, PV systems
 * and tariffs (with the forms of {@link EnergyDataPage} for those who write), and a meter's load
 * over its latest stored days (site-local time), with the daily totals and the gaps. Read as the
 * API's GET operations read them.
 */
@ConsoleController
class EnergyPages {

  /** A site with its things, as the energy page lists it. */
  record SiteSection(
      EnergySite site,
      List<Meter> meters,
      List<PvArray> pvSystems,
      List<org.scopeplus.core.energy.Tariff> tariffs) {}

  /** The cell temperature models the PV form offers, the API's default first. */
  static final List<String> TEMPERATURE_MODELS =
      PvArray.TEMPERATURE_MODELS.stream()
          .sorted(
              java.util.Comparator.comparing((String m) -> !m.equals("SAPM_OPEN_RACK_GLASS_GLASS"))
                  .thenComparing(m -> m))
          .toList();

  /** The currencies the tariff form offers, CNY first. */
  static final List<String> CURRENCIES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("CNY"),
              org.scopeplus.core.energy.Tariff.CURRENCIES.stream()
                  .filter(c -> !c.equals("CNY"))
                  .sorted())
          .toList();

  /** One day of a meter: local date, kWh read, intervals read of the day's. */
  record DayTotal(String day, double kwh, int read, int intervals) {}

  /** The days a meter page shows at most. */
  static final int MAX_DAYS = 62;

  private final Database db;
  private final MessageSource messages;
  private final MeterAnalysis analysis;
  private final SiteStore sites = new SiteStore();
  private final MeterStore meters = new MeterStore();
  private final PvSystemStore pvs = new PvSystemStore();
  private final TariffStore tariffs = new TariffStore();
  private final MeterDayStore days = new MeterDayStore();
  private final NightlyResultStore results = new NightlyResultStore();

  EnergyPages(Database db, MessageSource messages, MeterAnalysis analysis) {
    this.db = db;
    this.messages = messages;
    this.analysis = analysis;
  }

  @GetMapping("/energy")
  String sites(@AuthenticationPrincipal Caller caller, Model model) {
    List<SiteSection> sections =
        db.inTransaction(
            c -> {
              List<SiteSection> out = new ArrayList<>();
              for (Kept<EnergySite> s : sites.list(c, caller.tenantId())) {
                String id = s.value().id();
                out.add(
                    new SiteSection(
                        s.value(),
                        meters.ofSite(c, caller.tenantId(), id).stream().map(Kept::value).toList(),
                        pvs.ofSite(c, caller.tenantId(), id).stream().map(Kept::value).toList(),
                        tariffs.ofSite(c, caller.tenantId(), id).stream()
                            .map(Kept::value)
                            .toList()));
              }
              return out;
            });
    model.addAttribute("sections", sections);
    model.addAttribute("mayWrite", caller.writes());
    model.addAttribute("temperatureModels", TEMPERATURE_MODELS);
    model.addAttribute("currencies", CURRENCIES);
    model.addAttribute("tariffRows", EnergyDataPage.TARIFF_ROWS);
    model.addAttribute("ownOrgUnit", caller.orgUnits().isEmpty() ? "" : caller.orgUnits().get(0));
    return "console/energy";
  }

  @GetMapping("/energy/meters/{id}")
  String meter(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) Integer days,
      @RequestParam(required = false) String baseline,
      @RequestParam(required = false) String reporting,
      Model model,
      Locale locale) {
    int shown = days == null ? 14 : days;
    if (shown < 1 || shown > MAX_DAYS || id.length() > 36) {
      throw PageRefused.notFound("refused.notFound");
    }
    db.inTransaction(
        c -> {
          Meter m =
              meters
                  .byId(c, caller.tenantId(), id)
                  .orElseThrow(() -> PageRefused.notFound("refused.notFound"))
                  .value();
          EnergySite s = sites.byId(c, caller.tenantId(), m.siteId()).orElseThrow().value();
          java.time.Instant end = this.days.lastReadingEnd(c, caller.tenantId(), m).orElse(null);
          model.addAttribute("meter", m);
          model.addAttribute("site", s);
          model.addAttribute("days", shown);
          nightly(model, results.of(c, caller.tenantId(), m.id()).orElse(null), s, locale);
          if (end == null) {
            return null;
          }
          // the local days up to the last one the readings reach into, as the latest year ends
          ZoneId zone = s.zone();
          LocalDate last = MeterAnalysis.lastLocalDay(end, zone);
          LocalDate first = last.minusDays(shown - 1L);
          IntervalReadings shape = IntervalReadings.of(m);
          IntervalReadings r =
              this.days.read(
                  c,
                  caller.tenantId(),
                  m,
                  shape.dayOf(first.atStartOfDay(zone).toEpochSecond()),
                  shape.dayOf(last.plusDays(1).atStartOfDay(zone).toEpochSecond() - 1));
          load(model, zone, r, first, last, locale);
          model.addAttribute("pvNames", pvs.ofSite(c, caller.tenantId(), s.id()));
          return null;
        });
    if (model.getAttribute("chart") != null) {
      analyses(caller, id, shown, baseline, reporting, model, locale);
    }
    return "console/energy-meter";
  }

  /** The meter's kept nightly result with its time and totals in the site's local time. */
  private static void nightly(Model model, NightlyResult r, EnergySite s, Locale locale) {
    model.addAttribute("nightly", r);
    model.addAttribute(
        "chinese", Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage()));
    if (r == null) {
      return;
    }
    model.addAttribute(
        "nightlyAt",
        r.runAt().atZone(s.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
    model.addAttribute("nightlyDayKwh", NightlyResult.total(r.dayAhead()));
    model.addAttribute("nightlyMonthKwh", NightlyResult.total(r.monthAhead()));
    model.addAttribute(
        "nightlyDayFrom",
        r.dayAhead().isEmpty()
            ? ""
            : r.dayAhead().get(0).start().atZone(s.zone()).toLocalDate().toString());
  }

  /** A refused analysis as a message key of the page (the API's problem title, localised). */
  private static String refusalKey(ApiProblem p) {
    return switch (p.title()) {
      case "No Weather" -> "energy.refused.noWeather";
      case "No Tariff" -> "energy.refused.noTariff";
      case "Data Insufficient" -> "energy.refused.sufficiency";
      default -> "energy.refused.data";
    };
  }

  /** Baseline with the day-ahead forecast, savings, PV and suggestions, each on its own. */
  private void analyses(
      Caller caller,
      String id,
      int shown,
      String baseline,
      String reporting,
      Model model,
      Locale locale) {
    baselineAndForecast(caller, id, shown, model, locale);
    savingsPvAndSuggestions(caller, id, baseline, reporting, model, locale);
  }

  /**
   * The latest year's baseline with the day-ahead forecast, when the year meets CalTRACK's data
   * sufficiency.
   */
  private void baselineAndForecast(
      Caller caller, String id, int shown, Model model, Locale locale) {
    ZoneId zone = ((EnergySite) model.getAttribute("site")).zone();
    try {
      // CalTRACK's data sufficiency of the latest year first: an insufficient baseline is refused
      // with its findings in the page's language, and no forecast is fitted on it
      // with the year read once
      MeterAnalysis.Recent recent = analysis.recent(caller, id);
      MeterAnalysis.Sufficiency enough = recent.sufficiency();
      model.addAttribute("baselineWarnings", enough.warnings());
      if (!enough.sufficient()) {
        model.addAttribute("baselineInsufficient", enough.refusal(locale));
        return;
      }
      MeterAnalysis.Baseline b = recent.baseline();
      MeterAnalysis.Forecast f = recent.forecast();
      model.addAttribute("baseline", b);
      model.addAttribute("forecast", f);
      int from = Math.max(0, b.points().size() - shown * 24);
      List<String> labels = new ArrayList<>();
      List<Double> metered = new ArrayList<>();
      List<Double> fitted = new ArrayList<>();
      List<Double> ahead = new ArrayList<>();
      DateTimeFormatter label = DateTimeFormatter.ofPattern("MM-dd HH:mm");
      for (MeterAnalysis.Point p : b.points().subList(from, b.points().size())) {
        labels.add(p.start().atZone(zone).format(label));
        metered.add(p.actual());
        fitted.add(p.predicted());
        ahead.add(null);
      }
      for (MeterAnalysis.Point p : f.points()) {
        labels.add(p.start().atZone(zone).format(label));
        metered.add(null);
        fitted.add(null);
        ahead.add(p.predicted());
      }
      model.addAttribute(
          "baselineChart",
          Charts.of("load", labels)
              .values(messages.getMessage("energy.metered", null, locale), metered)
              .values(messages.getMessage("energy.baseline", null, locale), fitted)
              .values(messages.getMessage("energy.forecast", null, locale), ahead)
              .with("unit", "kWh")
              .json());
    } catch (ApiProblem e) {
      model.addAttribute("baselineRefused", refusalKey(e));
    }
  }

  /** Measured savings, PV and suggestions, each on its own. */
  private void savingsPvAndSuggestions(
      Caller caller, String id, String baseline, String reporting, Model model, Locale locale) {
    ZoneId zone = ((EnergySite) model.getAttribute("site")).zone();
    Meter meter = (Meter) model.getAttribute("meter");
    model.addAttribute("savingsBaseline", baseline == null ? "" : baseline);
    model.addAttribute("savingsReporting", reporting == null ? "" : reporting);
    if (baseline != null && reporting != null && !baseline.isBlank() && !reporting.isBlank()) {
      try {
        MeterAnalysis.Savings v = analysis.savings(caller, id, baseline, reporting, "hourly");
        model.addAttribute("savings", v);
        List<String> labels = new ArrayList<>();
        List<Double> projected = new ArrayList<>();
        List<Double> used = new ArrayList<>();
        for (MeterAnalysis.Point p : v.points()) {
          labels.add(p.start().atZone(zone).toLocalDate().toString());
          projected.add(p.predicted());
          used.add(p.actual());
        }
        model.addAttribute(
            "savingsChart",
            Charts.of("load", labels)
                .values(messages.getMessage("energy.projectedBaseline", null, locale), projected)
                .values(messages.getMessage("energy.metered", null, locale), used)
                .with("unit", "kWh")
                .json());
      } catch (ApiProblem e) {
        model.addAttribute(
            "savingsRefused", e.status().value() == 400 ? "energy.refused.period" : refusalKey(e));
      }
    }
    @SuppressWarnings("unchecked")
    List<Kept<PvArray>> pvList = (List<Kept<PvArray>>) model.getAttribute("pvNames");
    if (meter.direction() == Meter.Direction.EXPORT && pvList != null && !pvList.isEmpty()) {
      try {
        @SuppressWarnings("unchecked")
        List<DayTotal> totals = (List<DayTotal>) model.getAttribute("totals");
        LocalDate first = LocalDate.parse(totals.get(0).day());
        LocalDate last = LocalDate.parse(totals.get(totals.size() - 1).day());
        MeterAnalysis.PvExpected pv =
            analysis.pvExpected(
                caller,
                pvList.get(0).value().id(),
                first.toString(),
                last.plusDays(1).toString(),
                meter.id());
        model.addAttribute("pv", pv);
        List<String> labels = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        for (MeterAnalysis.PvDay d : pv.days()) {
          labels.add(d.day().toString());
          expected.add(d.expectedKwh());
          actual.add(d.actualKwh());
        }
        model.addAttribute(
            "pvChart",
            Charts.of("trend", labels)
                .values(messages.getMessage("energy.pvActual", null, locale), actual)
                .values(messages.getMessage("energy.pvExpected", null, locale), expected)
                .with("unit", "kWh")
                .json());
      } catch (ApiProblem e) {
        model.addAttribute("pvRefused", refusalKey(e));
      }
    }
    try {
      model.addAttribute("suggestions", analysis.suggestions(caller, id, locale));
    } catch (ApiProblem e) {
      model.addAttribute("suggestionsRefused", refusalKey(e));
    }
  }

  /**
   * The load and the daily totals of the site's local days {@code first} to {@code last} that hold
   * a stored day's interval (the stored days are UTC days); the gaps are the stored days' missing
   * intervals among them.
   */
  private void load(
      Model model,
      ZoneId zone,
      IntervalReadings r,
      LocalDate first,
      LocalDate last,
      Locale locale) {
    DateTimeFormatter label = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    long step = 60L * r.intervalMinutes();
    List<String> labels = new ArrayList<>();
    List<Double> kwh = new ArrayList<>();
    List<DayTotal> totals = new ArrayList<>();
    long gaps = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      long from = d.atStartOfDay(zone).toEpochSecond();
      long to = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
      // the meter's first interval of the day (its phase keeps it on the local clock)
      long start = from + Math.floorMod(r.phaseMinutes() * 60L - from, step);
      List<String> dayLabels = new ArrayList<>();
      List<Double> dayKwh = new ArrayList<>();
      long sum = 0;
      int read = 0;
      int intervals = 0;
      int dayGaps = 0;
      boolean stored = false;
      for (long t = start; t < to; t += step) {
        intervals++;
        dayLabels.add(java.time.Instant.ofEpochSecond(t).atZone(zone).format(label));
        boolean kept = r.days().containsKey(r.dayOf(t));
        stored |= kept;
        int v = r.at(java.time.Instant.ofEpochSecond(t));
        if (v == IntervalReadings.MISSING) {
          dayKwh.add(null);
          dayGaps += kept ? 1 : 0;
        } else {
          dayKwh.add(v / 1000.0);
          sum += v;
          read++;
        }
      }
      if (stored) {
        labels.addAll(dayLabels);
        kwh.addAll(dayKwh);
        gaps += dayGaps;
        totals.add(new DayTotal(d.toString(), sum / 1000.0, read, intervals));
      }
    }
    model.addAttribute("totals", totals);
    model.addAttribute("gaps", gaps);
    model.addAttribute(
        "chart",
        Charts.of("load", labels)
            .values(messages.getMessage("energy.load", null, locale), kwh)
            .with("unit", "kWh")
            .json());
  }
}
