package org.scopeplus.store.targets;

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
import java.util.UUID;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps indicator values, one per org unit, facility, year, month and metric: recording a value
 * again replaces it, and the audit trail keeps both states.
 */
public final class IndicatorStore {

  private final AuditTrail audit = new AuditTrail();

  /** Records a value, replacing the one kept for the same cell. */
  public IndicatorValue record(Connection c, String tenantId, IndicatorValue v, String actor)
      throws SQLException {
    Optional<IndicatorValue> before =
        SingleRow.find(
            c,
            SELECT
                + " WHERE tenant_id = ? AND org_unit = ? AND facility = ? AND metric = ?"
                + " AND period_year = "
                + v.year()
                + " AND period_month = "
                + v.month(),
            IndicatorStore::read,
            tenantId,
            v.orgUnit(),
            v.facility(),
            v.metric().label());
    try (PreparedStatement del =
        c.prepareStatement(
            "DELETE FROM indicator_value WHERE tenant_id = ? AND org_unit = ? AND facility = ?"
                + " AND metric = ? AND period_year = ? AND period_month = ?")) {
      del.setString(1, tenantId);
      del.setString(2, v.orgUnit());
      del.setString(3, v.facility());
      del.setString(4, v.metric().label());
      del.setInt(5, v.year());
      del.setInt(6, v.month());
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO indicator_value (id, tenant_id, org_unit, facility, period_year,"
                + " period_month, metric, amount, unit, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      String id = UUID.randomUUID().toString();
      ps.setString(1, id);
      ps.setString(2, tenantId);
      ps.setString(3, v.orgUnit());
      ps.setString(4, v.facility());
      ps.setInt(5, v.year());
      ps.setInt(6, v.month());
      ps.setString(7, v.metric().label());
      ps.setDouble(8, v.value());
      ps.setString(9, v.metric().unit());
      ps.setString(10, actor);
      ps.setTimestamp(11, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "indicator.recorded",
        "indicator_value",
        key(v),
        before.map(IndicatorValue::state).orElse(AuditTrail.NO_STATE),
        v.state(),
        v.metric().label() + " of " + v.orgUnit() + " recorded");
    return v;
  }

  /** The tenant's values, optionally of one metric. */
  public List<IndicatorValue> list(Connection c, String tenantId, Metric metricOrNull)
      throws SQLException {
    List<IndicatorValue> out = new ArrayList<>();
    String sql =
        SELECT
            + " WHERE tenant_id = ?"
            + (metricOrNull == null ? "" : " AND metric = ?")
            + " ORDER BY org_unit, facility, period_year, period_month, metric";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenantId);
      if (metricOrNull != null) {
        ps.setString(2, metricOrNull.label());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  /** The entity id of a value in the audit trail: {@code org unit|facility|year|month|metric}. */
  public static String key(IndicatorValue v) {
    return v.orgUnit()
        + "|"
        + v.facility()
        + "|"
        + v.year()
        + "|"
        + v.month()
        + "|"
        + v.metric().label();
  }

  /** The value kept under an audit entity id (see {@link #key}), if any. */
  public Optional<IndicatorValue> byKey(Connection c, String tenantId, String key)
      throws SQLException {
    String[] p = key.split("\\|", -1);
    if (p.length < 5) {
      return Optional.empty();
    }
    int n = p.length;
    String orgUnit = p[0];
    String facility = String.join("|", java.util.Arrays.copyOfRange(p, 1, n - 3));
    try {
      Integer.parseInt(p[n - 3]);
      Integer.parseInt(p[n - 2]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return SingleRow.find(
        c,
        SELECT
            + " WHERE tenant_id = ? AND org_unit = ? AND facility = ? AND metric = ?"
            + " AND period_year = "
            + Integer.parseInt(p[n - 3])
            + " AND period_month = "
            + Integer.parseInt(p[n - 2]),
        IndicatorStore::read,
        tenantId,
        orgUnit,
        facility,
        p[n - 1]);
  }

  private static final String SELECT =
      "SELECT org_unit, facility, period_year, period_month, metric, amount FROM indicator_value";

  private static IndicatorValue read(ResultSet rs) throws SQLException {
    return new IndicatorValue(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getInt(4),
        Metric.parse(rs.getString(5)).orElseThrow(),
        rs.getDouble(6));
  }
}
