package org.scopeplus.store.energy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;

/**
 * Keeps which runs are inventories made from meters ({@code energy.inventory.made}), and the
 * reporting period each year's energy inventory is imported into: {@code Energy YYYY}, the calendar
 * year, made on first use.
 */
public final class EnergyInventoryStore {

  private final AuditTrail audit = new AuditTrail();
  private final PeriodStore periods = new PeriodStore();

  /** The name of the reporting period of a year's energy inventory. */
  public static String periodName(int year) {
    return "Energy " + year;
  }

  /** The tenant's period of the year's energy inventory, added when it has none yet. */
  public ReportingPeriod period(Connection c, String tenantId, int year, String actor)
      throws SQLException {
    String name = periodName(year);
    Optional<ReportingPeriod> found =
        SingleRow.find(
            c,
            "SELECT id, tenant_id, name, start_date, end_date FROM reporting_period WHERE"
                + " tenant_id = ? AND name = ?",
            rs ->
                new ReportingPeriod(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class)),
            tenantId,
            name);
    if (found.isPresent()) {
      return found.get();
    }
    return periods.add(
        c, tenantId, name, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), actor);
  }

  /** Records that the run is the energy inventory described, on the tenant's audit trail. */
  public void add(Connection c, String tenantId, EnergyInventory e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_inventory (run_id, tenant_id, inventory_year, region, sites,"
                + " consumption_kwh, pv_self_kwh, pv_exported_kwh, purchased_kwh, gas_kwh,"
                + " heat_kwh, renewable_instrument_kwh, created_by, created_at) VALUES (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.runId());
      ps.setString(2, tenantId);
      ps.setInt(3, e.year());
      ps.setString(4, e.region());
      ps.setString(5, e.sites());
      ps.setDouble(6, e.consumptionKwh());
      ps.setDouble(7, e.pvSelfKwh());
      ps.setDouble(8, e.pvExportedKwh());
      ps.setDouble(9, e.purchasedKwh());
      ps.setDouble(10, e.gasKwh());
      ps.setDouble(11, e.heatKwh());
      ps.setDouble(12, e.renewableInstrumentKwh());
      ps.setString(13, e.createdBy());
      ps.setTimestamp(14, Timestamp.from(e.createdAt()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        e.createdBy(),
        "energy.inventory.made",
        "energy_inventory",
        e.runId(),
        AuditTrail.NO_STATE,
        e.state(),
        "Scope 1 and 2 inventory of " + e.year() + " made from the meters of " + e.sites());
  }

  /** The energy inventory that run {@code runId} of the tenant is, if it is one. */
  public Optional<EnergyInventory> byRun(Connection c, String tenantId, String runId)
      throws SQLException {
    return SingleRow.find(
        c,
        "SELECT run_id, inventory_year, region, sites, consumption_kwh, pv_self_kwh,"
            + " pv_exported_kwh, purchased_kwh, gas_kwh, heat_kwh, renewable_instrument_kwh, created_by,"
            + " created_at FROM"
            + " energy_inventory WHERE run_id = ? AND tenant_id = ?",
        EnergyInventoryStore::read,
        runId,
        tenantId);
  }

  /** The tenant's latest energy inventory of the year, if any. */
  public Optional<EnergyInventory> latest(Connection c, String tenantId, int year)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT run_id, inventory_year, region, sites, consumption_kwh, pv_self_kwh,"
                + " pv_exported_kwh, purchased_kwh, gas_kwh, heat_kwh, renewable_instrument_kwh, created_by,"
                + " created_at FROM"
                + " energy_inventory WHERE tenant_id = ? AND inventory_year = ? ORDER BY"
                + " created_at DESC, run_id")) {
      ps.setString(1, tenantId);
      ps.setInt(2, year);
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static EnergyInventory read(ResultSet rs) throws SQLException {
    Instant at = rs.getTimestamp(13).toInstant();
    return new EnergyInventory(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        rs.getDouble(5),
        rs.getDouble(6),
        rs.getDouble(7),
        rs.getDouble(8),
        rs.getDouble(9),
        rs.getDouble(10),
        rs.getDouble(11),
        rs.getString(12),
        at);
  }
}
