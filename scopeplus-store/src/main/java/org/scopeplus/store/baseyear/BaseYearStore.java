package org.scopeplus.store.baseyear;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;

/**
 * Stores the base year and its restatements; {@link RecalculatingBaseYear} gives them to the core's
 * recalculation policy as its repositories.
 */
public final class BaseYearStore {

  public Optional<BaseYear> get(Connection c, String tenantId) throws SQLException {
    return SingleRow.find(
        c,
        "SELECT tenant_id, base_year, run_id, threshold, set_by, set_at FROM base_year WHERE"
            + " tenant_id = ?",
        rs ->
            new BaseYear(
                rs.getString(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getDouble(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant()),
        tenantId);
  }

  /** Sets or replaces the base year. */
  void put(Connection c, BaseYear b) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM base_year WHERE tenant_id = ?")) {
      del.setString(1, b.tenantId());
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO base_year (tenant_id, base_year, run_id, threshold, set_by, set_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, b.tenantId());
      ps.setInt(2, b.year());
      ps.setString(3, b.runId());
      ps.setDouble(4, b.threshold());
      ps.setString(5, b.setBy());
      ps.setTimestamp(6, Timestamp.from(b.setAt()));
      ps.executeUpdate();
    }
  }

  void addRestatement(Connection c, String tenantId, Restatement r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO restatement (id, tenant_id, trigger_kind, reason, previous_run_id,"
                + " new_run_id, previous_grams, new_grams, change_ratio, restated_by, restated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, r.id());
      ps.setString(2, tenantId);
      ps.setString(3, r.trigger().name());
      ps.setString(4, r.reason());
      ps.setString(5, r.previousRunId());
      ps.setString(6, r.newRunId());
      ps.setLong(7, r.previousGrams());
      ps.setLong(8, r.newGrams());
      ps.setDouble(9, r.change());
      ps.setString(10, r.restatedBy());
      ps.setTimestamp(11, Timestamp.from(r.restatedAt()));
      ps.executeUpdate();
    }
  }

  /** Every restatement, oldest first. */
  public List<Restatement> restatements(Connection c, String tenantId) throws SQLException {
    List<Restatement> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(SELECT_RESTATEMENT + " WHERE tenant_id = ? ORDER BY restated_at, id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readRestatement(rs));
        }
      }
    }
    return out;
  }

  /** One restatement of the tenant; another tenant's is not found. */
  public Optional<Restatement> restatement(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c,
        SELECT_RESTATEMENT + " WHERE id = ? AND tenant_id = ?",
        BaseYearStore::readRestatement,
        id,
        tenantId);
  }

  /** A page of the tenant's restatements, oldest first. */
  public Page<Restatement> restatements(Connection c, String tenantId, PageRequest page)
      throws SQLException {
    return PagedQuery.ofTenant(
        c,
        SELECT_RESTATEMENT,
        "restatement",
        tenantId,
        " ORDER BY restated_at, id",
        page,
        BaseYearStore::readRestatement);
  }

  private static final String SELECT_RESTATEMENT =
      "SELECT id, trigger_kind, reason, previous_run_id, new_run_id, previous_grams, new_grams,"
          + " change_ratio, restated_by, restated_at FROM restatement";

  private static Restatement readRestatement(ResultSet rs) throws SQLException {
    return new Restatement(
        rs.getString(1),
        RecalculationTrigger.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getLong(7),
        rs.getDouble(8),
        rs.getString(9),
        rs.getTimestamp(10).toInstant());
  }

  /** Now, to the microsecond: what the databases keep of a time, so a state read back is equal. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
