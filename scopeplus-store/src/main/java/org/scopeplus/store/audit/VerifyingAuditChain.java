package org.scopeplus.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a tenant's audit chain from the first entry and recomputes every hash. An entry whose
 * fields were edited no longer matches its hash; a deleted or inserted entry breaks the links; a
 * chain cut short no longer reaches the head kept on the tenant. The walk goes on past a broken
 * entry, so every one is reported, not only the first: a false alarm cannot hide a real edit.
 */
public final class VerifyingAuditChain {

  /** Checks one tenant's chain. */
  public ChainVerification verify(Connection c, String tenantId) throws SQLException {
    if (AuditTrail.head(c, tenantId).isEmpty()) {
      return noSuchTenant(tenantId);
    }
    BrokenEntries broken = new BrokenEntries();
    long entries = verify(c, tenantId, new HashMap<>(), broken);
    return broken.verification(tenantId, entries);
  }

  /** What checking a tenant that does not exist gives. */
  public static ChainVerification noSuchTenant(String tenantId) {
    return new ChainVerification(tenantId, 0, false, 0, "no such tenant", 0, List.of());
  }

  /**
   * Checks one tenant's chain, adds every broken entry to {@code broken}, and collects the latest
   * entry of each entity ({@code entity|entityId}), whose after-hash is the state the entity must
   * still have. The entries are streamed; only the latest entry of each entity is kept.
   *
   * @return how many entries were read
   */
  public long verify(
      Connection c, String tenantId, Map<String, AuditEntry> latest, BrokenEntries broken)
      throws SQLException {
    Optional<AuditTrail.Head> found = AuditTrail.head(c, tenantId);
    long headSeq = found.map(AuditTrail.Head::seq).orElse(0L);
    String head = found.map(AuditTrail.Head::hash).orElse(AuditTrail.GENESIS);
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
            broken.add(
                expectedSeq,
                e.seq() > expectedSeq
                    ? "entry "
                        + expectedSeq
                        + (e.seq() - expectedSeq == 1 ? " is" : " to " + (e.seq() - 1) + " are")
                        + " missing (the next entry found is "
                        + e.seq()
                        + ")"
                    : "entry " + e.seq() + " is out of order (entry " + expectedSeq + " expected)");
          } else if (!e.previousHash().equals(previous)) {
            broken.add(
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
            broken.add(
                e.seq(),
                e.namedWithTime()
                    + " does not match its hash: it was changed after it was written");
          }
          previous = e.entryHash();
          latest.put(e.entity() + "|" + e.entityId(), e);
          expectedSeq = Math.max(expectedSeq, e.seq()) + 1;
        }
      }
    }
    if (expectedSeq - 1 != headSeq || !previous.equals(head)) {
      broken.add(
          expectedSeq,
          "the chain ends at entry "
              + (expectedSeq - 1)
              + " but the tenant's head is entry "
              + headSeq
              + ": entries were removed from the end");
    }
    return count;
  }
}
