package org.scopeplus.store.energy;

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
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps a tenant's sites; adding one appends {@code energy.site.added}, removing one (only when it
 * has no meter, PV system or tariff left) {@code energy.site.removed}.
 */
public final class SiteStore {

  private final AuditTrail audit = new AuditTrail();

  public Kept<EnergySite> add(Connection c, String tenantId, EnergySite s, String actor)
      throws SQLException {
    EnergySite kept = kept(UUID.randomUUID().toString(), s);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO energy_site (id, tenant_id, name, org_unit, time_zone, latitude,"
                + " longitude, created_by, created_at, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?)")) {
      ps.setString(1, kept.id());
      ps.setString(2, tenantId);
      ps.setString(3, kept.name());
      ps.setString(4, kept.orgUnit());
      ps.setString(5, kept.timeZone());
      ps.setDouble(6, kept.latitude());
      ps.setDouble(7, kept.longitude());
      ps.setString(8, actor);
      ps.setTimestamp(9, Timestamp.from(now));
      ps.setString(10, kept.region());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "energy.site.added",
        "energy_site",
        kept.id(),
        AuditTrail.NO_STATE,
        kept.toString(),
        "site '" + kept.name() + "' added");
    return new Kept<>(kept, actor, now);
  }

  /**
   * Changes a site in place (its id, creator and creation time kept); appends {@code
   * energy.site.changed} with the states before and after.
   */
  public Kept<EnergySite> change(
      Connection c, String tenantId, Kept<EnergySite> before, EnergySite s, String actor)
      throws SQLException {
    EnergySite old = before.value();
    EnergySite kept = kept(old.id(), s);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE energy_site SET name = ?, org_unit = ?, time_zone = ?, latitude = ?,"
                + " longitude = ?, region = ? WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, kept.name());
      ps.setString(2, kept.orgUnit());
      ps.setString(3, kept.timeZone());
      ps.setDouble(4, kept.latitude());
      ps.setDouble(5, kept.longitude());
      ps.setString(6, kept.region());
      ps.setString(7, kept.id());
      ps.setString(8, tenantId);
      ps.executeUpdate();
    }
    SiteAssets.changed(
        c,
        tenantId,
        "energy_site",
        "site",
        kept.id(),
        old.toString(),
        kept.toString(),
        actor,
        "site '" + kept.name() + "' changed");
    return new Kept<>(kept, before.createdBy(), before.createdAt());
  }

  /** The site as kept under this id: its texts stripped. */
  private static EnergySite kept(String id, EnergySite s) {
    return new EnergySite(
        id,
        s.name().strip(),
        s.orgUnit().strip(),
        s.timeZone().strip(),
        s.latitude(),
        s.longitude(),
        s.region());
  }

  /** Whether the tenant has a site of that name. */
  public boolean named(Connection c, String tenantId, String name) throws SQLException {
    return SingleRow.find(
            c,
            "SELECT id FROM energy_site WHERE tenant_id = ? AND name = ?",
            rs -> rs.getString(1),
            tenantId,
            name.strip())
        .isPresent();
  }

  public Optional<Kept<EnergySite>> byId(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", SiteStore::read, id, tenantId);
  }

  public List<Kept<EnergySite>> list(Connection c, String tenantId) throws SQLException {
    List<Kept<EnergySite>> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + " WHERE tenant_id = ? ORDER BY name, id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  /** Removes a site with nothing left on it; false when it still has meters, PV or tariffs. */
  public boolean remove(Connection c, String tenantId, EnergySite s, String actor)
      throws SQLException {
    for (String table : new String[] {"energy_meter", "pv_system", "energy_tariff"}) {
      if (SingleRow.find(
              c,
              "SELECT id FROM " + table + " WHERE site_id = ? AND tenant_id = ?",
              rs -> rs.getString(1),
              s.id(),
              tenantId)
          .isPresent()) {
        return false;
      }
    }
    new SiteWeatherStore().removeAll(c, tenantId, s.id());
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM energy_site WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, s.id());
      ps.setString(2, tenantId);
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "energy.site.removed",
        "energy_site",
        s.id(),
        s.toString(),
        AuditTrail.NO_STATE,
        "site '" + s.name() + "' removed");
    return true;
  }

  private static final String SELECT =
      "SELECT id, name, org_unit, time_zone, latitude, longitude, created_by, created_at, region"
          + " FROM energy_site";

  private static Kept<EnergySite> read(ResultSet rs) throws SQLException {
    return new Kept<>(
        new EnergySite(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getDouble(5),
            rs.getDouble(6),
            rs.getString(9)),
        rs.getString(7),
        rs.getTimestamp(8).toInstant());
  }
}
