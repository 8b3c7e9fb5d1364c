package org.scopeplus.store.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.baseyear.BaseYearOutcome;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.TestPeriods;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.baseyear.RecalculatingBaseYear;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.PackedBlockEdits;
import org.scopeplus.store.run.RunOutcome;
import org.scopeplus.store.run.RunRequest;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.StoredRunDigest;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.UserStore;

/**
 * The integrity check finds a run's result or trace line, a restatement and a password hash edited
 * in the database, names the entry whose recorded state they contradict, and leaves an untouched
 * tenant intact. On H2 (file database) and PostgreSQL.
 */
class VerifyingIntegrityIT {

  private static final String ACTIVITY =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
          + "E1,Group/Cloud,DC-1,2024-01,s2.electricity,12500,MWh,CN-ZJ\n"
          + "E2,Group/Cloud,DC-1,2024-02,s2.electricity,11800,MWh,CN-ZJ\n"
          + "G1,Group/Retail,Store-07,2024-01,"
          + "s1.stationary.commercial_institutional.natural_gas,18000,m3,CN-SH\n";

  @TempDir Path dir;

  /** One tenant's stored state: its user, its base-year run and the restatement of it. */
  private record Tenant(String id, StoredUser user, CalculationRun run, Restatement restatement) {}

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void editsOfResultsTraceLinesRestatementsAndPasswordHashesAreFoundAndNamed(String database)
      throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    ReferenceData reference = BuiltInReferenceData.load();
    Path file = Files.writeString(dir.resolve("meters.csv"), ACTIVITY);
    try (Database db = Database.open(settings)) {
      Tenant t = tenant(db, reference, file, "edited");
      Tenant untouched = tenant(db, reference, file, "untouched");
      assertIntact(db, t);
      assertIntact(db, untouched);

      CalculationRun run = t.run();
      assertThat(run.rowsSha256()).hasSize(64);
      String recomputed = db.inTransaction(c -> StoredRunDigest.of(c, run.id()));
      assertThat(recomputed).isEqualTo(run.rowsSha256());
      assertThat(run.lines()).isGreaterThan(1);
      Audited calculated = audited(db, t, untouched, "run.calculated", "calculation_run", run.id());

      calculated.assertEditNamed(
          "UPDATE run_result SET scope2_location = scope2_location + ?"
              + " WHERE dimension = 'total' AND run_id = ?",
          1_000_000L,
          -1_000_000L);
      String unit =
          one(
              db,
              "SELECT MIN(item) FROM run_result WHERE dimension = 'org-unit'" + " AND run_id = ?",
              run.id());
      calculated.assertEditNamed(
          "UPDATE run_result SET item = ? WHERE dimension = 'org-unit' AND run_id = ?"
              + " AND item IN ('Group/Elsewhere', '"
              + unit
              + "')",
          "Group/Elsewhere",
          unit);
      // the run's lines are packed in its blocks (layout 2): line 2's gas grams are edited there
      calculated.assertEditNamed(
          c ->
              PackedBlockEdits.edit(
                  c, run.id(), 2, l -> l.withGrams(l.gasGrams() + 7, l.co2eGrams())),
          c ->
              PackedBlockEdits.edit(
                  c, run.id(), 2, l -> l.withGrams(l.gasGrams() - 7, l.co2eGrams())));
      // a block whose bytes no longer decode: the run is named, not a failure of the check
      int block = db.inTransaction(c -> PackedBlockEdits.blockOf(c, run.id(), 1));
      byte[] stored = db.inTransaction(c -> PackedBlockEdits.bytes(c, run.id(), block));
      calculated.assertEditNamed(
          c -> PackedBlockEdits.setBytes(c, run.id(), block, PackedBlockEdits.corrupted(stored)),
          c -> PackedBlockEdits.setBytes(c, run.id(), block, stored));
      // the note is stored once for every line of the same factor plan (run_line_plan)
      int plan = db.inTransaction(c -> PackedBlockEdits.line(c, run.id(), 1).planNo());
      String kept =
          one(
              db,
              "SELECT factor_note FROM run_line_plan WHERE plan_no = " + plan + " AND run_id = ?",
              run.id());
      calculated.assertEditNamed(
          "UPDATE run_line_plan SET factor_note = ? WHERE run_id = ? AND plan_no = " + plan,
          kept + " (edited)",
          kept);

      db.inTransaction(
          c -> {
            PackedBlockEdits.removeLast(c, run.id(), run.lines());
            return null;
          });
      calculated.assertNamed();
      assertIntact(db, untouched);

      restatementsAndPasswordHashes(db, tenant(db, reference, file, "restated"), untouched);
    } finally {
      TestDatabases.drop(settings);
    }
  }

  /**
   * A period and an activity quantity edited in SQL, and a role spelled in a way no release ever
   * wrote, are all reported, each naming its entry: the check goes past the first broken entry and
   * never throws on a row it cannot read.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void everyBrokenEntryIsReportedAndAnUnreadableRowIsNamedNotThrown(String database)
      throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    ReferenceData reference = BuiltInReferenceData.load();
    Path file = Files.writeString(dir.resolve("meters.csv"), ACTIVITY);
    try (Database db = Database.open(settings)) {
      Tenant t = tenant(db, reference, file, "edited");
      Tenant untouched = tenant(db, reference, file, "untouched");
      assertIntact(db, t);
      String period = t.run().periodId();
      String importId = one(db, "SELECT MIN(id) FROM activity_import WHERE period_id = ?", period);
      long periodAdded = seq(db, t.id(), "period.added", period);
      long stored = seq(db, t.id(), "import.stored", importId);
      long userAdded = seq(db, t.id(), "user.added", t.user().id());

      sql(
          db,
          "UPDATE reporting_period SET start_date = ? WHERE id = ?",
          java.time.LocalDate.of(2023, 1, 1),
          period);
      sql(
          db,
          "UPDATE activity_record SET quantity = ? WHERE source_row = 2 AND import_id = ?",
          "1",
          importId);
      ChainVerification two = verify(db, t);
      assertThat(two.intact()).isFalse();
      assertThat(two.brokenCount()).as(two.toString()).isEqualTo(2);
      assertThat(two.broken()).extracting(b -> b.seq()).containsExactly(periodAdded, stored);
      assertThat(two.broken().get(0).reason())
          .contains("entry " + periodAdded + " (period.added of reporting_period " + period + ")")
          .contains("changed behind the service's back");
      assertThat(two.broken().get(1).reason())
          .contains("entry " + stored + " (import.stored of activity_import " + importId + ")");
      assertThat(two.brokenAt()).isEqualTo(periodAdded);
      assertThat(two.message()).startsWith("2 problems found").contains("entry " + periodAdded);

      sql(db, "UPDATE app_user SET role = ? WHERE id = ?", "SUPERUSER", t.user().id());
      ChainVerification three = verify(db, t);
      assertThat(three.brokenCount()).as(three.toString()).isEqualTo(3);
      assertThat(three.broken()).extracting(b -> b.seq()).contains(userAdded);
      assertThat(three.broken())
          .filteredOn(b -> b.seq() == userAdded)
          .singleElement()
          .satisfies(
              b ->
                  assertThat(b.reason())
                      .contains("entry " + userAdded + " (user.added of user " + t.user().id())
                      .contains("cannot be read")
                      .contains("SUPERUSER"));
      assertIntact(db, untouched);

      sql(db, "UPDATE app_user SET role = ? WHERE id = ?", "VIEWER", t.user().id());
      sql(
          db,
          "UPDATE reporting_period SET start_date = ? WHERE id = ?",
          java.time.LocalDate.of(2024, 1, 1),
          period);
      sql(
          db,
          "UPDATE activity_record SET quantity = ? WHERE source_row = 2 AND import_id = ?",
          "12500",
          importId);
      assertIntact(db, t);
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private static void restatementsAndPasswordHashes(Database db, Tenant t, Tenant untouched) {
    assertIntact(db, t);
    Restatement r = t.restatement();
    Audited restated = audited(db, t, untouched, "restatement.added", "restatement", r.id());
    restated.assertEditNamed(
        "UPDATE restatement SET new_grams = new_grams + ? WHERE id = ?", 5_000_000L, -5_000_000L);
    restated.assertEditNamed(
        "UPDATE restatement SET reason = ? WHERE id = ?", "nothing was wrong", r.reason());

    StoredUser u = t.user();
    String hash = "UPDATE app_user SET password_hash = ? WHERE id = ?";
    audited(db, t, untouched, "user.added", "user", u.id())
        .assertEditNamed(
            hash, "$2a$10$someone.else.s.hash.put.in.place.of.the.real.one.....", u.passwordHash());

    StoredUser changed =
        db.inTransaction(c -> new UserStore().changePassword(c, u, "hash-2", "test"));
    Audited passwordChanged = audited(db, t, untouched, "user.password_changed", "user", u.id());
    AuditEntry entry = entry(db, t.id(), passwordChanged.seq());
    assertThat(entry.afterHash()).isNotEqualTo(entry.beforeHash());
    assertThat(entry.afterHash()).isEqualTo(AuditTrail.stateHash(changed.state()));
    assertThat(changed.state()).doesNotContain("hash-2").doesNotContain(u.passwordHash());
    assertIntact(db, t);
    passwordChanged.assertEditNamed(hash, u.passwordHash(), "hash-2");
    assertIntact(db, untouched);
  }

  /**
   * A tenant with a user, a 2024 period, one import, a base-year run and a restatement of it by a
   * second run under another GWP set.
   */
  private static Tenant tenant(Database db, ReferenceData reference, Path file, String name) {
    return db.inTransaction(
        c -> {
          String tenant = new TenantStore().create(c, name, "test").id();
          StoredUser user =
              new UserStore().add(c, tenant, name + "-user", "hash-1", Role.VIEWER, List.of(), "t");
          String period = TestPeriods.fy2024(c, tenant);
          ImportOutcome imported =
              new ImportingActivities(reference)
                  .importFile(c, tenant, period, file, u -> true, null, "test");
          assertThat(imported).isInstanceOf(ImportOutcome.Stored.class);
          CalculationRun base = run(c, reference, tenant, period, GwpSet.AR5);
          CalculationRun again = run(c, reference, tenant, period, GwpSet.AR6);
          RecalculatingBaseYear policy = new RecalculatingBaseYear();
          assertThat(policy.set(c, tenant, base.id(), 0.05, "test"))
              .isInstanceOf(BaseYearOutcome.Done.class);
          BaseYearOutcome<Restatement> r =
              policy.restate(
                  c,
                  tenant,
                  again.id(),
                  RecalculationTrigger.METHODOLOGY_CHANGE,
                  "AR6 potentials adopted",
                  "test");
          assertThat(r).isInstanceOf(BaseYearOutcome.Done.class);
          return new Tenant(tenant, user, base, ((BaseYearOutcome.Done<Restatement>) r).value());
        });
  }

  private static CalculationRun run(
      Connection c, ReferenceData reference, String tenant, String period, GwpSet gwp)
      throws java.sql.SQLException {
    RunOutcome o =
        new CalculatingRun(reference)
            .run(
                c,
                tenant,
                new RunRequest(period, gwp, ConsolidationApproach.OPERATIONAL_CONTROL, List.of()),
                "test");
    assertThat(o).isInstanceOf(RunOutcome.Calculated.class);
    CalculationRun run = ((RunOutcome.Calculated) o).run();
    assertThat(new RunStore().byId(c, tenant, run.id())).contains(run);
    return run;
  }

  /**
   * The newest audit entry with {@code action} on the entity {@code id}, which edits of that
   * entity's row must make the check name, while the untouched tenant stays intact.
   */
  private record Audited(
      Database db, Tenant t, Tenant untouched, long seq, String named, String id) {

    /** The check fails at this entry, naming it. */
    void assertNamed() {
      VerifyingIntegrityIT.assertNamed(db, t, seq, named);
    }

    /**
     * Edits the entity's row behind the service's back with {@code statement} (its placeholders: a
     * value, then the entity's id), checks that this entry is named and the other tenant intact,
     * then sets {@code restored} and checks that the tenant is intact again.
     */
    /** An edit made by {@code edited} is found and named, and undone by {@code restored}. */
    void assertEditNamed(Edit edited, Edit restored) {
      db.inTransaction(
          c -> {
            edited.run(c);
            return null;
          });
      assertNamed();
      assertIntact(db, untouched);
      db.inTransaction(
          c -> {
            restored.run(c);
            return null;
          });
      assertIntact(db, t);
    }

    void assertEditNamed(String statement, Object edited, Object restored) {
      sql(db, statement, edited, id);
      assertNamed();
      assertIntact(db, untouched);
      sql(db, statement, restored, id);
      assertIntact(db, t);
    }
  }

  private static Audited audited(
      Database db, Tenant t, Tenant untouched, String action, String entity, String id) {
    return new Audited(
        db, t, untouched, seq(db, t.id(), action, id), action + " of " + entity + " " + id, id);
  }

  private static ChainVerification verify(Database db, Tenant t) {
    return db.inTransaction(c -> new VerifyingIntegrity().verify(c, t.id()));
  }

  private static void assertIntact(Database db, Tenant t) {
    ChainVerification v = verify(db, t);
    assertThat(v.intact()).as(v.message()).isTrue();
    assertThat(v.brokenAt()).isZero();
  }

  private static void assertNamed(Database db, Tenant t, long seq, String named) {
    ChainVerification v = verify(db, t);
    assertThat(v.intact()).as(v.message()).isFalse();
    assertThat(v.brokenAt()).as(v.message()).isEqualTo(seq);
    assertThat(v.message())
        .contains("entry " + seq + " (" + named + ")")
        .contains("changed behind the service's back");
  }

  /** The newest entry with this action on this entity. */
  private static long seq(Database db, String tenant, String action, String entityId) {
    long seq =
        db.inTransaction(
                c ->
                    SingleRow.find(
                        c,
                        "SELECT MAX(seq) FROM audit_entry WHERE tenant_id = ? AND action = ?"
                            + " AND entity_id = ?",
                        rs -> rs.getLong(1),
                        tenant,
                        action,
                        entityId))
            .orElseThrow();
    assertThat(seq).as(action + " of " + entityId).isPositive();
    return seq;
  }

  private static AuditEntry entry(Database db, String tenant, long seq) {
    return db.inTransaction(
        c -> {
          for (AuditEntry e : new AuditTrail().list(c, tenant, new PageRequest(0, 100)).items()) {
            if (e.seq() == seq) {
              return e;
            }
          }
          throw new AssertionError("no entry " + seq);
        });
  }

  /** An edit of stored rows behind the service's back. */
  private interface Edit {
    void run(Connection c) throws SQLException;
  }

  private static String one(Database db, String query, String id) {
    return db.inTransaction(c -> SingleRow.find(c, query, rs -> rs.getString(1), id)).orElseThrow();
  }

  /** Runs a statement that must change exactly one row, as an edit behind the service's back. */
  private static void sql(Database db, String statement, Object... params) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
              ps.setObject(i + 1, params[i]);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
          }
          return null;
        });
  }
}
