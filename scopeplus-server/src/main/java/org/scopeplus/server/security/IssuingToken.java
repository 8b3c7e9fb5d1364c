package org.scopeplus.server.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.user.ApiToken;
import org.scopeplus.store.user.TokenStore;

/** Makes an API token: a random secret shown once, stored only as its SHA-256. */
public final class IssuingToken {

  /** A new token and its secret, which is never stored. */
  public record Issued(ApiToken token, String secret) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final TokenStore tokens = new TokenStore();

  public Issued issue(Connection c, Caller caller, String name) throws SQLException {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = "sp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken t =
        tokens.add(
            c, caller.tenantId(), caller.userId(), name, Sha256.of(secret), caller.username());
    return new Issued(t, secret);
  }
}
