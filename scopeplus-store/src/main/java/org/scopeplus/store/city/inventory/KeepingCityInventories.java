package org.scopeplus.store.city.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.NotationKey;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.store.StoreFailure;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.TenantLedger;

/**
 * Keeps a tenant's GPC inventories. {@link #put} stores the inventories of one reporting sheet in
 * the caller's transaction, under a lock on the tenant: an inventory of a city and year already
 * kept is replaced whole (its id is kept, its lines are written anew), and each inventory gets an
 * audit entry with its state before and after, so the integrity check finds a line edited behind
 * the service's back.
 */
public final class KeepingCityInventories {

  /** The longest explanation of a notation key kept. */
  public static final int MAX_EXPLANATION = 4000;

  /** The longest file name kept; longer names are cut. */
  public static final int MAX_FILE_NAME = 300;

  private static final String ENTITY = "city_gpc_inventory";

  private final TenantLedger ledger = new TenantLedger();
  private final AuditTrail audit = new AuditTrail();

  /**
   * Stores the inventories of one sheet, replacing those of the same city and year; answers what it
   * did with each, in the sheet's order. Explanations must fit {@link #MAX_EXPLANATION} (the caller
   * refuses the sheet before).
   */
  public List<KeptInventory> put(
      Connection c, String tenantId, List<CityInventory> inventories, String fileName, String actor)
      throws SQLException {
    return put(c, tenantId, inventories, Map.of(), fileName, actor);
  }

