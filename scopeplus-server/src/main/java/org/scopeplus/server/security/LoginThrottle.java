package org.scopeplus.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins: after {@link #MAX_FAILURES} failures for one user name, or {@link
 * #MAX_FAILURES_PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused
 * until the window has passed. Kept in memory: a restart clears it.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final int MAX_FAILURES_PER_ADDRESS = 20;
  public static final Duration WINDOW = Duration.ofMinutes(5);

  private final Clock clock;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  public long retryAfterSeconds(String username, String address) {
    return Math.max(
        wait("u:" + username, MAX_FAILURES), wait("a:" + address, MAX_FAILURES_PER_ADDRESS));
  }

  /** Records a failed attempt. */
  public void failed(String username, String address) {
    long now = clock.millis();
    for (String key : new String[] {"u:" + username, "a:" + address}) {
      Deque<Long> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (d) {
        d.addLast(now);
        while (d.size() > MAX_FAILURES_PER_ADDRESS) {
          d.removeFirst();
        }
      }
    }
  }

  /** Forgets a user's failures after a successful login. */
  public void succeeded(String username) {
    failures.remove("u:" + username);
  }

  private long wait(String key, int max) {
    Deque<Long> d = failures.get(key);
    if (d == null) {
      return 0;
    }
    long now = clock.millis();
    synchronized (d) {
      while (!d.isEmpty() && d.peekFirst() < now - WINDOW.toMillis()) {
        d.removeFirst();
      }
      if (d.size() < max) {
        return 0;
      }
      long oldestCounted = (long) d.toArray()[d.size() - max];
      return Math.max(1, (oldestCounted + WINDOW.toMillis() - now + 999) / 1000);
    }
  }
}
