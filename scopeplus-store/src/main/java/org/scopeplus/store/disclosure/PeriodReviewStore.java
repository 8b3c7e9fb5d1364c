package org.scopeplus.store.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scopeplus.core.disclosure.PeriodReview;
import org.scopeplus.core.disclosure.ReviewOutcome;
import org.scopeplus.core.disclosure.ReviewState;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.activity.ActivityImport;
import org.scopeplus.store.audit.AuditTrail;

/**
 * The review state of reporting periods. A period without a row is open with nothing submitted.
 * Callers lock the period row first ({@code PeriodStore.lock}) so that two transitions of one
 * period run one after the other.
 */
public final class PeriodReviewStore {

  /** The entity name of a period's review moves in the audit trail (the period's id is its id). */
  public static final String AUDITED_AS = "period_review";

  private final AuditTrail audit = new AuditTrail();

  /** The period's review; {@link PeriodReview#opened()} when it has none yet. */
  public PeriodReview find(Connection c, String tenantId, String periodId) throws SQLException {
    Optional<PeriodReview> row =
        SingleRow.find(
            c,
            "SELECT state, reviewed_by, approved_run_id, approved_run_hash, ever_approved"
                + " FROM period_review WHERE period_id = ? AND tenant_id = ?",
            rs ->
                new PeriodReview(
                    ReviewState.valueOf(rs.getString(1)),
                    Set.of(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)),
            periodId,
            tenantId);
    Set<String> units = submittedUnits(c, tenantId, periodId);
    return row.map(
            r ->
                new PeriodReview(
                    r.state(),
                    units,
                    r.reviewedBy(),
                    r.approvedRunId(),
                    r.approvedRunHash(),
                    r.everApproved()))
        .orElseGet(
            () ->
                units.isEmpty()
                    ? PeriodReview.opened()
                    : new PeriodReview(ReviewState.OPEN, units, "", "", "", false));
  }

  /** The org units with records in the period's active imports. */
  public Set<String> unitsWithData(Connection c, String tenantId, String periodId)
      throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT r.org_unit FROM activity_record r JOIN activity_import i"
                + " ON i.id = r.import_id WHERE i.tenant_id = ? AND i.period_id = ?"
                + " AND i.status = ?")) {
      ps.setString(1, tenantId);
      ps.setString(2, periodId);
      ps.setString(3, ActivityImport.ACTIVE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * Stores the review a transition moved to, with the submissions it added, and appends the
   * transition to the audit trail: who, when, the event and its sentence.
   */
  public PeriodReview save(
      Connection c,
      String tenantId,
      String periodId,
      PeriodReview before,
      ReviewOutcome.Moved moved,
      String actor)
      throws SQLException {
    PeriodReview after = moved.review();
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM period_review WHERE period_id = ? AND tenant_id = ?")) {
      delete.setString(1, periodId);
      delete.setString(2, tenantId);
      delete.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO period_review (period_id, tenant_id, state, reviewed_by, approved_run_id,"
                + " approved_run_hash, ever_approved, updated_by, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, periodId);
      ps.setString(2, tenantId);
      ps.setString(3, after.state().name());
      ps.setString(4, after.reviewedBy());
      ps.setString(5, after.approvedRunId());
      ps.setString(6, after.approvedRunHash());
      ps.setBoolean(7, after.everApproved());
      ps.setString(8, actor);
      ps.setTimestamp(9, now);
      ps.executeUpdate();
    }
    if (after.submittedUnits().isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM period_submission WHERE period_id = ? AND tenant_id = ?")) {
        ps.setString(1, periodId);
        ps.setString(2, tenantId);
        ps.executeUpdate();
      }
    } else {
      Set<String> added = new HashSet<>(after.submittedUnits());
      added.removeAll(before.submittedUnits());
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO period_submission (period_id, tenant_id, org_unit, submitted_by,"
                  + " submitted_at) VALUES (?, ?, ?, ?, ?)")) {
        for (String unit : new TreeSet<>(added)) {
          ps.setString(1, periodId);
          ps.setString(2, tenantId);
          ps.setString(3, unit);
          ps.setString(4, actor);
          ps.setTimestamp(5, now);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    audit.append(
        c,
        tenantId,
        actor,
        moved.event(),
        AUDITED_AS,
        periodId,
        state(before),
        state(after),
        moved.description());
    return after;
  }

  /** The canonical text of a review, hashed into its audit entries. */
  static String state(PeriodReview r) {
    return "state="
        + r.state().name()
        + "\nsubmitted="
        + String.join(",", r.submittedInOrder())
        + "\nreviewed_by="
        + r.reviewedBy()
        + "\napproved_run="
        + r.approvedRunId()
        + "\napproved_hash="
        + r.approvedRunHash()
        + "\never_approved="
        + r.everApproved();
  }

  private static Set<String> submittedUnits(Connection c, String tenantId, String periodId)
      throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT org_unit FROM period_submission WHERE period_id = ? AND tenant_id = ?")) {
      ps.setString(1, periodId);
      ps.setString(2, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
