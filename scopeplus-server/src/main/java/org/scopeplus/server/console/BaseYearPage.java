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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The base year: its run and totals, the significance threshold, every restatement with its trigger
 * and reason, and the assessment of a recalculated run against the threshold, through the API's
 * {@link RecalculatingBaseYear}. An admin sets the base year (another one only with "replace"
 * ticked, as {@code PUT /api/v1/base-year} asks for {@code replace: true}) and restates it with a
 * trigger and a reason; the policy checks and audits each change as it does for the API.
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
    model.addAttribute("administers", caller.administers());
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
          model.addAttribute(
              "allRuns", runs.list(c, caller.tenantId(), null, new PageRequest(0, 100)).items());
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
              model.addAttribute("assessedRun", candidate);
              model.addAttribute("assessedTrigger", t.get().label());
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

  @PostMapping("/base-year")
  String set(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String runId,
      @RequestParam(defaultValue = "") String threshold,
      @RequestParam(defaultValue = "false") boolean replace,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    double share;
    try {
      share =
          threshold.isBlank()
              ? BaseYear.DEFAULT_THRESHOLD
              : Double.parseDouble(threshold.strip()) / 100.0;
    } catch (NumberFormatException e) {
      return refused(flash, "baseYear.refused.threshold", null);
    }
    if (!Double.isFinite(share)) {
      return refused(flash, "baseYear.refused.threshold", null);
    }
    BaseYearOutcome<BaseYear> outcome =
        db.inTransaction(
            c -> {
              Optional<BaseYear> current = store.get(c, caller.tenantId());
              if (current.isPresent() && !current.get().runId().equals(runId) && !replace) {
                return null;
              }
              return policy.set(c, caller.tenantId(), runId, share, caller.username());
            },
            o -> o instanceof BaseYearOutcome.Done);
    if (outcome == null) {
      return refused(flash, "baseYear.refused.replace", null);
    }
    if (outcome instanceof BaseYearOutcome.Done<BaseYear> d) {
      flash.addFlashAttribute("done", "baseYear.setDone");
      flash.addFlashAttribute("doneArg", Integer.toString(d.value().year()));
      return "redirect:/base-year";
    }
    if (outcome instanceof BaseYearOutcome.Refused<BaseYear> r) {
      return refused(flash, "baseYear.refused.policy", r.reason());
    }
    throw PageRefused.notFound("refused.notFound");
  }

  @PostMapping("/base-year/restatements")
  String restate(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String runId,
      @RequestParam(defaultValue = "") String trigger,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    Optional<RecalculationTrigger> t = RecalculationTrigger.parse(trigger);
    if (t.isEmpty()) {
      return refused(flash, "baseYear.refused.trigger", null);
    }
    if (reason.isBlank() || reason.length() > MAX_REASON) {
      return refused(flash, "baseYear.refused.reason", null);
    }
    BaseYearOutcome<?> outcome =
        db.inTransaction(
            c -> policy.restate(c, caller.tenantId(), runId, t.get(), reason, caller.username()),
            o -> o instanceof BaseYearOutcome.Done);
    if (outcome instanceof BaseYearOutcome.Done<?>) {
      flash.addFlashAttribute("done", "baseYear.restated");
      flash.addFlashAttribute("doneArg", "");
      return "redirect:/base-year";
    }
    if (outcome instanceof BaseYearOutcome.Refused<?> r) {
      return refused(flash, "baseYear.refused.policy", r.reason());
    }
    throw PageRefused.notFound("refused.notFound");
  }

  /** The most characters a restatement's reason may have (the width it is stored in). */
  static final int MAX_REASON = 2000;

  private static String refused(RedirectAttributes flash, String key, String detail) {
    flash.addFlashAttribute("refusal", key);
    flash.addFlashAttribute("refusalDetail", detail);
    return "redirect:/base-year";
  }
}
