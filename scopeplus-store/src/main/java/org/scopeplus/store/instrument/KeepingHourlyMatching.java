package org.scopeplus.store.instrument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.instrument.HourlyMatching;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.TenantLedger;
import org.scopeplus.store.audit.TenantLedger.Audited;

/**
 * The hourly matching of an org unit's years as last computed ({@link HourlyMatching#score}): kept
 * so that a renewable-share target on the hourly basis is measured on it and a reader sees it
 * without sending the hours again. Computing a year again replaces its row; each kept year has its
 * audit entry ({@code hourly_matching.computed}, or {@code hourly_matching.recomputed} with the
 * state it replaced).
 */
public final class KeepingHourlyMatching {

  /** A kept year of an org unit, with who computed it and when. */
  public record Kept(
      String orgUnit, HourlyMatching.Score score, String computedBy, Instant computedAt) {}

  private final TenantLedger ledger = new TenantLedger();

  /** Keeps {@code scores} as the hourly matching of {@code orgUnit}, replacing the same years. */
  public List<Kept> keep(
      Connection c,
      String tenantId,
      String orgUnit,
      SortedMap<Integer, HourlyMatching.Score> scores,
      String actor)
      throws SQLException {
    Instant now = TenantLedger.now().toInstant();
    ledger.change(
        c,
        tenantId,
        actor,
        k -> scores(k, tenantId, orgUnit),
        before -> Map.entry(before, scores),
        Optional::of,
        (k, change) -> {
          List<Audited> entries = new ArrayList<>();
          for (HourlyMatching.Score s : change.getValue().values()) {
            HourlyMatching.Score was = change.getKey().get(s.year());
            try (PreparedStatement del =
                k.prepareStatement(
                    "DELETE FROM hourly_matching WHERE tenant_id = ? AND org_unit = ? AND"
                        + " matched_year = ?")) {
              del.setString(1, tenantId);
              del.setString(2, orgUnit);
              del.setInt(3, s.year());
              del.executeUpdate();
            }
            try (PreparedStatement ps =
                k.prepareStatement(
                    "INSERT INTO hourly_matching (tenant_id, org_unit, matched_year, consumed_kwh,"
                        + " hourly_matched_kwh, annual_matched_kwh, computed_by, computed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
              ps.setString(1, tenantId);
              ps.setString(2, orgUnit);
              ps.setInt(3, s.year());
              ps.setLong(4, s.consumedKwh());
              ps.setLong(5, s.hourlyMatchedKwh());
              ps.setLong(6, s.annualMatchedKwh());
              ps.setString(7, actor);
              ps.setTimestamp(8, java.sql.Timestamp.from(now));
              ps.executeUpdate();
            }
            entries.add(
                new Audited(
                    was == null ? "hourly_matching.computed" : "hourly_matching.recomputed",
                    "hourly_matching",
                    orgUnit + " " + s.year(),
                    was == null ? AuditTrail.NO_STATE : state(orgUnit, was),
                    state(orgUnit, s),
                    "hourly matching of "
                        + orgUnit
                        + " in "
                        + s.year()
                        + (was == null ? " computed: " : " computed again: ")
                        + s.hourlyMatchedKwh()
                        + " of "
                        + s.consumedKwh()
                        + " kWh matched in the same hour"));
          }
          return entries;
        });
    List<Kept> out = new ArrayList<>();
    for (HourlyMatching.Score s : scores.values()) {
      out.add(new Kept(orgUnit, s, actor, now));
    }
    return out;
  }

  /** The kept years of {@code orgUnit}. */
  public SortedMap<Integer, HourlyMatching.Score> scores(
      Connection c, String tenantId, String orgUnit) throws SQLException {
    SortedMap<Integer, HourlyMatching.Score> out = new TreeMap<>();
    for (Kept k : list(c, tenantId, orgUnit)) {
      out.put(k.score().year(), k.score());
    }
    return out;
  }

  /** The kept years of the tenant (of {@code orgUnit} only, when given), by org unit and year. */
  public List<Kept> list(Connection c, String tenantId, String orgUnit) throws SQLException {
    List<Kept> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT org_unit, matched_year, consumed_kwh, hourly_matched_kwh, annual_matched_kwh,"
                + " computed_by, computed_at FROM hourly_matching WHERE tenant_id = ?"
                + (orgUnit == null ? "" : " AND org_unit = ?")
                + " ORDER BY org_unit, matched_year")) {
      ps.setString(1, tenantId);
      if (orgUnit != null) {
        ps.setString(2, orgUnit);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Kept(
                  rs.getString(1),
                  new HourlyMatching.Score(
                      rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                  rs.getString(6),
                  rs.getTimestamp(7).toInstant()));
        }
      }
    }
    return out;
  }

  private static String state(String orgUnit, HourlyMatching.Score s) {
    return "org_unit="
        + orgUnit
        + "\nyear="
        + s.year()
        + "\nconsumed_kwh="
        + s.consumedKwh()
        + "\nhourly_matched_kwh="
        + s.hourlyMatchedKwh()
        + "\nannual_matched_kwh="
        + s.annualMatchedKwh();
  }
}
