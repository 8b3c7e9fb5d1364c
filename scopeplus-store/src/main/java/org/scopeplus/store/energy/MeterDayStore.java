package org.scopeplus.store.energy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.energy.IntervalReadings;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps a meter's interval readings, one row per meter and UTC day with the day packed ({@link
 * IntervalReadings#pack}); a meter with a phase has its days shifted by it (day D starting at D
 * 00:30Z for phase 30), so that its rows are as compact as any other's. New readings are merged
 * over the stored day: a reading given replaces the one kept at its interval, the others stay. Each
 * upload appends {@code energy.readings.imported} with its file, its SHA-256 and the count.
 */
public final class MeterDayStore {

  private final AuditTrail audit = new AuditTrail();

  /** Merges the readings into the stored days, in the caller's transaction. */
  public void merge(
      Connection c,
      String tenantId,
      Meter meter,
      IntervalReadings readings,
      long count,
      String source,
      String actor)
      throws SQLException {
    try (PreparedStatement find =
            c.prepareStatement(
                "SELECT readings FROM meter_day WHERE meter_id = ? AND reading_day = ? AND tenant_id = ?");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE meter_day SET readings = ? WHERE meter_id = ? AND reading_day = ? AND tenant_id"
                    + " = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO meter_day (meter_id, reading_day, tenant_id, readings) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<LocalDate, int[]> e : readings.days().entrySet()) {
        Date day = Date.valueOf(e.getKey());
        find.setString(1, meter.id());
        find.setDate(2, day);
        find.setString(3, tenantId);
        int[] kept = null;
        try (ResultSet rs = find.executeQuery()) {
          if (rs.next()) {
            kept = IntervalReadings.unpack(rs.getBytes(1));
          }
        }
        int[] given = e.getValue();
        if (kept == null) {
          insert.setString(1, meter.id());
          insert.setDate(2, day);
          insert.setString(3, tenantId);
          insert.setBytes(4, IntervalReadings.pack(given));
          insert.addBatch();
        } else {
          for (int i = 0; i < given.length; i++) {
            if (given[i] != IntervalReadings.MISSING) {
              kept[i] = given[i];
            }
          }
          update.setBytes(1, IntervalReadings.pack(kept));
          update.setString(2, meter.id());
          update.setDate(3, day);
          update.setString(4, tenantId);
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
        "energy.readings.imported",
        "energy_meter",
        meter.id(),
        AuditTrail.NO_STATE,
        source,
        count + " reading(s) for meter '" + meter.name() + "' from " + source);
  }

  /**
   * The stored readings of the days from {@code from} to {@code to} (UTC days shifted by the
   * meter's phase, inclusive).
   */
  public IntervalReadings read(
      Connection c, String tenantId, Meter meter, LocalDate from, LocalDate to)
      throws SQLException {
    IntervalReadings out = IntervalReadings.of(meter);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reading_day, readings FROM meter_day WHERE meter_id = ? AND tenant_id = ? AND reading_day"
                + " BETWEEN ? AND ? ORDER BY reading_day")) {
      ps.setString(1, meter.id());
      ps.setString(2, tenantId);
      ps.setDate(3, Date.valueOf(from));
      ps.setDate(4, Date.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.putDay(rs.getDate(1).toLocalDate(), IntervalReadings.unpack(rs.getBytes(2)));
        }
      }
    }
    return out;
  }

  /**
   * The end of the meter's latest stored reading (the start of its interval plus the interval), if
   * any: the instant its readings cover up to, whatever the zone of its site. One row is read: the
   * latest stored day with a reading (a day kept with every interval missing is passed over, its
   * bytes being those of an empty day).
   */
  public Optional<Instant> lastReadingEnd(Connection c, String tenantId, Meter meter)
      throws SQLException {
    IntervalReadings shape = IntervalReadings.of(meter);
    int[] empty = new int[1440 / meter.intervalMinutes()];
    java.util.Arrays.fill(empty, IntervalReadings.MISSING);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reading_day, readings FROM meter_day WHERE meter_id = ? AND tenant_id = ?"
                + " AND readings <> ? ORDER BY reading_day DESC FETCH FIRST 1 ROW ONLY")) {
      ps.setString(1, meter.id());
      ps.setString(2, tenantId);
      ps.setBytes(3, IntervalReadings.pack(empty));
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          int[] day = IntervalReadings.unpack(rs.getBytes(2));
          for (int i = day.length - 1; i >= 0; i--) {
            if (day[i] != IntervalReadings.MISSING) {
              return Optional.of(
                  Instant.ofEpochSecond(
                      shape.start(rs.getDate(1).toLocalDate(), i) + 60L * meter.intervalMinutes()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The latest UTC day with readings of the meter, if any. */
  public Optional<LocalDate> lastDay(Connection c, String tenantId, String meterId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT MAX(reading_day) FROM meter_day WHERE meter_id = ? AND tenant_id = ?")) {
      ps.setString(1, meterId);
      ps.setString(2, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        Date d = rs.next() ? rs.getDate(1) : null;
        return Optional.ofNullable(d).map(Date::toLocalDate);
      }
    }
  }
}
