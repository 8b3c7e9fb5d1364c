package org.scopeplus.store.org;

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
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Stores the org-unit tree; a run reads it as an {@link OrgStructure}. */
public final class OrgUnitStore {

  private final AuditTrail audit = new AuditTrail();

  public StoredOrgUnit add(Connection c, String tenantId, OrgUnit unit, String actor)
      throws SQLException {
    StoredOrgUnit u = new StoredOrgUnit(UUID.randomUUID().toString(), tenantId, unit);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO org_unit (id, tenant_id, path, equity_share, operational_control,"
                + " financial_control, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, u.id());
      ps.setString(2, tenantId);
      ps.setString(3, unit.path());
      ps.setDouble(4, unit.equityShare());
      ps.setBoolean(5, unit.operationalControl());
      ps.setBoolean(6, unit.financialControl());
      ps.setTimestamp(7, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "org_unit.added",
        "org_unit",
        u.id(),
        AuditTrail.NO_STATE,
        u.state(),
        "org unit " + unit.path() + " added");
    return u;
  }

  /** Changes a unit's ownership and control (a structural change for the base year). */
  public StoredOrgUnit change(Connection c, StoredOrgUnit before, OrgUnit after, String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE org_unit SET equity_share = ?, operational_control = ?, financial_control = ?"
                + " WHERE id = ? AND tenant_id = ?")) {
      ps.setDouble(1, after.equityShare());
      ps.setBoolean(2, after.operationalControl());
      ps.setBoolean(3, after.financialControl());
      ps.setString(4, before.id());
      ps.setString(5, before.tenantId());
      ps.executeUpdate();
    }
    StoredOrgUnit changed =
        new StoredOrgUnit(
            before.id(),
            before.tenantId(),
            new OrgUnit(
                before.unit().path(),
                after.equityShare(),
                after.operationalControl(),
                after.financialControl()));
    audit.append(
        c,
        before.tenantId(),
        actor,
        "org_unit.changed",
        "org_unit",
        before.id(),
        before.state(),
        changed.state(),
        "org unit " + before.unit().path() + " changed");
    return changed;
  }

  public Optional<StoredOrgUnit> byId(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", OrgUnitStore::read, id, tenantId);
  }

  public Optional<StoredOrgUnit> byPath(Connection c, String tenantId, String path)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE tenant_id = ? AND path = ?", OrgUnitStore::read, tenantId, path);
  }

  public Page<StoredOrgUnit> list(Connection c, String tenantId, PageRequest page)
      throws SQLException {
    return PagedQuery.ofTenant(
        c, SELECT, "org_unit", tenantId, " ORDER BY path", page, OrgUnitStore::read);
  }

  /** The whole tree as the calculation sees it. */
  public OrgStructure structure(Connection c, String tenantId) throws SQLException {
    List<OrgUnit> units = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE tenant_id = ? ORDER BY path")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          units.add(read(rs).unit());
        }
      }
    }
    return units.isEmpty() ? OrgStructure.whollyOwned() : OrgStructure.of(units);
  }

  private static final String SELECT =
      "SELECT id, tenant_id, path, equity_share, operational_control, financial_control FROM"
          + " org_unit";

  private static StoredOrgUnit read(ResultSet rs) throws SQLException {
    return new StoredOrgUnit(
        rs.getString(1),
        rs.getString(2),
        new OrgUnit(rs.getString(3), rs.getDouble(4), rs.getBoolean(5), rs.getBoolean(6)));
  }
}
