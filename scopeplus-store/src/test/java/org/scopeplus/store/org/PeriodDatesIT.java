package org.scopeplus.store.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.tenant.TenantStore;

/**
 * A reporting period's dates are written and read as {@code LocalDate}: the edge days of the
 * accepted range (1900-01-01, 2200-12-31) and a leap day come back exactly, and the store itself
 * refuses a date outside the range, storing nothing. On H2 and PostgreSQL.
 */
class PeriodDatesIT {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theEdgeDaysRoundTripAndDatesOutsideTheRangeAreRefused(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      String tenant = db.inTransaction(c -> new TenantStore().create(c, "dates", "test").id());
      PeriodStore periods = new PeriodStore();
      LocalDate[][] kept = {
        {LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31)},
        {LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1)},
        {LocalDate.of(2000, 2, 29), LocalDate.of(2200, 12, 31)},
      };
      for (LocalDate[] k : kept) {
        String id =
            db.inTransaction(c -> periods.add(c, tenant, "P" + k[0] + k[1], k[0], k[1], "t").id());
        ReportingPeriod read = db.inTransaction(c -> periods.byId(c, tenant, id)).orElseThrow();
        assertThat(read.start()).isEqualTo(k[0]);
        assertThat(read.end()).isEqualTo(k[1]);
      }
      for (LocalDate outside :
          new LocalDate[] {
            LocalDate.of(1582, 10, 5), LocalDate.of(0, 1, 1), LocalDate.of(1899, 12, 31)
          }) {
        assertThatThrownBy(
                () ->
                    db.inTransaction(
                        c -> periods.add(c, tenant, "X", outside, LocalDate.of(2024, 1, 1), "t")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("1900-01-01 to 2200-12-31");
      }
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      c ->
                          periods.add(
                              c,
                              tenant,
                              "Y",
                              LocalDate.of(2024, 1, 1),
                              LocalDate.of(2201, 1, 1),
                              "t")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(
              db.inTransaction(c -> periods.list(c, tenant, new PageRequest(0, 100)))
                  .items()
                  .size())
          .isEqualTo(kept.length);
    } finally {
      TestDatabases.drop(settings);
    }
  }
}
