package org.scopeplus.store.energy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps each meter's latest nightly batch result (Flyway V67, V76); a new result replaces the
 * meter's previous one whole. Every read and write takes the tenant.
 */
public final class NightlyResultStore {

  private final AuditTrail audit = new AuditTrail();

  /** Replaces the meter's kept result with this one. */
  public void replace(Connection c, String tenantId, NightlyResult r) throws SQLException {
    remove(c, tenantId, r.meterId());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_nightly_result (meter_id, tenant_id, run_at, history_from,"
                + " history_to, daily_model, daily_cv_rmse, daily_nmbe, hourly_cv_rmse,"
                + " hourly_nmbe, currency, grid_factor_id, refused, refused_zh_cn)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, r.meterId());
      ps.setString(2, tenantId);
      ps.setTimestamp(3, Timestamp.from(r.runAt()));
      ps.setObject(4, r.historyFrom());
      ps.setObject(5, r.historyTo());
      ps.setString(6, r.dailyModel());
      number(ps, 7, r.dailyCvRmse());
      number(ps, 8, r.dailyNmbe());
      number(ps, 9, r.hourlyCvRmse());
      number(ps, 10, r.hourlyNmbe());
      ps.setString(11, r.currency());
      ps.setString(12, r.gridFactorId());
      ps.setString(13, r.refused());
      ps.setString(14, r.refusedZhCn());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_nightly_forecast (meter_id, horizon, position, start_epoch, kwh)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      points(ps, r.meterId(), "day", r.dayAhead());
      points(ps, r.meterId(), "month", r.monthAhead());
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_nightly_suggestion (meter_id, rank_no, rule_key, kwh_per_year,"
                + " cost_per_year, co2_kg_per_year, text_en, text_zh_cn)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (NightlyResult.KeptSuggestion s : r.suggestions()) {
        ps.setString(1, r.meterId());
        ps.setInt(2, s.rank());
        ps.setString(3, s.rule());
        ps.setDouble(4, s.kwhPerYear());
        ps.setDouble(5, s.costPerYear());
        number(ps, 6, s.co2KgPerYear());
        ps.setString(7, s.textEn());
        ps.setString(8, s.textZhCn());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_nightly_warning (meter_id, position, code, text_en, text_zh_cn)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int i = 0;
      for (NightlyResult.KeptWarning w : r.warnings()) {
        ps.setString(1, r.meterId());
        ps.setInt(2, i++);
        ps.setString(3, w.code());
        ps.setString(4, w.textEn());
        ps.setString(5, w.textZhCn());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Puts a run of the nightly batch over the tenant's meters on its audit trail ({@code
   * energy.nightly.run}) with its counts.
   */
  public void recordRun(
      Connection c,
      String tenantId,
      String actor,
      int meters,
      int forecast,
      int refused,
      int failed)
      throws SQLException {
    audit.append(
        c,
        tenantId,
        actor,
        "energy.nightly.run",
        "energy_nightly_result",
        tenantId,
        AuditTrail.NO_STATE,
        "meters=" + meters + ";forecast=" + forecast + ";refused=" + refused + ";failed=" + failed,
        "nightly batch over "
            + meters
            + " meter(s): "
            + forecast
            + " forecast, "
            + refused
            + " refused, of which "
            + failed
            + " failed");
  }

  /**
   * Puts on the tenant's audit trail ({@code energy.nightly.skipped}) that its scheduled run was
   * skipped because another run of the tenant was still running.
   */
  public void recordSkipped(
      Connection c, String tenantId, String actor, String runningId, String runningBy)
      throws SQLException {
    audit.append(
        c,
        tenantId,
        actor,
        "energy.nightly.skipped",
        "energy_nightly_result",
        tenantId,
        AuditTrail.NO_STATE,
        "running=" + runningId + ";by=" + runningBy,
        "scheduled nightly batch skipped: run "
            + runningId
            + " started by "
            + runningBy
            + " is still running");
  }

  /** The meter's kept result, if a nightly batch has made one. */
  public Optional<NightlyResult> of(Connection c, String tenantId, String meterId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT run_at, history_from, history_to, daily_model, daily_cv_rmse, daily_nmbe,"
                + " hourly_cv_rmse, hourly_nmbe, currency, grid_factor_id, refused, refused_zh_cn"
                + " FROM energy_nightly_result WHERE meter_id = ? AND tenant_id = ?")) {
      ps.setString(1, meterId);
      ps.setString(2, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new NightlyResult(
                meterId,
                rs.getTimestamp(1).toInstant(),
                rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class),
                rs.getString(4),
                number(rs, 5),
                number(rs, 6),
                number(rs, 7),
                number(rs, 8),
                rs.getString(9),
                rs.getString(10),
                points(c, meterId, "day"),
                points(c, meterId, "month"),
                suggestions(c, meterId),
                rs.getString(11),
                rs.getString(12),
                warnings(c, meterId)));
      }
    }
  }

  /** Removes a meter's kept result (with the meter, or before it is replaced). */
  public void remove(Connection c, String tenantId, String meterId) throws SQLException {
    if (!keeps(c, tenantId, meterId)) {
      return;
    }
    for (String table :
        List.of("energy_nightly_forecast", "energy_nightly_suggestion", "energy_nightly_warning")) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE meter_id = ?")) {
        ps.setString(1, meterId);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM energy_nightly_result WHERE meter_id = ? AND tenant_id = ?")) {
      ps.setString(1, meterId);
      ps.setString(2, tenantId);
      ps.executeUpdate();
    }
  }

  private static boolean keeps(Connection c, String tenantId, String meterId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM energy_nightly_result WHERE meter_id = ? AND tenant_id = ?")) {
      ps.setString(1, meterId);
      ps.setString(2, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void points(
      PreparedStatement ps, String meterId, String horizon, List<NightlyResult.Point> points)
      throws SQLException {
    int i = 0;
    for (NightlyResult.Point p : points) {
      ps.setString(1, meterId);
      ps.setString(2, horizon);
      ps.setInt(3, i++);
      ps.setLong(4, p.start().getEpochSecond());
      number(ps, 5, p.kwh());
      ps.addBatch();
    }
  }

  private static List<NightlyResult.Point> points(Connection c, String meterId, String horizon)
      throws SQLException {
    List<NightlyResult.Point> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT start_epoch, kwh FROM energy_nightly_forecast WHERE meter_id = ? AND"
                + " horizon = ? ORDER BY position")) {
      ps.setString(1, meterId);
      ps.setString(2, horizon);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new NightlyResult.Point(Instant.ofEpochSecond(rs.getLong(1)), number(rs, 2)));
        }
      }
    }
    return out;
  }

  private static List<NightlyResult.KeptSuggestion> suggestions(Connection c, String meterId)
      throws SQLException {
    List<NightlyResult.KeptSuggestion> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT rank_no, rule_key, kwh_per_year, cost_per_year, co2_kg_per_year, text_en,"
                + " text_zh_cn FROM energy_nightly_suggestion WHERE meter_id = ? ORDER BY rank_no")) {
      ps.setString(1, meterId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new NightlyResult.KeptSuggestion(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getDouble(3),
                  rs.getDouble(4),
                  number(rs, 5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    return out;
  }

  private static List<NightlyResult.KeptWarning> warnings(Connection c, String meterId)
      throws SQLException {
    List<NightlyResult.KeptWarning> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT code, text_en, text_zh_cn FROM energy_nightly_warning WHERE meter_id = ?"
                + " ORDER BY position")) {
      ps.setString(1, meterId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new NightlyResult.KeptWarning(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  private static void number(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null || !Double.isFinite(v)) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static Double number(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }
}
