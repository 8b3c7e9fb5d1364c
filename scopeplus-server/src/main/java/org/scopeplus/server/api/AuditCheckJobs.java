package org.scopeplus.server.api;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.integrity.VerifyingIntegrity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit checks of the tenants, run in the background: at most one per tenant at a time (a
 * second request joins the running one), at most {@code scopeplus.audit.check-threads} at a time in
 * the whole service (the others wait their turn; {@link TenantJobs}), each a full recomputation
 * streamed from the database. The running check and the last finished one of each tenant are kept,
 * with who started them and when, until the service stops.
 */
@Component
public class AuditCheckJobs {

  /**
   * A check as a page shows it: its state (running, done or failed), when, how many entries, and
   * the sentence of what it found.
   */
  public record Summary(
      String state,
      String startedBy,
      Instant startedAt,
      Instant finishedAt,
      Long entries,
      Boolean intact,
      String message,
      Long brokenCount) {
    static Summary of(TenantJobs.Job<ChainVerification> job) {
      AuditController.VerificationView v = AuditController.VerificationView.of(job);
      return new Summary(
          v.state(),
          v.startedBy(),
          v.startedAt(),
          v.finishedAt(),
          v.entries(),
          v.intact(),
          v.message(),
          v.brokenCount());
    }
  }

  /** Starts a check of the tenant (or joins the running one) and waits for it as the API does. */
  public Summary checked(String tenantId, String user) {
    TenantJobs.Job<ChainVerification> job = start(tenantId, user);
    awaited(job);
    return Summary.of(job);
  }

  /** The tenant's last finished check, if any since the service started. */
  public Optional<Summary> lastChecked(String tenantId) {
    return latest(tenantId).map(Summary::of);
  }

  private final Database db;
  private final VerifyingIntegrity verifying = new VerifyingIntegrity();
  private final TenantJobs<ChainVerification> checks;

  AuditCheckJobs(
      Database db,
      @Value("${scopeplus.audit.check-threads:1}") int threads,
      @Value("${scopeplus.audit.check-wait:30s}") Duration wait) {
    if (threads < 1) {
      throw new IllegalArgumentException("scopeplus.audit.check-threads must be 1 or more");
    }
    this.db = db;
    this.checks = new TenantJobs<>("audit-check", threads, wait);
  }

  /** Starts a check of the tenant, or returns the one already running. */
  TenantJobs.Job<ChainVerification> start(String tenantId, String user) {
    return checks.start(tenantId, user, () -> db.inTransaction(c -> verifying.verify(c, tenantId)));
  }

  /** Waits for the job up to the configured time; true when it has finished. */
  boolean awaited(TenantJobs.Job<ChainVerification> job) {
    return checks.awaited(job);
  }

  /** The tenant's running or last finished check with this id. */
  Optional<TenantJobs.Job<ChainVerification>> job(String tenantId, String id) {
    return checks.job(tenantId, id);
  }

  /** The tenant's last finished check. */
  Optional<TenantJobs.Job<ChainVerification>> latest(String tenantId) {
    return checks.latest(tenantId);
  }

  @PreDestroy
  void stop() {
    checks.close();
  }
}
