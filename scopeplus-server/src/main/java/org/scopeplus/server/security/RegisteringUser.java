package org.scopeplus.server.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.UserStore;

/**
 * Adds a local user with a hashed password ({@link Passwords}), creating the tenant when it is new
 * (the first admin of a tenant comes from {@code scopeplus user add} or the environment, never a
 * default password). User names are unique within a tenant; a tenant's name takes no colon, as it
 * is the first part of a Basic login name ({@link LoginName}).
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
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
      return new Outcome.Refused("a user name has 2 to 100 letters, digits or . _ @ - characters");
    }
    Optional<String> weakness = Passwords.weakness(password, username);
    if (weakness.isPresent()) {
      return new Outcome.Refused(weakness.get());
    }
    if (role == Role.DATA_OWNER && orgUnits.isEmpty()) {
      return new Outcome.Refused("a data owner needs at least one org unit");
    }
    Tenant tenant = tenants.byName(c, tenantName).orElse(null);
    if (tenant == null) {
      if (!mayCreateTenant) {
        return new Outcome.Refused("no tenant " + tenantName);
      }
      if (tenantName == null
          || tenantName.isBlank()
          || !tenantName.matches("[^:\\p{Cntrl}]{1,200}")) {
        return new Outcome.Refused(
            "a tenant name has 1 to 200 characters, none of them a colon or a control character");
      }
      tenant = tenants.create(c, tenantName, actor);
    } else if (users.byUsername(c, tenant.id(), username).isPresent()) {
      // names are unique within a tenant only, so this says nothing about other tenants
      return new Outcome.Refused("user name " + username + " is taken in this tenant");
    }
    StoredUser u =
        users.add(c, tenant.id(), username, Passwords.hash(password), role, orgUnits, actor);
    return new Outcome.Added(u, tenant);
  }
}
