package org.scopeplus.server.security;

import java.util.Optional;

/**
 * The name a user logs in with: {@code TENANT/USERNAME}, or {@code USERNAME} alone while the
 * service has a single tenant. User names are unique within a tenant only, so the tenant names the
 * user; a user name holds no {@code /}, so the last {@code /} separates the two.
 *
 * @param tenant the tenant's name, when given
 * @param username the user's name within the tenant
 */
public record LoginName(Optional<String> tenant, String username) {

  /** Reads a login name as typed. */
  public static LoginName parse(String login) {
    int slash = login.lastIndexOf('/');
    if (slash < 0) {
      return new LoginName(Optional.empty(), login);
    }
    return new LoginName(Optional.of(login.substring(0, slash)), login.substring(slash + 1));
  }
}
