package org.scopeplus.store.credit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.credit.CreditKind;
import org.scopeplus.core.credit.CreditLedger;
import org.scopeplus.core.credit.CreditLot;
import org.scopeplus.core.credit.CreditOutcome;
import org.scopeplus.core.credit.Movement;
import org.scopeplus.core.credit.NeutralityClaim;
import org.scopeplus.core.credit.SerialRange;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.store.StoreFailure;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.targets.IndicatorStore;

/**
 * The core's {@link CreditLedger} on a connection: the tenant's lots and movements are loaded under
 * a lock on the tenant row (so two changes of one tenant's credits run one after the other), the
 * change is decided by the ledger, and only a change it accepts is stored, with its audit entry.
 */
public final class KeepingCredits {

  private final AuditTrail audit = new AuditTrail();

  /** The tenant's ledger as kept. */
  public CreditLedger ledger(Connection c, String tenantId) throws SQLException {
    List<CreditLot> lots = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, registry, project, methodology, vintage, serial_block, serial_first,"
                + " serial_last, kind, durability_years, labels FROM credit_lot WHERE tenant_id = ?"
                + " ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String labels = rs.getString(11);
          lots.add(
              new CreditLot(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getInt(5),
                  new SerialRange(rs.getString(6), rs.getLong(7), rs.getLong(8)),
                  CreditKind.valueOf(rs.getString(9)),
                  rs.getInt(10),
                  labels.isEmpty() ? List.of() : Arrays.asList(labels.split("\n"))));
        }
      }
    }
    Map<String, Movement> movements = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.id, m.lot_id, m.kind, m.serial_first, m.serial_last, m.reporting_year,"
                + " m.purpose, l.serial_block FROM credit_movement m JOIN credit_lot l ON l.id ="
                + " m.lot_id WHERE m.tenant_id = ? ORDER BY m.created_at, m.id, m.part")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SerialRange range = new SerialRange(rs.getString(8), rs.getLong(4), rs.getLong(5));
          Movement before = movements.get(rs.getString(1));
          List<SerialRange> ranges = new ArrayList<>();
          if (before != null) {
            ranges.addAll(before.serials());
          }
          ranges.add(range);
          movements.put(
              rs.getString(1),
              new Movement(
                  rs.getString(1),
                  rs.getString(2),
                  Movement.Kind.valueOf(rs.getString(3)),
                  ranges,
                  rs.getInt(6),
                  rs.getString(7)));
        }
      }
    }
    return new CreditLedger(lots, new ArrayList<>(movements.values()));
  }

  /** Buys a lot (its id is given here); refused when a serial is in another lot already. */
  public CreditOutcome<CreditLot> purchase(
      Connection c, String tenantId, CreditLot asked, String actor) throws SQLException {
    lockTenant(c, tenantId);
    CreditLot lot =
        new CreditLot(
            UUID.randomUUID().toString(),
            asked.registry(),
            asked.project(),
            asked.methodology() == null ? "" : asked.methodology(),
            asked.vintage(),
            asked.serials(),
            asked.kind(),
            asked.durabilityYears(),
            asked.labels());
    CreditOutcome<CreditLot> o = ledger(c, tenantId).purchase(lot);
    if (!(o instanceof CreditOutcome.Done<CreditLot>)) {
      return o;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO credit_lot (id, tenant_id, registry, project, methodology, vintage,"
                + " serial_block, serial_first, serial_last, kind, durability_years, labels,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, lot.id());
      ps.setString(2, tenantId);
      ps.setString(3, lot.registry());
      ps.setString(4, lot.project());
      ps.setString(5, lot.methodology());
      ps.setInt(6, lot.vintage());
      ps.setString(7, lot.serials().block());
      ps.setLong(8, lot.serials().first());
      ps.setLong(9, lot.serials().last());
      ps.setString(10, lot.kind().name());
      ps.setInt(11, lot.durabilityYears());
      ps.setString(12, String.join("\n", lot.labels()));
      ps.setString(13, actor);
      ps.setTimestamp(14, now());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "credit_lot.purchased",
        "credit_lot",
        lot.id(),
        AuditTrail.NO_STATE,
        lot.state(),
        lot.quantity() + " t of " + lot.registry() + " credits bought (" + lot.serials() + ")");
    return o;
  }

  /** Retires serials of a lot against a reporting year (see {@link CreditLedger#retire}). */
  public CreditOutcome<Movement> retire(
      Connection c,
      String tenantId,
      String lotId,
      long quantity,
      SerialRange serials,
      int year,
      String purpose,
      String actor)
      throws SQLException {
    lockTenant(c, tenantId);
    CreditOutcome<Movement> o =
        ledger(c, tenantId)
            .retire(UUID.randomUUID().toString(), lotId, quantity, serials, year, purpose);
    return kept(c, tenantId, o, actor);
  }

  /** Transfers serials of a lot to another account (see {@link CreditLedger#transfer}). */
  public CreditOutcome<Movement> transfer(
      Connection c,
      String tenantId,
      String lotId,
      long quantity,
      SerialRange serials,
      String toAccount,
      String actor)
      throws SQLException {
    lockTenant(c, tenantId);
    CreditOutcome<Movement> o =
        ledger(c, tenantId)
            .transfer(UUID.randomUUID().toString(), lotId, quantity, serials, toAccount);
    return kept(c, tenantId, o, actor);
  }

  private CreditOutcome<Movement> kept(
      Connection c, String tenantId, CreditOutcome<Movement> o, String actor) throws SQLException {
    if (!(o instanceof CreditOutcome.Done<Movement> done)) {
      return o;
    }
    Movement m = done.value();
    int part = 0;
    Timestamp at = now();
    for (SerialRange r : m.serials()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO credit_movement (id, part, tenant_id, lot_id, kind, serial_first,"
                  + " serial_last, reporting_year, purpose, created_by, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, m.id());
        ps.setInt(2, part++);
        ps.setString(3, tenantId);
        ps.setString(4, m.lotId());
        ps.setString(5, m.kind().name());
        ps.setLong(6, r.first());
        ps.setLong(7, r.last());
        ps.setInt(8, m.reportingYear());
        ps.setString(9, m.purpose());
        ps.setString(10, actor);
        ps.setTimestamp(11, at);
        ps.executeUpdate();
      }
    }
    audit.append(
        c,
        tenantId,
        actor,
        m.kind() == Movement.Kind.RETIREMENT ? "credits.retired" : "credits.transferred",
        "credit_movement",
        m.id(),
        AuditTrail.NO_STATE,
        m.state(),
        m.quantity()
            + " t of lot "
            + m.lotId()
            + (m.kind() == Movement.Kind.RETIREMENT
                ? " retired for " + m.reportingYear()
                : " transferred to " + m.purpose()));
    return o;
  }

  /**
   * The neutrality claim of {@code year} for {@code coverage} of the whole company: gross emissions
   * from the latest run of a period starting in that year, base-year emissions from the base-year
   * run, credits retired for the year, and the recorded Scope 3+ reductions as a memo.
   */
  public Optional<NeutralityClaim> claim(Connection c, String tenantId, Coverage coverage, int year)
      throws SQLException {
    Optional<BaseYear> base = new BaseYearStore().get(c, tenantId);
    if (base.isEmpty()) {
      return Optional.empty();
    }
    RunStore runs = new RunStore();
    Optional<String> runId = latestRun(c, tenantId, year);
    if (runId.isEmpty()) {
      return Optional.empty();
    }
    CalculationRun run = runs.byId(c, tenantId, runId.get()).orElseThrow();
    CalculationRun baseRun =
        runs.byId(c, tenantId, base.get().runId())
            .orElseThrow(
                () -> new StoreFailure("base-year run " + base.get().runId() + " is gone"));
    Totals now = runs.total(c, run);
    Totals then = runs.total(c, baseRun);
    long memo = -1;
    for (var v : new IndicatorStore().list(c, tenantId, Metric.SCOPE3PLUS_REDUCTIONS)) {
      if (v.year() == year && v.month() == 0 && v.facility().isEmpty()) {
        memo = Math.max(memo, 0) + Math.round(v.value() * 1_000_000);
      }
    }
    return Optional.of(
        NeutralityClaim.of(
            coverage.label(),
            year,
            coverage.gramsOf(now),
            base.get().year(),
            coverage.gramsOf(then),
            ledger(c, tenantId).retiredFor(year),
            memo));
  }

  private static Optional<String> latestRun(Connection c, String tenantId, int year)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.id, p.start_date FROM calculation_run r JOIN reporting_period p"
                + " ON p.id = r.period_id WHERE r.tenant_id = ? ORDER BY r.created_at DESC, r.id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getObject(2, LocalDate.class).getYear() == year) {
            return Optional.of(rs.getString(1));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Locks the tenant row for the rest of the transaction: one credit change at a time. */
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
