package org.scopeplus.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.user.StoredUser;

/**
 * Basic credentials verified recently, so a client sending its password on every request costs one
 * BCrypt check per {@link #TTL} instead of one per request. An entry is keyed by an HMAC-SHA256 of
 * the login name and password under a random key made when the service starts (never stored, so
 * neither the password nor a hash an attacker could test guesses against is kept), and remembers
 * the user and a SHA-256 of the password hash it was checked against. It is used only while the
 * stored user is still enabled and still has that password hash: a password change or a disabled
 * user makes it useless at once, on every instance. At most {@link #MAX_ENTRIES} are kept, the
 * least recently used dropped first.
 */
final class VerifiedCredentials {

  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 10_000;

  private record Entry(String userId, String passwordHashSha256, long expiresAt) {}

  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Entry> entries =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  VerifiedCredentials(Clock clock) {
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** True when these credentials were verified for this stored user, as it is now, within TTL. */
  boolean verified(String login, String password, StoredUser user) {
    String k = keyOf(login, password);
    Entry e;
    synchronized (entries) {
      e = entries.get(k);
      if (e != null && e.expiresAt() <= clock.millis()) {
        entries.remove(k);
        e = null;
      }
    }
    return e != null
        && user.enabled()
        && e.userId().equals(user.id())
        && e.passwordHashSha256().equals(Sha256.of(user.passwordHash()));
  }

  /** Remembers that these credentials matched this stored user's password hash. */
  void remember(String login, String password, StoredUser user) {
    Entry e = new Entry(user.id(), Sha256.of(user.passwordHash()), clock.millis() + TTL.toMillis());
    String k = keyOf(login, password);
    synchronized (entries) {
      entries.put(k, e);
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private String keyOf(String login, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] name = login.getBytes(StandardCharsets.UTF_8);
      mac.update((name.length + ":").getBytes(StandardCharsets.UTF_8));
      mac.update(name);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}
