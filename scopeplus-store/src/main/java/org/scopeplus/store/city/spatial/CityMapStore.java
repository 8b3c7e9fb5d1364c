package org.scopeplus.store.city.spatial;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps a city's districts and the emissions its map allocates. Each upload replaces what was kept
 * before, whole, in the caller's transaction, and appends to the audit trail.
 */
public final class CityMapStore {

  private final AuditTrail audit = new AuditTrail();

  public void replaceDistricts(Connection c, String tenantId, List<StoredDistrict> ds, String actor)
      throws SQLException {
    delete(c, "city_district", tenantId);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_district (tenant_id, district_id, position, name, population, gdp,"
                + " geometry) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (StoredDistrict d : ds) {
        ps.setString(1, tenantId);
        ps.setString(2, d.id());
        ps.setInt(3, i++);
        ps.setString(4, d.name());
        setDouble(ps, 5, d.population());
        setDouble(ps, 6, d.gdp());
        ps.setBytes(7, d.geometryJson().getBytes(StandardCharsets.UTF_8));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "city.districts.replaced",
        "city_district",
        tenantId,
        AuditTrail.NO_STATE,
        AuditTrail.NO_STATE,
        ds.size() + " districts uploaded");
  }

  /** The tenant's districts in the order they were uploaded. */
  public List<StoredDistrict> districts(Connection c, String tenantId) throws SQLException {
    List<StoredDistrict> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT district_id, name, population, gdp, geometry FROM city_district"
                + " WHERE tenant_id = ? ORDER BY position")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredDistrict(
                  rs.getString(1),
                  rs.getString(2),
                  getDouble(rs, 3),
                  getDouble(rs, 4),
                  new String(rs.getBytes(5), StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  /** Replaces the sector totals and located emissions together. */
  public void replaceEmissions(
      Connection c,
      String tenantId,
      List<SectorTotal> totals,
      List<LocatedEmission> located,
      String actor)
      throws SQLException {
    delete(c, "city_sector_total", tenantId);
    delete(c, "city_located_emission", tenantId);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_sector_total (tenant_id, sector, inventory_year, grams, weighting)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (SectorTotal t : totals) {
        ps.setString(1, tenantId);
        ps.setString(2, t.sector());
        ps.setInt(3, t.inventoryYear());
        ps.setLong(4, t.grams());
        ps.setString(5, t.weighting());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_located_emission (tenant_id, position, name, district_id, lon, lat,"
                + " sector, grams) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (LocatedEmission l : located) {
        ps.setString(1, tenantId);
        ps.setInt(2, i++);
        ps.setString(3, l.name());
        ps.setString(4, l.district());
        setDouble(ps, 5, l.lon());
        setDouble(ps, 6, l.lat());
        ps.setString(7, l.sector());
        ps.setLong(8, l.grams());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    long sum = totals.stream().mapToLong(SectorTotal::grams).sum();
    audit.append(
        c,
        tenantId,
        actor,
        "city.emissions.replaced",
        "city_sector_total",
        tenantId,
        AuditTrail.NO_STATE,
        AuditTrail.NO_STATE,
        totals.size()
            + " sector totals ("
            + sum
            + " g) and "
            + located.size()
            + " located emissions");
  }

  public List<SectorTotal> sectorTotals(Connection c, String tenantId) throws SQLException {
    List<SectorTotal> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT sector, inventory_year, grams, weighting FROM city_sector_total"
                + " WHERE tenant_id = ? ORDER BY sector")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SectorTotal(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  public List<LocatedEmission> located(Connection c, String tenantId) throws SQLException {
    List<LocatedEmission> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, district_id, lon, lat, sector, grams FROM city_located_emission"
                + " WHERE tenant_id = ? ORDER BY position")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new LocatedEmission(
                  rs.getString(1),
                  rs.getString(2),
                  getDouble(rs, 3),
                  getDouble(rs, 4),
                  rs.getString(5),
                  rs.getLong(6)));
        }
      }
    }
    return out;
  }

  private static void delete(Connection c, String table, String tenantId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
      ps.setString(1, tenantId);
      ps.executeUpdate();
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static Double getDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }
}
