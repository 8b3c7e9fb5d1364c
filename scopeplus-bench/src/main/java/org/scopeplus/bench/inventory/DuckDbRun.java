package org.scopeplus.bench.inventory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * One measured process on the DuckDB side: the same activity CSV joined to the engine's resolved
 * factors ({@link ResolvedFactorTable}), each line computed with the engine's arithmetic and
 * rounded half-even to whole grams ({@link #RINT}), then summed by scope, category, gas and org
 * unit (rolled up) in one query with grouping sets. DuckDB validates nothing beyond the column
 * types and does not hash the file.
 *
 * <p>Arguments: {@code CSV FACTORS_CSV DIGEST_OUT [THREADS]}.
 */
public final class DuckDbRun {

  private DuckDbRun() {}

  /**
   * Rounding half to even, as Java's {@code Math.rint}: DuckDB's {@code round} rounds halves away
   * from zero, and its {@code round_even} on DOUBLE gives the same result as this macro but took
   * about five times as long in a test on 16 million values, so the benchmark uses the macro.
   */
  static final String RINT =
      "CREATE MACRO rint(x) AS "
          + "CASE WHEN x - floor(x) = 0.5 THEN 2 * round(x / 2) ELSE round(x) END";

  static String sql(String csv, String factors) {
    return """
        WITH f AS (
          SELECT * FROM read_csv('%2$s', header = true, nullstr = '', columns = {
            'activity_type': 'VARCHAR', 'unit': 'VARCHAR', 'region': 'VARCHAR',
            'period': 'VARCHAR', 'substance': 'VARCHAR', 'covered': 'BOOLEAN',
            'line_no': 'INTEGER', 'slot': 'VARCHAR', 'category': 'INTEGER',
            'gas_key': 'VARCHAR', 'in_location': 'BOOLEAN', 'in_market': 'BOOLEAN',
            'step': 'INTEGER', 'first': 'DOUBLE', 'last': 'DOUBLE', 'density': 'DOUBLE',
            'heat': 'DOUBLE', 'kg_per_unit': 'DOUBLE', 'gwp': 'DOUBLE', 'sign': 'DOUBLE'})
        ),
        a AS (
          SELECT * FROM read_csv('%1$s', header = true, columns = {
            'record_id': 'VARCHAR', 'org_unit': 'VARCHAR', 'facility': 'VARCHAR',
            'period': 'VARCHAR', 'activity_type': 'VARCHAR', 'quantity': 'DOUBLE',
            'unit': 'VARCHAR', 'region': 'VARCHAR', 'substance': 'VARCHAR',
            'instrument': 'VARCHAR', 'data_quality': 'VARCHAR'})
        ),
        l AS (
          SELECT x.org_unit, x.slot, x.category, x.gas_key, x.in_location, x.in_market,
                 x.line_no, x.kg * 1000.0::DOUBLE AS g_kg1000, x.gwp
          FROM (
            SELECT a.org_unit, f.*,
                   (CASE f.step
                      WHEN 0 THEN a.quantity * f.first
                      WHEN 1 THEN a.quantity * f.first * f.density / 1000.0::DOUBLE * f.last
                      WHEN 2 THEN a.quantity * f.first * f.density / 1000.0::DOUBLE * f.heat * f.last
                      WHEN 3 THEN a.quantity * f.first * f.heat * f.last
                      ELSE a.quantity * f.first / f.heat * f.last
                    END) * f.kg_per_unit * f.sign AS kg
            FROM a JOIN f
              ON a.activity_type = f.activity_type AND a.unit = f.unit AND a.region = f.region
             AND a.period = f.period AND coalesce(a.substance, '') = coalesce(f.substance, '')
             AND (coalesce(a.instrument, '') <> '') = f.covered
          ) x
        ),
        g AS (
          SELECT org_unit, slot, category, gas_key, in_location, in_market, line_no,
                 CAST(rint(g_kg1000 * gwp) AS BIGINT) AS co2e,
                 CAST(rint(g_kg1000) AS BIGINT) AS mass
          FROM l
        )
        SELECT GROUPING(org_unit) AS no_org, GROUPING(slot) AS no_slot,
               GROUPING(category) AS no_cat, GROUPING(gas_key) AS no_gas,
               org_unit, slot, category, gas_key,
               sum(co2e) AS co2e,
               sum(CASE WHEN in_location THEN co2e ELSE 0 END) AS co2e_location,
               sum(CASE WHEN in_market THEN co2e ELSE 0 END) AS co2e_market,
               sum(CASE WHEN in_location THEN mass ELSE 0 END) AS mass_location,
               count(*) AS lines,
               count(*) FILTER (WHERE line_no = 0) AS records
        FROM g
        GROUP BY GROUPING SETS ((), (slot), (slot, category), (gas_key), (org_unit, slot))
        """
        .formatted(csv.replace("'", "''"), factors.replace("'", "''"));
  }

  public static void main(String[] args) throws Exception {
    String csv = args[0];
    String factors = args[1];
    Path digestOut = Path.of(args[2]);
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    long start = System.nanoTime();
    InventoryDigest d = new InventoryDigest();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute(RINT);
      try (ResultSet r = s.executeQuery(sql(csv, factors))) {
        while (r.next()) {
          boolean noOrg = r.getInt("no_org") == 1;
          boolean noSlot = r.getInt("no_slot") == 1;
          boolean noCat = r.getInt("no_cat") == 1;
          boolean noGas = r.getInt("no_gas") == 1;
          long co2e = r.getLong("co2e");
          if (noOrg && noSlot && noCat && noGas) {
            d.put("records", r.getLong("records"));
            d.put("lines", r.getLong("lines"));
          } else if (noOrg && !noSlot && noCat && noGas) {
            d.put("total." + r.getString("slot"), co2e);
          } else if (noOrg && !noSlot && !noCat) {
            if (r.getString("slot").equals("scope3")) {
              d.put("category." + r.getInt("category"), co2e);
            }
          } else if (!noGas) {
            String gas = r.getString("gas_key");
            if (gas != null) {
              d.put("gas." + gas + ".location", r.getLong("co2e_location"));
              d.put("gas." + gas + ".market", r.getLong("co2e_market"));
              d.put("gas." + gas + ".mass", r.getLong("mass_location"));
            }
          } else if (!noOrg) {
            // roll each leaf up to every ancestor, as the inventory's org breakdown does
            String path = r.getString("org_unit");
            while (true) {
              d.put("org." + path + "." + r.getString("slot"), co2e);
              int slash = path.lastIndexOf('/');
              if (slash < 0) {
                break;
              }
              path = path.substring(0, slash);
            }
          }
        }
      }
    }
    Files.writeString(digestOut, d.text(), StandardCharsets.UTF_8);
    System.out.printf("duckdb: %.3f s in process%n", (System.nanoTime() - start) / 1e9);
  }
}
