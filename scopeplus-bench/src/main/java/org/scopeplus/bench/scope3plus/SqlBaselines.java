package org.scopeplus.bench.scope3plus;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.Scope3PlusRules;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.io.scope3plus.EventBatch;
import org.scopeplus.io.scope3plus.NdjsonEventReader;

/**
 * The same de-duplication (first event per id, then first claim per real-world action) and the same
 * aggregation (grams per programme, action, region, month, rounded half-even per event) in DuckDB
 * and in PostgreSQL. Each event is counted with its methodology's parameters of the event's region
 * and year, as the ledger chooses them ({@link Methodology#coefficients(String, int)}: a province's
 * own grid factor, the nearest earlier vintage), and an event before every vintage is not kept, as
 * the ledger refuses it. Daily caps are not expressed in SQL; the figures say so.
 */
final class SqlBaselines {

  record Result(double seconds, long kept, long grams) {}

  private SqlBaselines() {}

  static Result duckdb(Path input, MethodologyCatalog catalog) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = 1");
      s.execute(
          "CREATE TABLE coef (action VARCHAR, region VARCHAR, year INTEGER, c0 DOUBLE, c1 DOUBLE,"
              + " c2 DOUBLE, c01 DOUBLE)");
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO coef VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (Methodology m : catalog.methodologies()) {
          if (!m.usable()) {
            continue;
          }
          for (String region : regionsOf(m)) {
            for (int y = Scope3PlusRules.FIRST_YEAR; y <= Scope3PlusRules.LAST_YEAR; y++) {
              double[] k = m.coefficients(region, y);
              if (k == null) {
                continue;
              }
              p.setString(1, m.action());
              p.setString(2, region);
              p.setInt(3, y);
              for (int i = 0; i < 4; i++) {
                p.setDouble(4 + i, k[i]);
              }
              p.addBatch();
            }
          }
        }
        p.executeBatch();
      }
      long t0 = System.nanoTime();
      String sql =
          """
          CREATE TABLE agg AS
          WITH raw AS (
            SELECT row_number() OVER () AS line, *
            FROM read_json('%s', format = 'newline_delimited', ignore_errors = true,
              columns = {event_id: 'VARCHAR', programme: 'VARCHAR', actor: 'VARCHAR',
                         action: 'VARCHAR', quantities: 'STRUCT(value DOUBLE, unit VARCHAR)[]',
                         time: 'VARCHAR', region: 'VARCHAR', evidence: 'VARCHAR',
                         claim: 'VARCHAR'})
          ),
          valid AS (
            SELECT r.*, c.c0, c.c1, c.c2, c.c01,
                   coalesce(r.quantities[1].value, 0) AS q0,
                   coalesce(r.quantities[2].value, 0) AS q1,
                   coalesce(r.quantities[3].value, 0) AS q2
            FROM raw r JOIN coef c
              ON c.action = r.action AND c.year = TRY_CAST(substr(r.time, 1, 4) AS INTEGER)
             AND (c.region = '' OR c.region = r.region OR starts_with(r.region, c.region || '-'))
            WHERE r.event_id IS NOT NULL AND r.actor IS NOT NULL
              AND list_min([x.value FOR x IN r.quantities]) >= 0
            QUALIFY row_number() OVER (PARTITION BY r.line ORDER BY length(c.region) DESC) = 1
          ),
          first_id AS (
            SELECT * FROM valid QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY line) = 1
          ),
          first_claim AS (
            SELECT * FROM first_id
            QUALIFY claim IS NULL OR row_number() OVER (PARTITION BY claim ORDER BY line) = 1
          )
          SELECT programme, action, region, substr(time, 1, 7) AS month,
                 count(*) AS events,
                 sum(round_even(c0 * q0 + c1 * q1 + c2 * q2 + c01 * q0 * q1, 0))::BIGINT AS grams
          FROM first_claim GROUP BY ALL
          """
              .formatted(input.toAbsolutePath());
      s.execute(sql);
      double secs = EcosystemBenchmark.secs(t0);
      try (ResultSet rs = s.executeQuery("SELECT sum(events), sum(grams) FROM agg")) {
        rs.next();
        return new Result(secs, rs.getLong(1), rs.getLong(2));
      }
    }
  }

  static Result postgres(Path input, MethodologyCatalog catalog, long lines) throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&reWriteBatchedInserts=true";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS eco_event, eco_claim");
      s.execute(
          "CREATE TABLE eco_event (event_id text PRIMARY KEY, programme text, action text,"
              + " region text, month text, grams bigint, claim text)");
      s.execute("CREATE TABLE eco_claim (claim text PRIMARY KEY, event_id text)");
      c.setAutoCommit(false);
      java.util.Map<String, double[]> coefficients = new java.util.HashMap<>();
      long t0 = System.nanoTime();
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO eco_event VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
          PreparedStatement claim =
              c.prepareStatement("INSERT INTO eco_claim VALUES (?, ?) ON CONFLICT DO NOTHING");
          InputStream in = Files.newInputStream(input)) {
        long[] seen = {0, 0};
        try {
          new NdjsonEventReader()
              .read(
                  in,
                  0,
                  1,
                  (EventBatch b) -> {
                    try {
                      for (int i = 0; i < b.size && seen[0] < lines; i++) {
                        seen[0]++;
                        if (!b.malformed[i]) {
                          add(b.events[i], catalog, coefficients, insert, claim);
                        }
                        if (++seen[1] % 10_000 == 0) {
                          insert.executeBatch();
                          claim.executeBatch();
                          c.commit();
                        }
                      }
                      if (seen[0] >= lines) {
                        throw new StopReading();
                      }
                    } catch (java.sql.SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
        } catch (StopReading done) {
          // read as many lines as asked
        }
        insert.executeBatch();
        claim.executeBatch();
        c.commit();
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT sum(n), sum(g) FROM (SELECT count(*) n, sum(grams) g FROM eco_event e"
                  + " WHERE e.claim IS NULL OR EXISTS (SELECT 1 FROM eco_claim k"
                  + " WHERE k.claim = e.claim AND k.event_id = e.event_id)"
                  + " GROUP BY programme, action, region, month) a")) {
        rs.next();
        double secs = EcosystemBenchmark.secs(t0);
        c.commit();
        return new Result(secs, rs.getLong(1), rs.getLong(2));
      }
    }
  }

  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  /** "" (the methodology's own regions) and each region inside them with values of its own. */
  private static java.util.List<String> regionsOf(Methodology m) {
    java.util.List<String> out = new java.util.ArrayList<>();
    out.add("");
    out.addAll(m.subRegions());
    return out;
  }

  /**
   * The coefficients of methodology {@code m} for an event in {@code region} of {@code year}, as
   * the ledger chooses them: its most specific sub-region containing the event's, else its own;
   * null when it does not count (unusable, or before every vintage). Cached per region and year.
   */
  private static double[] coefficientsOf(
      Methodology m, String region, int year, java.util.Map<String, double[]> cache) {
    if (!m.usable()) {
      return null;
    }
    String chosen = "";
    for (String sub : m.subRegions()) {
      if (!region.isEmpty()
          && sub.length() > chosen.length()
          && org.scopeplus.core.scope3plus.Regions.contains(sub, region)) {
        chosen = sub;
      }
    }
    String key = m.action() + "|" + chosen + "|" + year;
    if (!cache.containsKey(key)) {
      cache.put(key, m.coefficients(chosen, year));
    }
    return cache.get(key);
  }

  private static void add(
      RawEvent e,
      MethodologyCatalog catalog,
      java.util.Map<String, double[]> coefficients,
      PreparedStatement insert,
      PreparedStatement claim)
      throws java.sql.SQLException {
    if (e.idLength() <= 0 || e.actionLength() <= 0 || e.quantityCount() == 0) {
      return;
    }
    int m = catalog.indexOf(text(e, e.actionOffset(), e.actionLength()));
    if (m < 0) {
      return;
    }
    String region = e.regionLength() <= 0 ? "" : text(e, e.regionOffset(), e.regionLength());
    int month = UtcCalendar.monthIndex(UtcCalendar.epochDay(e.epochSecond()));
    double[] k = coefficientsOf(catalog.methodologies().get(m), region, month / 12, coefficients);
    if (k == null) {
      return;
    }
    double q0 = e.value(0);
    double q1 = e.quantityCount() > 1 ? e.value(1) : 0;
    double q2 = e.quantityCount() > 2 ? e.value(2) : 0;
    if (q0 < 0 || q1 < 0 || q2 < 0) {
      return;
    }
    String id = text(e, e.idOffset(), e.idLength());
    insert.setString(1, id);
    insert.setString(2, text(e, e.programmeOffset(), e.programmeLength()));
    insert.setString(3, catalog.methodologies().get(m).action());
    insert.setString(4, region);
    insert.setString(5, UtcCalendar.monthText(month));
    insert.setLong(6, (long) Math.rint(k[0] * q0 + k[1] * q1 + k[2] * q2 + k[3] * q0 * q1));
    insert.setString(7, e.claimLength() > 0 ? text(e, e.claimOffset(), e.claimLength()) : null);
    insert.addBatch();
    if (e.claimLength() > 0) {
      claim.setString(1, text(e, e.claimOffset(), e.claimLength()));
      claim.setString(2, id);
      claim.addBatch();
    }
  }

  private static String text(RawEvent e, int off, int len) {
    return new String(e.buffer(), off, len, StandardCharsets.UTF_8);
  }
}
