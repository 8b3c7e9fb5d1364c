package org.scopeplus.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.StoreFailure;

/**
 * A ledger of the core (credits, instruments) kept on a connection the one way: the tenant row is
 * locked for the rest of the transaction, so two changes of one tenant's ledger run one after the
 * other; the ledger is loaded as kept; the core decides the change; and only a change it accepts is
 * stored, each stored row with its audit entry, in the same transaction.
 */
public final class TenantLedger {

  /** Loads the ledger as kept. */
  @FunctionalInterface
  public interface Load<L> {
    L from(Connection c) throws SQLException;
  }

  /** Stores an accepted change and answers the audit entries it makes. */
  @FunctionalInterface
  public interface Keep<T> {
    List<Audited> store(Connection c, T accepted) throws SQLException;
  }

  /**
   * One audit entry of a change.
   *
   * @param action e.g. {@code instrument.registered}
   * @param entity the table's entity name
   * @param entityId the entity's id
   * @param before its state before ({@link AuditTrail#NO_STATE} when new)
   * @param after its state after
   * @param detail a sentence
   */
  public record Audited(
      String action, String entity, String entityId, String before, String after, String detail) {

    /** An entry for an entity the change creates. */
    public static Audited created(
        String action, String entity, String entityId, String after, String detail) {
      return new Audited(action, entity, entityId, AuditTrail.NO_STATE, after, detail);
    }
  }

  private final AuditTrail audit = new AuditTrail();

  /**
   * Locks the tenant, loads its ledger, lets {@code decide} give an outcome, and stores the change
   * with its audit entries when {@code accepted} finds one in it; a refusal stores nothing.
   *
   * @param accepted the accepted value of an outcome, empty for a refusal
   */
  public <L, O, T> O change(
      Connection c,
      String tenantId,
      String actor,
      Load<L> load,
      Function<L, O> decide,
      Function<O, Optional<T>> accepted,
      Keep<T> keep)
      throws SQLException {
    lock(c, tenantId);
    O outcome = decide.apply(load.from(c));
    Optional<T> value = accepted.apply(outcome);
    if (value.isPresent()) {
      for (Audited a : keep.store(c, value.get())) {
        audit.append(
            c,
            tenantId,
            actor,
            a.action(),
            a.entity(),
            a.entityId(),
            a.before(),
            a.after(),
            a.detail());
      }
    }
    return outcome;
  }

  /** Locks the tenant row for the rest of the transaction; a missing tenant is a failure. */
  public void lock(Connection c, String tenantId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE tenant SET audit_seq = audit_seq WHERE id = ?")) {
      ps.setString(1, tenantId);
      if (ps.executeUpdate() != 1) {
        throw new StoreFailure("no tenant " + tenantId);
      }
    }
  }

  /**
   * Every row of the tenant {@code sql} selects ({@code ?} is the tenant), read by {@code rows}.
   */
  public static <T> List<T> rows(Connection c, String sql, String tenantId, PagedQuery.Rows<T> rows)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rows.read(rs));
        }
      }
    }
    return out;
  }

  /** The time a row is stored at, to the microsecond both databases keep. */
  public static Timestamp now() {
    return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
  }
}
