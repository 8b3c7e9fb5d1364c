package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.uncertainty.Interval;
import org.scopeplus.server.api.RunReports;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.disclosure.PeriodReviewStore;
import org.scopeplus.store.disclosure.VerificationStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.user.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A run's disclosure: its period's review state and every move of it with who and when (from the
 * audit trail), the verifier's findings and opinions, the uncertainty per scope (IPCC Approach 1),
 * and the annual report to download in English or Chinese, through the API's {@link RunReports}.
 */
@ConsoleController
class DisclosurePage {

  /** The uncertainty cells shown: the totals and the scopes. */
  static final Set<String> SCOPE_CELLS =
      Set.of(
          "total-location-based",
          "total-market-based",
          "scope-1",
          "scope-2-location-based",
          "scope-2-market-based",
          "scope-3");

  private final Database db;
  private final RunReports reports;
  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();
  private final PeriodReviewStore reviews = new PeriodReviewStore();
  private final VerificationStore verification = new VerificationStore();
  private final AuditTrail audit = new AuditTrail();

  DisclosurePage(Database db, RunReports reports) {
    this.db = db;
    this.reports = reports;
  }

  @GetMapping("/disclosure")
  String disclosure(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String run,
      Model model) {
    CalculationRun r =
        db.inTransaction(
            c -> {
              List<CalculationRun> all =
                  runs.list(c, caller.tenantId(), null, new PageRequest(0, 200)).items();
              model.addAttribute("runs", all);
              CalculationRun chosen =
                  run == null || run.isBlank()
                      ? (all.isEmpty() ? null : all.get(0))
                      : runs.byId(c, caller.tenantId(), run)
                          .orElseThrow(() -> PageRefused.notFound("refused.notFound"));
              if (chosen == null) {
                return null;
              }
              model.addAttribute("run", chosen);
              model.addAttribute(
                  "periodName",
                  periods
                      .byId(c, caller.tenantId(), chosen.periodId())
                      .map(p -> p.name())
                      .orElse(""));
              model.addAttribute("review", reviews.find(c, caller.tenantId(), chosen.periodId()));
              List<AuditEntry> moves =
                  audit.ofEntity(
                      c, caller.tenantId(), PeriodReviewStore.AUDITED_AS, chosen.periodId());
              model.addAttribute("moves", moves);
              model.addAttribute(
                  "findings", verification.findings(c, caller.tenantId(), chosen.periodId()));
              model.addAttribute(
                  "opinions", verification.opinions(c, caller.tenantId(), chosen.periodId()));
              return chosen;
            });
    boolean reads = r != null && caller.role() != Role.DATA_OWNER;
    model.addAttribute("readsReport", reads);
    if (reads) {
      AnnualReport report = reports.compose(caller, r.id());
      List<Interval> scopes = new ArrayList<>();
      for (Interval i : report.context().uncertainty()) {
        if (SCOPE_CELLS.contains(i.cell())) {
          scopes.add(i);
        }
      }
      model.addAttribute("intervals", scopes);
      model.addAttribute("totals", report.totals());
    }
    return "console/disclosure";
  }

  @GetMapping("/disclosure/report")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal Caller caller,
      @RequestParam String run,
      @RequestParam(defaultValue = "pdf") String format,
      @RequestParam(defaultValue = "en") String lang) {
    reports.check(format, lang);
    RunReports.Rendered r = reports.render(reports.compose(caller, run), format, lang);
    return ResponseEntity.ok()
        .contentType(r.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + r.fileName() + "\"")
        .body(r.bytes());
  }
}
