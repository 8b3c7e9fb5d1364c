package org.scopeplus.store.city.targets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.targets.CityActual;
import org.scopeplus.core.city.targets.CityTarget;
import org.scopeplus.core.city.targets.CityTargetKind;
import org.scopeplus.core.city.targets.InventoryBasis;
import org.scopeplus.core.city.targets.Measure;
import org.scopeplus.core.city.targets.MeasureKind;
import org.scopeplus.core.city.targets.Scenario;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps a city's targets (with the yearly actuals posted with each) and its scenarios, per tenant,
 * in the caller's transaction. Adding a target appends {@code city.target.added}, deleting one
 * {@code city.target.deleted}, adding a scenario {@code city.scenario.added} to the audit trail.
 */
public final class CityTargetStore {

  private final AuditTrail audit = new AuditTrail();

  /** Keeps {@code t} (checked by the caller) and its actuals under a new id. */
  public StoredCityTarget add(
      Connection c, String tenantId, CityTarget t, List<CityActual> actuals, String actor)
      throws SQLException {
    return add(c, tenantId, t, actuals, null, actor);
  }

  /**
   * Keeps {@code t} (checked by the caller), its actuals and the inventories its actuals come from
   * (null for none) under a new id.
   */
  public StoredCityTarget add(
      Connection c,
      String tenantId,
      CityTarget t,
      List<CityActual> actuals,
      InventoryBasis basis,
      String actor)
      throws SQLException {
    CityTarget kept =
        new CityTarget(
            UUID.randomUUID().toString(),
            t.name().strip(),
            t.kind(),
            t.baseYear(),
            t.targetYear(),
            t.value(),
            t.pathway());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_target (tenant_id, id, name, kind, base_year, target_year,"
                + " target_value, pathway, created_by, created_at, inventory_city,"
                + " inventory_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, tenantId);
      ps.setString(2, kept.id());
      ps.setString(3, kept.name());
      ps.setString(4, kept.kind().name());
      ps.setInt(5, kept.baseYear());
      ps.setInt(6, kept.targetYear());
      ps.setDouble(7, kept.value());
      ps.setString(8, kept.pathway().name());
      ps.setString(9, actor);
      ps.setTimestamp(10, Timestamp.from(now));
      ps.setString(11, basis == null ? null : basis.city().strip());
      ps.setString(12, basis == null ? null : basis.level().name());
      ps.executeUpdate();
    }
    List<CityActual> sorted =
        actuals.stream().sorted(java.util.Comparator.comparingInt(CityActual::year)).toList();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_target_actual (tenant_id, target_id, actual_year, grams,"
                + " population, gdp) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (CityActual a : sorted) {
        ps.setString(1, tenantId);
        ps.setString(2, kept.id());
        ps.setInt(3, a.year());
        ps.setLong(4, a.grams());
        setDouble(ps, 5, a.population());
        setDouble(ps, 6, a.gdpCny());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "city.target.added",
        "city_target",
        kept.id(),
        AuditTrail.NO_STATE,
        kept.state() + basisState(basis) + "\nactuals=" + sorted,
        "city target '" + kept.name() + "' added with " + sorted.size() + " actual years");
    return new StoredCityTarget(
        kept,
        sorted,
        actor,
        now,
        basis == null ? null : new InventoryBasis(basis.city().strip(), basis.level()));
  }

  private static String basisState(InventoryBasis basis) {
    return basis == null
        ? ""
        : "\ninventories=" + basis.city().strip() + " " + basis.level().label();
  }

  /**
   * The actuals a target is measured against: with an inventory basis, the totals of the tenant's
   * kept GPC inventories of its city at its level, with the posted residents and GDP ({@link
   * InventoryBasis#actuals}); without one, the posted actuals.
   */
  public List<CityActual> actuals(Connection c, String tenantId, StoredCityTarget t)
      throws SQLException {
    if (t.basis() == null) {
      return t.actuals();
    }
    List<org.scopeplus.core.city.CityInventory> kept = new ArrayList<>();
    for (org.scopeplus.store.city.inventory.StoredInventory i :
        new org.scopeplus.store.city.inventory.KeepingCityInventories().all(c, tenantId)) {
      kept.add(i.inventory());
    }
    return t.basis().actuals(t.actuals(), kept);
  }

