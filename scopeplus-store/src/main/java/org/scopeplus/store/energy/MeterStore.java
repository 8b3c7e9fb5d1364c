package org.scopeplus.store.energy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.energy.IntervalPhase;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Keeps the meters of a tenant's sites ({@code energy.meter.added} / {@code .removed}). */
public final class MeterStore {

  private final AuditTrail audit = new AuditTrail();

  public Kept<Meter> add(Connection c, String tenantId, Meter m, String actor) throws SQLException {
    Meter kept =
        new Meter(
            UUID.randomUUID().toString(),
            m.siteId(),
            m.name().strip(),
            m.carrier(),
            m.direction(),
            m.intervalMinutes(),
            m.phaseMinutes());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_meter (id, tenant_id, site_id, name, carrier, direction,"
                + " interval_minutes, created_by, created_at, phase_minutes) VALUES (?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?)")) {
      ps.setString(1, kept.id());
      ps.setString(2, tenantId);
      ps.setString(3, kept.siteId());
      ps.setString(4, kept.name());
      ps.setString(5, kept.carrier().name());
      ps.setString(6, kept.direction().name());
      ps.setInt(7, kept.intervalMinutes());
      ps.setString(8, actor);
      ps.setTimestamp(9, Timestamp.from(now));
      ps.setInt(10, kept.phaseMinutes());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "energy.meter.added",
        "energy_meter",
        kept.id(),
        AuditTrail.NO_STATE,
        kept.toString(),
        "meter '" + kept.name() + "' added");
    return new Kept<>(kept, actor, now);
  }

  /**
   * Changes a meter's name, carrier, direction and interval in place (its id, site, creator and
   * creation time kept); appends {@code energy.meter.changed}. The caller refuses an interval
   * change once readings are stored.
   */
  public Kept<Meter> change(
      Connection c, String tenantId, Kept<Meter> before, Meter m, String actor)
      throws SQLException {
    Meter old = before.value();
    Meter kept =
        new Meter(
            old.id(),
            old.siteId(),
            m.name().strip(),
            m.carrier(),
            m.direction(),
            m.intervalMinutes(),
            m.phaseMinutes());
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE energy_meter SET name = ?, carrier = ?, direction = ?, interval_minutes = ?,"
                + " phase_minutes = ? WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, kept.name());
      ps.setString(2, kept.carrier().name());
      ps.setString(3, kept.direction().name());
      ps.setInt(4, kept.intervalMinutes());
      ps.setInt(5, kept.phaseMinutes());
      ps.setString(6, kept.id());
      ps.setString(7, tenantId);
      ps.executeUpdate();
    }
    SiteAssets.changed(
        c,
        tenantId,
        "energy_meter",
        "meter",
        kept.id(),
        old.toString(),
        kept.toString(),
        actor,
        "meter '" + kept.name() + "' changed");
    return new Kept<>(kept, before.createdBy(), before.createdAt());
  }

  /**
   * The first of the site's meters (in {@link #ofSite}'s order) with readings stored, if any: the
   * site's time zone cannot change then, its readings being kept on the old clock's phase.
   */
  public Optional<Meter> withReadings(Connection c, String tenantId, String siteId)
      throws SQLException {
    MeterDayStore days = new MeterDayStore();
    for (Kept<Meter> m : ofSite(c, tenantId, siteId)) {
      if (days.lastDay(c, tenantId, m.value().id()).isPresent()) {
        return Optional.of(m.value());
      }
    }
    return Optional.empty();
  }

  /**
   * Puts the site's meters, none with readings ({@link #withReadings}), on the clock of the site's
   * new time zone ({@link IntervalPhase#onClock}): each meter whose phase the new clock changes is
   * changed in place ({@link #change}).
   *
   * @return the refusal, with the sentence why, when the new clock gives a meter's interval no one
   *     phase (no meter is changed then); empty when every meter is on the new clock
   */
  public Optional<IntervalPhase.Phased.Refused> rephase(
      Connection c, String tenantId, String siteId, ZoneId zone, Instant at, String actor)
      throws SQLException {
    List<Kept<Meter>> before = ofSite(c, tenantId, siteId);
    List<Meter> after = new ArrayList<>();
    for (Kept<Meter> m : before) {
      IntervalPhase.Phased p = IntervalPhase.onClock(m.value(), zone, at);
      if (p instanceof IntervalPhase.Phased.Refused r) {
        return Optional.of(r);
      }
      after.add(((IntervalPhase.Phased.OnClock) p).meter());
    }
    for (int i = 0; i < before.size(); i++) {
      if (after.get(i).phaseMinutes() != before.get(i).value().phaseMinutes()) {
        change(c, tenantId, before.get(i), after.get(i), actor);
      }
    }
    return Optional.empty();
  }

  public Optional<Kept<Meter>> byId(Connection c, String tenantId, String id) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", MeterStore::read, id, tenantId);
  }

  /** Whether the site has a meter of that name. */
  public boolean named(Connection c, String tenantId, String siteId, String name)
      throws SQLException {
    return SingleRow.find(
            c,
            "SELECT id FROM energy_meter WHERE tenant_id = ? AND site_id = ? AND name = ?",
            rs -> rs.getString(1),
            tenantId,
            siteId,
            name.strip())
        .isPresent();
  }

  /** The meters of a site, by name. */
  public List<Kept<Meter>> ofSite(Connection c, String tenantId, String siteId)
      throws SQLException {
    List<Kept<Meter>> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + " WHERE tenant_id = ? AND site_id = ? ORDER BY name, id")) {
      ps.setString(1, tenantId);
      ps.setString(2, siteId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  /** The ids of the tenant's meters, in a fixed order (what the nightly batch goes through). */
  public List<String> idsOfTenant(Connection c, String tenantId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM energy_meter WHERE tenant_id = ? ORDER BY id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Removes a meter with its readings and its kept nightly result. */
  public void remove(Connection c, String tenantId, Meter m, String actor) throws SQLException {
    new NightlyResultStore().remove(c, tenantId, m.id());
    long days;
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM meter_day WHERE meter_id = ? AND tenant_id = ?")) {
      ps.setString(1, m.id());
      ps.setString(2, tenantId);
      days = ps.executeUpdate();
    }
    SiteAssets.remove(
        c,
        tenantId,
        "energy_meter",
        "meter",
        m.id(),
        m.toString(),
        actor,
        "meter '" + m.name() + "' removed with " + days + " day(s) of readings");
  }

  private static final String SELECT =
      "SELECT id, site_id, name, carrier, direction, interval_minutes, created_by, created_at,"
          + " phase_minutes FROM energy_meter";

  private static Kept<Meter> read(ResultSet rs) throws SQLException {
    return new Kept<>(
        new Meter(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            Meter.Carrier.valueOf(rs.getString(4)),
            Meter.Direction.valueOf(rs.getString(5)),
            rs.getInt(6),
            rs.getInt(9)),
        rs.getString(7),
        rs.getTimestamp(8).toInstant());
  }
}
