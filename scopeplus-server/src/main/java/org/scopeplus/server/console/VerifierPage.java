package org.scopeplus.server.console;

import org.scopeplus.server.api.AuditCheckJobs;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.audit.AuditTrail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The verifier's view, read-only: every period's newest run with a way from its totals down to the
 * records (the explorer), the audit trail, and the check of the audit chain and of every stored row
 * against it (the API's {@link AuditCheckJobs}).
 */
@ConsoleController
class VerifierPage {

  /** Audit entries shown, newest first. */
  static final int ENTRIES_SHOWN = 100;

  private final Database db;
  private final AuditCheckJobs checks;
  private final TenantInventory inventory = new TenantInventory();
  private final AuditTrail trail = new AuditTrail();

  VerifierPage(Database db, AuditCheckJobs checks) {
    this.db = db;
    this.checks = checks;
  }

  @GetMapping("/verifier")
  String verifier(@AuthenticationPrincipal Caller caller, Model model) {
    ConsoleAccess.traces(caller);
    fill(caller, model);
    checks.lastChecked(caller.tenantId()).ifPresent(s -> model.addAttribute("check", s));
    return "console/verifier";
  }

  @PostMapping("/verifier/audit-check")
  String check(@AuthenticationPrincipal Caller caller, Model model) {
    ConsoleAccess.auditor(caller);
    model.addAttribute("check", checks.checked(caller.tenantId(), caller.username()));
    fill(caller, model);
    return "console/verifier";
  }

  private void fill(Caller caller, Model model) {
    model.addAttribute("readsAudit", caller.readsAudit());
    db.inTransaction(
        c -> {
          model.addAttribute("periods", inventory.periods(c, caller.tenantId()));
          if (caller.readsAudit()) {
            model.addAttribute(
                "entries",
                trail.list(c, caller.tenantId(), new PageRequest(0, ENTRIES_SHOWN)).items());
          }
          return null;
        });
  }
}
