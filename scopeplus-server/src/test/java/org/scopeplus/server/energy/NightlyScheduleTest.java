package org.scopeplus.server.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.api.TenantJobs;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.tenant.TenantStore;

/**
 * The scheduled nightly run and an admin's run of the same tenant never overlap: both are the
 * tenant's job of one {@link TenantJobs}. A scheduled run finding an admin's run still running
 * skips that tenant and says so on its audit trail, and goes on with the other tenants; an admin
 * asking while the scheduled run runs gets that run back ("a second request joins the running
 * one"). The database (H2 in memory, migrated) holds the first connection a run thread asks for
 * until the test lets go, so the runs are caught while they run.
 */
class NightlyScheduleTest {

  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch asked = new CountDownLatch(1);
  private final AtomicReference<Boolean> holding = new AtomicReference<>(true);
  private Database db;
  private RunningNightlyBatch batch;
  private String tenantA;

  @BeforeEach
  void database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:nightly-schedule-"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Database.migrate(h2, "");
    DataSource held =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")
                      && Thread.currentThread().getName().startsWith("energy-nightly-")
                      && holding.getAndSet(false)) {
                    asked.countDown();
                    release.await();
                  }
                  try {
                    return method.invoke(h2, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    db = new Database(held, false);
    TenantStore tenants = new TenantStore();
    tenantA = db.inTransaction(c -> tenants.create(c, "A", "signup")).id();
    // two runs at a time, so that a held run leaves a thread for the others
    batch = new RunningNightlyBatch(db, new MeterAnalysis(db, null), 2);
  }

  @AfterEach
  void stop() {
    release.countDown();
    batch.stop();
  }

  private List<AuditEntry> trail(String tenantId) {
    return db.inTransaction(
        c -> new AuditTrail().ofEntity(c, tenantId, "energy_nightly_result", tenantId));
  }

  @Test
  void theScheduledRunSkipsATenantWhoseAdminsRunIsStillRunning() throws Exception {
    String tenantB = db.inTransaction(c -> new TenantStore().create(c, "B", "signup")).id();
    TenantJobs.Job<RunningNightlyBatch.Counts> admins = batch.start(tenantA, "admin-a");
    assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();

    batch.everyTenant();

    List<AuditEntry> a = trail(tenantA);
    assertThat(a).hasSize(1);
    assertThat(a.get(0).action()).isEqualTo("energy.nightly.skipped");
    assertThat(a.get(0).actor()).isEqualTo(RunningNightlyBatch.SCHEDULE);
    assertThat(a.get(0).detail())
        .isEqualTo(
            "scheduled nightly batch skipped: run "
                + admins.id()
                + " started by admin-a is still running");
    List<AuditEntry> b = trail(tenantB);
    assertThat(b).hasSize(1);
    assertThat(b.get(0).action()).isEqualTo("energy.nightly.run");
    assertThat(b.get(0).actor()).isEqualTo(RunningNightlyBatch.SCHEDULE);
    assertThat(b.get(0).detail())
        .isEqualTo("nightly batch over 0 meter(s): 0 forecast, 0 refused, of which 0 failed");
    assertThat(admins.done()).as("the admin's run is still held").isFalse();

    release.countDown();
    assertThat(admins.result()).succeedsWithin(Duration.ofSeconds(10));
    List<AuditEntry> after = trail(tenantA);
    assertThat(after)
        .extracting(AuditEntry::action)
        .as("newest first")
        .containsExactly("energy.nightly.run", "energy.nightly.skipped");
    assertThat(after.get(0).actor()).isEqualTo("admin-a");
  }

  @Test
  void anAdminAskingWhileTheScheduledRunRunsGetsThatRunBack() throws Exception {
    Thread scheduled = new Thread(batch::everyTenant, "schedule");
    scheduled.start();
    assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
    TenantJobs.Job<RunningNightlyBatch.Counts> held = batch.start(tenantA, "admin-a");
    assertThat(held.startedBy()).isEqualTo(RunningNightlyBatch.SCHEDULE);
    assertThat(held.done()).isFalse();
    assertThat(batch.start(tenantA, "admin-again")).isSameAs(held);

    release.countDown();
    scheduled.join(10_000);
    assertThat(scheduled.isAlive()).isFalse();
    assertThat(held.result()).succeedsWithin(Duration.ofSeconds(10));
    assertThat(trail(tenantA))
        .extracting(AuditEntry::actor)
        .as("one run of the tenant, the scheduled one")
        .containsExactly(RunningNightlyBatch.SCHEDULE);
  }
}
