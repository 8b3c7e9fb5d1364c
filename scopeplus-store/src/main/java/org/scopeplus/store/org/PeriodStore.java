package org.scopeplus.store.org;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Stores reporting periods. */
public final class PeriodStore {

  /** The most characters a period's name may have (the width it is stored in). */
  public static final int MAX_NAME = 100;

  private final AuditTrail audit = new AuditTrail();

  public ReportingPeriod add(
      Connection c, String tenantId, String name, LocalDate start, LocalDate end, String actor)
      throws SQLException {
    if (!AcceptedDates.contains(start) || !AcceptedDates.contains(end)) {
      throw new IllegalArgumentException(
          "a reporting period lies within "
              + AcceptedDates.range()
              + ", not "
              + start
              + " to "
              + end);
    }
    ReportingPeriod p =
        new ReportingPeriod(UUID.randomUUID().toString(), tenantId, name, start, end);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO reporting_period (id, tenant_id, name, start_date, end_date, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, p.id());
      ps.setString(2, tenantId);
      ps.setString(3, name);
      // as LocalDate, never java.sql.Date, whose hybrid Julian calendar and time zone shift dates
      ps.setObject(4, start);
      ps.setObject(5, end);
      ps.setTimestamp(6, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "period.added",
        "reporting_period",
        p.id(),
        AuditTrail.NO_STATE,
        p.state(),
        "reporting period " + name + " added");
    return p;
  }

  public Optional<ReportingPeriod> byId(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", PeriodStore::read, id, tenantId);
  }

  /**
   * The period, locked for the rest of the transaction: imports into one period run one after the
   * other, so their record ids stay unique and their counts consistent.
   */
  public Optional<ReportingPeriod> lock(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ? FOR UPDATE", PeriodStore::read, id, tenantId);
  }

  public Page<ReportingPeriod> list(Connection c, String tenantId, PageRequest page)
      throws SQLException {
    return PagedQuery.ofTenant(
        c,
        SELECT,
        "reporting_period",
        tenantId,
        " ORDER BY start_date, name",
        page,
        PeriodStore::read);
  }

  private static final String SELECT =
      "SELECT id, tenant_id, name, start_date, end_date FROM reporting_period";

  private static ReportingPeriod read(ResultSet rs) throws SQLException {
    return new ReportingPeriod(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, LocalDate.class),
        rs.getObject(5, LocalDate.class));
  }
}
