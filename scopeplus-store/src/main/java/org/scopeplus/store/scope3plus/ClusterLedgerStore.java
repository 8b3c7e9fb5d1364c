package org.scopeplus.store.scope3plus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AggregateRow;
import org.scopeplus.io.scope3plus.EventOutcome;

/**
 * A tenant's Scope 3+ events as the Flink job counted them: the records of the job's outcomes topic
 * (one {@link EventOutcome} per event) summed into totals, refusals by reason, aggregate cells and
 * personal accounts, beside the next offset to read of each topic partition.
 *
 * <p>Idempotent by offsets: {@link #apply} reads and locks the stored offset of every partition in
 * the records, skips the records below it, adds the others to the sums and moves the offset past
 * them, all on the caller's connection, so in one transaction. A record read a second time (after a
 * restart, a rebalance or a replay from an earlier offset) is below its partition's offset and
 * changes nothing; a transaction that fails leaves both sums and offsets as they were.
 */
public final class ClusterLedgerStore {

  /** The refusal a record that is not an outcome of the job is counted under. */
  public static final String UNREADABLE = "UNREADABLE_RECORD";

  /** How many unreadable records are kept with their place and problem; all are counted. */
  public static final int UNREADABLE_KEPT = 100;

  /** One record of the outcomes topic: where it is and its value (null for none). */
  public record ConsumedRecord(String topic, int partition, long offset, byte[] value) {}

  /** What {@link #apply} did: records added to the sums, records already applied, unreadable. */
  public record Applied(int applied, int skipped, int unreadable) {}

  /** The next offset to read of a topic partition. */
  public record Offset(String topic, int partition, long nextOffset) {}

  /** A record that is not an outcome of the job: where it is and what is wrong. */
  public record Unreadable(String topic, int partition, long offset, String problem) {}

  /**
   * The tenant's cluster totals.
   *
   * @param refusals events refused by reason (the job's reasons, and {@link #UNREADABLE})
   * @param records records applied, each event's outcome and each unreadable record
   * @param updatedAt when records were last applied, null when never
   */
  public record Totals(
      long acceptedEvents,
      long refusedEvents,
      Map<String, Long> refusals,
      long grossGrams,
      long weakGrams,
      long points,
      long records,
      Instant updatedAt,
      List<Offset> offsets,
      List<Unreadable> unreadable) {}

