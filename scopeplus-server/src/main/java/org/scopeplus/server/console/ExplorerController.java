package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunCells;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.TraceLine;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inventory explorer: a run drilled down from the org tree to a facility, an activity type, its
 * trace lines and the record with its factor and citation, filtered by scope, Scope 3 category or
 * gas, with each facility's months as a heatmap. Sums come from the run's cells ({@link RunCells});
 * a viewer sees sums but no trace lines, as in the API.
 */
@ConsoleController
class ExplorerController {

  /** Trace lines shown per page. */
  static final int LINES_PER_PAGE = 50;

  /** Facilities the heatmap shows, the largest first. */
  static final int HEATMAP_FACILITIES = 25;

  /** A step of the drill-down path. */
  record Crumb(String label, Map<String, String> params) {}

  private final Database db;
  private final MessageSource messages;
  private final TenantInventory inventory = new TenantInventory();
  private final RunStore runs = new RunStore();
  private final RunCells cells = new RunCells();

  ExplorerController(Database db, MessageSource messages) {
    this.db = db;
    this.messages = messages;
  }

  @GetMapping("/explorer")
  String explorer(
      @AuthenticationPrincipal Caller caller,
      ExplorerQuery q,
      @RequestParam(required = false) Long after,
      Locale locale,
      Model model) {
    db.inTransaction(
        c -> {
          List<TenantInventory.PeriodRun> periods = inventory.periods(c, caller.tenantId());
          Optional<TenantInventory.PeriodRun> chosen = TenantInventory.chosen(periods, q.period());
          model.addAttribute("periods", periods);
          model.addAttribute("q", q);
          if (chosen.isEmpty() || chosen.get().run().isEmpty()) {
            model.addAttribute("empty", true);
            return null;
          }
          CalculationRun run = chosen.get().run().get();
          ExplorerQuery at = q.withPeriod(chosen.get().period().id());
          model.addAttribute("q", at);
          model.addAttribute("chosen", chosen.get());
          model.addAttribute("run", run);
          RunCells.Filter filter = at.filter();
          model.addAttribute("crumbs", crumbs(at, locale));
          if (at.facility() == null) {
            // the whole tenant or an org unit: every sum the page shows from one read of the cells
            RunCells.Breakdown sums = cells.breakdown(c, run, filter, at.unitsFilter());
            model.addAttribute("total", sums.total());
            model.addAttribute("gases", sums.gases());
            model.addAttribute("units", childUnits(sums.orgUnits(), at));
            List<ResultRow> facilities = largestFirst(sums.facilities());
            model.addAttribute("facilities", facilities);
            model.addAttribute("heatmap", heatmap(sums.facilityMonths(), facilities, locale));
            return null;
          }
          model.addAttribute("total", cells.total(c, run, filter));
          model.addAttribute("gases", cells.sums(c, run, RunCells.Filter.ALL, RunCells.By.GAS));
          if (at.type() == null) {
            model.addAttribute(
                "types", largestFirst(cells.sums(c, run, filter, RunCells.By.ACTIVITY_TYPE)));
            model.addAttribute("months", cells.sums(c, run, filter, RunCells.By.MONTH));
          } else {
            model.addAttribute("months", cells.sums(c, run, filter, RunCells.By.MONTH));
            if (caller.readsTraces()) {
              List<TraceLine> lines =
                  cells.lines(
                      c,
                      run,
                      at.unit(),
                      at.facility(),
                      at.type(),
                      after == null ? 0 : after,
                      LINES_PER_PAGE);
              model.addAttribute("lines", lines);
              model.addAttribute(
                  "nextAfter",
                  lines.size() == LINES_PER_PAGE ? lines.get(lines.size() - 1).lineNo() : null);
            } else {
              model.addAttribute("linesRefused", "refused.traces");
            }
          }
          return null;
        });
    return "console/explorer";
  }

  @GetMapping("/explorer/record")
  String record(
      @AuthenticationPrincipal Caller caller,
      @RequestParam String run,
      @RequestParam String record,
      Model model) {
    ConsoleAccess.traces(caller);
    db.inTransaction(
        c -> {
          CalculationRun r =
              runs.byId(c, caller.tenantId(), run)
                  .orElseThrow(() -> PageRefused.notFound("refused.notFound"));
          Map<String, String> stored =
              cells
                  .record(c, r, record)
                  .orElseThrow(() -> PageRefused.notFound("refused.notFound"));
          stored.remove("import_id");
          stored.remove("period_id");
          stored.values().removeIf(v -> v == null || v.isEmpty());
          model.addAttribute("run", r);
          model.addAttribute("recordId", record);
          model.addAttribute("stored", stored);
          model.addAttribute(
              "lines", runs.lines(c, r, record, new PageRequest(0, PageRequest.MAX_SIZE)).items());
          return null;
        });
    return "console/record";
  }

