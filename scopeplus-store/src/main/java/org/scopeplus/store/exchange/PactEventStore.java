package org.scopeplus.store.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The events a tenant sends (an outbox delivered with retries) and receives, and the fetches of
 * footprints partners said they published. An outgoing event ({@code OUT}) or a fetch ({@code GET},
 * its body the footprint's id) is PENDING until done, then DELIVERED, or ABANDONED when its retries
 * run out.
 */
public final class PactEventStore {

  /** Adds an event to send now. */
  public PactEvent addOut(
      Connection c,
      String tenantId,
      String type,
      String partnerId,
      String requestEventId,
      String body)
      throws SQLException {
    return insert(
        c, tenantId, "OUT", type, partnerId, null, requestEventId, body, "PENDING", Instant.now());
  }

  /**
   * Adds a fetch, due now, of a footprint a partner published (its {@code type} is the event that
   * announced it); it is retried as outgoing events are until fetched.
   */
  public PactEvent addFetch(
      Connection c, String tenantId, String type, String partnerId, String footprintId)
      throws SQLException {
    return insert(
        c, tenantId, "GET", type, partnerId, null, null, footprintId, "PENDING", Instant.now());
  }

  /** Fetches due at this instant, of every tenant, oldest first. */
  public List<PactEvent> dueFetches(Connection c, Instant now, int limit) throws SQLException {
    return select(
        c,
        " WHERE direction = 'GET' AND state = 'PENDING' AND next_attempt_at <= ? ORDER BY"
            + " next_attempt_at, id LIMIT "
            + Math.max(1, limit),
        ps -> ps.setTimestamp(1, Timestamp.from(now)));
  }

  /**
   * Records an event received from a client (or a partner answering through the tenant's events).
   */
  public PactEvent addIn(
      Connection c,
      String tenantId,
      String type,
      String clientRef,
      String requestEventId,
      String body)
      throws SQLException {
    return insert(c, tenantId, "IN", type, null, clientRef, requestEventId, body, "ACCEPTED", null);
  }

  private PactEvent insert(
      Connection c,
      String tenantId,
      String direction,
      String type,
      String partnerId,
      String clientRef,
      String requestEventId,
      String body,
      String state,
      Instant next)
      throws SQLException {
    Instant now = Instant.now();
    PactEvent e =
        new PactEvent(
            UUID.randomUUID().toString(),
            tenantId,
            direction,
            type,
            partnerId,
            clientRef,
            requestEventId,
            body,
            state,
            0,
            next,
            null,
            now);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO pact_event (id, tenant_id, direction, event_type, partner_id,"
                + " pact_client_ref, request_event_id, body, state, attempts, next_attempt_at,"
                + " last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?,"
                + " NULL, ?, ?)")) {
      ps.setString(1, e.id());
      ps.setString(2, tenantId);
      ps.setString(3, direction);
      ps.setString(4, type);
      ps.setString(5, partnerId);
      ps.setString(6, clientRef);
      ps.setString(7, requestEventId);
      ps.setBytes(8, body.getBytes(StandardCharsets.UTF_8));
      ps.setString(9, state);
      ps.setTimestamp(10, next == null ? null : Timestamp.from(next));
      ps.setTimestamp(11, Timestamp.from(now));
      ps.setTimestamp(12, Timestamp.from(now));
      ps.executeUpdate();
    }
    return e;
  }

  /** Outgoing events due for delivery at this instant, of every tenant, oldest first. */
  public List<PactEvent> due(Connection c, Instant now, int limit) throws SQLException {
    return select(
        c,
        " WHERE direction = 'OUT' AND state = 'PENDING' AND next_attempt_at <= ? ORDER BY"
            + " next_attempt_at, id LIMIT "
            + Math.max(1, limit),
        ps -> ps.setTimestamp(1, Timestamp.from(now)));
  }

  /** The tenant's events, newest first. */
  public List<PactEvent> list(Connection c, String tenantId, int limit) throws SQLException {
    return select(
        c,
        " WHERE tenant_id = ? ORDER BY created_at DESC, id LIMIT " + Math.max(1, limit),
        ps -> ps.setString(1, tenantId));
  }

  /** The tenant's incoming events that answer (or the outgoing one that made) this request. */
  public List<PactEvent> byRequest(Connection c, String tenantId, String requestEventId)
      throws SQLException {
    return select(
        c,
        " WHERE tenant_id = ? AND request_event_id = ? ORDER BY created_at, id",
        ps -> {
          ps.setString(1, tenantId);
          ps.setString(2, requestEventId);
        });
  }

  /**
   * Records a delivery attempt: delivered, retry at {@code next}, or abandoned when next is null.
   */
  public void attempted(Connection c, PactEvent e, boolean delivered, Instant next, String error)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE pact_event SET state = ?, attempts = attempts + 1, next_attempt_at = ?,"
                + " last_error = ?, updated_at = ? WHERE id = ?")) {
      ps.setString(1, delivered ? "DELIVERED" : next == null ? "ABANDONED" : "PENDING");
      ps.setTimestamp(2, delivered || next == null ? null : Timestamp.from(next));
      ps.setString(
          3, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error);
      ps.setTimestamp(4, Timestamp.from(Instant.now()));
      ps.setString(5, e.id());
      ps.executeUpdate();
    }
  }

  /** Marks an incoming request answered. */
  public void answered(Connection c, PactEvent e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE pact_event SET state = 'ANSWERED', updated_at = ? WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, e.id());
      ps.executeUpdate();
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private static List<PactEvent> select(Connection c, String where, Binder binder)
      throws SQLException {
    List<PactEvent> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, tenant_id, direction, event_type, partner_id, pact_client_ref,"
                + " request_event_id, body, state, attempts, next_attempt_at, last_error,"
                + " created_at FROM pact_event"
                + where)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp next = rs.getTimestamp(11);
          out.add(
              new PactEvent(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  new String(rs.getBytes(8), StandardCharsets.UTF_8),
                  rs.getString(9),
                  rs.getInt(10),
                  next == null ? null : next.toInstant(),
                  rs.getString(12),
                  rs.getTimestamp(13).toInstant()));
        }
      }
    }
    return out;
  }
}
