package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.integrity.VerifyingIntegrity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's audit trail and the check of its SHA-256 chain; for admins and verifiers. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  private final Database db;
  private final AuditTrail trail = new AuditTrail();
  private final VerifyingIntegrity verifying = new VerifyingIntegrity();

  AuditController(Database db) {
    this.db = db;
  }

  @Operation(summary = "List the audit trail, newest first")
  @GetMapping
  PageBody<AuditEntry> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Access.auditor(caller);
    return TenantReads.page(db, caller, page, size, trail::list, e -> e);
  }

  @Operation(summary = "Check the audit chain and every stored entity against it")
  @GetMapping("/verification")
  ChainVerification verify(@AuthenticationPrincipal Caller caller) {
    Access.auditor(caller);
    return db.inTransaction(c -> verifying.verify(c, caller.tenantId()));
  }
}
