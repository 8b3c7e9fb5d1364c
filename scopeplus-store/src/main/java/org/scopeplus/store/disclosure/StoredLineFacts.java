package org.scopeplus.store.disclosure;

import java.sql.Connection;
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
    String[] none = new String[3];
    new RunStore()
        .<RuntimeException>forEachBlock(
            c,
            run,
            lines -> {
              Map<String, String[]> records =
                  RecordFields.of(
                      c,
                      run.periodId(),
                      RecordFields.idsOf(lines),
                      "data_quality",
                      "region",
                      "period");
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
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
