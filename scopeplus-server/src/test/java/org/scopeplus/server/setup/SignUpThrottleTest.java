package org.scopeplus.server.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignUpThrottleTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void anAddressGetsItsSignUpsThenWaitsUntilTheOldestLeavesTheHour() {
    HandClock clock = new HandClock();
    SignUpThrottle t = new SignUpThrottle(clock, 2, 100);
    assertThat(t.attempt("10.0.0.1")).isZero();
    clock.now = clock.now.plus(Duration.ofMinutes(10));
    assertThat(t.attempt("10.0.0.1")).isZero();
    // the third within the hour waits until the first is an hour old: 50 minutes
    assertThat(t.attempt("10.0.0.1")).isEqualTo(50 * 60);
    assertThat(t.attempt("10.0.0.2")).as("another address").isZero();
    clock.now = clock.now.plus(Duration.ofMinutes(50));
    assertThat(t.attempt("10.0.0.1")).isZero();
  }

  @Test
  void allAddressesTogetherAreCappedToo() {
    HandClock clock = new HandClock();
    SignUpThrottle t = new SignUpThrottle(clock, 5, 3);
    assertThat(t.attempt("a")).isZero();
    assertThat(t.attempt("b")).isZero();
    assertThat(t.attempt("c")).isZero();
    assertThat(t.attempt("d")).isEqualTo(3600);
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThatThrownBy(() -> new SignUpThrottle(Clock.systemUTC(), 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClosedServiceRefusesBeforeCountingOrStoring() {
    SigningUp closed = new SigningUp(null, false, new SignUpThrottle(Clock.systemUTC(), 1, 1));
    assertThat(closed.open()).isFalse();
    assertThat(closed.signUp("Acme", "admin", "a-long-password-1", "10.0.0.1"))
        .isInstanceOf(SigningUp.Outcome.Closed.class);
  }
}