  /**
   * Stores inventories as {@link #put(Connection, String, List, String, String)} does, with the
   * traces of their lines calculated from activity data: {@code traces} holds, per inventory (the
   * value given in {@code inventories}), the trace of each calculated line by reference number. An
   * inventory replaced loses the traces of its old lines.
   */
  public List<KeptInventory> put(
      Connection c,
      String tenantId,
      List<CityInventory> inventories,
      Map<CityInventory, Map<String, List<TraceLine>>> traces,
      String fileName,
      String actor)
      throws SQLException {
    ledger.lock(c, tenantId);
    String file =
        fileName.length() > MAX_FILE_NAME ? fileName.substring(0, MAX_FILE_NAME) : fileName;
    List<KeptInventory> out = new ArrayList<>();
    Timestamp at = TenantLedger.now();
    for (CityInventory inv : inventories) {
      Optional<StoredInventory> before = find(c, tenantId, inv.city(), inv.year());
      String id = before.map(StoredInventory::id).orElseGet(() -> UUID.randomUUID().toString());
      if (before.isPresent()) {
        deleteLines(c, tenantId, id);
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE city_gpc_inventory SET file_name = ?, uploaded_by = ?, uploaded_at = ?"
                    + " WHERE tenant_id = ? AND id = ?")) {
          ps.setString(1, file);
          ps.setString(2, actor);
          ps.setTimestamp(3, at);
          ps.setString(4, tenantId);
          ps.setString(5, id);
          ps.executeUpdate();
        }
      } else {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO city_gpc_inventory (tenant_id, id, city, inventory_year, file_name,"
                    + " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, tenantId);
          ps.setString(2, id);
          ps.setString(3, inv.city());
          ps.setInt(4, inv.year());
          ps.setString(5, file);
          ps.setString(6, actor);
          ps.setTimestamp(7, at);
          ps.executeUpdate();
        }
      }
      insertLines(c, tenantId, id, inv);
      Map<String, List<TraceLine>> traced = traces.getOrDefault(inv, Map.of());
      insertTraces(c, tenantId, id, traced);
      audit.append(
          c,
          tenantId,
          actor,
          before.isPresent() ? "city.inventory.replaced" : "city.inventory.stored",
          ENTITY,
          id,
          before.map(StoredInventory::state).orElse(AuditTrail.NO_STATE),
          StoredInventory.state(inv, file),
          "GPC inventory of "
              + inv.city()
              + " "
              + inv.year()
              + (before.isPresent() ? " replaced" : " stored")
              + " from "
              + file
              + ": "
              + inv.entries().size()
              + " lines"
              + (traced.isEmpty()
                  ? ""
                  : ", " + traced.size() + " of them calculated from activity data"));
      out.add(new KeptInventory(id, inv.city(), inv.year(), before.isPresent()));
    }
    return out;
  }

  /** The tenant's inventories without their lines, by city and year. */
  public List<InventorySummary> list(Connection c, String tenantId) throws SQLException {
    return TenantLedger.rows(
        c,
        "SELECT id, city, inventory_year, file_name, uploaded_by, uploaded_at FROM"
            + " city_gpc_inventory WHERE tenant_id = ? ORDER BY city, inventory_year",
        tenantId,
        rs ->
            new InventorySummary(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant()));
  }

  /** Every inventory of the tenant with its lines, by city and year. */
  public List<StoredInventory> all(Connection c, String tenantId) throws SQLException {
    List<StoredInventory> out = new ArrayList<>();
    for (InventorySummary s : list(c, tenantId)) {
      out.add(withLines(c, tenantId, s));
    }
    return out;
  }

  /** The inventory of a city and year, if kept. */
  public Optional<StoredInventory> find(Connection c, String tenantId, String city, int year)
      throws SQLException {
    Optional<InventorySummary> s =
        list(c, tenantId).stream()
            .filter(i -> i.city().equals(city) && i.year() == year)
            .findFirst();
    return s.isEmpty() ? Optional.empty() : Optional.of(withLines(c, tenantId, s.get()));
  }

  /** The inventory of an id, if kept. */
  public Optional<StoredInventory> byId(Connection c, String tenantId, String id)
      throws SQLException {
    Optional<InventorySummary> s =
        list(c, tenantId).stream().filter(i -> i.id().equals(id)).findFirst();
    return s.isEmpty() ? Optional.empty() : Optional.of(withLines(c, tenantId, s.get()));
  }

  /** The inventories of a year, one per city, by city. */
  public List<StoredInventory> ofYear(Connection c, String tenantId, int year) throws SQLException {
    List<StoredInventory> out = new ArrayList<>();
    for (InventorySummary s : list(c, tenantId)) {
      if (s.year() == year) {
        out.add(withLines(c, tenantId, s));
      }
    }
    return out;
  }

  private StoredInventory withLines(Connection c, String tenantId, InventorySummary s)
      throws SQLException {
    Map<String, Map<GasGroup, Long>> gases = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reference, gas, co2e_grams FROM city_gpc_gas WHERE tenant_id = ? AND"
                + " inventory_id = ? ORDER BY reference, gas")) {
      ps.setString(1, tenantId);
      ps.setString(2, s.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          GasGroup gas = gas(rs.getString(2));
          gases
              .computeIfAbsent(rs.getString(1), r -> new EnumMap<>(GasGroup.class))
              .put(gas, rs.getLong(3));
        }
      }
    }
    List<GpcEntry> entries = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reference, co2e_grams, notation_key, explanation FROM city_gpc_line WHERE"
                + " tenant_id = ? AND inventory_id = ? ORDER BY reference")) {
      ps.setString(1, tenantId);
      ps.setString(2, s.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String ref = rs.getString(1);
          GpcLine line =
              GpcFramework.line(ref)
                  .orElseThrow(() -> new StoreFailure("a stored line has no GPC reference " + ref));
          long grams = rs.getLong(2);
          if (!rs.wasNull()) {
            entries.add(new GpcEntry.Estimated(line, grams, gases.getOrDefault(ref, Map.of())));
          } else {
            String k = rs.getString(3);
            NotationKey key =
                NotationKey.parse(k)
                    .orElseThrow(() -> new StoreFailure("unreadable notation key " + k));
            entries.add(new GpcEntry.Keyed(line, key, rs.getString(4)));
          }
        }
      }
    }
    return new StoredInventory(
        s.id(),
        CityInventory.of(s.city(), s.year(), entries),
        s.fileName(),
        s.uploadedBy(),
        s.uploadedAt());
  }

  /**
   * The traces of an inventory's calculated lines, by reference number in the framework's order,
   * each in the order of its records; empty when every line was entered as a value.
   */
  public Map<String, List<TraceLine>> traces(Connection c, String tenantId, String inventoryId)
      throws SQLException {
    Map<String, List<TraceLine>> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reference, record_id, source_file, source_row, activity_type, gas,"
                + " co2e_grams, factor_id, factor_source, formula FROM city_gpc_trace WHERE"
                + " tenant_id = ? AND inventory_id = ? ORDER BY reference, position")) {
      ps.setString(1, tenantId);
      ps.setString(2, inventoryId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), r -> new ArrayList<>())
              .add(
                  new TraceLine(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getLong(7),
                      rs.getString(8),
                      rs.getString(9),
                      rs.getString(10)));
        }
      }
    }
    Map<String, List<TraceLine>> ordered = new LinkedHashMap<>();
    for (GpcLine l : GpcFramework.lines()) {
      List<TraceLine> t = out.get(l.reference());
      if (t != null) {
        ordered.put(l.reference(), List.copyOf(t));
      }
    }
    return ordered;
  }

  private static void insertTraces(
      Connection c, String tenantId, String id, Map<String, List<TraceLine>> traces)
      throws SQLException {
    if (traces.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_gpc_trace (tenant_id, inventory_id, reference, position, record_id,"
                + " source_file, source_row, activity_type, gas, co2e_grams, factor_id,"
                + " factor_source, formula) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, List<TraceLine>> e : traces.entrySet()) {
        int position = 0;
        for (TraceLine t : e.getValue()) {
          ps.setString(1, tenantId);
          ps.setString(2, id);
          ps.setString(3, e.getKey());
          ps.setInt(4, position++);
          ps.setString(5, t.recordId());
          ps.setString(6, cut(t.file(), MAX_FILE_NAME));
          ps.setLong(7, t.row());
          ps.setString(8, t.activityType());
          ps.setString(9, t.gas());
          ps.setLong(10, t.co2eGrams());
          ps.setString(11, t.factorId());
          ps.setString(12, cut(t.source(), 4000));
          ps.setString(13, cut(t.formula(), 4000));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static GasGroup gas(String key) {
    for (GasGroup g : GasGroup.values()) {
      if (g.key().equals(key)) {
        return g;
      }
    }
    throw new StoreFailure("unreadable gas " + key);
  }

  private static void deleteLines(Connection c, String tenantId, String id) throws SQLException {
    for (String table : List.of("city_gpc_trace", "city_gpc_gas", "city_gpc_line")) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM " + table + " WHERE tenant_id = ? AND inventory_id = ?")) {
        ps.setString(1, tenantId);
        ps.setString(2, id);
        ps.executeUpdate();
      }
    }
  }

  private static void insertLines(Connection c, String tenantId, String id, CityInventory inv)
      throws SQLException {
    try (PreparedStatement line =
            c.prepareStatement(
                "INSERT INTO city_gpc_line (tenant_id, inventory_id, reference, co2e_grams,"
                    + " notation_key, explanation) VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement gas =
            c.prepareStatement(
                "INSERT INTO city_gpc_gas (tenant_id, inventory_id, reference, gas, co2e_grams)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (GpcEntry e : inv.entries().values()) {
        line.setString(1, tenantId);
        line.setString(2, id);
        line.setString(3, e.line().reference());
        if (e instanceof GpcEntry.Estimated est) {
          line.setLong(4, est.co2eGrams());
          line.setNull(5, Types.VARCHAR);
          line.setNull(6, Types.VARCHAR);
          for (Map.Entry<GasGroup, Long> g : est.gases().entrySet()) {
            gas.setString(1, tenantId);
            gas.setString(2, id);
            gas.setString(3, e.line().reference());
            gas.setString(4, g.getKey().key());
            gas.setLong(5, g.getValue());
            gas.addBatch();
          }
        } else if (e instanceof GpcEntry.Keyed k) {
          line.setNull(4, Types.BIGINT);
          line.setString(5, k.key().name());
          if (k.explanation().length() > MAX_EXPLANATION) {
            throw new StoreFailure(
                "an explanation longer than " + MAX_EXPLANATION + " characters reached the store");
          }
          line.setString(6, k.explanation());
        }
        line.addBatch();
      }
      line.executeBatch();
      gas.executeBatch();
    }
  }
}
