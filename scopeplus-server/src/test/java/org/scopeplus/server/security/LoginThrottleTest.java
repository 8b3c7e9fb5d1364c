package org.scopeplus.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

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
      throttle.failed("alice", "10.0.0.1");
    }
    assertThat(throttle.retryAfterSeconds("alice", "10.0.0.1")).isZero();
    throttle.failed("alice", "10.0.0.1");
    assertThat(throttle.retryAfterSeconds("alice", "10.0.0.2")).isEqualTo(300);
    assertThat(throttle.retryAfterSeconds("bob", "10.0.0.2")).isZero();
    now.addAndGet(LoginThrottle.WINDOW.toMillis() + 1);
    assertThat(throttle.retryAfterSeconds("alice", "10.0.0.1")).isZero();
  }

  @Test
  void oneAddressGuessingManyUserNamesIsStoppedToo() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertThat(throttle.retryAfterSeconds("someone-else", "10.0.0.9")).isPositive();
    assertThat(throttle.retryAfterSeconds("someone-else", "10.0.0.8")).isZero();
  }

  @Test
  void aSuccessfulLoginForgetsTheUsersFailures() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.failed("carol", "10.0.0." + i);
    }
    throttle.succeeded("carol");
    assertThat(throttle.retryAfterSeconds("carol", "10.0.0.99")).isZero();
  }
}
