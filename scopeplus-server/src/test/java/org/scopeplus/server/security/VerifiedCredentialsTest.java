package org.scopeplus.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;

class VerifiedCredentialsTest {

  private final AtomicLong now = new AtomicLong(5_000_000);
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return Instant.ofEpochMilli(now.get());
        }
      };

  private static StoredUser user(String hash, boolean enabled) {
    return new StoredUser("u1", "t1", "alice", hash, Role.VIEWER, List.of(), enabled);
  }

  @Test
  void rememberedCredentialsAreVerifiedOnlyWithTheSamePassword() {
    VerifiedCredentials v = new VerifiedCredentials(clock);
    StoredUser alice = user("{sha256-bcrypt}hash-1", true);
    assertThat(v.verified("alice", "a-long-test-password-1", alice)).isFalse();
    v.remember("alice", "a-long-test-password-1", alice);
    assertThat(v.verified("alice", "a-long-test-password-1", alice)).isTrue();
    assertThat(v.verified("alice", "a-long-test-password-2", alice)).isFalse();
    assertThat(v.verified("tenant/alice", "a-long-test-password-1", alice)).isFalse();
    assertThat(v.verified("alice:a", "-long-test-password-1", alice)).isFalse();
  }

  @Test
  void aChangedPasswordHashOrADisabledUserMakesTheEntryUseless() {
    VerifiedCredentials v = new VerifiedCredentials(clock);
    v.remember("alice", "a-long-test-password-1", user("{sha256-bcrypt}hash-1", true));
    assertThat(v.verified("alice", "a-long-test-password-1", user("{sha256-bcrypt}hash-2", true)))
        .isFalse();
    assertThat(v.verified("alice", "a-long-test-password-1", user("{sha256-bcrypt}hash-1", false)))
        .isFalse();
    StoredUser other =
        new StoredUser("u2", "t1", "alice", "{sha256-bcrypt}hash-1", Role.ADMIN, List.of(), true);
    assertThat(v.verified("alice", "a-long-test-password-1", other)).isFalse();
  }

  @Test
  void entriesExpireAfterTheirTimeToLive() {
    VerifiedCredentials v = new VerifiedCredentials(clock);
    StoredUser alice = user("{sha256-bcrypt}hash-1", true);
    v.remember("alice", "a-long-test-password-1", alice);
    now.addAndGet(VerifiedCredentials.TTL.toMillis() - 1);
    assertThat(v.verified("alice", "a-long-test-password-1", alice)).isTrue();
    now.addAndGet(1);
    assertThat(v.verified("alice", "a-long-test-password-1", alice)).isFalse();
  }

  @Test
  void theCacheKeepsAtMostItsBoundLeastRecentlyUsedFirstOut() {
    VerifiedCredentials v = new VerifiedCredentials(clock);
    StoredUser alice = user("{sha256-bcrypt}hash-1", true);
    v.remember("alice", "password-0", alice);
    for (int i = 1; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
      v.remember("alice", "password-" + i, alice);
    }
    assertThat(v.size()).isEqualTo(VerifiedCredentials.MAX_ENTRIES);
    assertThat(v.verified("alice", "password-0", alice)).isFalse();
    assertThat(v.verified("alice", "password-" + VerifiedCredentials.MAX_ENTRIES, alice)).isTrue();
  }
}
