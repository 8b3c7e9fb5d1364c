package org.scopeplus.store.tenant;

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
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Stores tenants. */
public final class TenantStore {

  private final AuditTrail audit = new AuditTrail();

  /** Creates a tenant and opens its audit chain with the creation. */
  public Tenant create(Connection c, String name, String actor) throws SQLException {
    Tenant t = new Tenant(UUID.randomUUID().toString(), name, Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO tenant (id, name, created_at, audit_seq, audit_head) VALUES (?, ?, ?, 0,"
                + " ?)")) {
      ps.setString(1, t.id());
      ps.setString(2, t.name());
      ps.setTimestamp(3, Timestamp.from(t.createdAt()));
      ps.setString(4, AuditTrail.GENESIS);
      ps.executeUpdate();
    }
    audit.append(
        c,
        t.id(),
        actor,
        "tenant.created",
        "tenant",
        t.id(),
        AuditTrail.NO_STATE,
        "name=" + name,
        "tenant " + name + " created");
    return t;
  }

  public Optional<Tenant> byName(Connection c, String name) throws SQLException {
    return SingleRow.find(
        c, "SELECT id, name, created_at FROM tenant WHERE name = ?", TenantStore::read, name);
  }

  public Optional<Tenant> byId(Connection c, String id) throws SQLException {
    return SingleRow.find(
        c, "SELECT id, name, created_at FROM tenant WHERE id = ?", TenantStore::read, id);
  }

  /** Every tenant, by name. */
  public List<Tenant> all(Connection c) throws SQLException {
    List<Tenant> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT id, name, created_at FROM tenant ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  private static Tenant read(ResultSet rs) throws SQLException {
    return new Tenant(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant());
  }
}