  /** The path from the whole tenant to where the query stands. */
  private List<Crumb> crumbs(ExplorerQuery q, Locale locale) {
    List<Crumb> out = new ArrayList<>();
    out.add(new Crumb(messages.getMessage("explorer.all", null, locale), q.at(null, null, null)));
    if (q.unit() != null) {
      String[] parts = q.unit().split("/");
      StringBuilder path = new StringBuilder();
      for (String p : parts) {
        if (path.length() > 0) {
          path.append('/');
        }
        path.append(p);
        out.add(new Crumb(p, q.at(path.toString(), null, null)));
      }
    }
    if (q.facility() != null) {
      out.add(new Crumb(q.facility(), q.at(q.unit(), q.facility(), null)));
    }
    if (q.type() != null) {
      out.add(
          new Crumb(
              Formats.activityType(q.type(), locale), q.at(q.unit(), q.facility(), q.type())));
    }
    return out;
  }

  /**
   * The units one level below the query's unit (or the top units), each with everything below it:
   * the cells' org units rolled up to the next step of the path.
   */
  static List<ResultRow> childUnits(List<ResultRow> byOrgUnit, ExplorerQuery q) {
    String prefix = q.unit() == null ? "" : q.unit() + "/";
    Map<String, long[]> sums = new TreeMap<>();
    for (ResultRow r : byOrgUnit) {
      if (!r.item().startsWith(prefix) || r.item().length() == prefix.length()) {
        continue;
      }
      String rest = r.item().substring(prefix.length());
      int slash = rest.indexOf('/');
      String child = prefix + (slash < 0 ? rest : rest.substring(0, slash));
      long[] s = sums.computeIfAbsent(child, k -> new long[6]);
      Totals t = r.totals();
      long[] add = {
        t.scope1(),
        t.scope2Location(),
        t.scope2Market(),
        t.scope3(),
        t.biogenicCo2(),
        t.montrealMemo()
      };
      for (int i = 0; i < 6; i++) {
        s[i] = Math.addExact(s[i], add[i]);
      }
    }
    List<ResultRow> out = new ArrayList<>();
    sums.forEach(
        (unit, s) ->
            out.add(
                new ResultRow(
                    "org-unit",
                    unit,
                    org.scopeplus.core.inventory.InventoryAccumulator.totalsOf(s))));
    return largestFirst(out);
  }

  static List<ResultRow> largestFirst(List<ResultRow> rows) {
    List<ResultRow> out = new ArrayList<>(rows);
    out.sort(
        Comparator.comparingLong((ResultRow r) -> r.totals().totalLocation())
            .reversed()
            .thenComparing(ResultRow::item));
    return out;
  }

  /** Facilities by month, location-based, for the largest facilities. */
  private String heatmap(
      List<RunCells.Pair> pairs, List<ResultRow> largestFacilities, Locale locale) {
    List<String> rows =
        largestFacilities.stream()
            .limit(HEATMAP_FACILITIES)
            .map(ResultRow::item)
            .filter(f -> !f.isEmpty())
            .toList();
    TreeSet<String> months = new TreeSet<>();
    for (RunCells.Pair p : pairs) {
      months.add(p.second());
    }
    List<String> monthList = new ArrayList<>(months);
    List<String> reversed = new ArrayList<>(rows);
    java.util.Collections.reverse(reversed);
    List<List<Object>> data = new ArrayList<>();
    for (RunCells.Pair p : pairs) {
      int y = reversed.indexOf(p.first());
      if (y < 0) {
        continue;
      }
      data.add(
          List.of(
              monthList.indexOf(p.second()), y, Formats.chartTonnes(p.totals().totalLocation())));
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    return Charts.of("heatmap", monthList)
        .with("rows", reversed)
        .with("cells", data)
        .with("name", messages.getMessage("total.location", null, locale))
        .with("unit", messages.getMessage("unit.tonnes", null, locale))
        .json();
  }
}
