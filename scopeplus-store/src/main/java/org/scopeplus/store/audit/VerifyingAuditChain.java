package org.scopeplus.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Walks a tenant's audit chain from the first entry and recomputes every hash. An entry whose
 * fields were edited no longer matches its hash; a deleted or inserted entry breaks the links; a
 * chain cut short no longer reaches the head kept on the tenant.
 */
public final class VerifyingAuditChain {

  /** Checks one tenant's chain. */
  public ChainVerification verify(Connection c, String tenantId) throws SQLException {
    return verify(c, tenantId, new java.util.HashMap<>());
  }

  /**
   * Checks one tenant's chain and collects the latest entry of each entity ({@code
   * entity|entityId}), whose after-hash is the state the entity must still have.
   */
  public ChainVerification verify(
      Connection c, String tenantId, java.util.Map<String, AuditEntry> latest) throws SQLException {
    Optional<AuditTrail.Head> found = AuditTrail.head(c, tenantId);
    if (found.isEmpty()) {
      return new ChainVerification(tenantId, 0, false, 0, "no such tenant");
    }
    long headSeq = found.get().seq();
    String head = found.get().hash();
    String previous = AuditTrail.GENESIS;
    long expectedSeq = 1;
    long count = 0;
    try (PreparedStatement ps =
        c.prepareStatement(AuditTrail.SELECT + " WHERE tenant_id = ? ORDER BY seq")) {
      ps.setString(1, tenantId);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          AuditEntry e = AuditTrail.read(rs);
          count++;
          if (e.seq() != expectedSeq) {
            return broken(
                tenantId,
                count,
                expectedSeq,
                "entry " + expectedSeq + " is missing (the next entry found is " + e.seq() + ")");
          }
          if (!e.previousHash().equals(previous)) {
            return broken(
                tenantId,
                count,
                e.seq(),
                "entry "
                    + e.seq()
                    + " ("
                    + e.action()
                    + ") does not link to entry "
                    + (e.seq() - 1)
                    + ": its previous hash was changed");
          }
          if (!e.expectedHash().equals(e.entryHash())) {
            return broken(
                tenantId,
                count,
                e.seq(),
                "entry "
                    + e.seq()
                    + " ("
                    + e.action()
                    + " of "
                    + e.entity()
                    + " "
                    + e.entityId()
                    + " at "
                    + e.at()
                    + ") does not match its hash: it was changed after it was written");
          }
          previous = e.entryHash();
          latest.put(e.entity() + "|" + e.entityId(), e);
          expectedSeq++;
        }
      }
    }
    if (expectedSeq - 1 != headSeq || !previous.equals(head)) {
      return broken(
          tenantId,
          count,
          expectedSeq,
          "the chain ends at entry "
              + (expectedSeq - 1)
              + " but the tenant's head is entry "
              + headSeq
              + ": entries were removed from the end");
    }
    return new ChainVerification(
        tenantId, count, true, 0, "the audit chain is intact (" + count + " entries)");
  }

  private static ChainVerification broken(String tenant, long count, long seq, String message) {
    return new ChainVerification(tenant, count, false, seq, message);
  }
}
