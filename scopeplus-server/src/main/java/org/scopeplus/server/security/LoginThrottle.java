package org.scopeplus.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits password checks: within {@link #WINDOW}, at most {@link #MAX_FAILURES} attempts for one
 * user name and {@link #MAX_FAILURES_PER_ADDRESS} from one address are checked; further attempts
 * are refused until the window has passed. An attempt is reserved atomically <em>before</em> the
 * password is checked ({@link #attempt}), so parallel requests cannot all pass the count and then
 * fail together: attempts still being checked count as failures until {@link #succeeded} gives them
 * back or {@link #failed} keeps them. Kept in memory: a restart clears it.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final int MAX_FAILURES_PER_ADDRESS = 20;
  public static final Duration WINDOW = Duration.ofMinutes(5);

  /** After this many attempts, keys whose attempts have all left the window are dropped. */
  private static final int SWEEP_EVERY = 10_000;

  /** What asking for an attempt gave. */
  public sealed interface Attempt {
    /**
     * The password may be checked now; say how it went with {@link #succeeded} or {@link #failed}.
     */
    record Allowed(String userKey, String addressKey, long at) implements Attempt {}

    /** Too many attempts: try again after this many seconds. */
    record Refused(long retryAfterSeconds) implements Attempt {}
  }

  /** The attempts of one key within the window; {@code pending} of them are still being checked. */
  private static final class Window {
    final ArrayDeque<Long> times = new ArrayDeque<>();
    int pending;

    boolean idle() {
      return times.isEmpty() && pending == 0;
    }
  }

  private final Clock clock;
  private final Map<String, Window> attempts = new ConcurrentHashMap<>();
  private final AtomicLong sinceSweep = new AtomicLong();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** The name a user's attempts are counted under: their tenant and user name. */
  public static String keyOf(String tenantId, String username) {
    return tenantId + "/" + username;
  }

  /**
   * Reserves an attempt for this user name from this address, or refuses it. Each count is checked
   * and raised in one atomic step per key; when the address is over its limit the user's
   * reservation is given back.
   */
  public Attempt attempt(String username, String address) {
    long now = clock.millis();
    sweepNow(now);
    String user = "u:" + username;
    String from = "a:" + address;
    long[] wait = {0};
    attempts.compute(user, (k, w) -> reserve(w, now, MAX_FAILURES, wait));
    if (wait[0] > 0) {
      return new Attempt.Refused(wait[0]);
    }
    attempts.compute(from, (k, w) -> reserve(w, now, MAX_FAILURES_PER_ADDRESS, wait));
    if (wait[0] > 0) {
      attempts.computeIfPresent(user, (k, w) -> giveBack(w, now));
      return new Attempt.Refused(wait[0]);
    }
    return new Attempt.Allowed(user, from, now);
  }

  /** The password was wrong: the attempt stays counted for the rest of the window. */
  public void failed(Attempt.Allowed attempt) {
    for (String key : new String[] {attempt.userKey(), attempt.addressKey()}) {
      attempts.computeIfPresent(
          key,
          (k, w) -> {
            w.pending = Math.max(0, w.pending - 1);
            return w.idle() ? null : w;
          });
    }
  }

  /**
   * The password was right: the user's failures are forgotten and the address's reservation is
   * given back.
   */
  public void succeeded(Attempt.Allowed attempt) {
    attempts.remove(attempt.userKey());
    attempts.computeIfPresent(attempt.addressKey(), (k, w) -> giveBack(w, attempt.at()));
  }

  /** Seconds to wait before an attempt would be allowed, or 0; reserves nothing. */
  public long retryAfterSeconds(String username, String address) {
    long now = clock.millis();
    long[] wait = {0};
    attempts.computeIfPresent("u:" + username, (k, w) -> peek(w, now, MAX_FAILURES, wait));
    long user = wait[0];
    wait[0] = 0;
    attempts.computeIfPresent(
        "a:" + address, (k, w) -> peek(w, now, MAX_FAILURES_PER_ADDRESS, wait));
    return Math.max(user, wait[0]);
  }

  private static Window reserve(Window w, long now, int max, long[] wait) {
    Window x = w == null ? new Window() : w;
    expire(x, now);
    if (x.times.size() >= max) {
      wait[0] = waitFor(x, now, max);
      return x;
    }
    x.times.addLast(now);
    x.pending++;
    return x;
  }

  private static Window peek(Window w, long now, int max, long[] wait) {
    expire(w, now);
    if (w.times.size() >= max) {
      wait[0] = waitFor(w, now, max);
    }
    return w.idle() ? null : w;
  }

  private static Window giveBack(Window w, long at) {
    w.times.removeLastOccurrence(at);
    w.pending = Math.max(0, w.pending - 1);
    return w.idle() ? null : w;
  }

  /**
   * Drops the attempts older than the window; a check still pending after the window (its request
   * failed before saying how it went) is dropped with them.
   */
  private static void expire(Window w, long now) {
    while (!w.times.isEmpty() && w.times.peekFirst() <= now - WINDOW.toMillis()) {
      w.times.removeFirst();
    }
    w.pending = Math.min(w.pending, w.times.size());
  }

  /**
   * Seconds until the oldest counted attempt leaves the window; one second when attempts still
   * being checked fill the count, as they may soon be given back.
   */
  private static long waitFor(Window w, long now, int max) {
    if (w.times.size() - w.pending < max) {
      return 1;
    }
    long oldestCounted = (long) w.times.toArray()[w.times.size() - max];
    return Math.max(1, (oldestCounted + WINDOW.toMillis() - now + 999) / 1000);
  }

  /** Drops the keys of attempts that have all left the window, so memory stays bounded in time. */
  private void sweepNow(long now) {
    if (sinceSweep.incrementAndGet() % SWEEP_EVERY != 0) {
      return;
    }
    for (String key : attempts.keySet()) {
      attempts.computeIfPresent(
          key,
          (k, w) -> {
            expire(w, now);
            return w.idle() ? null : w;
          });
    }
  }
}
