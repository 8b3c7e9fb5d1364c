package org.scopeplus.store.instrument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.store.StoreFailure;
import org.scopeplus.store.audit.AuditTrail;

/**
 * The core's {@link InstrumentRegistry} on a connection: loaded under a lock on the tenant row, a
 * change decided by the registry, and only an accepted change stored, with its audit entry.
 */
public final class KeepingInstruments {

  private final AuditTrail audit = new AuditTrail();

  /** The tenant's registry as kept. */
  public InstrumentRegistry registry(Connection c, String tenantId) throws SQLException {
    List<Instrument> instruments = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, kind, serial_block, serial_first, serial_last, mwh, technology,"
                + " generated_from, generated_to, market_boundary, registry, emission_rate FROM"
                + " instrument WHERE tenant_id = ? ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          instruments.add(
              new Instrument(
                  rs.getString(1),
                  InstrumentKind.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getDouble(6),
                  rs.getString(7),
                  YearMonth.parse(rs.getString(8)),
                  YearMonth.parse(rs.getString(9)),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getDouble(12)));
        }
      }
    }
    List<Consumption> lines = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT org_unit, facility, consumed_month, region, mwh, supplier_rate, residual_mix,"
                + " location_factor FROM instrument_consumption WHERE tenant_id = ?"
                + " ORDER BY consumed_month, facility")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double supplier = rs.getDouble(6);
          Double s = rs.wasNull() ? null : supplier;
          double residual = rs.getDouble(7);
          Double r = rs.wasNull() ? null : residual;
          lines.add(
              new Consumption(
                  rs.getString(1),
                  rs.getString(2),
                  YearMonth.parse(rs.getString(3)),
                  rs.getString(4),
                  rs.getDouble(5),
                  s,
                  r,
                  rs.getDouble(8)));
        }
      }
    }
    List<Allocation> allocations = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT instrument_id, facility, consumed_month, mwh FROM instrument_allocation"
                + " WHERE tenant_id = ? ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          allocations.add(
              new Allocation(
                  rs.getString(1),
                  rs.getString(2),
                  YearMonth.parse(rs.getString(3)),
                  rs.getDouble(4)));
        }
      }
    }
    return new InstrumentRegistry(instruments, lines, allocations);
  }

  /** Registers an instrument under a new id. */
  public InstrumentOutcome<Instrument> register(
      Connection c, String tenantId, Instrument asked, String actor) throws SQLException {
    lockTenant(c, tenantId);
    Instrument i =
        new Instrument(
            UUID.randomUUID().toString(),
            asked.kind(),
            asked.serialBlock(),
            asked.serialFirst(),
            asked.serialLast(),
            asked.mwh(),
            asked.technology(),
            asked.generatedFrom(),
            asked.generatedTo(),
            asked.marketBoundary(),
            asked.registry(),
            asked.emissionRateKgPerMwh());
    InstrumentOutcome<Instrument> o = registry(c, tenantId).register(i);
    if (!(o instanceof InstrumentOutcome.Done<Instrument>)) {
      return o;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO instrument (id, tenant_id, kind, serial_block, serial_first, serial_last,"
                + " mwh, technology, generated_from, generated_to, market_boundary, registry,"
                + " emission_rate, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, i.id());
      ps.setString(2, tenantId);
      ps.setString(3, i.kind().name());
      ps.setString(4, i.serialBlock());
      ps.setLong(5, i.serialFirst());
      ps.setLong(6, i.serialLast());
      ps.setDouble(7, i.mwh());
      ps.setString(8, i.technology());
      ps.setString(9, i.generatedFrom().toString());
      ps.setString(10, i.generatedTo().toString());
      ps.setString(11, i.marketBoundary());
      ps.setString(12, i.registry());
      ps.setDouble(13, i.emissionRateKgPerMwh());
      ps.setString(14, actor);
      ps.setTimestamp(15, now());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "instrument.registered",
        "instrument",
        i.id(),
        AuditTrail.NO_STATE,
        i.toString(),
        i.mwh() + " MWh of " + i.kind().label() + " registered");
    return o;
  }

  /**
   * Records a facility's consumption in a month, replacing the one kept; refused when the MWh
   * claimed for it already exceed the new amount.
   */
  public InstrumentOutcome<Consumption> consume(
      Connection c, String tenantId, Consumption line, String actor) throws SQLException {
    lockTenant(c, tenantId);
    InstrumentRegistry r = registry(c, tenantId);
    double covered = r.covered(line);
    if (covered > line.mwh() + 1e-6) {
      return new InstrumentOutcome.Refused<>(
          line.facility()
              + " in "
              + line.month()
              + " has "
              + covered
              + " MWh claimed already; its consumption cannot fall to "
              + line.mwh()
              + " MWh");
    }
    try (PreparedStatement del =
        c.prepareStatement(
            "DELETE FROM instrument_consumption WHERE tenant_id = ? AND facility = ? AND"
                + " consumed_month = ?")) {
      del.setString(1, tenantId);
      del.setString(2, line.facility());
      del.setString(3, line.month().toString());
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO instrument_consumption (tenant_id, facility, consumed_month, org_unit,"
                + " region, mwh, supplier_rate, residual_mix, location_factor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, tenantId);
      ps.setString(2, line.facility());
      ps.setString(3, line.month().toString());
      ps.setString(4, line.orgUnit());
      ps.setString(5, line.region());
      ps.setDouble(6, line.mwh());
      if (line.supplierKgPerMwh() == null) {
        ps.setNull(7, Types.DOUBLE);
      } else {
        ps.setDouble(7, line.supplierKgPerMwh());
      }
      if (line.residualMixKgPerMwh() == null) {
        ps.setNull(8, Types.DOUBLE);
      } else {
        ps.setDouble(8, line.residualMixKgPerMwh());
      }
      ps.setDouble(9, line.locationKgPerMwh());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "consumption.recorded",
        "instrument_consumption",
        line.key(),
        AuditTrail.NO_STATE,
        line.toString(),
        line.mwh() + " MWh of " + line.key() + " recorded");
    return new InstrumentOutcome.Done<>(line, r);
  }

  /** Allocates MWh of an instrument to a facility's month. */
  public InstrumentOutcome<Allocation> allocate(
      Connection c, String tenantId, Allocation a, String actor) throws SQLException {
    lockTenant(c, tenantId);
    InstrumentOutcome<Allocation> o = registry(c, tenantId).allocate(a);
    if (o instanceof InstrumentOutcome.Done<Allocation>) {
      store(c, tenantId, a, actor);
    }
    return o;
  }

  /** Allocates by the first-fit rule; answers the allocations it made. */
  public List<Allocation> firstFit(Connection c, String tenantId, String actor)
      throws SQLException {
    lockTenant(c, tenantId);
    InstrumentRegistry before = registry(c, tenantId);
    List<Allocation> all = before.firstFit().allocations();
    List<Allocation> made = all.subList(before.allocations().size(), all.size());
    for (Allocation a : made) {
      store(c, tenantId, a, actor);
    }
    return List.copyOf(made);
  }

  private void store(Connection c, String tenantId, Allocation a, String actor)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO instrument_allocation (id, tenant_id, instrument_id, facility,"
                + " consumed_month, mwh, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, tenantId);
      ps.setString(3, a.instrumentId());
      ps.setString(4, a.facility());
      ps.setString(5, a.month().toString());
      ps.setDouble(6, a.mwh());
      ps.setString(7, actor);
      ps.setTimestamp(8, now());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "instrument.allocated",
        "instrument_allocation",
        id,
        AuditTrail.NO_STATE,
        a.toString(),
        a.mwh()
            + " MWh of instrument "
            + a.instrumentId()
            + " claimed for "
            + a.facility()
            + " "
            + a.month());
  }

  private static void lockTenant(Connection c, String tenantId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE tenant SET audit_seq = audit_seq WHERE id = ?")) {
      ps.setString(1, tenantId);
      if (ps.executeUpdate() != 1) {
        throw new StoreFailure("no tenant " + tenantId);
      }
    }
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
  }
}
