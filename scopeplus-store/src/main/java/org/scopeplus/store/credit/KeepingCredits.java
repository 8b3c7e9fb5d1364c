package org.scopeplus.store.credit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.StoreFailure;
import org.scopeplus.store.audit.TenantLedger;
import org.scopeplus.store.audit.TenantLedger.Audited;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.targets.IndicatorStore;

/**
 * The core's {@link CreditLedger} kept as a {@link TenantLedger}: the tenant's lots and movements
 * are loaded under a lock on the tenant row (so two changes of one tenant's credits run one after
 * the other), the change is decided by the ledger, and only a change it accepts is stored, with its
 * audit entry.
 */
public final class KeepingCredits {

  private static final String LOTS =
      "SELECT id, registry, project, methodology, vintage, serial_block, serial_first,"
          + " serial_last, kind, durability_years, labels FROM credit_lot";
  private static final String MOVEMENTS =
      "SELECT m.id, m.lot_id, m.kind, m.serial_first, m.serial_last, m.reporting_year,"
          + " m.purpose, l.serial_block FROM credit_movement m JOIN credit_lot l ON l.id ="
          + " m.lot_id";

  private final TenantLedger kept = new TenantLedger();

  /** The tenant's ledger as kept. */
  public CreditLedger ledger(Connection c, String tenantId) throws SQLException {
    return new CreditLedger(lots(c, tenantId), movements(c, tenantId));
  }

  /** The tenant's lots in the order bought. */
  public List<CreditLot> lots(Connection c, String tenantId) throws SQLException {
    return TenantLedger.rows(
        c, LOTS + " WHERE tenant_id = ? ORDER BY created_at, id", tenantId, KeepingCredits::lot);
  }

  /** One lot of the tenant. */
  public Optional<CreditLot> lot(Connection c, String tenantId, String id) throws SQLException {
    return SingleRow.find(
        c, LOTS + " WHERE tenant_id = ? AND id = ?", KeepingCredits::lot, tenantId, id);
  }

  /** The tenant's movements in the order made, each with all its serial ranges. */
  public List<Movement> movements(Connection c, String tenantId) throws SQLException {
    return joined(
        TenantLedger.rows(
            c,
            MOVEMENTS + " WHERE m.tenant_id = ? ORDER BY m.created_at, m.id, m.part",
            tenantId,
            KeepingCredits::movementPart));
  }

  /** One movement of the tenant with all its serial ranges. */
  public Optional<Movement> movement(Connection c, String tenantId, String id) throws SQLException {
    List<Movement> parts = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(MOVEMENTS + " WHERE m.tenant_id = ? AND m.id = ? ORDER BY m.part")) {
      ps.setString(1, tenantId);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          parts.add(movementPart(rs));
        }
      }
    }
    return joined(parts).stream().findFirst();
  }

  /** Buys a lot (its id is given here); refused when a serial is in another lot already. */
  public CreditOutcome<CreditLot> purchase(
      Connection c, String tenantId, CreditLot asked, String actor) throws SQLException {
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
    return kept.change(
        c,
        tenantId,
        actor,
        k -> ledger(k, tenantId),
        l -> l.purchase(lot),
        KeepingCredits::accepted,
        (k, bought) -> List.of(insert(k, tenantId, bought, actor)));
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
    String id = UUID.randomUUID().toString();
    return kept.change(
        c,
        tenantId,
        actor,
        k -> ledger(k, tenantId),
        l -> l.retire(id, lotId, quantity, serials, year, purpose),
        KeepingCredits::accepted,
        (k, m) -> List.of(insert(k, tenantId, m, actor)));
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
    String id = UUID.randomUUID().toString();
    return kept.change(
        c,
        tenantId,
        actor,
        k -> ledger(k, tenantId),
        l -> l.transfer(id, lotId, quantity, serials, toAccount),
        KeepingCredits::accepted,
        (k, m) -> List.of(insert(k, tenantId, m, actor)));
  }

  private static <T> Optional<T> accepted(CreditOutcome<T> o) {
    return o instanceof CreditOutcome.Done<T> d ? Optional.of(d.value()) : Optional.empty();
  }

  private static Audited insert(Connection c, String tenantId, CreditLot lot, String actor)
      throws SQLException {
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
      ps.setTimestamp(14, TenantLedger.now());
      ps.executeUpdate();
    }
    return Audited.created(
        "credit_lot.purchased",
        "credit_lot",
        lot.id(),
        lot.state(),
        lot.quantity() + " t of " + lot.registry() + " credits bought (" + lot.serials() + ")");
  }

  private static Audited insert(Connection c, String tenantId, Movement m, String actor)
      throws SQLException {
    int part = 0;
    java.sql.Timestamp at = TenantLedger.now();
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
    return Audited.created(
        m.kind() == Movement.Kind.RETIREMENT ? "credits.retired" : "credits.transferred",
        "credit_movement",
        m.id(),
        m.state(),
        m.quantity()
            + " t of lot "
            + m.lotId()
            + (m.kind() == Movement.Kind.RETIREMENT
                ? " retired for " + m.reportingYear()
                : " transferred to " + m.purpose()));
  }

  private static CreditLot lot(ResultSet rs) throws SQLException {
    String labels = rs.getString(11);
    return new CreditLot(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        new SerialRange(rs.getString(6), rs.getLong(7), rs.getLong(8)),
        CreditKind.valueOf(rs.getString(9)),
        rs.getInt(10),
        labels.isEmpty() ? List.of() : Arrays.asList(labels.split("\n")));
  }

  /** One stored row of a movement: the movement with the one serial range of the row. */
  private static Movement movementPart(ResultSet rs) throws SQLException {
    return new Movement(
        rs.getString(1),
        rs.getString(2),
        Movement.Kind.valueOf(rs.getString(3)),
        List.of(new SerialRange(rs.getString(8), rs.getLong(4), rs.getLong(5))),
        rs.getInt(6),
        rs.getString(7));
  }

  /** The rows of each movement joined into one movement with all its ranges, in order. */
  private static List<Movement> joined(List<Movement> parts) {
    Map<String, Movement> movements = new LinkedHashMap<>();
    for (Movement p : parts) {
      movements.merge(
          p.id(),
          p,
          (a, b) -> {
            List<SerialRange> ranges = new ArrayList<>(a.serials());
            ranges.addAll(b.serials());
            return new Movement(
                a.id(), a.lotId(), a.kind(), ranges, a.reportingYear(), a.purpose());
          });
    }
    return new ArrayList<>(movements.values());
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
}
