package org.scopeplus.server.setup;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits self-service sign-ups: at most {@code perAddress} from one address and {@code total} from
 * all addresses within {@link #WINDOW}; beyond, a sign-up is refused with the seconds to wait. A
 * sign-up is counted when it is tried, whether or not it succeeds, so guessing taken names costs
 * the same as creating tenants. Kept in memory: a restart clears it.
 */
public final class SignUpThrottle {

  /** The window the counts cover. */
  public static final Duration WINDOW = Duration.ofHours(1);

  /** Addresses kept before the idle ones are dropped, so memory stays bounded. */
  private static final int SWEEP_AT = 10_000;

  private final Clock clock;
  private final int perAddress;
  private final int total;
  private final Map<String, ArrayDeque<Long>> byAddress = new ConcurrentHashMap<>();
  private final ArrayDeque<Long> all = new ArrayDeque<>();

  public SignUpThrottle(Clock clock, int perAddress, int total) {
    if (perAddress < 1 || total < 1) {
      throw new IllegalArgumentException("sign-up limits are at least 1");
    }
    this.clock = clock;
    this.perAddress = perAddress;
    this.total = total;
  }

  /** Counts a sign-up from {@code address}: 0 when it may go on, else the seconds to wait. */
  public synchronized long attempt(String address) {
    long now = clock.millis();
    if (byAddress.size() >= SWEEP_AT) {
      byAddress.values().forEach(q -> expire(q, now));
      byAddress.values().removeIf(ArrayDeque::isEmpty);
    }
    ArrayDeque<Long> mine = byAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
    expire(mine, now);
    expire(all, now);
    if (mine.size() >= perAddress) {
      return waitFor(mine, now);
    }
    if (all.size() >= total) {
      return waitFor(all, now);
    }
    mine.addLast(now);
    all.addLast(now);
    return 0;
  }

  private static void expire(ArrayDeque<Long> q, long now) {
    while (!q.isEmpty() && q.peekFirst() <= now - WINDOW.toMillis()) {
      q.removeFirst();
    }
  }

  private static long waitFor(ArrayDeque<Long> q, long now) {
    return Math.max(1, (q.peekFirst() + WINDOW.toMillis() - now + 999) / 1000);
  }
}
