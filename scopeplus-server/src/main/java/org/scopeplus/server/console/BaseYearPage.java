package org.scopeplus.server.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.baseyear.Assessment;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.baseyear.BaseYearOutcome;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.baseyear.RecalculatingBaseYear;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The base year: its run and totals, the significance threshold, every restatement with its trigger
 * and reason, and the assessment of a recalculated run against the threshold, through the API's
 * {@link RecalculatingBaseYear}.
 */
@ConsoleController
class BaseYearPage {

  private final Database db;
  private final BaseYearStore store = new BaseYearStore();
  private final RecalculatingBaseYear policy = new RecalculatingBaseYear();
  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();

  BaseYearPage(Database db) {
    this.db = db;
  }

  @GetMapping("/base-year")
  String baseYear(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String candidate,
      @RequestParam(required = false) String trigger,
      Model model) {
    Optional<RecalculationTrigger> t = RecalculationTrigger.parse(trigger);
    if (trigger != null && !trigger.isBlank() && t.isEmpty()) {
      throw new IllegalArgumentException("unknown trigger");
    }
    model.addAttribute("triggers", List.of(RecalculationTrigger.values()));
    db.inTransaction(
        c -> {
          Optional<BaseYear> base = store.get(c, caller.tenantId());
          model.addAttribute("baseYear", base.orElse(null));
          model.addAttribute("restatements", store.restatements(c, caller.tenantId()));
          Map<String, String> names = new LinkedHashMap<>();
          for (ReportingPeriod p :
              periods
                  .list(c, caller.tenantId(), new PageRequest(0, PageRequest.MAX_SIZE))
                  .items()) {
            names.put(p.id(), p.name());
          }
          model.addAttribute("periodNames", names);
          if (base.isEmpty()) {
            return null;
          }
          CalculationRun baseRun = runs.byId(c, caller.tenantId(), base.get().runId()).orElse(null);
          model.addAttribute("baseRun", baseRun);
          model.addAttribute("baseTotals", baseRun == null ? null : runs.total(c, baseRun));
          // the runs of the base year's period, the candidates for a recalculation
          List<CalculationRun> candidates =
              baseRun == null
                  ? List.of()
                  : runs.list(c, caller.tenantId(), baseRun.periodId(), new PageRequest(0, 100))
                      .items();
          model.addAttribute("candidates", candidates);
          if (candidate != null && t.isPresent()) {
            BaseYearOutcome<Assessment> o = policy.assess(c, caller.tenantId(), candidate, t.get());
            if (o instanceof BaseYearOutcome.Done<Assessment> d) {
              model.addAttribute("assessment", d.value());
            } else if (o instanceof BaseYearOutcome.Refused<Assessment> r) {
              model.addAttribute("assessmentRefused", r.reason());
            } else {
              throw PageRefused.notFound("refused.notFound");
            }
          }
          return null;
        });
    return "console/base-year";
  }
}
