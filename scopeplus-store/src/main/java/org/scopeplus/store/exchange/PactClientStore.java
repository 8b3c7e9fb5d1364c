package org.scopeplus.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** PACT clients and their access tokens, by the SHA-256 of their secrets. */
public final class PactClientStore {

  private final AuditTrail audit = new AuditTrail();

  /** Registers a client given the hash of its secret. */
  public PactClient add(
      Connection c,
      String tenantId,
      String clientId,
      String secretHash,
      String name,
      List<String> sharedProducts,
      String partnerId,
      String actor)
      throws SQLException {
    PactClient client =
        new PactClient(
            UUID.randomUUID().toString(),
            tenantId,
            clientId,
            name,
            sharedProducts,
            partnerId,
            Instant.now(),
            null);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO pact_client (id, tenant_id, client_id, secret_hash, name,"
                + " shared_products, partner_id, created_by, created_at) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, client.ref());
      ps.setString(2, tenantId);
      ps.setString(3, clientId);
      ps.setString(4, secretHash);
      ps.setString(5, name);
      ps.setString(6, String.join("\n", sharedProducts));
      ps.setString(7, partnerId);
      ps.setString(8, actor);
      ps.setTimestamp(9, Timestamp.from(client.createdAt()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "pact.client.created",
        "pact_client",
        client.ref(),
        AuditTrail.NO_STATE,
        client.state(),
        "PACT client " + name + " registered");
    return client;
  }

  /** The client with this id and secret hash, if it is not revoked. */
  public Optional<PactClient> authenticate(Connection c, String clientId, String secretHash)
      throws SQLException {
    return SingleRow.find(
        c,
        SELECT + " WHERE client_id = ? AND secret_hash = ? AND revoked_at IS NULL",
        PactClientStore::read,
        clientId,
        secretHash);
  }

  /** A client of the tenant by its row id. */
  public Optional<PactClient> byRef(Connection c, String tenantId, String ref) throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", PactClientStore::read, ref, tenantId);
  }

  /** The tenant's clients, oldest first. */
  public List<PactClient> list(Connection c, String tenantId) throws SQLException {
    List<PactClient> out = new ArrayList<>();
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

  /** Links a client to the partner host system that takes its answers (events). */
  public void linkPartner(Connection c, PactClient client, String partnerId, String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE pact_client SET partner_id = ? WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, partnerId);
      ps.setString(2, client.ref());
      ps.setString(3, client.tenantId());
      ps.executeUpdate();
    }
    audit.append(
        c,
        client.tenantId(),
        actor,
        "pact.client.linked",
        "pact_client",
        client.ref(),
        client.state(),
        "partner=" + partnerId,
        "PACT client " + client.name() + " answered at partner " + partnerId);
  }

  /** Revokes a client and every token it holds; they stop working at once. */
  public void revoke(Connection c, PactClient client, String actor) throws SQLException {
    Instant now = Instant.now();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE pact_client SET revoked_at = ? WHERE id = ? AND tenant_id = ? AND revoked_at"
                + " IS NULL")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, client.ref());
      ps.setString(3, client.tenantId());
      if (ps.executeUpdate() == 0) {
        return;
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM pact_access_token WHERE client_ref = ?")) {
      ps.setString(1, client.ref());
      ps.executeUpdate();
    }
    PactClient revoked =
        new PactClient(
            client.ref(),
            client.tenantId(),
            client.clientId(),
            client.name(),
            client.sharedProducts(),
            client.partnerId(),
            client.createdAt(),
            now);
    audit.append(
        c,
        client.tenantId(),
        actor,
        "pact.client.revoked",
        "pact_client",
        client.ref(),
        client.state(),
        revoked.state(),
        "PACT client " + client.name() + " revoked");
  }

  /** Stores an access token of the client by its hash, valid until {@code expiresAt}. */
  public void addToken(Connection c, PactClient client, String tokenHash, Instant expiresAt)
      throws SQLException {
    try (PreparedStatement del =
        c.prepareStatement("DELETE FROM pact_access_token WHERE expires_at < ?")) {
      del.setTimestamp(1, Timestamp.from(Instant.now()));
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO pact_access_token (token_hash, client_ref, tenant_id, expires_at) VALUES"
                + " (?, ?, ?, ?)")) {
      ps.setString(1, tokenHash);
      ps.setString(2, client.ref());
      ps.setString(3, client.tenantId());
      ps.setTimestamp(4, Timestamp.from(expiresAt));
      ps.executeUpdate();
    }
  }

  /** The outcome of presenting an access token. */
  public sealed interface TokenCheck {
    /** The token is valid for this client. */
    record Valid(PactClient client) implements TokenCheck {}

    /** The token was valid and has expired. */
    record Expired() implements TokenCheck {}

    /** No such token, or its client is revoked. */
    record Unknown() implements TokenCheck {}
  }

  /** Checks an access token by its hash at this instant. */
  public TokenCheck checkToken(Connection c, String tokenHash, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT t.expires_at, t.client_ref FROM pact_access_token t WHERE t.token_hash = ?")) {
      ps.setString(1, tokenHash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new TokenCheck.Unknown();
        }
        if (!rs.getTimestamp(1).toInstant().isAfter(now)) {
          return new TokenCheck.Expired();
        }
        String ref = rs.getString(2);
        Optional<PactClient> client =
            SingleRow.find(
                c, SELECT + " WHERE id = ? AND revoked_at IS NULL", PactClientStore::read, ref);
        return client.<TokenCheck>map(TokenCheck.Valid::new).orElse(new TokenCheck.Unknown());
      }
    }
  }

  private static final String SELECT =
      "SELECT id, tenant_id, client_id, name, shared_products, partner_id, created_at, revoked_at"
          + " FROM pact_client";

  private static PactClient read(ResultSet rs) throws SQLException {
    String shared = rs.getString(5);
    Timestamp revoked = rs.getTimestamp(8);
    return new PactClient(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        shared.isEmpty() ? List.of() : Arrays.asList(shared.split("\n")),
        rs.getString(6),
        rs.getTimestamp(7).toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