  /** Deletes a target and its actuals; false when the tenant has no such target. */
  public boolean delete(Connection c, String tenantId, String id, String actor)
      throws SQLException {
    Optional<StoredCityTarget> t = byId(c, tenantId, id);
    if (t.isEmpty()) {
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM city_target_actual WHERE tenant_id = ? AND target_id = ?")) {
      ps.setString(1, tenantId);
      ps.setString(2, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM city_target WHERE tenant_id = ? AND id = ?")) {
      ps.setString(1, tenantId);
      ps.setString(2, id);
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "city.target.deleted",
        "city_target",
        id,
        t.get().target().state() + basisState(t.get().basis()) + "\nactuals=" + t.get().actuals(),
        AuditTrail.NO_STATE,
        "city target '" + t.get().target().name() + "' deleted");
    return true;
  }

  public Optional<StoredCityTarget> byId(Connection c, String tenantId, String id)
      throws SQLException {
    List<StoredCityTarget> found = targets(c, tenantId, id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The tenant's targets, oldest first. */
  public List<StoredCityTarget> list(Connection c, String tenantId) throws SQLException {
    return targets(c, tenantId, null);
  }

  private List<StoredCityTarget> targets(Connection c, String tenantId, String id)
      throws SQLException {
    Map<String, List<CityActual>> actuals = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT target_id, actual_year, grams, population, gdp FROM city_target_actual"
                + " WHERE tenant_id = ?"
                + (id == null ? "" : " AND target_id = ?")
                + " ORDER BY target_id, actual_year")) {
      ps.setString(1, tenantId);
      if (id != null) {
        ps.setString(2, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          actuals
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new CityActual(rs.getInt(2), rs.getLong(3), getDouble(rs, 4), getDouble(rs, 5)));
        }
      }
    }
    List<StoredCityTarget> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, name, kind, base_year, target_year, target_value, pathway, created_by,"
                + " created_at, inventory_city, inventory_level FROM city_target WHERE"
                + " tenant_id = ?"
                + (id == null ? "" : " AND id = ?")
                + " ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      if (id != null) {
        ps.setString(2, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String tid = rs.getString(1);
          out.add(
              new StoredCityTarget(
                  new CityTarget(
                      tid,
                      rs.getString(2),
                      CityTargetKind.valueOf(rs.getString(3)),
                      rs.getInt(4),
                      rs.getInt(5),
                      rs.getDouble(6),
                      Pathway.valueOf(rs.getString(7))),
                  List.copyOf(actuals.getOrDefault(tid, List.of())),
                  rs.getString(8),
                  rs.getTimestamp(9).toInstant(),
                  rs.getString(10) == null
                      ? null
                      : new InventoryBasis(rs.getString(10), GpcLevel.valueOf(rs.getString(11)))));
        }
      }
    }
    return out;
  }

  /** Keeps {@code s} (checked by the caller) with its baseline and measures under a new id. */
  public StoredScenario addScenario(Connection c, String tenantId, Scenario s, String actor)
      throws SQLException {
    Scenario kept =
        new Scenario(
            UUID.randomUUID().toString(),
            s.name().strip(),
            s.baseYear(),
            s.endYear(),
            s.baseline(),
            s.growth(),
            s.discountRate(),
            s.measures());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_scenario (tenant_id, id, name, base_year, end_year, growth,"
                + " discount_rate, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, tenantId);
      ps.setString(2, kept.id());
      ps.setString(3, kept.name());
      ps.setInt(4, kept.baseYear());
      ps.setInt(5, kept.endYear());
      ps.setDouble(6, kept.growth());
      ps.setDouble(7, kept.discountRate());
      ps.setString(8, actor);
      ps.setTimestamp(9, Timestamp.from(now));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_scenario_sector (tenant_id, scenario_id, position, sector, grams)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Map.Entry<String, Long> e : kept.baseline().entrySet()) {
        ps.setString(1, tenantId);
        ps.setString(2, kept.id());
        ps.setInt(3, i++);
        ps.setString(4, e.getKey());
        ps.setLong(5, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_measure (tenant_id, scenario_id, position, name, kind, sector,"
                + " amount, factor_a, factor_b, shares, capex_cny, opex_cny, lifetime_years,"
                + " factor_source, secondary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Measure m : kept.measures()) {
        ps.setString(1, tenantId);
        ps.setString(2, kept.id());
        ps.setInt(3, i++);
        ps.setString(4, m.name());
        ps.setString(5, m.kind().name());
        ps.setString(6, m.sector());
        ps.setDouble(7, m.amount());
        ps.setDouble(8, m.factorA());
        ps.setDouble(9, m.factorB());
        ps.setString(10, shares(m.shares()));
        ps.setDouble(11, m.capexCny());
        ps.setDouble(12, m.opexCnyPerYear());
        ps.setInt(13, m.lifetimeYears());
        ps.setString(14, m.factorSource());
        ps.setBoolean(15, m.secondary());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "city.scenario.added",
        "city_scenario",
        kept.id(),
        AuditTrail.NO_STATE,
        kept.state(),
        "scenario '" + kept.name() + "' added with " + kept.measures().size() + " measures");
    return new StoredScenario(kept, actor, now);
  }

  public Optional<StoredScenario> scenario(Connection c, String tenantId, String id)
      throws SQLException {
    List<StoredScenario> found = scenarios(c, tenantId, id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The tenant's scenarios, oldest first. */
  public List<StoredScenario> scenarios(Connection c, String tenantId) throws SQLException {
    return scenarios(c, tenantId, null);
  }

  private List<StoredScenario> scenarios(Connection c, String tenantId, String id)
      throws SQLException {
    String only = id == null ? "" : " AND scenario_id = ?";
    Map<String, Map<String, Long>> sectors = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT scenario_id, sector, grams FROM city_scenario_sector WHERE tenant_id = ?"
                + only
                + " ORDER BY scenario_id, position")) {
      bind(ps, tenantId, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sectors
              .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
              .put(rs.getString(2), rs.getLong(3));
        }
      }
    }
    Map<String, List<Measure>> measures = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT scenario_id, name, kind, sector, amount, factor_a, factor_b, shares,"
                + " capex_cny, opex_cny, lifetime_years, factor_source, secondary"
                + " FROM city_measure WHERE tenant_id = ?"
                + only
                + " ORDER BY scenario_id, position")) {
      bind(ps, tenantId, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          measures
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  new Measure(
                      rs.getString(2),
                      MeasureKind.valueOf(rs.getString(3)),
                      rs.getString(4),
                      rs.getDouble(5),
                      rs.getDouble(6),
                      rs.getDouble(7),
                      shares(rs.getString(8)),
                      rs.getDouble(9),
                      rs.getDouble(10),
                      rs.getInt(11),
                      rs.getString(12),
                      rs.getBoolean(13)));
        }
      }
    }
    List<StoredScenario> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, name, base_year, end_year, growth, discount_rate, created_by, created_at"
                + " FROM city_scenario WHERE tenant_id = ?"
                + (id == null ? "" : " AND id = ?")
                + " ORDER BY created_at, id")) {
      bind(ps, tenantId, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String sid = rs.getString(1);
          out.add(
              new StoredScenario(
                  new Scenario(
                      sid,
                      rs.getString(2),
                      rs.getInt(3),
                      rs.getInt(4),
                      sectors.getOrDefault(sid, Map.of()),
                      rs.getDouble(5),
                      rs.getDouble(6),
                      measures.getOrDefault(sid, List.of())),
                  rs.getString(7),
                  rs.getTimestamp(8).toInstant()));
        }
      }
    }
    return out;
  }

  private static void bind(PreparedStatement ps, String tenantId, String id) throws SQLException {
    ps.setString(1, tenantId);
    if (id != null) {
      ps.setString(2, id);
    }
  }

  /** {@code 2025:0.5,2026:1.0}: exact, since a double's shortest text reads back the same. */
  static String shares(SortedMap<Integer, Double> shares) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<Integer, Double> e : shares.entrySet()) {
      if (!s.isEmpty()) {
        s.append(',');
      }
      s.append(e.getKey()).append(':').append(e.getValue());
    }
    return s.toString();
  }

  static SortedMap<Integer, Double> shares(String text) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String pair : text.split(",")) {
      int colon = pair.indexOf(':');
      out.put(
          Integer.parseInt(pair.substring(0, colon)),
          Double.parseDouble(pair.substring(colon + 1)));
    }
    return out;
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
