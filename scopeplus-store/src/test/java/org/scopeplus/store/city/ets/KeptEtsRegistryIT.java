package org.scopeplus.store.city.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.city.ets.AllocationMethod;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.AllocationRule;
import org.scopeplus.core.city.ets.Compliance;
import org.scopeplus.core.city.ets.Correction;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.core.city.ets.EtsRules;
import org.scopeplus.core.city.ets.JournalEntry;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.core.city.ets.Verification;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.integrity.VerifyingIntegrity;
import org.scopeplus.store.tenant.TenantStore;

/**
 * The registry kept on H2 and PostgreSQL: a year from allocation to surrender is read back as it
 * was decided, a refusal stores nothing, the audit chain holds, a journal row edited behind the
 * service's back is named, and another city sees none of it.
 */
class KeptEtsRegistryIT {

  private static final LocalDate ON = LocalDate.of(2022, 6, 30);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aComplianceYearIsKeptPerCityAndReadBack(String database) throws Exception {
    DatabaseSettings s =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(s)) {
      String city = db.inTransaction(c -> new TenantStore().create(c, "city-a", "admin").id());
      String other = db.inTransaction(c -> new TenantStore().create(c, "city-b", "admin").id());
      KeepingEtsRegistry r = new KeepingEtsRegistry();
      db.inTransaction(c -> r.open(c, city, "P1", "Coal plant 1", "admin"));
      db.inTransaction(c -> r.open(c, city, "P2", "Coal plant 2", "admin"));
      // 1,000,000 MWh x 0.8218 x 1.05 = 862,890 t; 70% pre-allocated = 604,023 t
      AllocationPlan plan =
          new AllocationPlan(
              "P1",
              2021,
              new AllocationMethod.Benchmark(0.8218, Map.of("cooling (air)", 1.05)),
              1e6);
      EtsOutcome<AllocationPlan> planned = db.inTransaction(c -> r.plan(c, city, plan, "admin"));
      assertThat(planned).isInstanceOf(EtsOutcome.Done.class);
      db.inTransaction(
          c -> r.entry(c, city, "admin", (l, id) -> l.preAllocate(id, "P1", 2021, ON)));
      db.inTransaction(
          c -> r.verify(c, city, new Verification("P1", 2021, 800_000, 1_000_000), "admin"));
      // true-up: 862,890 - 604,023 = 258,867 t more
      db.inTransaction(c -> r.entry(c, city, "admin", (l, id) -> l.trueUp(id, "P1", 2021, ON)));
      db.inTransaction(
          c ->
              r.entry(
                  c,
                  city,
                  "admin",
                  (l, id) -> l.transfer(id, "P1", "P2", Unit.ALLOWANCE, 2021, 62_890, ON)));
      EtsOutcome<?> refused =
          db.inTransaction(
              c ->
                  r.entry(
                      c, city, "admin", (l, id) -> l.surrender(id, "P1", 2021, 800_001, 0, ON)));
      assertThat(refused).isInstanceOf(EtsOutcome.Refused.class);
      db.inTransaction(
          c -> r.entry(c, city, "admin", (l, id) -> l.surrender(id, "P1", 2021, 800_000, 0, ON)));

      EtsLedger kept = db.inTransaction(c -> r.ledger(c, city));
      assertThat(kept.journal()).hasSize(4);
      assertThat(kept.allocated("P1", 2021)).isEqualTo(862_890L);
      assertThat(kept.balance("P1", Unit.ALLOWANCE)).isZero();
      assertThat(kept.balance("P2", Unit.ALLOWANCE)).isEqualTo(62_890L);
      assertThat(kept.held(Unit.ALLOWANCE))
          .isEqualTo(kept.issued(Unit.ALLOWANCE) - kept.cancelled(Unit.ALLOWANCE));
      assertThat(kept.compliance("P1", 2021, ON)).isInstanceOf(Compliance.Compliant.class);

      EtsLedger elsewhere = db.inTransaction(c -> r.ledger(c, other));
      assertThat(elsewhere.enterprises()).isEmpty();
      assertThat(elsewhere.journal()).isEmpty();
      EtsOutcome<org.scopeplus.core.city.ets.JournalEntry> foreign =
          db.inTransaction(
              c ->
                  r.entry(
                      c,
                      other,
                      "admin",
                      (l, id) -> l.transfer(id, "P2", "P1", Unit.ALLOWANCE, 2021, 1, ON)));
      assertThat(foreign).isEqualTo(new EtsOutcome.Refused<>("no account P2 in the registry"));

      ChainVerification v = db.inTransaction(c -> new VerifyingIntegrity().verify(c, city));
      assertThat(v.intact()).as(v.toString()).isTrue();
      int rows =
          db.inTransaction(
              c -> {
                try (Statement st = c.createStatement();
                    var rs = st.executeQuery("SELECT COUNT(*) FROM ets_journal")) {
                  rs.next();
                  return rs.getInt(1);
                }
              });
      db.inTransaction(
          c -> {
            try (Statement st = c.createStatement()) {
              st.executeUpdate("UPDATE ets_journal SET memo = 'edited' WHERE kind = 'TRANSFER'");
            }
            return null;
          });
      ChainVerification edited = db.inTransaction(c -> new VerifyingIntegrity().verify(c, city));
      assertThat(edited.broken())
          .extracting(b -> b.reason())
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m)
                      .contains("ets.transfer")
                      .contains("the stored ets_journal no longer has"));
      // two postings each: pre-allocation, true-up, transfer, surrender of one vintage
      assertThat(rows).isEqualTo(8);
    } finally {
      TestDatabases.drop(s);
    }
  }

  /**
   * A rule replaced, a plan of its scheme, the penalty ratio, a deduction and a correction are read
   * back as decided on both databases; by hand: 0.95 x 2,000,000 t = 1,900,000 t, 70% = 1,330,000 t
   * pre-allocated, corrected to 1,300,000 t; the audit chain holds.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void rulesCorrectionsAndTheirReversalsAreKept(String database) throws Exception {
    DatabaseSettings s =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(s)) {
      String city = db.inTransaction(c -> new TenantStore().create(c, "city-a", "admin").id());
      KeepingEtsRegistry r = new KeepingEtsRegistry();
      EtsRules twice =
          new EtsRules(0.05, 0.7, 1, java.time.MonthDay.of(12, 31), 20_000, 30_000, true, 2.0);
      db.inTransaction(c -> r.setRules(c, city, twice, "admin"));
      db.inTransaction(c -> r.open(c, city, "P1", "Cement works", "admin"));
      db.inTransaction(
          c ->
              r.setAllocationRule(
                  c,
                  city,
                  new AllocationRule("cement", 2021, new AllocationMethod.Grandfathering(0.9), "a"),
                  "admin"));
      db.inTransaction(
          c ->
              r.setAllocationRule(
                  c,
                  city,
                  new AllocationRule(
                      "cement", 2021, new AllocationMethod.Grandfathering(0.95), "b"),
                  "admin"));
      db.inTransaction(
          c ->
              r.plan(
                  c,
                  city,
                  new AllocationPlan(
                      "P1", 2021, new AllocationMethod.Grandfathering(0.95), 2e6, "cement"),
                  "admin"));
      EtsOutcome<JournalEntry> pre =
          db.inTransaction(
              c -> r.entry(c, city, "admin", (l, id) -> l.preAllocate(id, "P1", 2021, ON)));
      String preId = ((EtsOutcome.Done<JournalEntry>) pre).value().id();
      EtsOutcome<Correction> fixed =
          db.inTransaction(
              c ->
                  r.correct(
                      c,
                      city,
                      "admin",
                      (l, a, b) -> l.correct(a, b, preId, 1_300_000L, "basis misread", ON)));
      assertThat(fixed).isInstanceOf(EtsOutcome.Done.class);

      EtsLedger kept = db.inTransaction(c -> r.ledger(c, city));
      assertThat(kept.rules()).isEqualTo(twice);
      assertThat(kept.allocationRules())
          .singleElement()
          .extracting(AllocationRule::source)
          .isEqualTo("b");
      assertThat(kept.plan("P1", 2021).orElseThrow().scheme()).isEqualTo("cement");
      assertThat(kept.journal()).hasSize(3);
      assertThat(kept.journal().get(1).reverses()).isEqualTo(preId);
      assertThat(kept.allocated("P1", 2021)).isEqualTo(1_300_000L);
      assertThat(kept.history("P1")).hasSize(3);
      ChainVerification v = db.inTransaction(c -> new VerifyingIntegrity().verify(c, city));
      assertThat(v.intact()).as(v.toString()).isTrue();
    } finally {
      TestDatabases.drop(s);
    }
  }
}
