package org.scopeplus.server.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.UserStore;

/**
 * Adds a local user with a BCrypt-hashed password, creating the tenant when it is new (the first
 * admin of a tenant comes from {@code scopeplus user add} or the environment, never a default
 * password).
 */
public final class RegisteringUser {

  /** What registering gave. */
  public sealed interface Outcome {
    /** The user was added. */
    record Added(StoredUser user, Tenant tenant) implements Outcome {}

    /** Refused, with the reason. */
    record Refused(String reason) implements Outcome {}
  }

  private final TenantStore tenants = new TenantStore();
  private final UserStore users = new UserStore();

  /** Adds a user to an existing or new tenant. */
  public Outcome register(
      Connection c,
      String tenantName,
      String username,
      String password,
      Role role,
      List<String> orgUnits,
      String actor,
      boolean mayCreateTenant)
      throws SQLException {
    String weakness = Passwords.weakness(password);
    if (weakness != null) {
      return new Outcome.Refused(weakness);
    }
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
      return new Outcome.Refused("a user name has 2 to 100 letters, digits or . _ @ - characters");
    }
    if (users.byUsername(c, username).isPresent()) {
      return new Outcome.Refused("user name " + username + " is taken");
    }
    if (role == Role.DATA_OWNER && orgUnits.isEmpty()) {
      return new Outcome.Refused("a data owner needs at least one org unit");
    }
    Tenant tenant = tenants.byName(c, tenantName).orElse(null);
    if (tenant == null) {
      if (!mayCreateTenant) {
        return new Outcome.Refused("no tenant " + tenantName);
      }
      tenant = tenants.create(c, tenantName, actor);
    }
    StoredUser u =
        users.add(
            c, tenant.id(), username, Passwords.encoder().encode(password), role, orgUnits, actor);
    return new Outcome.Added(u, tenant);
  }
}
