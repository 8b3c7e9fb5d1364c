package org.scopeplus.store.city.publication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Keeps each city tenant's public page settings; finds a published city by its slug. */
public final class PublicationStore {

  private final AuditTrail audit = new AuditTrail();

  /** Sets the tenant's settings; false when another tenant holds the slug. */
  public boolean put(Connection c, CityPublication p, String actor) throws SQLException {
    Optional<CityPublication> holder = bySlug(c, p.slug(), false);
    if (holder.isPresent() && !holder.get().tenantId().equals(p.tenantId())) {
      return false;
    }
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM city_publication WHERE tenant_id = ?")) {
      del.setString(1, p.tenantId());
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO city_publication (tenant_id, slug, name, published, licence, population,"
                + " gdp, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, p.tenantId());
      ps.setString(2, p.slug());
      ps.setString(3, p.name());
      ps.setBoolean(4, p.published());
      ps.setString(5, p.licence());
      if (p.population() == null) {
        ps.setNull(6, Types.DOUBLE);
      } else {
        ps.setDouble(6, p.population());
      }
      if (p.gdp() == null) {
        ps.setNull(7, Types.DOUBLE);
      } else {
        ps.setDouble(7, p.gdp());
      }
      ps.setString(8, actor);
      ps.setTimestamp(9, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        p.tenantId(),
        actor,
        "city.publication.set",
        "city_publication",
        p.tenantId(),
        AuditTrail.NO_STATE,
        p.slug() + "|" + p.published() + "|" + p.licence(),
        "public page '" + p.slug() + "' " + (p.published() ? "published" : "not published"));
    return true;
  }

  public Optional<CityPublication> byTenant(Connection c, String tenantId) throws SQLException {
    return SingleRow.find(c, SELECT + " WHERE tenant_id = ?", PublicationStore::read, tenantId);
  }

  /** The city with this slug, only when published unless {@code publishedOnly} is false. */
  public Optional<CityPublication> bySlug(Connection c, String slug, boolean publishedOnly)
      throws SQLException {
    return SingleRow.find(c, SELECT + " WHERE slug = ?", PublicationStore::read, slug)
        .filter(p -> p.published() || !publishedOnly);
  }

  private static final String SELECT =
      "SELECT tenant_id, slug, name, published, licence, population, gdp FROM city_publication";

  private static CityPublication read(ResultSet rs) throws SQLException {
    double pop = rs.getDouble(6);
    Double population = rs.wasNull() ? null : pop;
    double g = rs.getDouble(7);
    Double gdp = rs.wasNull() ? null : g;
    return new CityPublication(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getBoolean(4),
        rs.getString(5),
        population,
        gdp);
  }
}
