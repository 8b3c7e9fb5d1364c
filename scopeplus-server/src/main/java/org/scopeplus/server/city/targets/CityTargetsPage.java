package org.scopeplus.server.city.targets;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.city.targets.CityProgressOutcome;
import org.scopeplus.core.city.targets.CityTargetProgress;
import org.scopeplus.core.city.targets.CityYear;
import org.scopeplus.core.city.targets.ScenarioPathway;
import org.scopeplus.core.city.targets.Verdict;
import org.scopeplus.server.console.ConsoleController;
import org.scopeplus.server.console.ConsoleLink;
import org.scopeplus.server.console.Formats;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.targets.CityTargetStore;
import org.scopeplus.store.city.targets.StoredCityTarget;
import org.scopeplus.store.city.targets.StoredScenario;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city's targets and scenarios in the console, for every role: each target with its status, its
 * pathway against the actuals and the projection; each scenario with its measures (reductions
 * counted and lost to overlap, costs), the measures in marginal abatement cost order and the
 * resulting pathway against the baseline.
 */
@ConsoleController
class CityTargetsPage {

  /** A target as the page shows it: the progress, or why it cannot be measured. */
  record TargetSection(
      StoredCityTarget stored,
      CityTargetProgress progress,
      String reason,
      String refusal,
      String chart) {}

  /** A scenario as the page shows it. */
  record ScenarioSection(
      ScenarioPathway pathway,
      List<ScenarioPathway.MeasureResult> byCost,
      String chart,
      String costChart) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Database db;
  private final MessageSource messages;
  private final Formats fmt;
  private final CityTargetStore store = new CityTargetStore();

  CityTargetsPage(Database db, MessageSource messages, Formats fmt) {
    this.db = db;
    this.messages = messages;
    this.fmt = fmt;
  }

  @Bean
  static ConsoleLink cityTargetsLink() {
    return ConsoleLink.forEveryone(59, "/city/targets", "nav.cityTargets");
  }

  @GetMapping("/city/targets")
  String page(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
    int upTo = Year.now(ZoneOffset.UTC).getValue();
    List<StoredCityTarget> targets = db.inTransaction(c -> store.list(c, caller.tenantId()));
    List<StoredScenario> scenarios = db.inTransaction(c -> store.scenarios(c, caller.tenantId()));
    List<TargetSection> ts = new ArrayList<>();
    for (StoredCityTarget t : targets) {
      List<org.scopeplus.core.city.targets.CityActual> actuals =
          db.inTransaction(c -> store.actuals(c, caller.tenantId(), t));
      CityProgressOutcome o = CityTargetProgress.of(t.target(), actuals, upTo);
      if (o instanceof CityProgressOutcome.Measured m) {
        ts.add(
            new TargetSection(
                t, m.progress(), reason(m.progress(), locale), null, chart(m.progress(), locale)));
      } else {
        ts.add(new TargetSection(t, null, null, ((CityProgressOutcome.Refused) o).reason(), null));
      }
    }
    List<ScenarioSection> ss = new ArrayList<>();
    for (StoredScenario s : scenarios) {
      ScenarioPathway p = ScenarioPathway.of(s.scenario());
      List<ScenarioPathway.MeasureResult> byCost =
          p.measures().stream()
              .sorted(Comparator.comparingDouble(ScenarioPathway.MeasureResult::costPerTonneCny))
              .toList();
      ss.add(new ScenarioSection(p, byCost, scenarioChart(p, locale), costChart(byCost, locale)));
    }
    Map<String, String> sectorNames = new LinkedHashMap<>();
    for (StoredScenario s : scenarios) {
      for (String sector : s.scenario().baseline().keySet()) {
        sectorNames.put(
            sector, messages.getMessage("public.city.sector." + sector, null, sector, locale));
      }
    }
    model.addAttribute("sectorNames", sectorNames);
    model.addAttribute("targets", ts);
    model.addAttribute("scenarios", ss);
    return "console/city-targets";
  }

  /**
   * The verdict in the page's language: {@code city.reason.<code>} with the years first, then the
   * values with the target's unit.
   */
  private String reason(CityTargetProgress p, Locale locale) {
    Verdict v = p.verdict();
    String unit = text("city.unit." + p.target().kind().label(), locale);
    List<Object> args = new ArrayList<>();
    for (Integer y : v.years()) {
      args.add(Integer.toString(y));
    }
    for (Double d : v.values()) {
      args.add(fmt.decimal(d) + " " + unit);
    }
    return messages.getMessage(
        "city.reason.sentence",
        new Object[] {
          text("mgmt.status." + p.status().label(), locale),
          messages.getMessage("city.reason." + v.code().label(), args.toArray(), locale)
        },
        locale);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String chart(CityTargetProgress p, Locale locale) {
    List<String> years = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    List<Double> pathway = new ArrayList<>();
    List<Double> projection = new ArrayList<>();
    for (CityYear y : p.years()) {
      years.add(Integer.toString(y.year()));
      actual.add(y.actual());
      pathway.add(y.pathway());
      projection.add(y.projection());
    }
    List<Map<String, Object>> series = new ArrayList<>();
    series.add(series(text("mgmt.actual", locale), actual));
    if (pathway.stream().anyMatch(v -> v != null)) {
      series.add(series(text("mgmt.pathway", locale), pathway));
    }
    if (projection.stream().anyMatch(v -> v != null)) {
      series.add(series(text("city.targets.projection", locale), projection));
    }
    return spec("pathway", years, series, text("city.unit." + p.target().kind().label(), locale));
  }

  private String scenarioChart(ScenarioPathway p, Locale locale) {
    List<String> years = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    List<Double> result = new ArrayList<>();
    for (ScenarioPathway.ScenarioYear y : p.years()) {
      years.add(Integer.toString(y.year()));
      baseline.add(Formats.chartTonnes(y.baselineGrams()));
      result.add(Formats.chartTonnes(y.resultGrams()));
    }
    return spec(
        "trend",
        years,
        List.of(
            series(text("city.scenarios.baseline", locale), baseline),
            series(text("city.scenarios.result", locale), result)),
        text("city.unit.absolute", locale));
  }

  private String costChart(List<ScenarioPathway.MeasureResult> byCost, Locale locale) {
    List<String> names = byCost.stream().map(ScenarioPathway.MeasureResult::name).toList();
    List<Double> costs =
        byCost.stream().map(m -> Math.round(m.costPerTonneCny() * 100) / 100.0).toList();
    return spec(
        "bars",
        names,
        List.of(series(text("city.scenarios.mac", locale), costs)),
        text("city.scenarios.macUnit", locale));
  }

  private static Map<String, Object> series(String name, List<Double> values) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("values", values);
    return s;
  }

  private static String spec(
      String kind, List<String> labels, List<Map<String, Object>> series, String unit) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("kind", kind);
    spec.put("labels", labels);
    spec.put("series", series);
    spec.put("unit", unit);
    return JSON.writeValueAsString(spec);
  }
}
