package org.scopeplus.server.api;

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
import java.util.function.Supplier;

/**
 * Long work of the tenants run in the background, one kind of work per instance (the audit check,
 * the nightly energy batch): at most one job per tenant at a time (a second request joins the
 * running one), at most a given number at a time in the whole service (the others wait their turn).
 * The running job and the last finished one of each tenant are kept, with who started them and
 * when, until the service stops ({@link #close()}). An API answers 202 with the job's location and
 * the caller polls it.
 *
 * @param <T> what a job gives when it has finished
 */
public final class TenantJobs<T> implements AutoCloseable {

  /** One job of one tenant: who started it and when, and its result once it has finished. */
  public static final class Job<T> {
    private final String id = UUID.randomUUID().toString();
    private final String tenantId;
    private final String startedBy;
    private final Instant startedAt = Instant.now();
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile Instant finishedAt;

    Job(String tenantId, String startedBy) {
      this.tenantId = tenantId;
      this.startedBy = startedBy;
    }

    public String id() {
      return id;
    }

    public String tenantId() {
      return tenantId;
    }

    public String startedBy() {
      return startedBy;
    }

    public Instant startedAt() {
      return startedAt;
    }

    /** When it finished, or null while it runs. */
    public Instant finishedAt() {
      return finishedAt;
    }

    /** Its result: completed with the value, or exceptionally with why it could not finish. */
    public CompletableFuture<T> result() {
      return result;
    }

    /** Whether it has finished, well or not. */
    public boolean done() {
      return result.isDone();
    }

    /** Its value once finished, or empty while it runs. */
    public Optional<T> value() {
      return done() && !result.isCompletedExceptionally()
          ? Optional.of(result.getNow(null))
          : Optional.empty();
    }

    /** Why it could not finish, when it failed; empty while it runs or when it finished well. */
    public Optional<String> failure() {
      if (!done() || !result.isCompletedExceptionally()) {
        return Optional.empty();
      }
      try {
        result.get();
        return Optional.empty();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        return Optional.of(
            cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted");
      }
    }
  }

  private final ExecutorService threads;
  private final Duration wait;
  private final Map<String, Job<T>> running = new ConcurrentHashMap<>();
  private final Map<String, Job<T>> finished = new ConcurrentHashMap<>();

  /**
   * @param name the name of the threads (a number is appended)
   * @param threads how many jobs run at a time in the service
   * @param wait how long {@link #awaited} waits for a job
   */
  public TenantJobs(String name, int threads, Duration wait) {
    if (threads < 1) {
      throw new IllegalArgumentException(name + ": threads must be 1 or more");
    }
    this.wait = wait;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, name + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts {@code work} as the tenant's job, or returns the tenant's job already running. */
  public Job<T> start(String tenantId, String user, Supplier<T> work) {
    while (true) {
      Optional<Job<T>> started = startUnlessRunning(tenantId, user, work);
      if (started.isPresent()) {
        return started.get();
      }
      Job<T> other = running.get(tenantId);
      if (other != null) {
        return other;
      }
      // it ended between the two looks: start afresh
    }
  }

  /**
   * Starts {@code work} as the tenant's job unless the tenant has one running, which is then left
   * alone (empty): for a caller that must not join another's job.
   */
  public Optional<Job<T>> startUnlessRunning(String tenantId, String user, Supplier<T> work) {
    @SuppressWarnings("unchecked")
    Job<T>[] started = new Job[1];
    running.computeIfAbsent(
        tenantId,
        t -> {
          started[0] = new Job<>(t, user);
          return started[0];
        });
    if (started[0] == null) {
      return Optional.empty();
    }
    Job<T> job = started[0];
    threads.execute(() -> run(job, work));
    return Optional.of(job);
  }

  /** The tenant's running job, if one runs. */
  public Optional<Job<T>> running(String tenantId) {
    return Optional.ofNullable(running.get(tenantId));
  }

  private void run(Job<T> job, Supplier<T> work) {
    T v = null;
    Throwable failure = null;
    try {
      v = work.get();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    // kept as finished and no longer running before anyone waiting sees the result, so a job
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
  public boolean awaited(Job<T> job) {
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
  public Optional<Job<T>> job(String tenantId, String id) {
    for (Job<T> j : java.util.Arrays.asList(running.get(tenantId), finished.get(tenantId))) {
      if (j != null && j.id.equals(id)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /** The tenant's last finished job. */
  public Optional<Job<T>> latest(String tenantId) {
    return Optional.ofNullable(finished.get(tenantId));
  }

  /** Stops the threads; running jobs are interrupted. */
  @Override
  public void close() {
    threads.shutdownNow();
  }
}
