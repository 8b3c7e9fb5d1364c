package org.scopeplus.server.it;

import java.util.List;
import java.util.UUID;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.IssuingToken;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;

/**
 * A fresh tenant with users of every role, each with an API token, made straight in the store (no
 * password round trips), with unique names so tests never meet each other's data.
 */
final class TenantFixture {

  static final String PASSWORD = "a-long-test-password-1";

  final String name;
  final String tenantId;
  final ApiClient admin;
  final ApiClient dataOwner;
  final ApiClient verifier;
  final ApiClient viewer;
  final String adminName;

  /**
   * A tenant named {@code tenant-SUFFIX} (or {@code name} when given) whose users are {@code
   * admin-SUFFIX}, {@code owner-SUFFIX}, {@code verifier-SUFFIX} and {@code viewer-SUFFIX}; tests
   * that log in through the console take the suffix from the tenant's name.
   */
  private TenantFixture(Database db, int port, String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    this.name = name == null ? "tenant-" + suffix : name;
    this.adminName = "admin-" + suffix;
    RegisteringUser.Outcome.Added a = add(db, adminName, Role.ADMIN, List.of(), true);
    this.tenantId = a.tenant().id();
    this.admin = new ApiClient(port, ApiClient.bearer(token(db, a.user())));
    this.dataOwner =
        new ApiClient(
            port,
            ApiClient.bearer(
                token(
                    db,
                    add(db, "owner-" + suffix, Role.DATA_OWNER, List.of("Group/Cloud"), false)
                        .user())));
    this.verifier =
        new ApiClient(
            port,
            ApiClient.bearer(
                token(db, add(db, "verifier-" + suffix, Role.VERIFIER, List.of(), false).user())));
    this.viewer =
        new ApiClient(
            port,
            ApiClient.bearer(
                token(db, add(db, "viewer-" + suffix, Role.VIEWER, List.of(), false).user())));
  }

  /** The Basic login name of one of this tenant's users: tenant name, slash, user name. */
  String login(String username) {
    return name + "/" + username;
  }

  static TenantFixture create(Database db, int port) {
    return new TenantFixture(db, port, null);
  }

  /** A fresh tenant of a given name (a name the service was configured with before it existed). */
  static TenantFixture named(Database db, int port, String name) {
    return new TenantFixture(db, port, name);
  }

  private RegisteringUser.Outcome.Added add(
      Database db, String username, Role role, List<String> units, boolean newTenant) {
    RegisteringUser.Outcome o =
        db.inTransaction(
            c ->
                new RegisteringUser()
                    .register(c, name, username, PASSWORD, role, units, "test", newTenant));
    if (o instanceof RegisteringUser.Outcome.Added added) {
      return added;
    }
    throw new IllegalStateException(o.toString());
  }

  private static String token(Database db, StoredUser u) {
    return db.inTransaction(c -> new IssuingToken().issue(c, Caller.of(u), "test")).secret();
  }
}
