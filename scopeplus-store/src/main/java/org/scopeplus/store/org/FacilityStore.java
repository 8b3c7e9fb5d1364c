package org.scopeplus.store.org;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Stores facilities. */
public final class FacilityStore {

  private final AuditTrail audit = new AuditTrail();

  public Facility add(
      Connection c, String tenantId, String name, String orgUnitPath, String region, String actor)
      throws SQLException {
    Facility f = new Facility(UUID.randomUUID().toString(), tenantId, name, orgUnitPath, region);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO facility (id, tenant_id, name, org_unit_path, region, created_at) VALUES"
                + " (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, f.id());
      ps.setString(2, tenantId);
      ps.setString(3, name);
      ps.setString(4, orgUnitPath);
      ps.setString(5, region);
      ps.setTimestamp(6, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "facility.added",
        "facility",
        f.id(),
        AuditTrail.NO_STATE,
        f.state(),
        "facility " + name + " added");
    return f;
  }

  public Optional<Facility> byId(Connection c, String tenantId, String id) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", FacilityStore::read, id, tenantId);
  }

  public Page<Facility> list(Connection c, String tenantId, PageRequest page) throws SQLException {
    return PagedQuery.ofTenant(
        c, SELECT, "facility", tenantId, " ORDER BY name", page, FacilityStore::read);
  }

  private static final String SELECT =
      "SELECT id, tenant_id, name, org_unit_path, region FROM facility";

  private static Facility read(ResultSet rs) throws SQLException {
    return new Facility(
        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
  }
}
