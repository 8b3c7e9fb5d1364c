package org.scopeplus.store.instrument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.instrument.Kwh;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.TenantLedger;
import org.scopeplus.store.audit.TenantLedger.Audited;

/**
 * The core's {@link InstrumentRegistry} kept as a {@link TenantLedger}: loaded under a lock on the
 * tenant row, a change decided by the registry, and only an accepted change stored, with its audit
 * entry. Energy is kept in whole kWh ({@code BIGINT}).
 */
public final class KeepingInstruments {

  /** Kept allocations and the rows they were stored under, for the integrity check. */
  public record StoredAllocation(String id, Allocation allocation) {}

  private static final String INSTRUMENTS =
      "SELECT id, kind, serial_block, serial_first, serial_last, kwh, technology,"
          + " generated_from, generated_to, market_boundary, registry, emission_rate FROM"
          + " instrument";
  private static final String CONSUMPTION =
      "SELECT org_unit, facility, consumed_month, region, kwh, supplier_rate, residual_mix,"
          + " location_factor FROM instrument_consumption";
  private static final String ALLOCATIONS =
      "SELECT id, instrument_id, facility, consumed_month, kwh FROM instrument_allocation";

  private final TenantLedger ledger = new TenantLedger();

  /** The tenant's registry as kept. */
  public InstrumentRegistry registry(Connection c, String tenantId) throws SQLException {
    return new InstrumentRegistry(
        instruments(c, tenantId),
        consumption(c, tenantId),
        allocations(c, tenantId).stream().map(StoredAllocation::allocation).toList());
  }

  /** The tenant's instruments in the order registered. */
  public List<Instrument> instruments(Connection c, String tenantId) throws SQLException {
    return TenantLedger.rows(
        c,
        INSTRUMENTS + " WHERE tenant_id = ? ORDER BY created_at, id",
        tenantId,
        KeepingInstruments::instrument);
  }

