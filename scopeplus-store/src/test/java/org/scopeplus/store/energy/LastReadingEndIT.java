package org.scopeplus.store.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.IntervalReadings;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.tenant.TenantStore;

/**
 * The end of a meter's latest stored reading, on H2 (file database) and PostgreSQL, read from one
 * row whatever the number of days kept. Every instant by hand: an hourly meter in Kolkata (+05:30)
 * has phase 30, so its stored day D holds the hours from D 00:30Z; its last reading in slot 9 of 3
 * June 2024 starts at 09:30Z and ends at 10:30Z.
 */
class LastReadingEndIT {

  private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theLastReadingsEndIsReadFromOneRow(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      MeterDayStore days = new MeterDayStore();
      db.inTransaction(
          c -> {
            String tenant = new TenantStore().create(c, "last-reading", "test").id();
            EnergySite site =
                new SiteStore()
                    .add(
                        c,
                        tenant,
                        new EnergySite("", "Pune", "G", "Asia/Kolkata", 18.52, 73.86),
                        "test")
                    .value();
            Meter kolkata = meter(c, tenant, site, "Main", 30);
            Meter none = meter(c, tenant, site, "New", 30);
            IntervalReadings r = IntervalReadings.of(kolkata);
            // 1 and 2 June every hour, 3 June up to the hour from 09:30Z
            for (int d = 0; d < 3; d++) {
              int slots = d < 2 ? 24 : 10;
              for (int i = 0; i < slots; i++) {
                r.put(Instant.ofEpochSecond(r.start(JUNE_1.plusDays(d), i)), 1000 + i);
              }
            }
            days.merge(c, tenant, kolkata, r, r.count(), "june.csv", "test");

            AtomicInteger rows = new AtomicInteger();
            assertThat(days.lastReadingEnd(counting(c, rows), tenant, kolkata))
                .contains(Instant.parse("2024-06-03T10:30:00Z"));
            assertThat(rows).as("rows the query returned").hasValue(1);

            // a later day kept with every interval missing: the latest reading lies before it
            IntervalReadings empty = IntervalReadings.of(kolkata);
            int[] none4 = new int[24];
            Arrays.fill(none4, IntervalReadings.MISSING);
            empty.putDay(JUNE_1.plusDays(3), none4);
            days.merge(c, tenant, kolkata, empty, 0, "empty.csv", "test");
            assertThat(days.lastDay(c, tenant, kolkata.id())).contains(JUNE_1.plusDays(3));
            rows.set(0);
            assertThat(days.lastReadingEnd(counting(c, rows), tenant, kolkata))
                .contains(Instant.parse("2024-06-03T10:30:00Z"));
            assertThat(rows).as("rows the query returned").hasValue(1);

            // a meter without days
            rows.set(0);
            assertThat(days.lastReadingEnd(counting(c, rows), tenant, none)).isEmpty();
            assertThat(rows).as("rows the query returned").hasValue(0);
            return null;
          });
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private static Meter meter(Connection c, String tenant, EnergySite site, String name, int phase)
      throws java.sql.SQLException {
    return new MeterStore()
        .add(
            c,
            tenant,
            new Meter(
                "", site.id(), name, Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 60, phase),
            "test")
        .value();
  }

  /**
   * The connection, counting in {@code rows} every row the queries it prepares return: the rows the
   * caller reads and those it leaves unread when it closes the result.
   */
  private static Connection counting(Connection c, AtomicInteger rows) {
    return proxy(
        Connection.class,
        c,
        (method, result) ->
            result instanceof PreparedStatement ps
                ? proxy(
                    PreparedStatement.class,
                    ps,
                    (m2, r2) -> r2 instanceof ResultSet rs ? countingRows(rs, rows) : r2)
                : result);
  }

  private static ResultSet countingRows(ResultSet rs, AtomicInteger rows) {
    InvocationHandler h =
        (self, method, args) -> {
          if (method.getName().equals("close")) {
            while (rs.next()) {
              rows.incrementAndGet();
            }
          }
          Object out = invoke(rs, method, args);
          if (method.getName().equals("next") && Boolean.TRUE.equals(out)) {
            rows.incrementAndGet();
          }
          return out;
        };
    return (ResultSet)
        Proxy.newProxyInstance(
            LastReadingEndIT.class.getClassLoader(), new Class<?>[] {ResultSet.class}, h);
  }

  private interface Wrap {
    Object apply(java.lang.reflect.Method method, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, Wrap wrap) {
    InvocationHandler h = (self, method, args) -> wrap.apply(method, invoke(target, method, args));
    return type.cast(
        Proxy.newProxyInstance(LastReadingEndIT.class.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
