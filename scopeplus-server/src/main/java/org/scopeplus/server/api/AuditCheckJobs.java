package org.scopeplus.server.api;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.integrity.VerifyingIntegrity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit checks of the tenants, run in the background: at most one per tenant at a time (a
 * second request joins the running one), at most {@code scopeplus.audit.check-threads} at a time in
 * the whole service (the others wait their turn), each a full recomputation streamed from the
 * database. The running check and the last finished one of each tenant are kept, with who started
 * them and when, until the service stops.
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
    static Summary of(Job job) {
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
    Job job = start(tenantId, user);
    awaited(job);
    return Summary.of(job);
  }

  /** The tenant's last finished check, if any since the service started. */
  public Optional<Summary> lastChecked(String tenantId) {
    return latest(tenantId).map(Summary::of);
  }

  /** One check of one tenant. */
  static final class Job {
    final String id = UUID.randomUUID().toString();
    final String tenantId;
    final String startedBy;
    final Instant startedAt = Instant.now();
    final CompletableFuture<ChainVerification> result = new CompletableFuture<>();
    volatile Instant finishedAt;

    Job(String tenantId, String startedBy) {
      this.tenantId = tenantId;
      this.startedBy = startedBy;
    }
  }

  private final Database db;
  private final VerifyingIntegrity verifying = new VerifyingIntegrity();
  private final ExecutorService threads;
  private final Duration wait;
  private final Map<String, Job> running = new ConcurrentHashMap<>();
  private final Map<String, Job> finished = new ConcurrentHashMap<>();

  AuditCheckJobs(
      Database db,
      @Value("${scopeplus.audit.check-threads:1}") int threads,
      @Value("${scopeplus.audit.check-wait:30s}") Duration wait) {
    if (threads < 1) {
      throw new IllegalArgumentException("scopeplus.audit.check-threads must be 1 or more");
    }
    this.db = db;
    this.wait = wait;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "audit-check-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts a check of the tenant, or returns the one already running. */
  Job start(String tenantId, String user) {
    Job[] started = new Job[1];
    Job job =
        running.computeIfAbsent(
            tenantId,
            t -> {
              started[0] = new Job(t, user);
              return started[0];
            });
    if (started[0] != null) {
      threads.execute(() -> run(job));
    }
    return job;
  }

  private void run(Job job) {
    ChainVerification v = null;
    Throwable failure = null;
    try {
      v = db.inTransaction(c -> verifying.verify(c, job.tenantId));
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    // kept as finished and no longer running before anyone waiting sees the result, so a check
    // asked for after this one has ended starts afresh
    job.finishedAt = Instant.now();
    finished.put(job.tenantId, job);
    running.remove(job.tenantId, job);
    if (failure == null) {
      job.result.complete(v);
    } else {
      job.result.completeExceptionally(failure);
    }
  }

  /** Waits for the job up to the configured time; true when it has finished. */
  boolean awaited(Job job) {
    try {
      job.result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return job.result.isDone();
    }
    return true;
  }

  /** The tenant's running or last finished job with this id. */
  Optional<Job> job(String tenantId, String id) {
    for (Job j : new Job[] {running.get(tenantId), finished.get(tenantId)}) {
      if (j != null && j.id.equals(id)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /** The tenant's last finished job. */
  Optional<Job> latest(String tenantId) {
    return Optional.ofNullable(finished.get(tenantId));
  }

  @PreDestroy
  void stop() {
    threads.shutdownNow();
  }
}
