package org.scopeplus.store.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Stores API tokens by the SHA-256 of their secret. */
public final class TokenStore {

  private final AuditTrail audit = new AuditTrail();

  /** Stores a token given the hash of its secret. */
  public ApiToken add(
      Connection c, String tenantId, String userId, String name, String tokenHash, String actor)
      throws SQLException {
    ApiToken t =
        new ApiToken(UUID.randomUUID().toString(), tenantId, userId, name, Instant.now(), null);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO api_token (id, tenant_id, user_id, name, token_hash, created_at) VALUES"
                + " (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, t.id());
      ps.setString(2, tenantId);
      ps.setString(3, userId);
      ps.setString(4, name);
      ps.setString(5, tokenHash);
      ps.setTimestamp(6, Timestamp.from(t.createdAt()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "token.created",
        "api_token",
        t.id(),
        AuditTrail.NO_STATE,
        t.state(),
        "API token " + name + " created");
    return t;
  }

  /** The valid token with this hash, if any. */
  public Optional<ApiToken> validByHash(Connection c, String tokenHash) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE token_hash = ? AND revoked_at IS NULL", TokenStore::read, tokenHash);
  }

  /** The user's tokens that are not revoked. */
  List<ApiToken> validOf(Connection c, StoredUser user) throws SQLException {
    List<ApiToken> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            SELECT + " WHERE tenant_id = ? AND user_id = ? AND revoked_at IS NULL ORDER BY id")) {
      ps.setString(1, user.tenantId());
      ps.setString(2, user.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  /** A token of the tenant; another tenant's token is not found. */
  public Optional<ApiToken> byId(Connection c, String tenantId, String id) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", TokenStore::read, id, tenantId);
  }

  /**
   * Revokes a token; it stops working at once. A token already revoked stays as it is, and no
   * change is audited.
   */
  public void revoke(Connection c, ApiToken t, String actor) throws SQLException {
    ApiToken revoked =
        new ApiToken(t.id(), t.tenantId(), t.userId(), t.name(), t.createdAt(), Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE api_token SET revoked_at = ? WHERE id = ? AND tenant_id = ? AND revoked_at IS"
                + " NULL")) {
      ps.setTimestamp(1, Timestamp.from(revoked.revokedAt()));
      ps.setString(2, t.id());
      ps.setString(3, t.tenantId());
      if (ps.executeUpdate() == 0) {
        return;
      }
    }
    audit.append(
        c,
        t.tenantId(),
        actor,
        "token.revoked",
        "api_token",
        t.id(),
        t.state(),
        revoked.state(),
        "API token " + t.name() + " revoked");
  }

  /** The tenant's tokens, newest first; an admin sees all, others their own. */
  public Page<ApiToken> list(Connection c, String tenantId, String userIdOrNull, PageRequest page)
      throws SQLException {
    return PagedQuery.ofTenant(
        c,
        SELECT,
        "api_token",
        tenantId,
        "user_id",
        userIdOrNull,
        " ORDER BY created_at DESC, id",
        page,
        TokenStore::read);
  }

  private static final String SELECT =
      "SELECT id, tenant_id, user_id, name, created_at, revoked_at FROM api_token";

  private static ApiToken read(ResultSet rs) throws SQLException {
    Timestamp revoked = rs.getTimestamp(6);
    return new ApiToken(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getTimestamp(5).toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
