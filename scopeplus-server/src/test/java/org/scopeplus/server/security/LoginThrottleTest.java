package org.scopeplus.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.security.LoginThrottle.Attempt;
import org.scopeplus.server.security.LoginThrottle.Attempt.Allowed;
import org.scopeplus.server.security.LoginThrottle.Attempt.Refused;

class LoginThrottleTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return Instant.ofEpochMilli(now.get());
        }
      };

  @Test
  void fiveFailuresForOneUserNameWaitTheWindowOut() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      failed(throttle, "alice", "10.0.0.1");
    }
    assertThat(throttle.retryAfterSeconds("alice", "10.0.0.1")).isZero();
    failed(throttle, "alice", "10.0.0.1");
    assertThat(throttle.retryAfterSeconds("alice", "10.0.0.2")).isEqualTo(300);
    assertThat(throttle.attempt("alice", "10.0.0.2")).isEqualTo(new Refused(300));
    assertThat(throttle.retryAfterSeconds("bob", "10.0.0.2")).isZero();
    now.addAndGet(LoginThrottle.WINDOW.toMillis() + 1);
    assertThat(throttle.retryAfterSeconds("alice", "10.0.0.1")).isZero();
  }

  @Test
  void oneAddressGuessingManyUserNamesIsStoppedToo() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
      failed(throttle, "user" + i, "10.0.0.9");
    }
    assertThat(throttle.retryAfterSeconds("someone-else", "10.0.0.9")).isPositive();
    assertThat(throttle.attempt("someone-else", "10.0.0.9")).isInstanceOf(Refused.class);
    // the refused address gave back the user name's reservation
    assertThat(throttle.attempt("someone-else", "10.0.0.8")).isInstanceOf(Allowed.class);
    assertThat(throttle.retryAfterSeconds("someone-else", "10.0.0.8")).isZero();
  }

  @Test
  void aSuccessfulLoginForgetsTheUsersFailures() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      failed(throttle, "carol", "10.0.0." + i);
    }
    throttle.succeeded((Allowed) throttle.attempt("carol", "10.0.0.98"));
    assertThat(throttle.retryAfterSeconds("carol", "10.0.0.99")).isZero();
  }

  /**
   * The race: 50 parallel wrong passwords were all counted against a limit of 5 only after
   * their checks, so 43 were checked. Here 50 threads released by one latch ask at once; exactly
   * {@link LoginThrottle#MAX_FAILURES} may check a password, however the threads interleave.
   */
  @Test
  void fiftyParallelAttemptsCheckExactlyTheLimitsNumberOfPasswords() throws Exception {
    for (int round = 0; round < 20; round++) {
      LoginThrottle throttle = new LoginThrottle(clock);
      int threads = 50;
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger checked = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          String address = "10.1.0." + i;
          done.add(
              pool.submit(
                  () -> {
                    start.await();
                    if (throttle.attempt("dave", address) instanceof Allowed a) {
                      checked.incrementAndGet(); // the password check, which fails
                      Thread.sleep(2);
                      throttle.failed(a);
                    } else {
                      refused.incrementAndGet();
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> f : done) {
          f.get(30, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(checked.get()).isEqualTo(LoginThrottle.MAX_FAILURES);
      assertThat(refused.get()).isEqualTo(threads - LoginThrottle.MAX_FAILURES);
    }
  }

  @Test
  void parallelAttemptsFromOneAddressCheckExactlyTheAddressLimit() throws Exception {
    LoginThrottle throttle = new LoginThrottle(clock);
    int threads = 64;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger checked = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String user = "user-" + i;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  if (throttle.attempt(user, "10.2.0.1") instanceof Allowed) {
                    checked.incrementAndGet();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(checked.get()).isEqualTo(LoginThrottle.MAX_FAILURES_PER_ADDRESS);
  }

  @Test
  void attemptsStillBeingCheckedAskForASecondNotTheWholeWindow() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(throttle.attempt("frank", "10.4.0." + i)).isInstanceOf(Allowed.class);
    }
    assertThat(throttle.attempt("frank", "10.4.0.99")).isEqualTo(new Refused(1));
    // checks never reported (their requests failed) leave with the window
    now.addAndGet(LoginThrottle.WINDOW.toMillis() + 1);
    assertThat(throttle.retryAfterSeconds("frank", "10.4.0.99")).isZero();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      failed(throttle, "frank", "10.4.1." + i);
    }
    assertThat(throttle.attempt("frank", "10.4.0.99")).isEqualTo(new Refused(300));
  }

  @Test
  void aSuccessGivesTheAddressReservationBack() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS * 3; i++) {
      Attempt a = throttle.attempt("erin" + (i % 2), "10.3.0.1");
      assertThat(a).as("attempt " + i).isInstanceOf(Allowed.class);
      throttle.succeeded((Allowed) a);
    }
    assertThat(throttle.retryAfterSeconds("erin0", "10.3.0.1")).isZero();
  }

  /** One attempt whose password was wrong. */
  private static void failed(LoginThrottle throttle, String user, String address) {
    Attempt a = throttle.attempt(user, address);
    assertThat(a).isInstanceOf(Allowed.class);
    throttle.failed((Allowed) a);
  }
}