  /** One instrument of the tenant. */
  public Optional<Instrument> instrument(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c,
        INSTRUMENTS + " WHERE tenant_id = ? AND id = ?",
        KeepingInstruments::instrument,
        tenantId,
        id);
  }

  /** The tenant's consumption lines by month and facility. */
  public List<Consumption> consumption(Connection c, String tenantId) throws SQLException {
    return TenantLedger.rows(
        c,
        CONSUMPTION + " WHERE tenant_id = ? ORDER BY consumed_month, facility",
        tenantId,
        KeepingInstruments::consumption);
  }

  /** One consumption line by its key, {@code facility month} (see {@link Consumption#key()}). */
  public Optional<Consumption> line(Connection c, String tenantId, String key) throws SQLException {
    int space = key.lastIndexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    return SingleRow.find(
        c,
        CONSUMPTION + " WHERE tenant_id = ? AND facility = ? AND consumed_month = ?",
        KeepingInstruments::consumption,
        tenantId,
        key.substring(0, space),
        key.substring(space + 1));
  }

  /** The tenant's allocations in the order made, with their row ids. */
  public List<StoredAllocation> allocations(Connection c, String tenantId) throws SQLException {
    return TenantLedger.rows(
        c,
        ALLOCATIONS + " WHERE tenant_id = ? ORDER BY created_at, id",
        tenantId,
        KeepingInstruments::allocation);
  }

  /** One allocation of the tenant by its row id. */
  public Optional<StoredAllocation> allocation(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c,
        ALLOCATIONS + " WHERE tenant_id = ? AND id = ?",
        KeepingInstruments::allocation,
        tenantId,
        id);
  }

  /** Registers an instrument under a new id. */
  public InstrumentOutcome<Instrument> register(
      Connection c, String tenantId, Instrument asked, String actor) throws SQLException {
    Instrument i =
        new Instrument(
            UUID.randomUUID().toString(),
            asked.kind(),
            asked.serialBlock(),
            asked.serialFirst(),
            asked.serialLast(),
            asked.kwh(),
            asked.technology(),
            asked.generatedFrom(),
            asked.generatedTo(),
            asked.marketBoundary(),
            asked.registry(),
            asked.emissionRateKgPerMwh());
    return ledger.change(
        c,
        tenantId,
        actor,
        k -> registry(k, tenantId),
        r -> r.register(i),
        KeepingInstruments::accepted,
        (k, kept) -> List.of(insert(k, tenantId, kept, actor)));
  }

  /**
   * Records a facility's consumption in a month, replacing the one kept; refused when the kWh
   * claimed for it already exceed the new amount.
   */
  public InstrumentOutcome<Consumption> consume(
      Connection c, String tenantId, Consumption line, String actor) throws SQLException {
    return ledger.change(
        c,
        tenantId,
        actor,
        k -> registry(k, tenantId),
        r -> r.consume(line),
        KeepingInstruments::accepted,
        (k, kept) -> List.of(replace(k, tenantId, kept, line(k, tenantId, kept.key()))));
  }

  /** Allocates kWh of an instrument to a facility's month. */
  public InstrumentOutcome<Allocation> allocate(
      Connection c, String tenantId, Allocation a, String actor) throws SQLException {
    return ledger.change(
        c,
        tenantId,
        actor,
        k -> registry(k, tenantId),
        r -> r.allocate(a),
        KeepingInstruments::accepted,
        (k, kept) -> List.of(insert(k, tenantId, kept, actor)));
  }

  /**
   * Keeps a prepared registry whole for a tenant that keeps no instrument and no consumption yet,
   * as the demo company is loaded: its instruments under new ids of this tenant, its consumption
   * lines and its allocations, each through the registry's rules again and each row with its audit
   * entry, in the caller's transaction. Refused, with nothing stored, when the tenant keeps any.
   */
  public InstrumentOutcome<InstrumentRegistry> keep(
      Connection c, String tenantId, InstrumentRegistry prepared, String actor)
      throws SQLException {
    return ledger.change(
        c,
        tenantId,
        actor,
        k -> registry(k, tenantId),
        before -> {
          if (!before.instruments().isEmpty() || !before.consumption().isEmpty()) {
            return new InstrumentOutcome.Refused<InstrumentRegistry>(
                "the tenant keeps instruments or consumption already; a registry is kept whole"
                    + " only into an empty one");
          }
          return renamed(tenantId, prepared);
        },
        KeepingInstruments::accepted,
        (k, kept) -> {
          List<Audited> entries = new ArrayList<>();
          for (Instrument i : kept.instruments()) {
            entries.add(insert(k, tenantId, i, actor));
          }
          for (Consumption line : kept.consumption()) {
            entries.add(replace(k, tenantId, line, Optional.empty()));
          }
          for (Allocation a : kept.allocations()) {
            entries.add(insert(k, tenantId, a, actor));
          }
          return entries;
        });
  }

  /**
   * The prepared registry rebuilt through the registry's rules, each instrument under an id of its
   * own for this tenant (ids are unique across tenants); the first refusal, if any.
   */
  private static InstrumentOutcome<InstrumentRegistry> renamed(
      String tenantId, InstrumentRegistry prepared) {
    InstrumentRegistry r = new InstrumentRegistry(List.of(), List.of(), List.of());
    for (Consumption line : prepared.consumption()) {
      InstrumentOutcome<Consumption> o = r.consume(line);
      if (!(o instanceof InstrumentOutcome.Done<Consumption> d)) {
        return new InstrumentOutcome.Refused<>(
            ((InstrumentOutcome.Refused<Consumption>) o).reason());
      }
      r = d.registry();
    }
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (Instrument asked : prepared.instruments()) {
      String id =
          UUID.nameUUIDFromBytes(
                  (tenantId + "/" + asked.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .toString();
      ids.put(asked.id(), id);
      InstrumentOutcome<Instrument> o =
          r.register(
              new Instrument(
                  id,
                  asked.kind(),
                  asked.serialBlock(),
                  asked.serialFirst(),
                  asked.serialLast(),
                  asked.kwh(),
                  asked.technology(),
                  asked.generatedFrom(),
                  asked.generatedTo(),
                  asked.marketBoundary(),
                  asked.registry(),
                  asked.emissionRateKgPerMwh()));
      if (!(o instanceof InstrumentOutcome.Done<Instrument> d)) {
        return new InstrumentOutcome.Refused<>(
            ((InstrumentOutcome.Refused<Instrument>) o).reason());
      }
      r = d.registry();
    }
    for (Allocation a : prepared.allocations()) {
      InstrumentOutcome<Allocation> o =
          r.allocate(new Allocation(ids.get(a.instrumentId()), a.facility(), a.month(), a.kwh()));
      if (!(o instanceof InstrumentOutcome.Done<Allocation> d)) {
        return new InstrumentOutcome.Refused<>(
            ((InstrumentOutcome.Refused<Allocation>) o).reason());
      }
      r = d.registry();
    }
    return new InstrumentOutcome.Done<>(r, r);
  }

  /** Allocates by the first-fit rule; answers the allocations it made. */
  public List<Allocation> firstFit(Connection c, String tenantId, String actor)
      throws SQLException {
    return ledger.change(
        c,
        tenantId,
        actor,
        k -> registry(k, tenantId),
        before -> {
          List<Allocation> all = before.firstFit().allocations();
          return List.copyOf(all.subList(before.allocations().size(), all.size()));
        },
        Optional::of,
        (k, made) -> {
          List<Audited> entries = new ArrayList<>();
          for (Allocation a : made) {
            entries.add(insert(k, tenantId, a, actor));
          }
          return entries;
        });
  }

  private static <T> Optional<T> accepted(InstrumentOutcome<T> o) {
    return o instanceof InstrumentOutcome.Done<T> d ? Optional.of(d.value()) : Optional.empty();
  }

  private static Audited insert(Connection c, String tenantId, Instrument i, String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO instrument (id, tenant_id, kind, serial_block, serial_first, serial_last,"
                + " kwh, technology, generated_from, generated_to, market_boundary, registry,"
                + " emission_rate, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, i.id());
      ps.setString(2, tenantId);
      ps.setString(3, i.kind().name());
      ps.setString(4, i.serialBlock());
      ps.setLong(5, i.serialFirst());
      ps.setLong(6, i.serialLast());
      ps.setLong(7, i.kwh());
      ps.setString(8, i.technology());
      ps.setString(9, i.generatedFrom().toString());
      ps.setString(10, i.generatedTo().toString());
      ps.setString(11, i.marketBoundary());
      ps.setString(12, i.registry());
      ps.setDouble(13, i.emissionRateKgPerMwh());
      ps.setString(14, actor);
      ps.setTimestamp(15, TenantLedger.now());
      ps.executeUpdate();
    }
    return Audited.created(
        "instrument.registered",
        "instrument",
        i.id(),
        i.state(),
        Kwh.mwh(i.kwh()) + " MWh of " + i.kind().label() + " registered");
  }

  private static Audited replace(
      Connection c, String tenantId, Consumption line, Optional<Consumption> before)
      throws SQLException {
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
                + " region, kwh, supplier_rate, residual_mix, location_factor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, tenantId);
      ps.setString(2, line.facility());
      ps.setString(3, line.month().toString());
      ps.setString(4, line.orgUnit());
      ps.setString(5, line.region());
      ps.setLong(6, line.kwh());
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
    return new Audited(
        "consumption.recorded",
        "instrument_consumption",
        line.key(),
        before.map(Consumption::state).orElse(AuditTrail.NO_STATE),
        line.state(),
        Kwh.mwh(line.kwh()) + " MWh of " + line.key() + " recorded");
  }

  private static Audited insert(Connection c, String tenantId, Allocation a, String actor)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO instrument_allocation (id, tenant_id, instrument_id, facility,"
                + " consumed_month, kwh, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, tenantId);
      ps.setString(3, a.instrumentId());
      ps.setString(4, a.facility());
      ps.setString(5, a.month().toString());
      ps.setLong(6, a.kwh());
      ps.setString(7, actor);
      ps.setTimestamp(8, TenantLedger.now());
      ps.executeUpdate();
    }
    return Audited.created(
        "instrument.allocated",
        "instrument_allocation",
        id,
        a.state(),
        Kwh.mwh(a.kwh())
            + " MWh of instrument "
            + a.instrumentId()
            + " claimed for "
            + a.facility()
            + " "
            + a.month());
  }

  private static Instrument instrument(ResultSet rs) throws SQLException {
    return new Instrument(
        rs.getString(1),
        InstrumentKind.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getLong(4),
        rs.getLong(5),
        rs.getLong(6),
        rs.getString(7),
        YearMonth.parse(rs.getString(8)),
        YearMonth.parse(rs.getString(9)),
        rs.getString(10),
        rs.getString(11),
        rs.getDouble(12));
  }

  private static Consumption consumption(ResultSet rs) throws SQLException {
    double supplier = rs.getDouble(6);
    Double s = rs.wasNull() ? null : supplier;
    double residual = rs.getDouble(7);
    Double r = rs.wasNull() ? null : residual;
    return new Consumption(
        rs.getString(1),
        rs.getString(2),
        YearMonth.parse(rs.getString(3)),
        rs.getString(4),
        rs.getLong(5),
        s,
        r,
        rs.getDouble(8));
  }

  private static StoredAllocation allocation(ResultSet rs) throws SQLException {
    return new StoredAllocation(
        rs.getString(1),
        new Allocation(
            rs.getString(2), rs.getString(3), YearMonth.parse(rs.getString(4)), rs.getLong(5)));
  }
}
