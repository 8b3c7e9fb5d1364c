package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.inventory.FactorYearUse;
import org.scopeplus.core.inventory.Totals;

/**
 * A run's warnings of the year rule (table {@code run_factor_year}): the factors it used for
 * activity of a year they do not describe, each with the emissions resting on it, stored with the
 * run in the order the run listed them and read back beside its totals.
 */
public final class RunFactorYears {

  /**
   * One stored warning.
   *
   * @param factorId the factor used
   * @param validFrom the first day the factor describes
   * @param validTo the last day the factor describes
   * @param activityYear the year of the activity it was used for
   * @param earlier true when it is the nearest earlier year's factor, false when no earlier factor
   *     existed and the earliest later one was taken
   * @param emissions grams CO2e by scope calculated with it for that year
   */
  public record Warning(
      String factorId,
      LocalDate validFrom,
      LocalDate validTo,
      int activityYear,
      boolean earlier,
      Totals emissions) {

    /** The warning as the command line's inventory says it. */
    public String sentence() {
      return FactorYearUse.sentence(
          factorId, validFrom.toString(), validTo.toString(), activityYear, earlier);
    }
  }

  private RunFactorYears() {}

  /** Stores the run's warnings, in the caller's transaction, adding each to {@code digest}. */
  static void store(Connection c, String runId, List<FactorYearUse> uses, StoredRunDigest digest)
      throws SQLException {
    if (uses.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO run_factor_year (run_id, warning_no, factor_id, valid_from, valid_to,"
                + " activity_year, earlier, scope1, scope2_location, scope2_market, scope3,"
                + " biogenic_co2, montreal_memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int no = 0;
      for (FactorYearUse u : uses) {
        Totals t = u.emissions();
        ps.setString(1, runId);
        ps.setInt(2, no++);
        ps.setString(3, u.factor().id());
        ps.setDate(4, Date.valueOf(u.factor().validFrom()));
        ps.setDate(5, Date.valueOf(u.factor().validTo()));
        ps.setInt(6, u.activityYear());
        ps.setBoolean(7, u.earlier());
        ps.setLong(8, t.scope1());
        ps.setLong(9, t.scope2Location());
        ps.setLong(10, t.scope2Market());
        ps.setLong(11, t.scope3());
        ps.setLong(12, t.biogenicCo2());
        ps.setLong(13, t.montrealMemo());
        ps.addBatch();
        digest.factorYear(
            no - 1,
            new Warning(
                u.factor().id(),
                u.factor().validFrom(),
                u.factor().validTo(),
                u.activityYear(),
                u.earlier(),
                t));
      }
      ps.executeBatch();
    }
  }

  /**
   * The run's warnings in the order it listed them; none for a run stored before they were kept.
   */
  public static List<Warning> of(Connection c, CalculationRun run) throws SQLException {
    return of(c, run.id());
  }

  /** The warnings of run {@code runId} in the order it listed them. */
  static List<Warning> of(Connection c, String runId) throws SQLException {
    List<Warning> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT factor_id, valid_from, valid_to, activity_year, earlier, scope1,"
                + " scope2_location, scope2_market, scope3, biogenic_co2, montreal_memo"
                + " FROM run_factor_year WHERE run_id = ? ORDER BY warning_no")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Warning(
                  rs.getString(1),
                  rs.getDate(2).toLocalDate(),
                  rs.getDate(3).toLocalDate(),
                  rs.getInt(4),
                  rs.getBoolean(5),
                  new Totals(
                      rs.getLong(6),
                      rs.getLong(7),
                      rs.getLong(8),
                      rs.getLong(9),
                      rs.getLong(10),
                      rs.getLong(11))));
        }
      }
    }
    return out;
  }
}
