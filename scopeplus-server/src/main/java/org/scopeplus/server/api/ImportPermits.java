package org.scopeplus.server.api;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many imports (activity files, factor libraries) may run at once: at most {@code
 * scopeplus.imports.max-concurrent} in the service and {@code
 * scopeplus.imports.max-concurrent-per-tenant} per tenant. Reading a file takes memory in
 * proportion to its bounds, so the caps bound the memory all imports take together; a request
 * beyond them is refused at once (429 with Retry-After), never queued.
 */
@Component
public class ImportPermits {

  /** A running import's permits; closing gives them back. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final Semaphore total;
  private final int perTenant;
  private final long retryAfterSeconds;
  private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();

  public ImportPermits(
      @Value("${scopeplus.imports.max-concurrent:8}") int total,
      @Value("${scopeplus.imports.max-concurrent-per-tenant:4}") int perTenant,
      @Value("${scopeplus.imports.retry-after-seconds:10}") long retryAfterSeconds) {
    if (total < 1 || perTenant < 1 || retryAfterSeconds < 1) {
      throw new IllegalArgumentException(
          "scopeplus.imports.max-concurrent, max-concurrent-per-tenant and retry-after-seconds"
              + " must be at least 1");
    }
    this.total = new Semaphore(total);
    this.perTenant = perTenant;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds a refused caller is told to wait before trying again. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The sentence of a refused import: the caps are reached, when to try again. */
  public String busyDetail() {
    return "as many imports as the service allows are running (for your tenant or in all); try"
        + " again in "
        + retryAfterSeconds
        + " seconds; nothing was stored";
  }

  /**
   * The refusal of an import beyond the caps: 429 "Too Many Imports" with {@link #busyDetail},
   * answered with Retry-After.
   */
  public ApiProblem busy() {
    return ApiProblem.tooMany("Too Many Imports", busyDetail(), retryAfterSeconds);
  }

  /**
   * Permits for one import of this tenant, or the refusal of {@link #busy} when a cap is reached.
   */
  public Permit acquire(String tenantId) {
    return tryAcquire(tenantId).orElseThrow(this::busy);
  }

  /** Permits for one import of this tenant, or empty when a cap is reached. */
  public Optional<Permit> tryAcquire(String tenantId) {
    boolean[] taken = {false};
    running.compute(
        tenantId,
        (t, n) -> {
          int now = n == null ? 0 : n;
          if (now >= perTenant) {
            return n;
          }
          taken[0] = true;
          return now + 1;
        });
    if (!taken[0]) {
      return Optional.empty();
    }
    if (!total.tryAcquire()) {
      release(tenantId);
      return Optional.empty();
    }
    boolean[] closed = {false};
    return Optional.of(
        () -> {
          synchronized (closed) {
            if (closed[0]) {
              return;
            }
            closed[0] = true;
          }
          total.release();
          release(tenantId);
        });
  }

  private void release(String tenantId) {
    running.computeIfPresent(tenantId, (t, n) -> n <= 1 ? null : n - 1);
  }
}
