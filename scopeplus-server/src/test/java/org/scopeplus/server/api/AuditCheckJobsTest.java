package org.scopeplus.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.ChainVerification;

/**
 * The background audit checks: one per tenant at a time (a second request joins the running one),
 * the service's threads shared by all tenants, a check that cannot finish kept as failed, and a new
 * check after one has ended starting afresh. The database here holds every connection until the
 * test lets go, then refuses it, so the checks are caught while they run.
 */
class AuditCheckJobsTest {

  @Test
  void oneCheckRunsPerTenantAndAFailedCheckIsKeptAsFailed() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch asked = new CountDownLatch(1);
    DataSource held =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")) {
                    asked.countDown();
                    release.await();
                    throw new SQLException("the database is down");
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    AuditCheckJobs jobs = new AuditCheckJobs(new Database(held, false), 1, Duration.ofMillis(50));
    try {
      TenantJobs.Job<ChainVerification> first = jobs.start("tenant-a", "verifier-1");
      assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
      TenantJobs.Job<ChainVerification> again = jobs.start("tenant-a", "verifier-2");
      assertThat(again).isSameAs(first);
      assertThat(again.startedBy()).isEqualTo("verifier-1");
      TenantJobs.Job<ChainVerification> other = jobs.start("tenant-b", "verifier-3");
      assertThat(other).isNotSameAs(first);
      assertThat(jobs.awaited(first)).isFalse();
      assertThat(AuditController.VerificationView.of(first).state()).isEqualTo("running");
      assertThat(jobs.latest("tenant-a")).isEmpty();
      assertThat(jobs.job("tenant-a", first.id())).containsSame(first);
      assertThat(jobs.job("tenant-b", first.id())).isEmpty();

      release.countDown();
      assertThat(first.result()).failsWithin(Duration.ofSeconds(10));
      assertThat(other.result()).failsWithin(Duration.ofSeconds(10));
      AuditController.VerificationView failed = AuditController.VerificationView.of(first);
      assertThat(failed.state()).isEqualTo("failed");
      assertThat(failed.intact()).isNull();
      assertThat(failed.message()).contains("proves nothing").contains("database work failed");
      assertThat(failed.finishedAt()).isNotNull();
      assertThat(jobs.latest("tenant-a")).containsSame(first);

      TenantJobs.Job<ChainVerification> afresh = jobs.start("tenant-a", "verifier-2");
      assertThat(afresh).isNotSameAs(first);
      assertThat(afresh.startedBy()).isEqualTo("verifier-2");
      assertThat(afresh.result()).failsWithin(Duration.ofSeconds(10));
    } finally {
      release.countDown();
      jobs.stop();
    }
  }
}
