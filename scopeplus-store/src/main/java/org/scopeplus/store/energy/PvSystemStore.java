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
import org.scopeplus.core.energy.PvArray;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Keeps the PV systems of a tenant's sites ({@code energy.pv.added} / {@code .removed}). */
public final class PvSystemStore {

  private final AuditTrail audit = new AuditTrail();

  public Kept<PvArray> add(Connection c, String tenantId, PvArray p, String actor)
      throws SQLException {
    PvArray kept = kept(UUID.randomUUID().toString(), p.siteId(), p);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO pv_system (id, tenant_id, site_id, name, dc_kw, tilt, azimuth,"
                + " losses_percent, inverter_ac_kw, temperature_model, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, kept.id());
      ps.setString(2, tenantId);
      ps.setString(3, kept.siteId());
      ps.setString(4, kept.name());
      ps.setDouble(5, kept.dcKw());
      ps.setDouble(6, kept.tilt());
      ps.setDouble(7, kept.azimuth());
      ps.setDouble(8, kept.lossesPercent());
      ps.setDouble(9, kept.inverterAcKw());
      ps.setString(10, kept.temperatureModel());
      ps.setString(11, actor);
      ps.setTimestamp(12, Timestamp.from(now));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "energy.pv.added",
        "pv_system",
        kept.id(),
        AuditTrail.NO_STATE,
        kept.toString(),
        "PV system '" + kept.name() + "' added");
    return new Kept<>(kept, actor, now);
  }

  /**
   * Changes a PV system in place (its id, site, creator and creation time kept); appends {@code
   * energy.pv.changed}.
   */
  public Kept<PvArray> change(
      Connection c, String tenantId, Kept<PvArray> before, PvArray p, String actor)
      throws SQLException {
    PvArray old = before.value();
    PvArray kept = kept(old.id(), old.siteId(), p);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE pv_system SET name = ?, dc_kw = ?, tilt = ?, azimuth = ?, losses_percent = ?,"
                + " inverter_ac_kw = ?, temperature_model = ? WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, kept.name());
      ps.setDouble(2, kept.dcKw());
      ps.setDouble(3, kept.tilt());
      ps.setDouble(4, kept.azimuth());
      ps.setDouble(5, kept.lossesPercent());
      ps.setDouble(6, kept.inverterAcKw());
      ps.setString(7, kept.temperatureModel());
      ps.setString(8, kept.id());
      ps.setString(9, tenantId);
      ps.executeUpdate();
    }
    SiteAssets.changed(
        c,
        tenantId,
        "pv_system",
        "pv",
        kept.id(),
        old.toString(),
        kept.toString(),
        actor,
        "PV system '" + kept.name() + "' changed");
    return new Kept<>(kept, before.createdBy(), before.createdAt());
  }

  /** The system as kept under this id and site: its name stripped. */
  private static PvArray kept(String id, String siteId, PvArray p) {
    return new PvArray(
        id,
        siteId,
        p.name().strip(),
        p.dcKw(),
        p.tilt(),
        p.azimuth(),
        p.lossesPercent(),
        p.inverterAcKw(),
        p.temperatureModel());
  }

  public Optional<Kept<PvArray>> byId(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", PvSystemStore::read, id, tenantId);
  }

  public List<Kept<PvArray>> ofSite(Connection c, String tenantId, String siteId)
      throws SQLException {
    List<Kept<PvArray>> out = new ArrayList<>();
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

  public void remove(Connection c, String tenantId, PvArray p, String actor) throws SQLException {
    SiteAssets.remove(
        c,
        tenantId,
        "pv_system",
        "pv",
        p.id(),
        p.toString(),
        actor,
        "PV system '" + p.name() + "' removed");
  }

  private static final String SELECT =
      "SELECT id, site_id, name, dc_kw, tilt, azimuth, losses_percent, inverter_ac_kw,"
          + " temperature_model, created_by, created_at FROM pv_system";

  private static Kept<PvArray> read(ResultSet rs) throws SQLException {
    return new Kept<>(
        new PvArray(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getDouble(4),
            rs.getDouble(5),
            rs.getDouble(6),
            rs.getDouble(7),
            rs.getDouble(8),
            rs.getString(9)),
        rs.getString(10),
        rs.getTimestamp(11).toInstant());
  }
}
