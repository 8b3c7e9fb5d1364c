package org.scopeplus.store.supplier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.supplier.DataMaturity;
import org.scopeplus.core.supplier.EngagementYear;
import org.scopeplus.core.supplier.LabelTier;
import org.scopeplus.core.supplier.Supplier;
import org.scopeplus.core.supplier.SupplierEngagement;
import org.scopeplus.core.supplier.SupplierYear;
import org.scopeplus.core.supplier.TargetStatus;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Keeps a tenant's supplier register and label tiers, and each run's engagement figures. The
 * register is replaced as a whole (the way a procurement system exports it), checked first.
 */
public final class SupplierRegisterStore {

  private final AuditTrail audit = new AuditTrail();

  /**
   * Replaces the tenant's register and tiers (an empty tier list means the defaults).
   *
   * @throws IllegalArgumentException naming the supplier or tier when the register is refused
   */
  public void replace(
      Connection c, String tenantId, List<Supplier> suppliers, List<LabelTier> tiers, String actor)
      throws SQLException {
    new SupplierEngagement(suppliers, tiers);
    String before = state(c, tenantId);
    for (String table : List.of("supplier", "supplier_tier")) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
        ps.setString(1, tenantId);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO supplier (tenant_id, supplier_id, name, target_status, target_year,"
                + " ambition, pact_verified) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Supplier s : suppliers) {
        ps.setString(1, tenantId);
        ps.setString(2, s.id());
        ps.setString(3, s.name());
        ps.setString(4, s.target().label());
        ps.setInt(5, s.targetYear());
        ps.setString(6, s.ambition());
        ps.setBoolean(7, s.pactVerified());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO supplier_tier (tenant_id, position, name, min_target_status,"
                + " min_data_maturity) VALUES (?, ?, ?, ?, ?)")) {
      int i = 0;
      for (LabelTier t : tiers) {
        ps.setString(1, tenantId);
        ps.setInt(2, i++);
        ps.setString(3, t.name());
        ps.setString(4, t.minTarget().label());
        ps.setString(5, t.minMaturity().label());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "supplier.register.replaced",
        "supplier_register",
        tenantId,
        before,
        state(c, tenantId),
        "supplier register replaced: "
            + suppliers.size()
            + " suppliers, "
            + tiers.size()
            + " tiers");
  }

  /**
   * Adds one supplier to the tenant's register, or replaces the one with the same id, after
   * checking the register it makes as {@link #replace} does; the tiers are untouched.
   *
   * @return true when a supplier with that id was replaced, false when one was added
   * @throws IllegalArgumentException naming the supplier when the register would be refused
   */
  public boolean save(Connection c, String tenantId, Supplier supplier, String actor)
      throws SQLException {
    List<Supplier> now = suppliers(c, tenantId);
    List<Supplier> after = new ArrayList<>();
    Supplier before = null;
    for (Supplier s : now) {
      if (s.id().equals(supplier.id())) {
        before = s;
      } else {
        after.add(s);
      }
    }
    after.add(supplier);
    new SupplierEngagement(after, tiers(c, tenantId));
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM supplier WHERE tenant_id = ? AND supplier_id = ?")) {
      ps.setString(1, tenantId);
      ps.setString(2, supplier.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO supplier (tenant_id, supplier_id, name, target_status, target_year,"
                + " ambition, pact_verified) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, tenantId);
      ps.setString(2, supplier.id());
      ps.setString(3, supplier.name());
      ps.setString(4, supplier.target().label());
      ps.setInt(5, supplier.targetYear());
      ps.setString(6, supplier.ambition());
      ps.setBoolean(7, supplier.pactVerified());
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        before == null ? "supplier.added" : "supplier.changed",
        "supplier",
        supplier.id(),
        before == null ? AuditTrail.NO_STATE : before.toString(),
        supplier.toString(),
        (before == null ? "supplier added: " : "supplier changed: ") + supplier.name());
    return before != null;
  }

  /** The tenant's suppliers by id. */
  public List<Supplier> suppliers(Connection c, String tenantId) throws SQLException {
    List<Supplier> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT supplier_id, name, target_status, target_year, ambition, pact_verified"
                + " FROM supplier WHERE tenant_id = ? ORDER BY supplier_id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Supplier(
                  rs.getString(1),
                  rs.getString(2),
                  TargetStatus.parse(rs.getString(3)).orElseThrow(),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getBoolean(6)));
        }
      }
    }
    return out;
  }

  /** The tenant's label tiers, best first; the defaults when it configured none. */
  public List<LabelTier> tiers(Connection c, String tenantId) throws SQLException {
    List<LabelTier> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, min_target_status, min_data_maturity FROM supplier_tier"
                + " WHERE tenant_id = ? ORDER BY position")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new LabelTier(
                  rs.getString(1),
                  TargetStatus.parse(rs.getString(2)).orElseThrow(),
                  DataMaturity.parse(rs.getString(3)).orElseThrow()));
        }
      }
    }
    return out.isEmpty() ? LabelTier.DEFAULTS : out;
  }

  /** A measurement of a run's lines against the tenant's register as it stands now. */
  public SupplierEngagement engagement(Connection c, String tenantId) throws SQLException {
    return new SupplierEngagement(suppliers(c, tenantId), tiers(c, tenantId));
  }

  /** Keeps a run's engagement figures. */
  public void storeRun(Connection c, String runId, SortedMap<Integer, EngagementYear> years)
      throws SQLException {
    try (PreparedStatement y =
            c.prepareStatement(
                "INSERT INTO run_supplier_year (run_id, report_year, scope3_grams, purchase_grams,"
                    + " validated_grams, supplier_specific_grams, unregistered_grams,"
                    + " unnamed_grams, unregistered_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO run_supplier (run_id, report_year, supplier_id, name, target_status,"
                    + " target_year, ambition, pact_verified, data_maturity, tier, grams)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (EngagementYear e : years.values()) {
        String names = String.join("\n", e.unregistered());
        if (names.length() > 4000) {
          names = names.substring(0, names.lastIndexOf('\n', 4000));
        }
        y.setString(1, runId);
        y.setInt(2, e.year());
        y.setLong(3, e.scope3Grams());
        y.setLong(4, e.purchaseGrams());
        y.setLong(5, e.validatedGrams());
        y.setLong(6, e.supplierSpecificGrams());
        y.setLong(7, e.unregisteredGrams());
        y.setLong(8, e.unnamedGrams());
        y.setString(9, names);
        y.addBatch();
        for (SupplierYear sy : e.suppliers()) {
          s.setString(1, runId);
          s.setInt(2, e.year());
          s.setString(3, sy.supplier().id());
          s.setString(4, sy.supplier().name());
          s.setString(5, sy.supplier().target().label());
          s.setInt(6, sy.supplier().targetYear());
          s.setString(7, sy.supplier().ambition());
          s.setBoolean(8, sy.supplier().pactVerified());
          s.setString(9, sy.maturity().label());
          s.setString(10, sy.tier());
          s.setLong(11, sy.grams());
          s.addBatch();
        }
      }
      y.executeBatch();
      s.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO run_supplier_spend (run_id, report_year, currency, total_spend,"
                + " validated_spend, supplier_specific_spend) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (EngagementYear e : years.values()) {
        for (java.util.Map.Entry<String, EngagementYear.Spend> m : e.spend().entrySet()) {
          p.setString(1, runId);
          p.setInt(2, e.year());
          p.setString(3, m.getKey());
          p.setDouble(4, m.getValue().total());
          p.setDouble(5, m.getValue().validated());
          p.setDouble(6, m.getValue().supplierSpecific());
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO run_supplier_measure (run_id, spend_kept) VALUES (?, TRUE)")) {
      p.setString(1, runId);
      p.executeUpdate();
    }
  }

  /** Whether a run was measured against a supplier register, and whether its spend was kept. */
  public enum Measurement {
    /**
     * No register measurement: the run was calculated before the register existed (before V35) or
     * while the tenant's register was empty.
     */
    NOT_MEASURED,
    /** Measured by emissions; calculated before spend was kept (before V41), so no spend shares. */
    WITHOUT_SPEND,
    /** Measured by emissions and by spend. */
    MEASURED
  }

  /** How a run was measured against the supplier register. */
  public Measurement measurement(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT spend_kept FROM run_supplier_measure WHERE run_id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Measurement.NOT_MEASURED;
        }
        return rs.getBoolean(1) ? Measurement.MEASURED : Measurement.WITHOUT_SPEND;
      }
    }
  }

  /**
   * A run's engagement figures by year, with its spend by currency (purchase spend per supplier is
   * not kept: each supplier's spend map is empty; a run measured before V41 has no spend), or an
   * empty map for a run not measured ({@link #measurement}) or without Scope 3 lines.
   */
  public SortedMap<Integer, EngagementYear> ofRun(Connection c, String runId) throws SQLException {
    SortedMap<Integer, SortedMap<String, EngagementYear.Spend>> spend = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT report_year, currency, total_spend, validated_spend, supplier_specific_spend"
                + " FROM run_supplier_spend WHERE run_id = ? ORDER BY report_year, currency")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          spend
              .computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
              .put(
                  rs.getString(2),
                  new EngagementYear.Spend(rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
        }
      }
    }
    SortedMap<Integer, List<SupplierYear>> suppliers = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT report_year, supplier_id, name, target_status, target_year, ambition,"
                + " pact_verified, data_maturity, tier, grams FROM run_supplier WHERE run_id = ?"
                + " ORDER BY report_year, supplier_id")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Supplier s =
              new Supplier(
                  rs.getString(2),
                  rs.getString(3),
                  TargetStatus.parse(rs.getString(4)).orElseThrow(),
                  rs.getInt(5),
                  rs.getString(6),
                  rs.getBoolean(7));
          suppliers
              .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(
                  new SupplierYear(
                      s,
                      s.statusIn(rs.getInt(1)),
                      DataMaturity.parse(rs.getString(8)).orElseThrow(),
                      rs.getString(9),
                      rs.getLong(10),
                      new TreeMap<>()));
        }
      }
    }
    SortedMap<Integer, EngagementYear> out = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT report_year, scope3_grams, purchase_grams, validated_grams,"
                + " supplier_specific_grams, unregistered_grams, unnamed_grams,"
                + " unregistered_names FROM run_supplier_year WHERE run_id = ?"
                + " ORDER BY report_year")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String names = rs.getString(8);
          out.put(
              rs.getInt(1),
              new EngagementYear(
                  rs.getInt(1),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  java.util.Collections.unmodifiableSortedMap(
                      spend.getOrDefault(rs.getInt(1), new TreeMap<>())),
                  names.isEmpty() ? List.of() : List.of(names.split("\n")),
                  List.copyOf(suppliers.getOrDefault(rs.getInt(1), List.of()))));
        }
      }
    }
    return out;
  }

  private String state(Connection c, String tenantId) throws SQLException {
    StringBuilder b = new StringBuilder();
    for (Supplier s : suppliers(c, tenantId)) {
      b.append(s).append('\n');
    }
    for (LabelTier t : tiers(c, tenantId)) {
      b.append(t).append('\n');
    }
    return b.toString();
  }
}
