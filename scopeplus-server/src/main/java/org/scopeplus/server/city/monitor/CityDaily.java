package org.scopeplus.server.city.monitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.city.monitor.DailyEstimate;
import org.scopeplus.core.city.monitor.DailyOutcome;
import org.scopeplus.core.city.monitor.EstimatingDailyEmissions;
import org.scopeplus.core.city.monitor.MonitoredSector;
import org.scopeplus.core.city.monitor.TrendAlert;
import org.scopeplus.core.city.monitor.YearToDate;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.store.city.monitor.ProxyStore;
import org.scopeplus.store.city.spatial.CityMapStore;
import org.scopeplus.store.city.spatial.SectorTotal;

/**
 * A city's daily estimates from its kept sector totals and proxies: the days asked for, each with
 * its sectors, total and two-sigma range, the year to date at the last day against last year, and
 * the trend alerts among the days asked for.
 */
public final class CityDaily {

  /** The most days one answer holds. */
  public static final int MAX_DAYS = 3_660;

  private final CityMapStore totals = new CityMapStore();
  private final ProxyStore proxies = new ProxyStore();

  public Map<String, Object> daily(Connection c, String tenantId, LocalDate from, LocalDate to)
      throws SQLException {
    if (from.getYear() < 1900 || to.getYear() > 2200 || to.isBefore(from)) {
      throw ApiProblem.badRequest("from and to are dates from 1900 to 2200, from not after to");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw ApiProblem.badRequest("at most " + MAX_DAYS + " days are answered at once");
    }
    Map<MonitoredSector, Long> annual = new EnumMap<>(MonitoredSector.class);
    int year = 0;
    for (SectorTotal t : totals.sectorTotals(c, tenantId)) {
      var s = MonitoredSector.parse(t.sector());
      if (s.isPresent()) {
        annual.put(s.get(), t.grams());
        year = t.inventoryYear();
      }
    }
    if (annual.isEmpty()) {
      throw ApiProblem.notFound(
          "sector totals of the monitored sectors (" + MonitoredSector.codes() + ")");
    }
    LocalDate start = LocalDate.of(Math.min(year, from.getYear() - 1), 1, 1);
    LocalDate end = to.isAfter(LocalDate.of(year, 12, 31)) ? to : LocalDate.of(year, 12, 31);
    var kept = proxies.between(c, tenantId, start, end);
    kept.removeIf(p -> !annual.containsKey(p.sector()));
    DailyOutcome o = EstimatingDailyEmissions.estimate(year, annual, kept);
    if (o instanceof DailyOutcome.Refused r) {
      throw ApiProblem.refused("Daily Emissions Cannot Be Estimated", r.reason());
    }
    List<DailyEstimate> all = ((DailyOutcome.Estimated) o).days();
    List<Map<String, Object>> days = new ArrayList<>();
    for (DailyEstimate d : all) {
      if (d.day().isBefore(from) || d.day().isAfter(to)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("day", d.day().toString());
      Map<String, Long> sectors = new LinkedHashMap<>();
      d.grams().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> sectors.put(e.getKey().code(), e.getValue()));
      m.put("sectors", sectors);
      m.put("grams", d.total());
      m.put("low", d.low());
      m.put("high", d.high());
      days.add(m);
    }
    YearToDate ytd = EstimatingDailyEmissions.yearToDate(all, to);
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("asOf", ytd.asOf().toString());
    y.put("grams", ytd.grams());
    y.put("days", ytd.days());
    y.put("lastYearGrams", ytd.lastYearGrams());
    y.put("lastYearDays", ytd.lastYearDays());
    y.put("change", Double.isNaN(ytd.change()) ? null : ytd.change());
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (TrendAlert a :
        EstimatingDailyEmissions.alerts(
            all, EstimatingDailyEmissions.ALERT_WINDOW, EstimatingDailyEmissions.ALERT_THRESHOLD)) {
      if (a.day().isBefore(from) || a.day().isAfter(to)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("day", a.day().toString());
      m.put("sector", a.sector().code());
      m.put("grams", a.grams());
      m.put("trendGrams", Math.round(a.mean()));
      m.put("z", a.z());
      alerts.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("inventoryYear", year);
    Map<String, Double> unc = new LinkedHashMap<>();
    for (MonitoredSector s : annual.keySet()) {
      unc.put(s.code(), s.uncertainty());
    }
    body.put("sectorUncertainty", unc);
    body.put(
        "alertRule",
        "rolling z-score over the "
            + EstimatingDailyEmissions.ALERT_WINDOW
            + " days before, beyond "
            + EstimatingDailyEmissions.ALERT_THRESHOLD);
    body.put("days", days);
    body.put("yearToDate", y);
    body.put("alerts", alerts);
    return body;
  }
}
