package org.scopeplus.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** The trading partners' PACT host systems a tenant calls. */
public final class PartnerStore {

  private final AuditTrail audit = new AuditTrail();

  /** Registers a partner. */
  public Partner add(
      Connection c,
      String tenantId,
      String name,
      String baseUrl,
      String authBaseUrl,
      String clientId,
      String clientSecret,
      String certificateSha256,
      String actor)
      throws SQLException {
    Partner p =
        new Partner(
            UUID.randomUUID().toString(),
            tenantId,
            name,
            baseUrl,
            authBaseUrl,
            clientId,
            clientSecret,
            certificateSha256,
            Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO pact_partner (id, tenant_id, name, base_url, auth_base_url, client_id,"
                + " client_secret, certificate_sha256, created_by, created_at) VALUES (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, p.id());
      ps.setString(2, tenantId);
      ps.setString(3, name);
      ps.setString(4, baseUrl);
      ps.setString(5, authBaseUrl);
      ps.setString(6, clientId);
      ps.setString(7, clientSecret);
      ps.setString(8, certificateSha256);
      ps.setString(9, actor);
      ps.setTimestamp(10, Timestamp.from(p.createdAt()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "pact.partner.registered",
        "pact_partner",
        p.id(),
        AuditTrail.NO_STATE,
        "name=" + name + "\nbase=" + baseUrl + "\nclient=" + clientId,
        "PACT partner " + name + " registered at " + baseUrl);
    return p;
  }

  /** A partner of the tenant. */
  public Optional<Partner> byId(Connection c, String tenantId, String id) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", PartnerStore::read, id, tenantId);
  }

  /** The tenant's partners, oldest first. */
  public List<Partner> list(Connection c, String tenantId) throws SQLException {
    List<Partner> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + " WHERE tenant_id = ? ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  private static final String SELECT =
      "SELECT id, tenant_id, name, base_url, auth_base_url, client_id, client_secret,"
          + " certificate_sha256, created_at FROM pact_partner";

  private static Partner read(ResultSet rs) throws SQLException {
    return new Partner(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getTimestamp(9).toInstant());
  }
}
