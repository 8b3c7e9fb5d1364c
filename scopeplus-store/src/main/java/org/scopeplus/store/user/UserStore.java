package org.scopeplus.store.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Stores users; the caller hashes passwords. */
public final class UserStore {

  private final AuditTrail audit = new AuditTrail();

  /** Adds a user and audits it. */
  public StoredUser add(
      Connection c,
      String tenantId,
      String username,
      String passwordHash,
      Role role,
      List<String> orgUnits,
      String actor)
      throws SQLException {
    StoredUser u =
        new StoredUser(
            UUID.randomUUID().toString(), tenantId, username, passwordHash, role, orgUnits, true);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO app_user (id, tenant_id, username, password_hash, role, enabled,"
                + " created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)")) {
      ps.setString(1, u.id());
      ps.setString(2, tenantId);
      ps.setString(3, username);
      ps.setString(4, passwordHash);
      ps.setString(5, role.name());
      ps.setTimestamp(6, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    insertOrgUnits(c, u.id(), orgUnits);
    audit.append(
        c,
        tenantId,
        actor,
        "user.added",
        "user",
        u.id(),
        AuditTrail.NO_STATE,
        u.state(),
        "user " + username + " added as " + role.label());
    return u;
  }

  /**
   * Disables a user: they can no longer log in, and every token of theirs is revoked. The user
   * stays, so the audit trail keeps naming them.
   */
  public StoredUser disable(Connection c, StoredUser user, String actor) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE app_user SET enabled = FALSE WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, user.id());
      ps.setString(2, user.tenantId());
      ps.executeUpdate();
    }
    TokenStore tokens = new TokenStore();
    for (ApiToken t : tokens.validOf(c, user)) {
      tokens.revoke(c, t, actor);
    }
    return changed(
        c,
        user,
        user.with(user.passwordHash(), user.role(), user.orgUnits(), false),
        "user.disabled",
        "user " + user.username() + " disabled and their tokens revoked",
        actor);
  }

  /**
   * Replaces a user's password hash and revokes every token of theirs made before (each revocation
   * audited), so a token taken with the old password stops working. The audited state holds a
   * SHA-256 of the password hash (never the hash), so the entry's after hash differs from its
   * before hash and a hash replaced in the database afterwards no longer matches it.
   */
  public StoredUser changePassword(Connection c, StoredUser user, String passwordHash, String actor)
      throws SQLException {
    TokenStore tokens = new TokenStore();
    for (ApiToken t : tokens.validOf(c, user)) {
      tokens.revoke(c, t, actor);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE app_user SET password_hash = ? WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, passwordHash);
      ps.setString(2, user.id());
      ps.setString(3, user.tenantId());
      ps.executeUpdate();
    }
    return changed(
        c,
        user,
        user.with(passwordHash, user.role(), user.orgUnits(), user.enabled()),
        "user.password_changed",
        "password of user " + user.username() + " changed and their tokens revoked",
        actor);
  }

  /** Gives a user another role and other org units, taking effect on their next request. */
  public StoredUser changeAccess(
      Connection c, StoredUser user, Role role, List<String> orgUnits, String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE app_user SET role = ? WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, role.name());
      ps.setString(2, user.id());
      ps.setString(3, user.tenantId());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_org_unit WHERE user_id = ?")) {
      ps.setString(1, user.id());
      ps.executeUpdate();
    }
    insertOrgUnits(c, user.id(), orgUnits);
    StoredUser after = user.with(user.passwordHash(), role, orgUnits, user.enabled());
    return changed(
        c,
        user,
        after,
        "user.access_changed",
        "user "
            + user.username()
            + " now "
            + role.label()
            + (orgUnits.isEmpty() ? "" : " in " + String.join(", ", after.orgUnits())),
        actor);
  }

  /** Audits a change of a stored user from {@code before} to {@code after}, and returns after. */
  private StoredUser changed(
      Connection c, StoredUser before, StoredUser after, String action, String detail, String actor)
      throws SQLException {
    audit.append(
        c,
        before.tenantId(),
        actor,
        action,
        "user",
        before.id(),
        before.state(),
        after.state(),
        detail);
    return after;
  }

  /** A user of the tenant by name; user names are unique within a tenant only. */
  public Optional<StoredUser> byUsername(Connection c, String tenantId, String username)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE tenant_id = ? AND username = ?", rs -> read(c, rs), tenantId, username);
  }

  /**
   * The user a login names: by tenant name and user name, or, without a tenant name, by user name
   * while the service has exactly one tenant (with two or more, a user name alone names no one).
   */
  public Optional<StoredUser> byLogin(Connection c, Optional<String> tenantName, String username)
      throws SQLException {
    if (tenantName.isPresent()) {
      return SingleRow.find(
          c,
          SELECT + " WHERE username = ? AND tenant_id = (SELECT id FROM tenant WHERE name = ?)",
          rs -> read(c, rs),
          username,
          tenantName.get());
    }
    return SingleRow.find(
        c,
        SELECT + " WHERE username = ? AND (SELECT COUNT(*) FROM tenant) = 1",
        rs -> read(c, rs),
        username);
  }

  /** A user of the tenant; another tenant's user is not found. */
  public Optional<StoredUser> byId(Connection c, String tenantId, String id) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", rs -> read(c, rs), id, tenantId);
  }

  /** How many users the service has (zero before the first admin). */
  public long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The tenant's users by name, with the org units of the whole page read in one query. */
  public Page<StoredUser> list(Connection c, String tenantId, PageRequest page)
      throws SQLException {
    Page<StoredUser> users =
        PagedQuery.ofTenant(
            c, SELECT, "app_user", tenantId, " ORDER BY username", page, rs -> read(rs, List.of()));
    if (users.items().isEmpty()) {
      return users;
    }
    Map<String, List<String>> units = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT user_id, org_unit_path FROM user_org_unit WHERE user_id IN ("
                + "?, ".repeat(users.items().size() - 1)
                + "?)")) {
      int i = 1;
      for (StoredUser u : users.items()) {
        ps.setString(i++, u.id());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          units.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return users.map(
        u ->
            u.with(u.passwordHash(), u.role(), units.getOrDefault(u.id(), List.of()), u.enabled()));
  }

  private static final String SELECT =
      "SELECT id, tenant_id, username, password_hash, role, enabled FROM app_user";

  private static void insertOrgUnits(Connection c, String userId, List<String> orgUnits)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO user_org_unit (user_id, org_unit_path) VALUES (?, ?)")) {
      for (String unit : orgUnits) {
        ps.setString(1, userId);
        ps.setString(2, unit);
        ps.addBatch();
      }
      if (!orgUnits.isEmpty()) {
        ps.executeBatch();
      }
    }
  }

  /** A user with their org units, read with one more query. */
  private static StoredUser read(Connection c, ResultSet rs) throws SQLException {
    List<String> units = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT org_unit_path FROM user_org_unit WHERE user_id = ?")) {
      ps.setString(1, rs.getString(1));
      try (ResultSet u = ps.executeQuery()) {
        while (u.next()) {
          units.add(u.getString(1));
        }
      }
    }
    return read(rs, units);
  }

  private static StoredUser read(ResultSet rs, List<String> orgUnits) throws SQLException {
    return new StoredUser(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Role.valueOf(rs.getString(5)),
        orgUnits,
        rs.getBoolean(6));
  }
}
