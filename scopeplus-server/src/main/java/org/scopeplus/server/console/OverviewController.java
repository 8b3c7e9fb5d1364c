package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunFactorYears;
import org.scopeplus.store.run.RunStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview: a period's totals by scope with both Scope 2 methods, the trend by year against the
 * base year, the split by scope, the business units, the top facilities and Scope 3 by category.
 * Every figure is a stored result of the period's newest run, read as the API reads it.
 */
@ConsoleController
class OverviewController {

  /** How many facilities the overview ranks. */
  static final int TOP_FACILITIES = 10;

  /** One row of a breakdown: an item, its totals, and where to drill into it. */
  record Row(String item, String label, Totals totals) {}

  private final Database db;
  private final MessageSource messages;
  private final TenantInventory inventory = new TenantInventory();
  private final RunStore runs = new RunStore();
  private final BaseYearStore baseYears = new BaseYearStore();

  OverviewController(Database db, MessageSource messages) {
    this.db = db;
    this.messages = messages;
  }

  @GetMapping("/overview")
  String overview(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String period,
      Locale locale,
      Model model) {
    db.inTransaction(
        c -> {
          List<TenantInventory.PeriodRun> periods = inventory.periods(c, caller.tenantId());
          Optional<TenantInventory.PeriodRun> chosen = TenantInventory.chosen(periods, period);
          Optional<BaseYear> base = baseYears.get(c, caller.tenantId());
          model.addAttribute("periods", periods);
          model.addAttribute("baseYear", base.orElse(null));
          if (chosen.isEmpty() || chosen.get().run().isEmpty()) {
            model.addAttribute("empty", true);
            return null;
          }
          TenantInventory.PeriodRun p = chosen.get();
          CalculationRun run = p.run().get();
          model.addAttribute("chosen", p);
          model.addAttribute("totals", p.totals());
          model.addAttribute("factorYears", RunFactorYears.of(c, run));
          Totals baseTotals = null;
          if (base.isPresent()) {
            Optional<CalculationRun> baseRun = runs.byId(c, caller.tenantId(), base.get().runId());
            if (baseRun.isPresent()) {
              baseTotals = runs.total(c, baseRun.get());
            }
          }
          model.addAttribute("baseTotals", baseTotals);
          model.addAttribute("trendChart", trend(periods, base, baseTotals, locale));
          model.addAttribute("splitChart", split(p.totals(), locale));
          List<Row> units = businessUnits(runs.results(c, run, "org-unit"));
          model.addAttribute("units", units);
          model.addAttribute("unitsChart", bars(units, locale));
          List<Row> facilities = top(runs.results(c, run, "facility"), TOP_FACILITIES);
          model.addAttribute("facilities", facilities);
          model.addAttribute("facilitiesChart", bars(facilities, locale));
          List<Row> categories = categories(runs.results(c, run, "scope3-category"), locale);
          model.addAttribute("categories", categories);
          model.addAttribute(
              "supplierShares",
              supplierShares(categories, runs.results(c, run, "scope3-supplier-data")));
          model.addAttribute(
              "categoriesChart",
              Charts.of("bars", categories.stream().map(Row::label).toList())
                  .series(
                      text("scope.3", locale),
                      categories.stream().map(r -> r.totals().scope3()).toList())
                  .with("unit", text("unit.tonnes", locale))
                  .json());
          return null;
        });
    return "console/overview";
  }

  private String trend(
      List<TenantInventory.PeriodRun> periods,
      Optional<BaseYear> base,
      Totals baseTotals,
      Locale locale) {
    List<TenantInventory.PeriodRun> withRun =
        periods.stream().filter(p -> p.run().isPresent()).toList();
    Charts chart =
        Charts.of("trend", withRun.stream().map(p -> p.period().name()).toList())
            .series(
                text("total.location", locale),
                withRun.stream().map(p -> p.totals().totalLocation()).toList())
            .series(
                text("total.market", locale),
                withRun.stream().map(p -> p.totals().totalMarket()).toList())
            .with("unit", text("unit.tonnes", locale));
    if (base.isPresent() && baseTotals != null) {
      chart.with(
          "reference",
          java.util.Map.of(
              "name",
              text("overview.baseYearLine", locale, Integer.toString(base.get().year())),
              "value",
              Formats.chartTonnes(baseTotals.totalLocation())));
    }
    return chart.json();
  }

  private String split(Totals t, Locale locale) {
    return Charts.of(
            "pie",
            List.of(
                text("scope.1", locale), text("scope.2location", locale), text("scope.3", locale)))
        .series(text("overview.split", locale), List.of(t.scope1(), t.scope2Location(), t.scope3()))
        .with("unit", text("unit.tonnes", locale))
        .json();
  }

  private String bars(List<Row> rows, Locale locale) {
    return Charts.of("bars", rows.stream().map(Row::label).toList())
        .series(
            text("total.location", locale),
            rows.stream().map(r -> r.totals().totalLocation()).toList())
        .series(
            text("total.market", locale), rows.stream().map(r -> r.totals().totalMarket()).toList())
        .with("unit", text("unit.tonnes", locale))
        .json();
  }

  /** The units one level below the top of the org tree (the business units), largest first. */
  static List<Row> businessUnits(List<ResultRow> orgUnits) {
    int top = orgUnits.stream().mapToInt(r -> depth(r.item())).min().orElse(0);
    List<Row> out = new ArrayList<>();
    for (ResultRow r : orgUnits) {
      if (depth(r.item()) == top + 1) {
        out.add(new Row(r.item(), r.item().substring(r.item().lastIndexOf('/') + 1), r.totals()));
      }
    }
    out.sort(largestFirst());
    return out;
  }

  static int depth(String path) {
    return (int) path.chars().filter(ch -> ch == '/').count();
  }

  /** The {@code n} largest items, by location-based total. */
  static List<Row> top(List<ResultRow> rows, int n) {
    List<Row> out = new ArrayList<>();
    for (ResultRow r : rows) {
      out.add(new Row(r.item(), r.item(), r.totals()));
    }
    out.sort(largestFirst());
    return out.subList(0, Math.min(n, out.size()));
  }

  private List<Row> categories(List<ResultRow> rows, Locale locale) {
    List<Row> out = new ArrayList<>();
    for (ResultRow r : rows) {
      out.add(new Row(r.item(), text("scope3.category." + r.item(), locale), r.totals()));
    }
    out.sort(Comparator.comparingInt(r -> Integer.parseInt(r.item())));
    return out;
  }

  /**
   * Of a Scope 3 category, the part calculated from suppliers' own data (PACT footprints and
   * supplier factors).
   */
  record SupplierShare(String label, double share, long supplierGrams, long categoryGrams) {}

  private static List<SupplierShare> supplierShares(
      List<Row> categories, List<ResultRow> supplierRows) {
    List<SupplierShare> out = new ArrayList<>();
    for (Row category : categories) {
      long all = category.totals().scope3();
      for (ResultRow r : supplierRows) {
        if (r.item().equals(category.item()) && all != 0) {
          long supplied = r.totals().scope3();
          out.add(new SupplierShare(category.label(), (double) supplied / all, supplied, all));
        }
      }
    }
    return out;
  }

  private static Comparator<Row> largestFirst() {
    return Comparator.comparingLong((Row r) -> r.totals().totalLocation())
        .reversed()
        .thenComparing(Row::item);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
