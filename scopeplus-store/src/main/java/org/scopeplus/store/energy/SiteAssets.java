package org.scopeplus.store.energy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.scopeplus.store.audit.AuditTrail;

/**
 * What the asset stores of a site share: removing a row of a tenant, and the audit entry of a row
 * changed in place.
 */
final class SiteAssets {

  private SiteAssets() {}

  static void remove(
      Connection c,
      String tenantId,
      String table,
      String entity,
      String id,
      String state,
      String actor,
      String detail)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, id);
      ps.setString(2, tenantId);
      ps.executeUpdate();
    }
    new AuditTrail()
        .append(
            c,
            tenantId,
            actor,
            "energy." + entity + ".removed",
            table,
            id,
            state,
            AuditTrail.NO_STATE,
            detail);
  }

  /** Appends {@code energy.<entity>.changed} with the states before and after. */
  static void changed(
      Connection c,
      String tenantId,
      String table,
      String entity,
      String id,
      String before,
      String after,
      String actor,
      String detail)
      throws SQLException {
    new AuditTrail()
        .append(
            c, tenantId, actor, "energy." + entity + ".changed", table, id, before, after, detail);
  }
}
