package org.scopeplus.store.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.FootprintKeys;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.audit.AuditTrail;

/**
 * Product footprints of a tenant. A footprint never changes after it is stored, except that its
 * status may become Deprecated (PACT v3, "Product Footprint Lifecycle"); the document then is
 * replaced by the same document with the new status.
 */
public final class FootprintStore {

  private final AuditTrail audit = new AuditTrail();

  /** Stores a footprint that passed the rules; false when the tenant already has its id. */
  public boolean add(
      Connection c,
      String tenantId,
      FootprintKeys keys,
      String origin,
      String partnerId,
      String document,
      String actor)
      throws SQLException {
    if (exists(c, tenantId, keys.id())) {
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO product_footprint (id, tenant_id, origin, partner_id, status, valid_from,"
                + " valid_until, created, document, stored_by, stored_at) VALUES (?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, lower(keys.id()));
      ps.setString(2, tenantId);
      ps.setString(3, origin);
      ps.setString(4, partnerId);
      ps.setString(5, keys.status());
      ps.setTimestamp(6, Timestamp.from(keys.validFrom()));
      ps.setTimestamp(7, Timestamp.from(keys.validUntil()));
      ps.setTimestamp(8, Timestamp.from(keys.created()));
      ps.setBytes(9, document.getBytes(StandardCharsets.UTF_8));
      ps.setString(10, actor);
      ps.setTimestamp(11, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO product_footprint_key (tenant_id, footprint_id, kind, key_value) VALUES"
                + " (?, ?, ?, ?)")) {
      addKeys(ps, tenantId, lower(keys.id()), "PRODUCT", keys.productIds());
      addKeys(ps, tenantId, lower(keys.id()), "COMPANY", keys.companyIds());
      addKeys(ps, tenantId, lower(keys.id()), "CLASSIFICATION", keys.classifications());
      if (!keys.geography().isEmpty()) {
        addKeys(ps, tenantId, lower(keys.id()), "GEOGRAPHY", List.of(keys.geography()));
      }
      ps.executeBatch();
    }
    audit.append(
        c,
        tenantId,
        actor,
        auditSubject(origin) + ".stored",
        "product_footprint",
        keys.id(),
        AuditTrail.NO_STATE,
        Sha256.of(document),
        (StoredFootprint.OWN.equals(origin)
                ? "footprint published: "
                : "supplier footprint stored: ")
            + String.join(", ", keys.productIds()));
    return true;
  }

  private static String auditSubject(String origin) {
    return StoredFootprint.OWN.equals(origin) ? "footprint" : "supplier-footprint";
  }

  private static void addKeys(
      PreparedStatement ps, String tenantId, String id, String kind, List<String> values)
      throws SQLException {
    for (String v : values) {
      ps.setString(1, tenantId);
      ps.setString(2, id);
      ps.setString(3, kind);
      ps.setString(4, v.length() > 500 ? v.substring(0, 500) : v);
      ps.addBatch();
    }
  }

  private static String lower(String id) {
    return id.toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean exists(Connection c, String tenantId, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM product_footprint WHERE tenant_id = ? AND id = ?")) {
      ps.setString(1, tenantId);
      ps.setString(2, lower(id));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Marks a footprint Deprecated, with its document rewritten with the new status. */
  public void deprecate(
      Connection c, String tenantId, String id, String deprecatedDocument, String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE product_footprint SET status = 'Deprecated', document = ? WHERE tenant_id = ?"
                + " AND id = ? AND status = 'Active'")) {
      ps.setBytes(1, deprecatedDocument.getBytes(StandardCharsets.UTF_8));
      ps.setString(2, tenantId);
      ps.setString(3, lower(id));
      if (ps.executeUpdate() == 0) {
        return;
      }
    }
    audit.append(
        c,
        tenantId,
        actor,
        "footprint.deprecated",
        "product_footprint",
        id,
        "Active",
        "Deprecated",
        "footprint " + id + " deprecated");
  }

  /** A footprint of the tenant by id and origin. */
  public Optional<StoredFootprint> byId(Connection c, String tenantId, String origin, String id)
      throws SQLException {
    List<StoredFootprint> found = select(c, tenantId, origin, id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The tenant's footprints of this origin that meet the criteria, oldest first (by creation, then
   * id), so pages are stable. The criteria are the core's; the store only supplies the keys.
   */
  public List<StoredFootprint> list(
      Connection c, String tenantId, String origin, FootprintCriteria criteria)
      throws SQLException {
    List<StoredFootprint> out = new ArrayList<>();
    for (StoredFootprint f : select(c, tenantId, origin, null)) {
      if (criteria.matches(f.keys())) {
        out.add(f);
      }
    }
    return out;
  }

  /** A page of footprints and whether more follow it. */
  public record Page(List<StoredFootprint> footprints, boolean more) {}

  /**
   * A page of the tenant's footprints of this origin that meet the criteria and name one of {@code
   * visibleProducts} (every footprint when it is empty), in the order of {@link #list}, filtered
   * and paged by the database: only the page's rows are read.
   */
  public Page page(
      Connection c,
      String tenantId,
      String origin,
      FootprintCriteria criteria,
      java.util.Collection<String> visibleProducts,
      int offset,
      int limit)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT f.id FROM product_footprint f WHERE f.tenant_id = ? AND f.origin = ?");
    List<Object> args = new ArrayList<>(List.of(tenantId, origin));
    anyKey(sql, args, "PRODUCT", criteria.productIds());
    anyKey(sql, args, "COMPANY", criteria.companyIds());
    anyKey(sql, args, "CLASSIFICATION", criteria.classifications());
    anyKey(sql, args, "PRODUCT", List.copyOf(visibleProducts));
    if (!criteria.geographies().isEmpty()) {
      // a region, country or subdivision, and a country also matches its subdivisions
      sql.append(KEY_EXISTS).append("'GEOGRAPHY' AND (");
      for (int i = 0; i < criteria.geographies().size(); i++) {
        String g = criteria.geographies().get(i);
        sql.append(i == 0 ? "" : " OR ").append("k.key_value = ? OR k.key_value LIKE ? ESCAPE '!'");
        args.add(g);
        args.add(g.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "-%");
      }
      sql.append("))");
    }
    if (criteria.validOn() != null) {
      sql.append(" AND f.valid_from <= ? AND f.valid_until >= ?");
      args.add(Timestamp.from(criteria.validOn()));
      args.add(Timestamp.from(criteria.validOn()));
    }
    if (criteria.validAfter() != null) {
      sql.append(" AND f.valid_from > ?");
      args.add(Timestamp.from(criteria.validAfter()));
    }
    if (criteria.validBefore() != null) {
      sql.append(" AND f.valid_until < ?");
      args.add(Timestamp.from(criteria.validBefore()));
    }
    if (criteria.status() != null) {
      sql.append(" AND LOWER(f.status) = ?");
      args.add(criteria.status());
    }
    // one row more than the page says whether another page follows
    sql.append(" ORDER BY f.created, f.id LIMIT ? OFFSET ?");
    args.add(limit + 1);
    args.add(offset);
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    boolean more = ids.size() > limit;
    if (more) {
      ids = ids.subList(0, limit);
    }
    List<StoredFootprint> out = new ArrayList<>(ids.size());
    if (!ids.isEmpty()) {
      Map<String, StoredFootprint> byId = new java.util.HashMap<>();
      for (StoredFootprint f : select(c, tenantId, origin, null, ids)) {
        byId.put(f.keys().id(), f);
      }
      for (String id : ids) {
        out.add(byId.get(id));
      }
    }
    return new Page(out, more);
  }

  private static final String KEY_EXISTS =
      " AND EXISTS (SELECT 1 FROM product_footprint_key k WHERE k.tenant_id = f.tenant_id AND"
          + " k.footprint_id = f.id AND k.kind = ";

  private static void anyKey(StringBuilder sql, List<Object> args, String kind, List<String> any) {
    if (any.isEmpty()) {
      return;
    }
    sql.append(KEY_EXISTS).append('\'').append(kind).append("' AND k.key_value IN (");
    for (int i = 0; i < any.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
      args.add(any.get(i));
    }
    sql.append("))");
  }

  private List<StoredFootprint> select(Connection c, String tenantId, String origin, String id)
      throws SQLException {
    return select(c, tenantId, origin, id, List.of());
  }

  /** Footprints by one id, by a list of ids (when not empty), or all of the origin. */
  private List<StoredFootprint> select(
      Connection c, String tenantId, String origin, String id, List<String> ids)
      throws SQLException {
    String among =
        ids.isEmpty()
            ? ""
            : " IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
    Map<String, List<String[]>> keyRows = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT k.footprint_id, k.kind, k.key_value FROM product_footprint_key k JOIN"
                + " product_footprint f ON f.tenant_id = k.tenant_id AND f.id = k.footprint_id"
                + " WHERE k.tenant_id = ? AND f.origin = ?"
                + (id == null ? "" : " AND f.id = ?")
                + (among.isEmpty() ? "" : " AND f.id" + among))) {
      ps.setString(1, tenantId);
      ps.setString(2, origin);
      int n = 3;
      if (id != null) {
        ps.setString(n++, lower(id));
      }
      for (String i : ids) {
        ps.setString(n++, i);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keyRows
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new String[] {rs.getString(2), rs.getString(3)});
        }
      }
    }
    List<StoredFootprint> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, status, valid_from, valid_until, created, origin, partner_id, document FROM"
                + " product_footprint WHERE tenant_id = ? AND origin = ?"
                + (id == null ? "" : " AND id = ?")
                + (among.isEmpty() ? "" : " AND id" + among)
                + " ORDER BY created, id")) {
      ps.setString(1, tenantId);
      ps.setString(2, origin);
      int n = 3;
      if (id != null) {
        ps.setString(n++, lower(id));
      }
      for (String i : ids) {
        ps.setString(n++, i);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String fid = rs.getString(1);
          List<String> products = new ArrayList<>();
          List<String> companies = new ArrayList<>();
          List<String> classes = new ArrayList<>();
          String geography = "";
          for (String[] k : keyRows.getOrDefault(fid, List.of())) {
            switch (k[0]) {
              case "PRODUCT" -> products.add(k[1]);
              case "COMPANY" -> companies.add(k[1]);
              case "CLASSIFICATION" -> classes.add(k[1]);
              default -> geography = k[1];
            }
          }
          FootprintKeys keys =
              new FootprintKeys(
                  fid,
                  rs.getString(2),
                  products,
                  companies,
                  classes,
                  geography,
                  rs.getTimestamp(3).toInstant(),
                  rs.getTimestamp(4).toInstant(),
                  rs.getTimestamp(5).toInstant());
          out.add(
              new StoredFootprint(
                  keys,
                  rs.getString(6),
                  rs.getString(7),
                  new String(rs.getBytes(8), StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }
}
