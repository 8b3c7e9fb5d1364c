package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.indicator.OperationalIndicators;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.targets.IndicatorStore;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operational indicators per period and org unit, from the values the service keeps and by the
 * core's rules the API and {@code inventory --metrics} use: data-centre PUE and WUE, the fleet
 * electrification share, energy per floor area and per employee (of the company and of each org
 * unit), and the CO2 recovered heat avoids, outside the inventory. Every role reads it, as every
 * role reads {@code GET /api/v1/indicators}.
 */
@ConsoleController
class IndicatorsPage {

  /** Recovered heat of an org unit (or facility) and period with the CO2 it avoids. */
  record Avoided(String orgUnit, String facility, String period, double tce, double tonnes) {}

  /** A PUE row with the period it covers, as the page writes it. */
  record PueRow(OperationalIndicators.Efficiency e, String period) {}

  /** A fleet row with the period it covers, as the page writes it. */
  record FleetRow(OperationalIndicators.FleetShare f, String period) {}

  private final Database db;
  private final MessageSource messages;
  private final IndicatorStore store = new IndicatorStore();

  IndicatorsPage(Database db, MessageSource messages) {
    this.db = db;
    this.messages = messages;
  }

  @GetMapping("/indicators")
  String indicators(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String orgUnit,
      @RequestParam(required = false) Integer year,
      Locale locale,
      Model model) {
    if (year != null && (year < 1990 || year > 2100)) {
      throw new PageRefused(HttpStatus.BAD_REQUEST, "mgmt.yearRange");
    }
    List<IndicatorValue> values = db.inTransaction(c -> store.list(c, caller.tenantId(), null));
    TreeSet<String> units = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (IndicatorValue v : values) {
      units.add(v.orgUnit());
      years.add(v.year());
    }
    String unit = orgUnit != null && units.contains(orgUnit) ? orgUnit : null;
    var efficiency =
        OperationalIndicators.efficiency(values).stream()
            .filter(e -> shown(e.orgUnit(), e.year(), unit, year))
            .toList();
    var fleet =
        OperationalIndicators.fleetShares(values).stream()
            .filter(f -> shown(f.orgUnit(), f.year(), unit, year))
            .toList();
    var company =
        unit != null
            ? List.<OperationalIndicators.EnergyIntensity>of()
            : OperationalIndicators.energyIntensity(values).stream()
                .filter(e -> year == null || e.year() == year)
                .toList();
    var byUnit =
        OperationalIndicators.energyIntensityByUnit(values).stream()
            .filter(e -> shown(e.orgUnit(), e.year(), unit, year))
            .toList();
    List<Avoided> avoided = new ArrayList<>();
    for (IndicatorValue v : values) {
      if (v.metric() == Metric.HEAT_RECOVERED && shown(v.orgUnit(), v.year(), unit, year)) {
        avoided.add(
            new Avoided(
                v.orgUnit(),
                v.facility(),
                period(v.year(), v.month()),
                v.value(),
                OperationalIndicators.avoidedCo2Tonnes(v.value())));
      }
    }
    model.addAttribute("units", List.copyOf(units));
    model.addAttribute("years", List.copyOf(years));
    model.addAttribute("unit", unit);
    model.addAttribute("year", year);
    model.addAttribute("empty", values.isEmpty());
    model.addAttribute(
        "efficiency",
        efficiency.stream().map(e -> new PueRow(e, period(e.year(), e.month()))).toList());
    model.addAttribute(
        "fleet", fleet.stream().map(f -> new FleetRow(f, period(f.year(), f.month()))).toList());
    model.addAttribute("company", company);
    model.addAttribute("byUnit", byUnit);
    model.addAttribute("avoided", avoided);
    model.addAttribute("co2PerTce", OperationalIndicators.CO2_PER_TCE);
    model.addAttribute("pueChart", pueChart(efficiency, locale));
    return "console/indicators";
  }

  /** The period a value covers: the year, or the month as {@code yyyy-MM}. */
  static String period(int year, int month) {
    return month == 0 ? Integer.toString(year) : String.format(Locale.ROOT, "%d-%02d", year, month);
  }

  private static boolean shown(String orgUnit, int year, String unit, Integer onlyYear) {
    return (onlyYear == null || year == onlyYear)
        && (unit == null || orgUnit.equals(unit) || orgUnit.startsWith(unit + "/"));
  }

  /** PUE of each data center over the periods, one line per facility. */
  private String pueChart(List<OperationalIndicators.Efficiency> rows, Locale locale) {
    TreeSet<String> periods = new TreeSet<>();
    Map<String, Map<String, Double>> byFacility = new TreeMap<>();
    for (var e : rows) {
      String p = period(e.year(), e.month());
      periods.add(p);
      String name = e.facility().isEmpty() ? e.orgUnit() : e.facility();
      byFacility.computeIfAbsent(name, k -> new TreeMap<>()).put(p, e.pue());
    }
    Charts chart = Charts.of("lines", List.copyOf(periods));
    byFacility.forEach(
        (name, pue) ->
            chart.values(name, periods.stream().map(p -> pue.getOrDefault(p, null)).toList()));
    return chart.with("unit", messages.getMessage("mgmt.ind.pue", null, locale)).json();
  }
}
