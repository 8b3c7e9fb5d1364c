package org.scopeplus.store.targets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.core.targets.ShareBasis;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetKind;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Keeps a tenant's targets; adding one appends {@code target.added} to the audit trail. */
public final class TargetStore {

  private final AuditTrail audit = new AuditTrail();

  /** Keeps {@code t} under a new id (the id it carries is replaced), checked first. */
  public StoredTarget add(Connection c, String tenantId, Target t, String actor)
      throws SQLException {
    Target kept =
        new Target(
            UUID.randomUUID().toString(),
            t.name().strip(),
            t.kind(),
            t.orgUnit().strip(),
            t.coverage(),
            t.denominator(),
            t.baseYear(),
            t.targetYear(),
            t.targetValue(),
            t.pathway(),
            t.criteria() == null ? "" : t.criteria().strip(),
            t.basis());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO target (id, tenant_id, name, kind, org_unit, scopes, scope2_market,"
                + " denominator, base_year, target_year, target_value, pathway, criteria,"
                + " created_by, created_at, basis)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, kept.id());
      ps.setString(2, tenantId);
      ps.setString(3, kept.name());
      ps.setString(4, kept.kind().name());
      ps.setString(5, kept.orgUnit());
      if (kept.coverage() == null) {
        ps.setNull(6, Types.VARCHAR);
        ps.setNull(7, Types.BOOLEAN);
      } else {
        ps.setString(6, kept.coverage().text());
        ps.setBoolean(7, kept.coverage().scope2Market());
      }
      ps.setString(8, kept.denominator());
      ps.setInt(9, kept.baseYear());
      ps.setInt(10, kept.targetYear());
      ps.setDouble(11, kept.targetValue());
      ps.setString(12, kept.pathway().name());
      ps.setString(13, kept.criteria());
      ps.setString(14, actor);
      ps.setTimestamp(15, Timestamp.from(now));
      ps.setString(16, kept.basis().label());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "target.added",
        "target",
        kept.id(),
        AuditTrail.NO_STATE,
        kept.state(),
        "target '" + kept.name() + "' added");
    return new StoredTarget(kept, actor, now);
  }

  public Optional<StoredTarget> byId(Connection c, String tenantId, String id) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", TargetStore::read, id, tenantId);
  }

  /** The tenant's targets, oldest first. */
  public List<StoredTarget> list(Connection c, String tenantId) throws SQLException {
    List<StoredTarget> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + " WHERE tenant_id = ? ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  private static final String SELECT =
      "SELECT id, name, kind, org_unit, scopes, scope2_market, denominator, base_year,"
          + " target_year, target_value, pathway, criteria, created_by, created_at, basis"
          + " FROM target";

  private static StoredTarget read(ResultSet rs) throws SQLException {
    String scopes = rs.getString(5);
    boolean market = rs.getBoolean(6);
    Coverage coverage =
        scopes == null
            ? null
            : Coverage.parse(scopes, market ? "market" : "location").orElseThrow();
    return new StoredTarget(
        new Target(
            rs.getString(1),
            rs.getString(2),
            TargetKind.valueOf(rs.getString(3)),
            rs.getString(4),
            coverage,
            rs.getString(7),
            rs.getInt(8),
            rs.getInt(9),
            rs.getDouble(10),
            Pathway.valueOf(rs.getString(11)),
            rs.getString(12),
            ShareBasis.parse(rs.getString(15)).orElseThrow()),
        rs.getString(13),
        rs.getTimestamp(14).toInstant());
  }
}