  /**
   * Applies the records not applied before, in one go on {@code c} (the caller's transaction).
   *
   * @throws SQLException when the database refuses (a sum beyond the range of a BIGINT among them);
   *     nothing of the records is then to be committed
   */
  public Applied apply(Connection c, String tenantId, List<ConsumedRecord> records)
      throws SQLException {
    Map<String, List<ConsumedRecord>> byPartition = new TreeMap<>();
    for (ConsumedRecord r : records) {
      byPartition.computeIfAbsent(r.topic() + "\n" + r.partition(), k -> new ArrayList<>()).add(r);
    }
    Sums sums = new Sums();
    int skipped = 0;
    Instant now = Instant.now();
    for (List<ConsumedRecord> partition : byPartition.values()) {
      partition.sort(Comparator.comparingLong(ConsumedRecord::offset));
      ConsumedRecord first = partition.get(0);
      long next = lockedOffset(c, tenantId, first.topic(), first.partition(), now);
      long after = next;
      for (ConsumedRecord r : partition) {
        if (r.offset() < after) {
          skipped++;
          continue;
        }
        sums.add(r);
        after = r.offset() + 1;
      }
      if (after != next) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE ecosystem_cluster_offset SET next_offset = ?, updated_at = ?"
                    + " WHERE tenant_id = ? AND topic = ? AND partition_no = ?")) {
          ps.setLong(1, after);
          ps.setTimestamp(2, Timestamp.from(now));
          ps.setString(3, tenantId);
          ps.setString(4, first.topic());
          ps.setInt(5, first.partition());
          ps.executeUpdate();
        }
      }
    }
    if (sums.records > 0) {
      sums.write(c, tenantId, now);
    }
    return new Applied(sums.records - sums.unreadable.size(), skipped, sums.unreadable.size());
  }

  /** The partition's next offset, its row locked (made at 0 when there is none). */
  private static long lockedOffset(
      Connection c, String tenantId, String topic, int partition, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT next_offset FROM ecosystem_cluster_offset"
                + " WHERE tenant_id = ? AND topic = ? AND partition_no = ? FOR UPDATE")) {
      ps.setString(1, tenantId);
      ps.setString(2, topic);
      ps.setInt(3, partition);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ecosystem_cluster_offset"
                + " (tenant_id, topic, partition_no, next_offset, updated_at) VALUES (?, ?, ?, 0, ?)")) {
      ps.setString(1, tenantId);
      ps.setString(2, topic);
      ps.setInt(3, partition);
      ps.setTimestamp(4, Timestamp.from(now));
      ps.executeUpdate();
    }
    return 0;
  }

  /** What a batch of records adds, summed in memory with exact long addition. */
  private static final class Sums {
    int records;
    long accepted;
    long refused;
    long grams;
    long weakGrams;
    long points;
    final Map<String, Long> refusals = new TreeMap<>();
    final Map<List<String>, long[]> cells = new LinkedHashMap<>();
    final Map<String, long[]> accounts = new LinkedHashMap<>();
    final List<Unreadable> unreadable = new ArrayList<>();

    void add(ConsumedRecord r) {
      records++;
      EventOutcome o;
      try {
        o = EventOutcome.read(utf8(r.value()));
      } catch (IllegalArgumentException e) {
        refused = Math.addExact(refused, 1);
        refusals.merge(UNREADABLE, 1L, Math::addExact);
        unreadable.add(
            new Unreadable(r.topic(), r.partition(), r.offset(), shortened(e.getMessage())));
        return;
      }
      if (!o.counted()) {
        refused = Math.addExact(refused, 1);
        refusals.merge(o.reason(), 1L, Math::addExact);
        return;
      }
      accepted = Math.addExact(accepted, 1);
      grams = Math.addExact(grams, o.grams());
      weakGrams = Math.addExact(weakGrams, o.weakGrams());
      points = Math.addExact(points, o.points());
      long[] cell =
          cells.computeIfAbsent(
              List.of(o.programme(), o.action(), o.region(), o.month()), k -> new long[3]);
      cell[0] = Math.addExact(cell[0], 1);
      cell[1] = Math.addExact(cell[1], o.grams());
      cell[2] = Math.addExact(cell[2], o.weakGrams());
      long[] account = accounts.computeIfAbsent(o.actor(), k -> new long[3]);
      account[0] = Math.addExact(account[0], o.grams());
      account[1] = Math.addExact(account[1], o.points());
      account[2] = Math.addExact(account[2], 1);
    }

    void write(Connection c, String tenantId, Instant now) throws SQLException {
      Timestamp at = Timestamp.from(now);
      if (update(
              c,
              "UPDATE ecosystem_cluster_totals SET accepted_events = accepted_events + ?,"
                  + " refused_events = refused_events + ?, gross_grams = gross_grams + ?,"
                  + " weak_grams = weak_grams + ?, points = points + ?, records = records + ?,"
                  + " updated_at = ? WHERE tenant_id = ?",
              accepted,
              refused,
              grams,
              weakGrams,
              points,
              (long) records,
              at,
              tenantId)
          == 0) {
        update(
            c,
            "INSERT INTO ecosystem_cluster_totals (accepted_events, refused_events, gross_grams,"
                + " weak_grams, points, records, updated_at, tenant_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            accepted,
            refused,
            grams,
            weakGrams,
            points,
            (long) records,
            at,
            tenantId);
      }
      for (Map.Entry<String, Long> e : refusals.entrySet()) {
        upsert(
            c,
            "UPDATE ecosystem_cluster_refusal SET events = events + ?"
                + " WHERE tenant_id = ? AND reason = ?",
            "INSERT INTO ecosystem_cluster_refusal (events, tenant_id, reason) VALUES (?, ?, ?)",
            e.getValue(),
            tenantId,
            e.getKey());
      }
      for (Map.Entry<List<String>, long[]> e : cells.entrySet()) {
        List<String> k = e.getKey();
        long[] v = e.getValue();
        upsert(
            c,
            "UPDATE ecosystem_cluster_cell SET events = events + ?, grams = grams + ?,"
                + " weak_grams = weak_grams + ? WHERE tenant_id = ? AND programme = ?"
                + " AND action = ? AND region = ? AND month_text = ?",
            "INSERT INTO ecosystem_cluster_cell (events, grams, weak_grams, tenant_id, programme,"
                + " action, region, month_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            v[0],
            v[1],
            v[2],
            tenantId,
            k.get(0),
            k.get(1),
            k.get(2),
            k.get(3));
      }
      for (Map.Entry<String, long[]> e : accounts.entrySet()) {
        long[] v = e.getValue();
        upsert(
            c,
            "UPDATE ecosystem_cluster_account SET grams = grams + ?, points = points + ?,"
                + " events = events + ? WHERE tenant_id = ? AND actor = ?",
            "INSERT INTO ecosystem_cluster_account (grams, points, events, tenant_id, actor)"
                + " VALUES (?, ?, ?, ?, ?)",
            v[0],
            v[1],
            v[2],
            tenantId,
            e.getKey());
      }
      if (!unreadable.isEmpty()) {
        long kept = count(c, tenantId);
        for (Unreadable u : unreadable) {
          if (kept++ >= UNREADABLE_KEPT) {
            break;
          }
          update(
              c,
              "INSERT INTO ecosystem_cluster_unreadable (tenant_id, topic, partition_no,"
                  + " record_offset, problem) VALUES (?, ?, ?, ?, ?)",
              tenantId,
              u.topic(),
              u.partition(),
              u.offset(),
              u.problem());
        }
      }
    }
  }

  private static long count(Connection c, String tenantId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM ecosystem_cluster_unreadable WHERE tenant_id = ?")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Strict UTF-8: a value that is not UTF-8 is unreadable, never silently replaced. */
  private static String utf8(byte[] value) {
    if (value == null) {
      throw new IllegalArgumentException("the record has no value");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the record's value is not UTF-8 text");
    }
  }

  private static String shortened(String problem) {
    return problem.length() <= 1000 ? problem : problem.substring(0, 997) + "...";
  }

  private static void upsert(Connection c, String update, String insert, Object... values)
      throws SQLException {
    if (update(c, update, values) == 0) {
      update(c, insert, values);
    }
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      return ps.executeUpdate();
    }
  }

  /** The tenant's totals, refusals, offsets and kept unreadable records; zeros before any. */
  public Totals totals(Connection c, String tenantId) throws SQLException {
    long accepted = 0;
    long refused = 0;
    long grams = 0;
    long weak = 0;
    long points = 0;
    long records = 0;
    Instant updated = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT accepted_events, refused_events, gross_grams, weak_grams, points, records,"
                + " updated_at FROM ecosystem_cluster_totals WHERE tenant_id = ?")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          accepted = rs.getLong(1);
          refused = rs.getLong(2);
          grams = rs.getLong(3);
          weak = rs.getLong(4);
          points = rs.getLong(5);
          records = rs.getLong(6);
          updated = rs.getTimestamp(7).toInstant();
        }
      }
    }
    Map<String, Long> refusals = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT reason, events FROM ecosystem_cluster_refusal WHERE tenant_id = ?")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          refusals.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    List<Offset> offsets = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT topic, partition_no, next_offset FROM ecosystem_cluster_offset"
                + " WHERE tenant_id = ? ORDER BY topic, partition_no")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          offsets.add(new Offset(rs.getString(1), rs.getInt(2), rs.getLong(3)));
        }
      }
    }
    List<Unreadable> unreadable = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT topic, partition_no, record_offset, problem FROM ecosystem_cluster_unreadable"
                + " WHERE tenant_id = ? ORDER BY topic, partition_no, record_offset")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          unreadable.add(
              new Unreadable(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)));
        }
      }
    }
    return new Totals(
        accepted, refused, refusals, grams, weak, points, records, updated, offsets, unreadable);
  }

  /** The next offset of every partition the tenant read from, by topic and partition. */
  public List<Offset> offsets(Connection c, String tenantId) throws SQLException {
    return totals(c, tenantId).offsets();
  }

  /** The tenant's aggregate cells, ordered by programme, action, region and month. */
  public List<AggregateRow> cells(Connection c, String tenantId) throws SQLException {
    List<AggregateRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT programme, action, region, month_text, events, grams, weak_grams"
                + " FROM ecosystem_cluster_cell WHERE tenant_id = ?"
                + " ORDER BY programme, action, region, month_text")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AggregateRow(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7)));
        }
      }
    }
    return out;
  }

  /** One actor's account as the cluster counted it, null when it has none. */
  public Account account(Connection c, String tenantId, String actor) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT grams, points, events FROM ecosystem_cluster_account"
                + " WHERE tenant_id = ? AND actor = ?")) {
      ps.setString(1, tenantId);
      ps.setString(2, actor);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Account(actor, rs.getLong(1), rs.getLong(2), rs.getLong(3)) : null;
      }
    }
  }

  /** How many actors have an account counted by the cluster. */
  public long accountCount(Connection c, String tenantId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM ecosystem_cluster_account WHERE tenant_id = ?")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
