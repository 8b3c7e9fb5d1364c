package org.scopeplus.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.StoreFailure;

/**
 * Appends changes to a tenant's audit chain inside the caller's transaction, so a change and its
 * entry are stored together or not at all. Appends of one tenant are serialised by a lock on the
 * tenant row, which also holds the head of the chain.
 */
public final class AuditTrail {

  /** The "state" hashed for an entity that does not exist (before creation, after deletion). */
  public static final String NO_STATE = "";

  /** The previous hash of a chain's first entry. */
  public static final String GENESIS = "0".repeat(64);

  /** Appends an entry; states are canonical text of the entity before and after. */
  public AuditEntry append(
      Connection c,
      String tenantId,
      String actor,
      String action,
      String entity,
      String entityId,
      String before,
      String after,
      String detail)
      throws SQLException {
    try (PreparedStatement bump =
        c.prepareStatement("UPDATE tenant SET audit_seq = audit_seq + 1 WHERE id = ?")) {
      bump.setString(1, tenantId);
      if (bump.executeUpdate() != 1) {
        throw new StoreFailure("no tenant " + tenantId + " to audit");
      }
    }
    Head head = head(c, tenantId).orElseThrow();
    AuditEntry entry =
        new AuditEntry(
                tenantId,
                head.seq(),
                Instant.now().truncatedTo(ChronoUnit.MICROS).toString(),
                actor,
                action,
                entity,
                entityId,
                stateHash(before),
                stateHash(after),
                detail,
                head.hash(),
                "")
            .sealed();
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit_entry (tenant_id, seq, at, actor, action, entity, entity_id,"
                + " before_hash, after_hash, detail, previous_hash, entry_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, entry.tenantId());
      insert.setLong(2, entry.seq());
      insert.setString(3, entry.at());
      insert.setString(4, entry.actor());
      insert.setString(5, entry.action());
      insert.setString(6, entry.entity());
      insert.setString(7, entry.entityId());
      insert.setString(8, entry.beforeHash());
      insert.setString(9, entry.afterHash());
      insert.setString(10, entry.detail());
      insert.setString(11, entry.previousHash());
      insert.setString(12, entry.entryHash());
      insert.executeUpdate();
    }
    try (PreparedStatement move =
        c.prepareStatement("UPDATE tenant SET audit_head = ? WHERE id = ?")) {
      move.setString(1, entry.entryHash());
      move.setString(2, tenantId);
      move.executeUpdate();
    }
    return entry;
  }

  /** The head of a tenant's chain: its last entry's number and hash (0 and 64 zeros when none). */
  record Head(long seq, String hash) {}

  /** The head kept on the tenant row, or empty when there is no such tenant. */
  static Optional<Head> head(Connection c, String tenantId) throws SQLException {
    return SingleRow.find(
        c,
        "SELECT audit_seq, audit_head FROM tenant WHERE id = ?",
        rs -> new Head(rs.getLong(1), rs.getString(2)),
        tenantId);
  }

  /** SHA-256 of an entity state; the empty state (absent) hashes to 64 zeros. */
  public static String stateHash(String state) {
    return state == null || state.isEmpty() ? GENESIS : Sha256.of(state);
  }

  /** The chain hash of an entry's fields. */
  static String hash(
      String previous,
      String tenantId,
      long seq,
      String at,
      String actor,
      String action,
      String entity,
      String entityId,
      String beforeHash,
      String afterHash,
      String detail) {
    StringBuilder b = new StringBuilder(256);
    for (String field :
        new String[] {
          previous,
          tenantId,
          Long.toString(seq),
          at,
          actor,
          action,
          entity,
          entityId,
          beforeHash,
          afterHash,
          detail
        }) {
      b.append(field.length()).append(':').append(field).append('\n');
    }
    return Sha256.of(b.toString());
  }

  /** A page of a tenant's entries, newest first. */
  public Page<AuditEntry> list(Connection c, String tenantId, PageRequest page)
      throws SQLException {
    return PagedQuery.ofTenant(
        c, SELECT, "audit_entry", tenantId, " ORDER BY seq DESC", page, AuditTrail::read);
  }

  /**
   * Every entry of one entity of a tenant (e.g. a period's review moves), newest first, however
   * many other entries the tenant has: read by the index on (tenant, entity, entity id, seq).
   */
  public List<AuditEntry> ofEntity(Connection c, String tenantId, String entity, String entityId)
      throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            SELECT + " WHERE tenant_id = ? AND entity = ? AND entity_id = ? ORDER BY seq DESC")) {
      ps.setString(1, tenantId);
      ps.setString(2, entity);
      ps.setString(3, entityId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  static final String SELECT =
      "SELECT tenant_id, seq, at, actor, action, entity, entity_id, before_hash, after_hash,"
          + " detail, previous_hash, entry_hash FROM audit_entry";

  static AuditEntry read(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12));
  }
}
