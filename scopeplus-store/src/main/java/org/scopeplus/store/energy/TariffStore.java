package org.scopeplus.store.energy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.energy.Tariff;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps the tariffs of a tenant's sites with their periods, holidays and make-up working days
 * ({@code energy.tariff.added}, {@code energy.tariff.changed}).
 */
public final class TariffStore {

  private final AuditTrail audit = new AuditTrail();

  public Kept<Tariff> add(Connection c, String tenantId, Tariff t, String actor)
      throws SQLException {
    Tariff kept =
        new Tariff(
            UUID.randomUUID().toString(),
            t.siteId(),
            t.name().strip(),
            t.currency(),
            t.demandChargePerKwMonth(),
            t.periods(),
            t.holidays(),
            t.workdays());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_tariff (id, tenant_id, site_id, name, currency, demand_charge,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, kept.id());
      ps.setString(2, tenantId);
      ps.setString(3, kept.siteId());
      ps.setString(4, kept.name());
      ps.setString(5, kept.currency());
      ps.setDouble(6, kept.demandChargePerKwMonth());
      ps.setString(7, actor);
      ps.setTimestamp(8, Timestamp.from(now));
      ps.executeUpdate();
    }
    insertParts(c, kept);
    audit.append(
        c,
        tenantId,
        actor,
        "energy.tariff.added",
        "energy_tariff",
        kept.id(),
        AuditTrail.NO_STATE,
        kept.toString(),
        "tariff '" + kept.name() + "' added");
    return new Kept<>(kept, actor, now);
  }

  /**
   * Changes a tariff in place: its name, currency, demand charge, periods, holidays and make-up
   * working days, kept under its id and site ({@code energy.tariff.changed} with both states).
   */
  public Kept<Tariff> change(
      Connection c, String tenantId, Kept<Tariff> before, Tariff t, String actor)
      throws SQLException {
    Tariff old = before.value();
    Tariff kept =
        new Tariff(
            old.id(),
            old.siteId(),
            t.name().strip(),
            t.currency(),
            t.demandChargePerKwMonth(),
            t.periods(),
            t.holidays(),
            t.workdays());
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE energy_tariff SET name = ?, currency = ?, demand_charge = ? WHERE id = ? AND"
                + " tenant_id = ?")) {
      ps.setString(1, kept.name());
      ps.setString(2, kept.currency());
      ps.setDouble(3, kept.demandChargePerKwMonth());
      ps.setString(4, kept.id());
      ps.setString(5, tenantId);
      ps.executeUpdate();
    }
    deleteParts(c, kept.id());
    insertParts(c, kept);
    SiteAssets.changed(
        c,
        tenantId,
        "energy_tariff",
        "tariff",
        kept.id(),
        old.toString(),
        kept.toString(),
        actor,
        "tariff '" + kept.name() + "' changed");
    return new Kept<>(kept, before.createdBy(), before.createdAt());
  }

  /** Its periods, holidays and make-up working days, in order. */
  private static void insertParts(Connection c, Tariff kept) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_tariff_period (tariff_id, position, label, days, start_minute,"
                + " end_minute, price) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Tariff.TouPeriod p : kept.periods()) {
        ps.setString(1, kept.id());
        ps.setInt(2, i++);
        ps.setString(3, p.label() == null ? "" : p.label());
        ps.setString(4, p.days());
        ps.setInt(5, p.startMinute());
        ps.setInt(6, p.endMinute());
        ps.setDouble(7, p.price());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_tariff_holiday (tariff_id, holiday, worked) VALUES (?, ?, ?)")) {
      for (LocalDate d : kept.holidays()) {
        ps.setString(1, kept.id());
        ps.setObject(2, d);
        ps.setBoolean(3, false);
        ps.addBatch();
      }
      for (LocalDate d : kept.workdays()) {
        ps.setString(1, kept.id());
        ps.setObject(2, d);
        ps.setBoolean(3, true);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void deleteParts(Connection c, String tariffId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM energy_tariff_period WHERE tariff_id = ?")) {
      ps.setString(1, tariffId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM energy_tariff_holiday WHERE tariff_id = ?")) {
      ps.setString(1, tariffId);
      ps.executeUpdate();
    }
  }

  public Optional<Kept<Tariff>> byId(Connection c, String tenantId, String id) throws SQLException {
    Optional<Kept<Tariff>> head =
        SingleRow.find(
            c, SELECT + " WHERE id = ? AND tenant_id = ?", TariffStore::read, id, tenantId);
    if (head.isEmpty()) {
      return head;
    }
    return Optional.of(withPeriods(c, head.get()));
  }

  public List<Kept<Tariff>> ofSite(Connection c, String tenantId, String siteId)
      throws SQLException {
    List<Kept<Tariff>> heads = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + " WHERE tenant_id = ? AND site_id = ? ORDER BY name, id")) {
      ps.setString(1, tenantId);
      ps.setString(2, siteId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          heads.add(read(rs));
        }
      }
    }
    List<Kept<Tariff>> out = new ArrayList<>();
    for (Kept<Tariff> h : heads) {
      out.add(withPeriods(c, h));
    }
    return out;
  }

  public void remove(Connection c, String tenantId, Tariff t, String actor) throws SQLException {
    deleteParts(c, t.id());
    SiteAssets.remove(
        c,
        tenantId,
        "energy_tariff",
        "tariff",
        t.id(),
        t.toString(),
        actor,
        "tariff '" + t.name() + "' removed");
  }

  private static Kept<Tariff> withPeriods(Connection c, Kept<Tariff> head) throws SQLException {
    List<Tariff.TouPeriod> periods = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT label, days, start_minute, end_minute, price FROM energy_tariff_period"
                + " WHERE tariff_id = ? ORDER BY position")) {
      ps.setString(1, head.value().id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          periods.add(
              new Tariff.TouPeriod(
                  rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5)));
        }
      }
    }
    List<LocalDate> holidays = new ArrayList<>();
    List<LocalDate> workdays = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT holiday, worked FROM energy_tariff_holiday WHERE tariff_id = ?"
                + " ORDER BY holiday")) {
      ps.setString(1, head.value().id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          (rs.getBoolean(2) ? workdays : holidays).add(rs.getObject(1, LocalDate.class));
        }
      }
    }
    return new Kept<>(
        head.value().withPeriods(periods).withHolidays(holidays).withWorkdays(workdays),
        head.createdBy(),
        head.createdAt());
  }

  private static final String SELECT =
      "SELECT id, site_id, name, currency, demand_charge, created_by, created_at FROM"
          + " energy_tariff";

  private static Kept<Tariff> read(ResultSet rs) throws SQLException {
    return new Kept<>(
        Tariff.of(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getDouble(5),
            List.of()),
        rs.getString(6),
        rs.getTimestamp(7).toInstant());
  }
}
