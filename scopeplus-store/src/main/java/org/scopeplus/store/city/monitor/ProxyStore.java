package org.scopeplus.store.city.monitor;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.city.monitor.DailyProxy;
import org.scopeplus.core.city.monitor.MonitoredSector;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps a city's daily proxy values: an upload replaces the values of the days and sectors it holds
 * and keeps the others, in the caller's transaction.
 */
public final class ProxyStore {

  private final AuditTrail audit = new AuditTrail();

  public void put(Connection c, String tenantId, List<DailyProxy> proxies, String actor)
      throws SQLException {
    try (PreparedStatement del =
            c.prepareStatement(
                "DELETE FROM city_daily_proxy WHERE tenant_id = ? AND proxy_day = ? AND sector = ?");
        PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO city_daily_proxy (tenant_id, proxy_day, sector, proxy_value)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (DailyProxy p : proxies) {
        del.setString(1, tenantId);
        del.setDate(2, Date.valueOf(p.day()));
        del.setString(3, p.sector().code());
        del.addBatch();
        ins.setString(1, tenantId);
        ins.setDate(2, Date.valueOf(p.day()));
        ins.setString(3, p.sector().code());
        ins.setDouble(4, p.value());
        ins.addBatch();
      }
      del.executeBatch();
      ins.executeBatch();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "city.proxies.uploaded",
        "city_daily_proxy",
        tenantId,
        AuditTrail.NO_STATE,
        AuditTrail.NO_STATE,
        proxies.size() + " daily proxy values uploaded");
  }

  /** The tenant's proxy values from {@code from} to {@code to}, both included. */
  public List<DailyProxy> between(Connection c, String tenantId, LocalDate from, LocalDate to)
      throws SQLException {
    List<DailyProxy> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT proxy_day, sector, proxy_value FROM city_daily_proxy WHERE tenant_id = ?"
                + " AND proxy_day >= ? AND proxy_day <= ? ORDER BY proxy_day, sector")) {
      ps.setString(1, tenantId);
      ps.setDate(2, Date.valueOf(from));
      ps.setDate(3, Date.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new DailyProxy(
                  rs.getDate(1).toLocalDate(),
                  MonitoredSector.parse(rs.getString(2)).orElseThrow(),
                  rs.getDouble(3)));
        }
      }
    }
    return out;
  }
}
