package org.scopeplus.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.scopeplus.store.org.PeriodStore;

/** The reporting period the store tests add. */
public final class TestPeriods {

  private TestPeriods() {}

  /** Adds the calendar year 2024 to {@code tenant} as period FY2024; returns its id. */
  public static String fy2024(Connection c, String tenant) throws SQLException {
    return new PeriodStore()
        .add(c, tenant, "FY2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "test")
        .id();
  }
}
