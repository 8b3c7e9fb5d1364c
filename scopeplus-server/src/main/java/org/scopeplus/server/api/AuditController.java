package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.BrokenEntry;
import org.scopeplus.store.audit.ChainVerification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's audit trail and the check of its SHA-256 chain and stored data; for admins and
 * verifiers. The check runs in the background, one per tenant at a time ({@link AuditCheckJobs}).
 */
@Tag(name = "Audit", description = "The audit trail and the check of its SHA-256 chain")
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  private static final String CHECKS = "/api/v1/audit/verifications/";

  /**
   * A check of the audit trail: who started it and when, whether it has finished, and what it found
   * (the fields of the result are null while it runs).
   *
   * @param id the check's id
   * @param state {@code running}, {@code done} or {@code failed} (it could not finish: {@code
   *     message} says why)
   * @param startedBy who started it
   * @param startedAt when; the result reflects the data as stored from then on
   * @param finishedAt when it finished, or null
   * @param entries how many audit entries were checked
   * @param intact true when nothing is broken
   * @param brokenAt the first broken entry, or 0
   * @param message a sentence: intact, or the first problem and how many there are
   * @param brokenCount how many problems were found in all
   * @param broken the first of them, each with its entry and a sentence
   */
  record VerificationView(
      String id,
      String state,
      String startedBy,
      Instant startedAt,
      Instant finishedAt,
      Long entries,
      Boolean intact,
      Long brokenAt,
      String message,
      Long brokenCount,
      List<BrokenEntry> broken) {

    static VerificationView of(TenantJobs.Job<ChainVerification> job) {
      if (!job.result().isDone()) {
        return new VerificationView(
            job.id(),
            "running",
            job.startedBy(),
            job.startedAt(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
      }
      ChainVerification v;
      try {
        v = job.result().get();
      } catch (ExecutionException e) {
        return new VerificationView(
            job.id(),
            "failed",
            job.startedBy(),
            job.startedAt(),
            job.finishedAt(),
            null,
            null,
            null,
            "the check could not finish, so it proves nothing; start it again: "
                + e.getCause().getMessage(),
            null,
            null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading a finished check", e);
      }
      return new VerificationView(
          job.id(),
          "done",
          job.startedBy(),
          job.startedAt(),
          job.finishedAt(),
          v.entries(),
          v.intact(),
          v.brokenAt(),
          v.message(),
          v.brokenCount(),
          v.broken());
    }
  }

  private final Database db;
  private final AuditTrail trail = new AuditTrail();
  private final AuditCheckJobs checks;

  AuditController(Database db, AuditCheckJobs checks) {
    this.db = db;
    this.checks = checks;
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

  @Operation(
      summary =
          "Check the audit chain and every stored entity against it, waiting for the result (202"
              + " with the check's location when it takes longer)")
  @GetMapping("/verification")
  ResponseEntity<VerificationView> verify(@AuthenticationPrincipal Caller caller) {
    Access.auditor(caller);
    TenantJobs.Job<ChainVerification> job = checks.start(caller.tenantId(), caller.username());
    if (checks.awaited(job)) {
      return ResponseEntity.ok(VerificationView.of(job));
    }
    return accepted(job);
  }

  @Operation(summary = "Start a check of the audit trail in the background (one per tenant)")
  @PostMapping("/verifications")
  ResponseEntity<VerificationView> start(@AuthenticationPrincipal Caller caller) {
    Access.auditor(caller);
    return accepted(checks.start(caller.tenantId(), caller.username()));
  }

  @Operation(summary = "Read a check of the audit trail: running, or what it found")
  @GetMapping("/verifications/{id}")
  VerificationView check(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    Access.auditor(caller);
    return VerificationView.of(
        checks
            .job(caller.tenantId(), id)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "audit check " + id + " (only the running and the last one are kept)")));
  }

  @Operation(summary = "Read the last finished check of the audit trail, with when and by whom")
  @GetMapping("/verifications/latest")
  VerificationView latest(@AuthenticationPrincipal Caller caller) {
    Access.auditor(caller);
    return VerificationView.of(
        checks
            .latest(caller.tenantId())
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "finished audit check (none since the service started; POST "
                            + CHECKS.substring(0, CHECKS.length() - 1)
                            + " starts one)")));
  }

  private static ResponseEntity<VerificationView> accepted(TenantJobs.Job<ChainVerification> job) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create(CHECKS + job.id()))
        .body(VerificationView.of(job));
  }
}
