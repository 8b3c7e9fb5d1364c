package org.scopeplus.store.disclosure;

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

/**
 * A verifier's findings and opinions on a period's runs, each against the run's result hash, and
 * the organisation's responses; every one also an entry of the audit trail.
 */
public final class VerificationStore {

  /**
   * A finding.
   *
   * @param concerns {@code line N} or {@code record ID}
   */
  public record Finding(
      String id,
      String periodId,
      String runId,
      String runHash,
      String materiality,
      String concerns,
      String finding,
      String response,
      String respondedBy,
      String createdBy,
      Instant createdAt) {
    String state() {
      return "run_hash="
          + runHash
          + "\nmateriality="
          + materiality
          + "\nconcerns="
          + concerns
          + "\nfinding="
          + finding
          + "\nresponse="
          + response;
    }
  }

  /** An opinion: assurance level and the materiality threshold used. */
  public record Opinion(
      String id,
      String periodId,
      String runId,
      String runHash,
      String assurance,
      double materialityThreshold,
      String opinion,
      String createdBy,
      Instant createdAt) {}

  private final AuditTrail audit = new AuditTrail();

  public Finding addFinding(
      Connection c,
      String tenantId,
      String periodId,
      String runId,
      String runHash,
      String materiality,
      String concerns,
      String text,
      String actor)
      throws SQLException {
    Finding f =
        new Finding(
            UUID.randomUUID().toString(),
            periodId,
            runId,
            runHash,
            materiality,
            concerns,
            text,
            "",
            "",
            actor,
            Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO verification_finding (id, tenant_id, period_id, run_id, run_hash,"
                + " materiality, concerns, finding, response, responded_by, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?)")) {
      ps.setString(1, f.id());
      ps.setString(2, tenantId);
      ps.setString(3, periodId);
      ps.setString(4, runId);
      ps.setString(5, runHash);
      ps.setString(6, materiality);
      ps.setString(7, concerns);
      ps.setString(8, text);
      ps.setString(9, actor);
      ps.setTimestamp(10, Timestamp.from(f.createdAt()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "verification.finding",
        "verification_finding",
        f.id(),
        AuditTrail.NO_STATE,
        f.state(),
        materiality + " finding on run " + runId + " (" + concerns + ")");
    return f;
  }

  public Optional<Finding> respond(
      Connection c,
      String tenantId,
      String periodId,
      String findingId,
      String response,
      String actor)
      throws SQLException {
    Optional<Finding> before = finding(c, tenantId, periodId, findingId);
    if (before.isEmpty()) {
      return before;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE verification_finding SET response = ?, responded_by = ?"
                + " WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, response);
      ps.setString(2, actor);
      ps.setString(3, findingId);
      ps.setString(4, tenantId);
      ps.executeUpdate();
    }
    Finding after = finding(c, tenantId, periodId, findingId).orElseThrow();
    audit.append(
        c,
        tenantId,
        actor,
        "verification.response",
        "verification_finding",
        findingId,
        before.get().state(),
        after.state(),
        "response to finding " + findingId);
    return Optional.of(after);
  }

  public List<Finding> findings(Connection c, String tenantId, String periodId)
      throws SQLException {
    List<Finding> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            FINDING + " WHERE tenant_id = ? AND period_id = ? ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      ps.setString(2, periodId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readFinding(rs));
        }
      }
    }
    return out;
  }

  private Optional<Finding> finding(Connection c, String tenantId, String periodId, String id)
      throws SQLException {
    return SingleRow.find(
        c,
        FINDING + " WHERE id = ? AND tenant_id = ? AND period_id = ?",
        VerificationStore::readFinding,
        id,
        tenantId,
        periodId);
  }

  public Opinion addOpinion(
      Connection c,
      String tenantId,
      String periodId,
      String runId,
      String runHash,
      String assurance,
      double threshold,
      String text,
      String actor)
      throws SQLException {
    Opinion o =
        new Opinion(
            UUID.randomUUID().toString(),
            periodId,
            runId,
            runHash,
            assurance,
            threshold,
            text,
            actor,
            Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO verification_opinion (id, tenant_id, period_id, run_id, run_hash,"
                + " assurance, materiality, opinion, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, o.id());
      ps.setString(2, tenantId);
      ps.setString(3, periodId);
      ps.setString(4, runId);
      ps.setString(5, runHash);
      ps.setString(6, assurance);
      ps.setDouble(7, threshold);
      ps.setString(8, text);
      ps.setString(9, actor);
      ps.setTimestamp(10, Timestamp.from(o.createdAt()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "verification.opinion",
        "verification_opinion",
        o.id(),
        AuditTrail.NO_STATE,
        "run_hash=" + runHash + "\nassurance=" + assurance + "\nmateriality=" + threshold,
        assurance + " assurance opinion on run " + runId + " at materiality " + threshold);
    return o;
  }

  public List<Opinion> opinions(Connection c, String tenantId, String periodId)
      throws SQLException {
    List<Opinion> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, period_id, run_id, run_hash, assurance, materiality, opinion, created_by,"
                + " created_at FROM verification_opinion WHERE tenant_id = ? AND period_id = ?"
                + " ORDER BY created_at, id")) {
      ps.setString(1, tenantId);
      ps.setString(2, periodId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Opinion(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getDouble(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getTimestamp(9).toInstant()));
        }
      }
    }
    return out;
  }

  private static final String FINDING =
      "SELECT id, period_id, run_id, run_hash, materiality, concerns, finding, response,"
          + " responded_by, created_by, created_at FROM verification_finding";

  private static Finding readFinding(ResultSet rs) throws SQLException {
    return new Finding(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getTimestamp(11).toInstant());
  }
}
