package org.scopeplus.store.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Reads stored imports and their records. */
public final class ImportStore {

  private final AuditTrail audit = new AuditTrail();

  public Optional<ActivityImport> byId(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", ImportStore::read, id, tenantId);
  }

  /** The import of these exact bytes in the period, if any. */
  public Optional<ActivityImport> bySha(Connection c, String tenantId, String periodId, String sha)
      throws SQLException {
    return SingleRow.find(
        c,
        SELECT + " WHERE tenant_id = ? AND period_id = ? AND sha256 = ?",
        ImportStore::read,
        tenantId,
        periodId,
        sha);
  }

  /** The org units an import's records belong to. */
  public List<String> orgUnits(Connection c, ActivityImport imp) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT org_unit FROM activity_record WHERE import_id = ? ORDER BY org_unit")) {
      ps.setString(1, imp.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Marks an import superseded by a corrected file and frees its record ids. */
  void supersede(Connection c, ActivityImport old, String actor) throws SQLException {
    ActivityImport after = old.superseded();
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM activity_record WHERE import_id = ?")) {
      ps.setString(1, old.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE activity_import SET status = ?, rows_sha256 = ? WHERE id = ? AND"
                + " tenant_id = ?")) {
      ps.setString(1, after.status());
      ps.setString(2, after.rowsSha256());
      ps.setString(3, old.id());
      ps.setString(4, old.tenantId());
      ps.executeUpdate();
    }
    audit.append(
        c,
        old.tenantId(),
        actor,
        "import.superseded",
        "activity_import",
        old.id(),
        old.state(),
        after.state(),
        old.fileName() + " superseded by a corrected file");
  }

  /** The tenant's imports, newest first, optionally of one period. */
  public Page<ActivityImport> list(
      Connection c, String tenantId, String periodIdOrNull, PageRequest page) throws SQLException {
    return PagedQuery.ofTenant(
        c,
        SELECT,
        "activity_import",
        tenantId,
        "period_id",
        periodIdOrNull,
        " ORDER BY created_at DESC, id",
        page,
        ImportStore::read);
  }

  /** The stored records of an import, by row, as column name to cell. */
  public Page<Map<String, String>> records(Connection c, ActivityImport imp, PageRequest page)
      throws SQLException {
    return PagedQuery.list(
        c,
        "SELECT source_row, "
            + String.join(", ", StoredColumns.SQL_NAMES)
            + " FROM activity_record",
        "activity_record",
        " WHERE import_id = ?",
        " ORDER BY source_row",
        List.of(imp.id()),
        page,
        rs -> {
          Map<String, String> m = new LinkedHashMap<>();
          m.put("row", Long.toString(rs.getLong(1)));
          for (int i = 0; i < StoredColumns.NAMES.size(); i++) {
            m.put(StoredColumns.NAMES.get(i), rs.getString(2 + i));
          }
          return m;
        });
  }

  /** The period's active imports, oldest first: the inputs of a run. */
  public List<ActivityImport> active(Connection c, String tenantId, String periodId)
      throws SQLException {
    List<ActivityImport> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            SELECT
                + " WHERE tenant_id = ? AND period_id = ? AND status = ? ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      ps.setString(2, periodId);
      ps.setString(3, ActivityImport.ACTIVE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  private static final String SELECT =
      "SELECT id, tenant_id, period_id, file_name, sha256, record_count, status, replaces_id,"
          + " created_by, created_at, rows_sha256 FROM activity_import";

  private static ActivityImport read(ResultSet rs) throws SQLException {
    return new ActivityImport(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getTimestamp(10).toInstant(),
        rs.getString(11));
  }
}
