package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.ComparingRuns;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunDifference;
import org.scopeplus.store.run.RunStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Calculation runs: each with its period's name, manifest facts and totals, and two runs (two
 * years, or two runs of one year) compared by scope or any result dimension, with the absolute and
 * percentage change, through the API's {@link ComparingRuns}.
 */
@ConsoleController
class RunsController {

  /** A run with its period's name and totals. */
  record RunRow(CalculationRun run, String periodName, Totals totals) {}

  /** The dimensions two runs compare by. */
  static final List<String> DIMENSIONS;

  static {
    List<String> d = new ArrayList<>();
    d.add("scope");
    ResultRow.DIMENSIONS.stream().filter(x -> !x.equals("total")).forEach(d::add);
    DIMENSIONS = List.copyOf(d);
  }

  private final Database db;
  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();
  private final ComparingRuns comparing = new ComparingRuns();

  RunsController(Database db) {
    this.db = db;
  }

  @GetMapping("/runs")
  String runs(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String before,
      @RequestParam(required = false) String after,
      @RequestParam(defaultValue = "scope") String dimension,
      Model model) {
    if (!DIMENSIONS.contains(dimension)) {
      throw new IllegalArgumentException("dimension is one of " + DIMENSIONS);
    }
    db.inTransaction(
        c -> {
          Map<String, String> names = new LinkedHashMap<>();
          for (ReportingPeriod p :
              periods
                  .list(c, caller.tenantId(), new PageRequest(0, PageRequest.MAX_SIZE))
                  .items()) {
            names.put(p.id(), p.name());
          }
          List<RunRow> rows = new ArrayList<>();
          for (CalculationRun r :
              runs.list(c, caller.tenantId(), null, new PageRequest(0, 200)).items()) {
            rows.add(new RunRow(r, names.getOrDefault(r.periodId(), ""), runs.total(c, r)));
          }
          model.addAttribute("runs", rows);
          model.addAttribute("dimensions", DIMENSIONS);
          model.addAttribute("dimension", dimension);
          model.addAttribute("before", before);
          model.addAttribute("after", after);
          if (before != null && after != null && !before.isBlank() && !after.isBlank()) {
            CalculationRun b =
                runs.byId(c, caller.tenantId(), before)
                    .orElseThrow(() -> PageRefused.notFound("refused.notFound"));
            CalculationRun a =
                runs.byId(c, caller.tenantId(), after)
                    .orElseThrow(() -> PageRefused.notFound("refused.notFound"));
            List<RunDifference> d = comparing.compare(c, b, a, dimension);
            model.addAttribute("differences", d);
            model.addAttribute("beforeName", names.getOrDefault(b.periodId(), ""));
            model.addAttribute("afterName", names.getOrDefault(a.periodId(), ""));
          }
          return null;
        });
    return "console/runs";
  }
}
