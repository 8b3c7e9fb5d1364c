package org.scopeplus.store.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RecordFields;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.TraceLine;

/**
 * A stored trace line with what its data quality and uncertainty rest on: the line's place and
 * grams, its factor's id and library, and its record's data-quality label, region and period (the
 * record as the run's period holds it).
 *
 * @param recordId the activity record
 * @param activityType its activity type
 * @param scope 1, 2 or 3
 * @param category Scope 3 category, 0 otherwise
 * @param method LOCATION, MARKET or NOT_APPLICABLE
 * @param gas the gas id
 * @param biogenic true for biogenic CO2
 * @param co2eGrams grams CO2e
 * @param factorId the factor's id, "" when the record supplied its own
 * @param factorLibrary the factor's library label ("name version")
 * @param dataQuality the record's data-quality label ("" when the record is not found)
 * @param region the record's region
 * @param period the record's period as written
 * @param orgUnit the org unit of the line
 * @param factorNote the note of the line's factor plan ("" when none)
 */
public record StoredLineFacts(
    String recordId,
    String activityType,
    int scope,
    int category,
    String method,
    String gas,
    boolean biogenic,
    long co2eGrams,
    String factorId,
    String factorLibrary,
    String dataQuality,
    String region,
    String period,
    String orgUnit,
    String factorNote) {

  /**
   * Hands every trace line of the run, in line order, with its record's fields, to {@code sink}.
   */
  public static void forEach(Connection c, CalculationRun run, Consumer<StoredLineFacts> sink)
      throws SQLException {
    RunStore runs = new RunStore();
    if (runs.linesPacked(c, run)) {
      String[] none = new String[3];
      runs.<RuntimeException>forEachBlock(
          c,
          run,
          lines -> {
            Map<String, String[]> records =
                RecordFields.of(
                    c,
                    run.periodId(),
                    RecordFields.idsOf(lines),
                    "data_quality, region, period",
                    3);
            for (TraceLine l : lines) {
              String[] r = records.getOrDefault(l.recordId(), none);
              sink.accept(
                  new StoredLineFacts(
                      l.recordId(),
                      l.activityType(),
                      l.scope(),
                      l.category(),
                      l.method(),
                      l.gas(),
                      l.biogenic(),
                      l.co2eGrams(),
                      l.factorId(),
                      l.factorLibrary(),
                      nonNull(r[0]),
                      nonNull(r[1]),
                      nonNull(r[2]),
                      nonNull(l.orgUnit()),
                      nonNull(l.factorNote())));
            }
          });
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT l.record_id, l.activity_type, p.scope, p.category, p.method, p.gas,"
                + " p.biogenic, l.co2e_grams, p.factor_id, p.factor_library, r.data_quality,"
                + " r.region, r.period, l.org_unit, p.factor_note FROM run_line l JOIN run_line_plan p ON p.run_id ="
                + " l.run_id AND p.plan_no = l.plan_no LEFT JOIN activity_record r"
                + " ON r.period_id = ? AND r.record_id = l.record_id"
                + " WHERE l.run_id = ? ORDER BY l.line_no")) {
      ps.setString(1, run.periodId());
      ps.setString(2, run.id());
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(
              new StoredLineFacts(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getBoolean(7),
                  rs.getLong(8),
                  rs.getString(9),
                  rs.getString(10),
                  nonNull(rs.getString(11)),
                  nonNull(rs.getString(12)),
                  nonNull(rs.getString(13)),
                  nonNull(rs.getString(14)),
                  nonNull(rs.getString(15))));
        }
      }
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
