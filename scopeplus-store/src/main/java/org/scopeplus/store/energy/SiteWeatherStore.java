package org.scopeplus.store.energy;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.energy.WeatherHours;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps a site's hourly weather (Flyway V36): one row per site, kind ({@code actual} or {@code
 * typical}) and day, the 24 hours packed as six 4-byte floats each (temperature, GHI, DNI, DHI,
 * wind, cloud cover; NaN where none). Observations and forecasts merge over the stored hours; a
 * typical year replaces the site's previous one. Each upload appends {@code
 * energy.weather.imported}.
 */
public final class SiteWeatherStore {

  static final int VALUES = 6;
  static final int DAY_BYTES = 24 * VALUES * 4;
  private static final String ACTUAL = "actual";
  private static final String TYPICAL = "typical";

  private final AuditTrail audit = new AuditTrail();

  /** Stores the hours in the caller's transaction. */
  public void store(
      Connection c,
      String tenantId,
      String siteId,
      String siteName,
      WeatherHours w,
      String source,
      String actor)
      throws SQLException {
    String kind = w.typical() ? TYPICAL : ACTUAL;
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(w.utcOffsetSeconds());
    Map<LocalDate, float[]> days = new TreeMap<>();
    for (int i = 0; i < w.size(); i++) {
      LocalDateTime local = LocalDateTime.ofEpochSecond(w.hourStart()[i], 0, offset);
      LocalDate day =
          w.typical()
              ? LocalDate.of(2000, local.getMonthValue(), local.getDayOfMonth())
              : local.toLocalDate();
      float[] v = days.computeIfAbsent(day, d -> empty());
      int at = local.getHour() * VALUES;
      v[at] = (float) w.temperature()[i];
      v[at + 1] = (float) w.ghi()[i];
      v[at + 2] = (float) w.dni()[i];
      v[at + 3] = (float) w.dhi()[i];
      v[at + 4] = (float) w.wind()[i];
      v[at + 5] = (float) w.cloud()[i];
    }
    if (w.typical()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM site_weather_day WHERE site_id = ? AND tenant_id = ? AND kind = ?")) {
        ps.setString(1, siteId);
        ps.setString(2, tenantId);
        ps.setString(3, TYPICAL);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement find =
            c.prepareStatement(
                "SELECT hours FROM site_weather_day WHERE site_id = ? AND kind = ? AND weather_day"
                    + " = ? AND tenant_id = ?");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE site_weather_day SET hours = ? WHERE site_id = ? AND kind = ? AND"
                    + " weather_day = ? AND tenant_id = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO site_weather_day (site_id, kind, weather_day, tenant_id,"
                    + " utc_offset_s, hours) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<LocalDate, float[]> e : days.entrySet()) {
        float[] kept = null;
        if (!w.typical()) {
          find.setString(1, siteId);
          find.setString(2, kind);
          find.setDate(3, Date.valueOf(e.getKey()));
          find.setString(4, tenantId);
          try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
              kept = unpack(rs.getBytes(1));
            }
          }
        }
        if (kept == null) {
          insert.setString(1, siteId);
          insert.setString(2, kind);
          insert.setDate(3, Date.valueOf(e.getKey()));
          insert.setString(4, tenantId);
          insert.setInt(5, w.utcOffsetSeconds());
          insert.setBytes(6, pack(e.getValue()));
          insert.addBatch();
        } else {
          float[] given = e.getValue();
          for (int h = 0; h < 24; h++) {
            if (!Float.isNaN(given[h * VALUES])) {
              System.arraycopy(given, h * VALUES, kept, h * VALUES, VALUES);
            }
          }
          update.setBytes(1, pack(kept));
          update.setString(2, siteId);
          update.setString(3, kind);
          update.setDate(4, Date.valueOf(e.getKey()));
          update.setString(5, tenantId);
          update.addBatch();
        }
      }
      insert.executeBatch();
      update.executeBatch();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "energy.weather.imported",
        "energy_site",
        siteId,
        AuditTrail.NO_STATE,
        source,
        w.size()
            + " hour(s) of "
            + (w.typical() ? "typical-year" : "observed or forecast")
            + " weather for site '"
            + siteName
            + "' from "
            + source);
  }

  /**
   * The site's observed or forecast hours beginning in [from, to) (epoch seconds), by hour start.
   */
  public WeatherHours actual(Connection c, String tenantId, String siteId, long from, long to)
      throws SQLException {
    LocalDate a = LocalDate.ofEpochDay(Math.floorDiv(from, 86_400));
    LocalDate b = LocalDate.ofEpochDay(Math.floorDiv(to - 1, 86_400));
    Builder out = new Builder();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT weather_day, hours FROM site_weather_day WHERE site_id = ? AND tenant_id = ?"
                + " AND kind = ? AND weather_day BETWEEN ? AND ? ORDER BY weather_day")) {
      ps.setString(1, siteId);
      ps.setString(2, tenantId);
      ps.setString(3, ACTUAL);
      ps.setDate(4, Date.valueOf(a));
      ps.setDate(5, Date.valueOf(b));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long dayStart = rs.getDate(1).toLocalDate().toEpochDay() * 86_400;
          float[] v = unpack(rs.getBytes(2));
          for (int h = 0; h < 24; h++) {
            long t = dayStart + h * 3600L;
            if (t >= from && t < to && !Float.isNaN(v[h * VALUES])) {
              out.add(t, v, h);
            }
          }
        }
      }
    }
    return out.build(false, 0);
  }

  /**
   * The site's typical year with the file's offset, its hours dated in the year 2000 of the file's
   * own local time (only their month, day and hour matter); null when the site has none.
   */
  public WeatherHours typical(Connection c, String tenantId, String siteId) throws SQLException {
    Builder out = new Builder();
    int offset = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT weather_day, hours, utc_offset_s FROM site_weather_day WHERE site_id = ? AND"
                + " tenant_id = ? AND kind = ? ORDER BY weather_day")) {
      ps.setString(1, siteId);
      ps.setString(2, tenantId);
      ps.setString(3, TYPICAL);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long dayStart = rs.getDate(1).toLocalDate().toEpochDay() * 86_400;
          float[] v = unpack(rs.getBytes(2));
          offset = rs.getInt(3);
          for (int h = 0; h < 24; h++) {
            if (!Float.isNaN(v[h * VALUES])) {
              // the file's local hour of 2000, as an instant in the file's own offset
              out.add(dayStart + h * 3600L - offset, v, h);
            }
          }
        }
      }
    }
    return out.size() == 0 ? null : out.build(true, offset);
  }

  /** Counts of the stored hours: observed or forecast, and of a typical year. */
  public record Summary(long actualDays, LocalDate firstDay, LocalDate lastDay, long typicalDays) {}

  public Summary summary(Connection c, String tenantId, String siteId) throws SQLException {
    long actual = 0;
    LocalDate first = null;
    LocalDate last = null;
    long typical = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT kind, COUNT(*), MIN(weather_day), MAX(weather_day) FROM site_weather_day"
                + " WHERE site_id = ? AND tenant_id = ? GROUP BY kind")) {
      ps.setString(1, siteId);
      ps.setString(2, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (ACTUAL.equals(rs.getString(1))) {
            actual = rs.getLong(2);
            first = rs.getDate(3).toLocalDate();
            last = rs.getDate(4).toLocalDate();
          } else {
            typical = rs.getLong(2);
          }
        }
      }
    }
    return new Summary(actual, first, last, typical);
  }

  /** Removes a site's weather (before the site is removed). */
  public void removeAll(Connection c, String tenantId, String siteId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM site_weather_day WHERE site_id = ? AND tenant_id = ?")) {
      ps.setString(1, siteId);
      ps.setString(2, tenantId);
      ps.executeUpdate();
    }
  }

  private static float[] empty() {
    float[] v = new float[24 * VALUES];
    Arrays.fill(v, Float.NaN);
    return v;
  }

  static byte[] pack(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(DAY_BYTES);
    for (float x : v) {
      b.putFloat(x);
    }
    return b.array();
  }

  static float[] unpack(byte[] bytes) {
    if (bytes.length != DAY_BYTES) {
      throw new IllegalStateException(
          "a weather day has " + DAY_BYTES + " bytes, not " + bytes.length);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    float[] v = new float[24 * VALUES];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }

  private static final class Builder {
    long[] t = new long[256];
    double[][] v = new double[VALUES][256];
    int n;

    void add(long start, float[] day, int hour) {
      if (n == t.length) {
        t = Arrays.copyOf(t, n * 2);
        for (int k = 0; k < VALUES; k++) {
          v[k] = Arrays.copyOf(v[k], n * 2);
        }
      }
      t[n] = start;
      for (int k = 0; k < VALUES; k++) {
        v[k][n] = day[hour * VALUES + k];
      }
      n++;
    }

    int size() {
      return n;
    }

    WeatherHours build(boolean typical, int offset) {
      return new WeatherHours(
          typical,
          offset,
          Arrays.copyOf(t, n),
          Arrays.copyOf(v[0], n),
          Arrays.copyOf(v[1], n),
          Arrays.copyOf(v[2], n),
          Arrays.copyOf(v[3], n),
          Arrays.copyOf(v[4], n),
          Arrays.copyOf(v[5], n));
    }
  }
}
